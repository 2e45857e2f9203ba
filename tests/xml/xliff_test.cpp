// XLIFF as values: what the writer writes is what the reader reads, in both versions, and
// every file the reader refuses is named with its line and column and a reason.
#include "xml/xliff.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace leafpress::xml {
namespace {

XliffFile sample(XliffVersion version) {
  XliffFile file;
  file.version = version;
  file.source_lang = "en";
  file.target_lang = "ar";
  file.original = "locales/ar/statements.po";
  file.project = "Test & <campaign>";
  XliffUnit reviewed;
  reviewed.id = "u0001";
  reviewed.notes = {{"role", "body, paragraph 1"}, {"glossary", "Glossary: council \u2192 \u0645\u062c\u0644\u0633*"}};
  reviewed.source = {{XliffPiece::Kind::text, "Read "},
                     {XliffPiece::Kind::start, "1"},
                     {XliffPiece::Kind::text, "our <plan> & more"},
                     {XliffPiece::Kind::end, "1"},
                     {XliffPiece::Kind::standalone, "2"},
                     {XliffPiece::Kind::standalone, "arg1"}};
  reviewed.target = {{XliffPiece::Kind::text, "\u0627\u0642\u0631\u0623 "},
                     {XliffPiece::Kind::start, "1"},
                     {XliffPiece::Kind::text, "\u062e\u0637\u062a\u0646\u0627"},
                     {XliffPiece::Kind::end, "1"},
                     {XliffPiece::Kind::standalone, "2"},
                     {XliffPiece::Kind::standalone, "arg1"}};
  reviewed.state = XliffState::reviewed;
  XliffUnit fuzzy = reviewed;
  fuzzy.id = "u0002";
  fuzzy.notes.clear();
  fuzzy.state = XliffState::fuzzy;
  XliffUnit translated = fuzzy;
  translated.id = "u0003";
  translated.state = XliffState::translated;
  XliffUnit untranslated;
  untranslated.id = "u0004";
  untranslated.source = {{XliffPiece::Kind::text, "Nothing yet"}};
  file.units = {reviewed, fuzzy, translated, untranslated};
  return file;
}

void expect_same(const XliffFile& read, const XliffFile& written) {
  EXPECT_EQ(read.source_lang, written.source_lang);
  EXPECT_EQ(read.target_lang, written.target_lang);
  EXPECT_EQ(read.original, written.original);
  EXPECT_EQ(read.project, written.project);
  ASSERT_EQ(read.units.size(), written.units.size());
  for (size_t i = 0; i < read.units.size(); ++i) {
    EXPECT_EQ(read.units[i].id, written.units[i].id);
    EXPECT_EQ(read.units[i].source, written.units[i].source) << i;
    EXPECT_EQ(read.units[i].target, written.units[i].target) << i;
    EXPECT_EQ(read.units[i].state, written.units[i].state) << i;
    EXPECT_GT(read.units[i].line, 0u);
  }
}

TEST(Xliff, TwoPointOneReadsBackAsWrittenWithItsCodesAndStates) {
  XliffFile file = sample(XliffVersion::v2);
  std::string text = write_xliff(file);
  EXPECT_NE(
      text.find(
          "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"ar\">"),
      std::string::npos);
  EXPECT_NE(text.find("<pc id=\"1\">our &lt;plan&gt; &amp; more</pc><ph id=\"2\"/><ph id=\"arg1\"/>"),
            std::string::npos);
  EXPECT_NE(text.find("<segment state=\"initial\" subState=\"leafpress:fuzzy\">"), std::string::npos);
  EXPECT_NE(text.find("<segment state=\"reviewed\">"), std::string::npos);
  EXPECT_NE(text.find("Test &amp; &lt;campaign&gt;"), std::string::npos);
  EXPECT_EQ(write_xliff(file), text) << "deterministic";
  auto read = read_xliff(text, "ar.xlf");
  ASSERT_TRUE(read) << read.error().to_string();
  EXPECT_EQ(read->version, XliffVersion::v2);
  expect_same(*read, file);
  EXPECT_EQ(read->units[0].notes, file.units[0].notes);
}

TEST(Xliff, OnePointTwoReadsBackAsWrittenWithItsCodesAndStates) {
  XliffFile file = sample(XliffVersion::v1_2);
  std::string text = write_xliff(file);
  EXPECT_NE(text.find("<g id=\"1\">our &lt;plan&gt; &amp; more</g><x id=\"2\"/><x id=\"arg1\"/>"), std::string::npos);
  EXPECT_NE(text.find("<trans-unit id=\"u0001\" xml:space=\"preserve\" approved=\"yes\">"), std::string::npos);
  EXPECT_NE(text.find("<target state=\"signed-off\">"), std::string::npos);
  EXPECT_NE(text.find("<target state=\"needs-review-translation\">"), std::string::npos);
  EXPECT_NE(text.find("product-name=\"Test &amp; &lt;campaign&gt;\""), std::string::npos);
  auto read = read_xliff(text, "ar.xlf");
  ASSERT_TRUE(read) << read.error().to_string();
  EXPECT_EQ(read->version, XliffVersion::v1_2);
  expect_same(*read, file);
}

// A space that stands alone between two codes is a word space, not formatting.
TEST(Xliff, ASpaceBetweenTwoCodesComesBack) {
  for (XliffVersion version : {XliffVersion::v2, XliffVersion::v1_2}) {
    XliffFile file = sample(version);
    file.units[0].target = {{XliffPiece::Kind::start, "1"}, {XliffPiece::Kind::text, "a"},
                            {XliffPiece::Kind::end, "1"},   {XliffPiece::Kind::text, " \t "},
                            {XliffPiece::Kind::start, "2"}, {XliffPiece::Kind::text, "b"},
                            {XliffPiece::Kind::end, "2"}};
    std::string text = write_xliff(file);
    auto read = read_xliff(text, "in.xlf");
    ASSERT_TRUE(read) << read.error().to_string();
    EXPECT_EQ(read->units[0].target, file.units[0].target);
    std::string before_second = text.substr(0, text.find("id=\"u0002\""));
    EXPECT_EQ(read->units[1].line, std::count(before_second.begin(), before_second.end(), '\n') + 1)
        << "lines are kept";
  }
}

TEST(Xliff, AnnotationsAndSplitCodesOfCatToolsReadAsTheirContent) {
  auto read = read_xliff(
      "<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' srcLang='en' trgLang='fr'><file id='f'>"
      "<unit id='a'><segment state='final'><source>Hi <pc id='1'>you</pc></source>"
      "<target><mrk id='m1' translate='no'>Salut</mrk> <sc id='1'/>toi<ec startRef='1'/></target></segment>"
      "<ignorable><source>.</source><target>.</target></ignorable></unit></file></xliff>",
      "fr.xlf");
  ASSERT_TRUE(read) << read.error().to_string();
  ASSERT_EQ(read->units.size(), 1u);
  const auto& target = read->units[0].target;
  ASSERT_EQ(target.size(), 5u);  // "Salut ", start, "toi", end, "."
  EXPECT_EQ(target[0].value, "Salut ");
  EXPECT_EQ(target[1].kind, XliffPiece::Kind::start);
  EXPECT_EQ(target[4].value, ".");  // the ignorable's text follows
  EXPECT_EQ(read->units[0].state, XliffState::reviewed);
}

// Every refusal names the file, a line and a column, and says why in plain words.
void expect_refused(const std::string& text, const std::string& where, const std::string& why) {
  auto read = read_xliff(text, "in.xlf");
  ASSERT_FALSE(read) << text;
  std::string message = read.error().to_string();
  EXPECT_EQ(message.rfind(where, 0), 0u) << message;
  EXPECT_NE(message.find(why), std::string::npos) << message;
}

TEST(Xliff, BadFilesAreRefusedNamingLineColumnAndReason) {
  const std::string head =
      "<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.1' srcLang='en' trgLang='fr'>\n";
  std::string good = head +
                     "<file id='f'>\n  <unit id='a'><segment><source>Hi</source></segment></unit>\n</file></xliff>\n";
  ASSERT_TRUE(read_xliff(good, "in.xlf"));
  // Cut short, as by a failed transfer.
  expect_refused(good.substr(0, good.size() / 2), "in.xlf:", "not well-formed XML");
  expect_refused("<xliff version='2.1'><file><unit id='a'></file></xliff>", "in.xlf:1", "not well-formed XML");
  // XXE and entity expansion: a DTD is refused, never read.
  expect_refused("<?xml version='1.0'?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>\n" + good,
                 "in.xlf:2", "DTD");
  expect_refused("<!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;'>]>\n" + good, "in.xlf", "DTD");
  expect_refused("<html/>", "in.xlf:1:1", "not an XLIFF file");
  expect_refused("<xliff version='3.0'/>", "in.xlf:1:1", "version \"3.0\"");
  expect_refused(head + "<file id='f'>\n  <unit><segment><source>Hi</source></segment></unit></file></xliff>",
                 "in.xlf:3:3", "has no id");
  expect_refused(head + "<file id='f'>\n<unit id='a'/>\n  <unit id='a'/></file></xliff>", "in.xlf:4:3",
                 "appears more than once");
  expect_refused(head + "<file id='f'/><file id='g'/></xliff>", "in.xlf:2", "more than one <file>");
  expect_refused(
      "<xliff xmlns='urn:oasis:names:tc:xliff:document:1.2' version='1.2'><file original='x' "
      "source-language='en' datatype='po'><body>\n<trans-unit id='a'><source>a</source>\n"
      "<target>b <bpt id='1'>&lt;b&gt;</bpt></target></trans-unit></body></file></xliff>",
      "in.xlf:3:11", "<bpt> cannot be read back");
}

TEST(Xliff, AnUnknownEntityIsNotExpandedIntoText) {
  // tinyxml2 expands only XML's five entities and character references.
  auto read = read_xliff(
      "<xliff version='1.2'><file target-language='fr'><body><trans-unit id='a'><source>x</source>"
      "<target>&#x41;&amp;&secret;</target></trans-unit></body></file></xliff>",
      "in.xlf");
  if (!read) {
    EXPECT_NE(read.error().to_string().find("not well-formed"), std::string::npos);
    return;
  }
  ASSERT_EQ(read->units.size(), 1u);
  EXPECT_EQ(read->units[0].target.front().value.find("secret;") == std::string::npos ? "" : "kept as text",
            "kept as text");
}

TEST(Xliff, FormatNames) {
  EXPECT_EQ(parse_xliff_version("xliff2"), XliffVersion::v2);
  EXPECT_EQ(parse_xliff_version("xliff12"), XliffVersion::v1_2);
  EXPECT_FALSE(parse_xliff_version("xliff"));
}

}  // namespace
}  // namespace leafpress::xml
