// Plural-Forms written from CLDR's plural rules through ICU, checked against ICU itself and
// against GNU gettext's own table (msginit) where gettext has one.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "test_support/command.hpp"
#include "test_support/temp_dir.hpp"
#include "text/cldr_plural_forms.hpp"
#include "text/language.hpp"
#include "text/plural_forms.hpp"

using namespace leafpress;

namespace {

// True when the two Plural-Forms put the integers 0…1000 in the same groups (form indexes may
// be numbered differently: CLDR and gettext order some categories differently).
bool same_partition(const std::string& a, const std::string& b, std::string* why) {
  auto forms_a = text::PluralForms::parse(a), forms_b = text::PluralForms::parse(b);
  if (!forms_a || !forms_b) {
    *why = "does not parse: " + (forms_a ? forms_b : forms_a).error().message;
    return false;
  }
  std::map<unsigned long, unsigned long> a_to_b, b_to_a;
  for (unsigned long n = 0; n <= 1000; ++n) {
    unsigned long x = forms_a->form(n), y = forms_b->form(n);
    if (a_to_b.emplace(x, y).first->second != y || b_to_a.emplace(y, x).first->second != x) {
      *why = "differs at n = " + std::to_string(n);
      return false;
    }
  }
  return true;
}

}  // namespace

TEST(PluralFormsFromCldr, AnyLanguageIcuKnowsCanBeAdded) {
  // Languages the table does not list: each gets a Plural-Forms with CLDR's forms.
  const std::map<std::string, int> expected = {{"he", 3}, {"cs", 3}, {"cy", 6}, {"ga", 5}, {"mt", 5},
                                               {"ar", 6}, {"is", 2}, {"ka", 2}, {"ja", 1}, {"ff", 2}};
  for (const auto& [tag, nplurals] : expected) {
    auto language = text::language_info(tag);
    ASSERT_TRUE(language) << tag << ": " << language.error().message;
    EXPECT_EQ(language->nplurals, nplurals) << tag << ": " << language->plural_forms;
    auto derived = text::plural_forms_from_cldr(tag);
    ASSERT_TRUE(derived) << tag << ": " << derived.error().message;
    auto derived_forms = text::PluralForms::parse(*derived),
         table_forms = text::PluralForms::parse(language->plural_forms);
    ASSERT_TRUE(derived_forms && table_forms) << tag;
    EXPECT_EQ(derived_forms->form(1), table_forms->form(1)) << tag;
  }
  // Welsh: zero, one, two, few (3), many (6), other.
  auto welsh = text::plural_forms_from_cldr("cy");
  ASSERT_TRUE(welsh);
  auto welsh_forms = text::PluralForms::parse(*welsh);
  ASSERT_TRUE(welsh_forms) << *welsh;
  for (auto [n, form] :
       std::vector<std::pair<unsigned long, unsigned long>>{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {6, 4}, {4, 5}, {100, 5}})
    EXPECT_EQ(welsh_forms->form(n), form) << *welsh << " at " << n;
  EXPECT_FALSE(text::language_info("qqq"));  // unknown to ICU: nothing to derive from
}

TEST(PluralFormsFromCldr, AgreesWithGettextsTable) {
  leafpress::testing::TempDir dir;
  leafpress::testing::spit(
      dir.path() / "x.pot",
      "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"a\"\nmsgstr \"\"\n");
  // CLDR and gettext's table group the integers differently for these (CLDR's partition is
  // what leafpress writes): Hebrew has a "two" form, Irish five forms, Latvian a "zero" form
  // for 10, 11…19, 20, 30…, European Portuguese says 0 in the singular as Brazilian does.
  const std::set<std::string> k_cldr_differs = {"he", "ga", "lv", "pt"};
  size_t compared = 0;
  std::string differ;
  for (const char* code : {"ja", "vi", "ko", "en", "de", "nl", "sv", "da", "nb",    "nn",    "fo", "es", "pt", "it",
                           "bg", "el", "fi", "et", "he", "eo", "hu", "tr", "fr",    "lv",    "ga", "ro", "lt", "ru",
                           "uk", "be", "sr", "hr", "cs", "sk", "pl", "sl", "pt_BR", "zh_CN", "th", "id"}) {
    auto made = leafpress::testing::run_command("msginit --no-translator --no-wrap -l " + std::string(code) + " -i " +
                                                (dir.path() / "x.pot").string() + " -o - 2>/dev/null");
    size_t at = made.output.find("Plural-Forms: ");
    if (at == std::string::npos) continue;  // not in gettext's table
    std::string gettext = made.output.substr(at + 14, made.output.find("\\n", at) - at - 14);
    std::string tag = code;
    std::replace(tag.begin(), tag.end(), '_', '-');
    if (tag == "zh-CN") tag = "zh-Hans";
    auto language = text::language_info(tag);
    ASSERT_TRUE(language) << tag << ": " << language.error().message;
    auto derived = text::plural_forms_from_cldr(tag);
    ASSERT_TRUE(derived) << tag << ": " << derived.error().message;
    std::string why;
    bool same = same_partition(gettext, *derived, &why);
    if (k_cldr_differs.contains(tag)) {
      EXPECT_FALSE(same) << tag << ": now agrees with gettext's " << gettext;
      continue;
    }
    EXPECT_TRUE(same) << tag << ": " << *derived << " " << why << " from gettext's " << gettext;
    if (!same) differ += tag + " ";
    ++compared;
  }
  EXPECT_GE(compared, 30u) << "is gettext's msginit installed?";
  EXPECT_EQ(differ, "");
}
