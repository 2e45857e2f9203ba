// Hostile catalogs: each case replaces locales/pl/statements.po of a built project, runs
// `leafpress build` and asserts the exact outcome. A broken catalog is refused with
// file:line:col and left byte for byte as the translator saved it; a hostile translation
// never becomes markup and every page and leaflet stays well-formed.
#include <gtest/gtest.h>

#include "hostile/hostile_project.hpp"

using namespace leafpress::testing;
using namespace std::string_literals;

namespace {

constexpr const char* k_header =
    "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
    "\"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n\"\n\n";

struct SyntaxCase {
  const char* name;
  std::string body;  // after k_header (or the whole file when `whole`)
  bool whole;
  std::string message;  // the diagnostic line expected
};

std::ostream& operator<<(std::ostream& out, const SyntaxCase& c) { return out << c.name; }

const SyntaxCase k_syntax[] = {
    {"unterminated_string", "msgid \"Library opening hours\"\nmsgstr \"Godziny\n", false,
     "locales/pl/statements.po:7:16: error: missing closing quote"},
    {"bad_escape", "msgid \"Library opening hours\"\nmsgstr \"Godz\\qiny\"\n", false,
     "locales/pl/statements.po:7:13: error: invalid escape sequence \"\\q\""},
    {"msgstr_before_msgid", "msgstr \"x\"\nmsgid \"Library opening hours\"\nmsgstr \"y\"\n", true,
     "locales/pl/statements.po:1:1: error: msgstr without a msgid before it"},
    {"duplicate_entries",
     "msgid \"Library opening hours\"\nmsgstr \"a\"\n\nmsgid \"Library opening hours\"\nmsgstr \"b\"\n", false,
     "locales/pl/statements.po:9:1: error: duplicate message definition (first defined on line 6)"},
    {"unknown_charset",
     "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=KLINGON-1\\n\"\n\nmsgid \"Library opening "
     "hours\"\nmsgstr \"x\"\n",
     true,
     "locales/pl/statements.po: error: unknown charset \"KLINGON-1\"; convert the file to UTF-8 (e.g. with msgconv)"},
    {"invalid_utf8", "msgid \"Library opening hours\"\nmsgstr \"x \xff\"\n", false,
     "locales/pl/statements.po:7:11: error: invalid UTF-8"},
    {"surrogate_encoded_in_utf8", "msgid \"Library opening hours\"\nmsgstr \"a \xed\xa0\x80 b\"\n", false,
     "locales/pl/statements.po:7:11: error: invalid UTF-8"},
};

class BrokenCatalog : public ::testing::TestWithParam<SyntaxCase> {};

}  // namespace

TEST_P(BrokenCatalog, RefusedWithPositionAndLeftAsItWas) {
  const SyntaxCase& c = GetParam();
  BuiltProject built;
  std::string po = c.whole ? c.body : std::string(k_header) + c.body;
  spit(built.po(), po);
  auto before = built.project.files();
  auto result = built.project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find(c.message), std::string::npos)
      << "expected: " << c.message << "\ngot: " << result.output;
  EXPECT_EQ(slurp(built.po()), po) << "a broken catalog was rewritten";
  expect_writes_confined(before, built.project.files());
  expect_outputs_well_formed(built.project.root());
}

INSTANTIATE_TEST_SUITE_P(Cases, BrokenCatalog, ::testing::ValuesIn(k_syntax),
                         [](const auto& param_info) { return std::string(param_info.param.name); });

// A msgstr[N] count that differs from the header's nplurals is read, as gettext reads it (the
// "plurals" check reports it on a unit of the template); the build goes on.
TEST(HostileCatalogs, APluralCountThatDiffersFromTheHeaderIsRead) {
  for (const char* forms :
       {"msgstr[0] \"a\"\nmsgstr[1] \"b\"\n", "msgstr[0] \"a\"\nmsgstr[1] \"b\"\nmsgstr[2] \"c\"\nmsgstr[3] \"d\"\n"}) {
    BuiltProject built;
    spit(built.po(), std::string(k_header) + "msgid \"{1} book\"\nmsgid_plural \"{1} books\"\n" + forms);
    auto result = built.project.leafpress("-q build");
    EXPECT_EQ(result.exit_code, 0) << result.output;
    EXPECT_NE(slurp(built.po()).find(std::string("#~ ") + "msgstr[1] \"b\""), std::string::npos) << slurp(built.po());
  }
}

// A catalog as leafpress wrote it is read without a second UTF-8 check; one changed since, by
// a single byte, is checked again.
TEST(HostileCatalogs, InvalidUtf8PutIntoACatalogLeafpressWroteIsFound) {
  BuiltProject built;
  std::string po = slurp(built.po());
  const size_t msgid = po.find("msgid \"Library opening hours\"");
  ASSERT_NE(msgid, std::string::npos) << po;
  const size_t msgstr = po.find("msgstr \"", msgid);
  ASSERT_NE(msgstr, std::string::npos) << po;
  po.insert(msgstr + 8, "\xff");
  spit(built.po(), po);
  auto result = built.project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("error: invalid UTF-8"), std::string::npos) << result.output;
  EXPECT_EQ(slurp(built.po()), po) << "a broken catalog was rewritten";
}

