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

TEST(MessageChecks, AFuzzySuggestionFromAnotherUnitSaysSo) {
  CheckContext pl{lang("pl"), {}};
  SeverityTable table;
  catalog::Catalog catalog;
  catalog.messages.push_back(unit("Community & diversity in Lewisham", "Społeczność i różnorodność w Lewisham"));
  // A new title filled in from the category, which is still a unit of the catalog.
  auto suggested = unit("Homes for everyone in Lewisham", "Społeczność i różnorodność w Lewisham");
  suggested.set_flag("fuzzy", true);
  suggested.prev_msgid = "Community & diversity in Lewisham";
  catalog.messages.push_back(suggested);
  auto found = check_message(suggested, pl, table, 3, &catalog);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].message,
            "fuzzy: suggested from a similar unit: \"Community & diversity in Lewisham\"; check the translation and "
            "remove the flag");
  EXPECT_TRUE(suggested_from_other_unit(suggested, catalog));
  // An edited unit: its previous msgid is gone from the catalog.
  auto edited = suggested;
  edited.prev_msgid = "Homes for all in Lewisham";
  auto changed = check_message(edited, pl, table, 3, &catalog);
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(changed[0].message, "fuzzy: the source changed since this was translated; review it and remove the flag");
  // A long unit is quoted in part, cut between characters.
  auto long_one = suggested;
  std::string other = std::string(58, 'a') + "ąę and more";
  catalog.messages.push_back(unit(other, "x"));
  long_one.prev_msgid = other;
  EXPECT_NE(fuzzy_note(long_one, &catalog).find(std::string(58, 'a') + "ą…\""), std::string::npos)
      << fuzzy_note(long_one, &catalog);
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
  auto m = unit("Adopted on 10 December 1948.", "通过。");
  EXPECT_TRUE(has_error(check_message(m, zh, table, 1)));
  m.translator_comments = {"leafpress-ignore: number the date is in the heading"};
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
