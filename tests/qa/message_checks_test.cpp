// Checks applied to PO messages: notes, plurals, ignore comments and severities.
#include "qa/message_checks.hpp"

#include <gtest/gtest.h>

#include <set>

#include "check_test_support.hpp"

using namespace leafpress;
using namespace leafpress::qa;
using namespace leafpress::qa::testing;

namespace {

catalog::Message unit(std::string msgid, std::string msgstr) {
  catalog::Message m;
  m.msgid = std::move(msgid);
  m.msgstr = {std::move(msgstr)};
  return m;
}

}  // namespace

TEST(MessageChecks, NotesForFuzzyAndUntranslated) {
  CheckContext pl{lang("pl"), {}};
  SeverityTable table;
  auto untranslated = check_message(unit("Article 3", ""), pl, table, 3);
  ASSERT_EQ(untranslated.size(), 1u);
  EXPECT_EQ(untranslated[0].check_id, "untranslated");
  EXPECT_EQ(untranslated[0].severity, Severity::note);
  auto fuzzy = unit("Article 3", "Artykuł");
  fuzzy.set_flag("fuzzy", true);
  auto found = check_message(fuzzy, pl, table, 3);
  ASSERT_EQ(found.size(), 1u);  // no text checks on a fuzzy translation
  EXPECT_EQ(found[0].check_id, "fuzzy");
  EXPECT_FALSE(has_error(found));
}

TEST(MessageChecks, PluralCountAndForms) {
  CheckContext pl{lang("pl"), {}};
  SeverityTable table;
  auto m = unit("%d article", "%d artykuł");
  m.msgid_plural = "%d articles";
  m.msgstr = {"1 artykuł", "2 artykuły"};
  auto found = check_message(m, pl, table, 3);
  EXPECT_TRUE(has(found, "plurals")) << messages(found);
  m.msgid = "1 article";
  m.msgid_plural = "2 articles";
  m.msgstr = {"1 artykuł", "2 artykuły", "2 artykułów"};
  found = check_message(m, pl, table, 3);
  EXPECT_TRUE(found.empty()) << messages(found);
  m.msgstr[2] = "5 artykułów";  // form 2 must keep the plural source's number
  found = check_message(m, pl, table, 3);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].form, 2u);
}

TEST(MessageChecks, IgnoreCommentSilencesOneCheck) {
  CheckContext zh{lang("zh-Hans"), {}};
  SeverityTable table;
  auto m = unit("Adopted on 10 December 1948.", "一九四八年十二月十日通过。");
  EXPECT_TRUE(has_error(check_message(m, zh, table, 1)));
  m.translator_comments = {"leafpress-ignore: number the date is written in Chinese numerals"};
  auto found = check_message(m, zh, table, 1);
  EXPECT_TRUE(found.empty()) << messages(found);

  m.translator_comments = {"leafpress-ignore: numbr typo"};
  found = check_message(m, zh, table, 1);
  EXPECT_TRUE(has(found, "ignore"));
  EXPECT_TRUE(has(found, "number"));
  m.translator_comments = {"leafpress-ignore: number"};
  found = check_message(m, zh, table, 1);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message, "\"leafpress-ignore: number\" gives no reason");
}

TEST(MessageChecks, SeverityOverrides) {
  CheckContext pl{lang("pl"), {}};
  SeverityTable table;
  auto problems = table.apply({{"number", "warning"}, {"quotes", "off"}, {"nonsense", "error"}, {"nfc", "loud"}});
  ASSERT_EQ(problems.size(), 2u);
  auto m = unit("Article 3 \"x\"", "Artykuł \"x\"");
  auto found = check_message(m, pl, table, 3);
  ASSERT_EQ(found.size(), 1u) << messages(found);
  EXPECT_EQ(found[0].check_id, "number");
  EXPECT_EQ(found[0].severity, Severity::warning);
  EXPECT_FALSE(has_error(found));
}

TEST(MessageChecks, HeaderAndObsoleteAreSkipped) {
  CheckContext pl{lang("pl"), {}};
  SeverityTable table;
  catalog::Message header;
  header.msgstr = {"Language: pl\n"};
  EXPECT_TRUE(check_message(header, pl, table, 3).empty());
  auto old = unit("Article 3", "");
  old.obsolete = true;
  EXPECT_TRUE(check_message(old, pl, table, 3).empty());
}

TEST(CheckList, EveryCheckIsListedOnce) {
  std::set<std::string_view> ids;
  for (const auto& c : all_checks()) {
    EXPECT_TRUE(ids.insert(c.id).second) << c.id;
    EXPECT_FALSE(c.summary.empty());
  }
  for (auto id : {"placeholder", "number", "url", "glossary-keep", "glossary-term", "newlines", "whitespace",
                  "doubled-word", "end-punctuation", "quotes", "romanian-cedilla", "bidi", "nfc", "unchanged", "length",
                  "plurals", "fuzzy", "untranslated"})
    EXPECT_NE(find_check(id), nullptr) << id;
}