// Documented handling: a header without a charset is read as UTF-8 (and validated as such);
// a catalog in another charset that iconv knows is converted and rewritten as UTF-8.
TEST(HostileCatalogs, HeaderWithoutCharsetIsReadAsUtf8) {
  BuiltProject built;
  spit(
      built.po(),
      "msgid \"\"\nmsgstr \"\"\n\"Language: pl\\n\"\n\nmsgid \"Library opening hours\"\nmsgstr \"Godziny \xc5\x82\"\n");
  auto result = built.project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(slurp(built.project.root() / "output/html/pl/notice.html").find(">Godziny \xc5\x82</h1>"),
            std::string::npos);
  EXPECT_NE(slurp(built.po()).find("msgstr \"Godziny \xc5\x82\""), std::string::npos);
}

TEST(HostileCatalogs, Latin2CatalogIsConvertedToUtf8) {
  BuiltProject built;
  spit(built.po(),
       "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=ISO-8859-2\\n\"\n\n"
       "msgid \"Library opening hours\"\nmsgstr \"Godziny \xb1\xea\"\n");
  auto result = built.project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  std::string po = slurp(built.po());
  EXPECT_NE(po.find("charset=UTF-8"), std::string::npos) << po;
  EXPECT_NE(po.find("msgstr \"Godziny \xc4\x85\xc4\x99\""), std::string::npos) << po;
  EXPECT_NE(slurp(built.project.root() / "output/html/pl/notice.html").find(">Godziny \xc4\x85\xc4\x99</h1>"),
            std::string::npos);
}

namespace {

struct TranslationCase {
  const char* name;
  std::string msgstr;      // as written inside the PO string
  std::string html_title;  // the <h1> the Polish page must show
};

std::ostream& operator<<(std::ostream& out, const TranslationCase& c) { return out << c.name; }

const TranslationCase k_translations[] = {
    {"script_element", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
    {"cdata_end", "x ]]> y", "x ]]&gt; y"},
    {"ampersands_and_entities", "Tom & Jerry &amp; &lt;b&gt; <b>bold</b>",
     "Tom &amp; Jerry &amp;amp; &amp;lt;b&amp;gt; &lt;b&gt;bold&lt;/b&gt;"},
    {"raw_control_characters", "a \x01 b \x1b[31m c", "a  b [31m c"},
    {"escaped_control_characters", "a \\a b \\b c", "a  b  c"},
    {"noncharacters_fffe_ffff", "a \xef\xbf\xbe b \xef\xbf\xbf c", "a  b  c"},
    {"bidi_overrides", "a \xe2\x80\xae RLO \xe2\x80\xad LRO b", "a \xe2\x80\xae RLO \xe2\x80\xad LRO b"},
};

class HostileTranslation : public ::testing::TestWithParam<TranslationCase> {};

}  // namespace

TEST_P(HostileTranslation, StaysTextAndWellFormed) {
  const TranslationCase& c = GetParam();
  BuiltProject built;
  std::string po = slurp(built.po());
  std::string from = "msgid \"Library opening hours\"\nmsgstr \"\"";
  ASSERT_NE(po.find(from), std::string::npos) << po;
  po.replace(po.find(from), from.size(), "msgid \"Library opening hours\"\nmsgstr \"" + c.msgstr + "\"");
  spit(built.po(), po);
  auto before = built.project.files();
  auto result = built.project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  std::string page = slurp(built.project.root() / "output/html/pl/notice.html");
  // Pages render a title with typographic spaces; compare without them.
  EXPECT_NE(page.find("<h1 class=\"title\">"), std::string::npos);
  std::string title = page.substr(page.find("<h1 class=\"title\">") + 18);
  title = title.substr(0, title.find("</h1>"));
  auto plain = [](std::string s) {
    for (std::string nbsp : {"\xc2\xa0", "\xe2\x80\xaf"})
      for (size_t at; (at = s.find(nbsp)) != std::string::npos;) s.replace(at, nbsp.size(), " ");
    return s;
  };
  EXPECT_EQ(plain(title), c.html_title);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(slurp(built.project.root() / "output/proof/pl/notice.fo").find("<script"), std::string::npos);
  EXPECT_GE(expect_outputs_well_formed(built.project.root()), 6u);
  expect_writes_confined(before, built.project.files());
}

INSTANTIATE_TEST_SUITE_P(Cases, HostileTranslation, ::testing::ValuesIn(k_translations),
                         [](const auto& param_info) { return std::string(param_info.param.name); });
