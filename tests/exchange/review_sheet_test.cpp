// leafpress sheet (the bilingual review sheet) and leafpress review --units / --all: the sheet
// numbers the units as review takes them, shows both languages in their own direction with
// the checks' findings, prints to PDF; review records exactly the units named.
#include <gtest/gtest.h>

#include <string>

#include "exchange/exchange_project.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::testing {
namespace {

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

class ReviewSheet : public ::testing::Test {
 protected:
  void SetUp() override {
    p.translate_french();
    // UDHR Article 3 in Arabic (tests/data/udhr/udhr_arb.xml); Article 1 with its placeholder
    // dropped and markup typed in, which check reports and the sheet must show as text.
    p.translate("ar", "Everyone has the right to life", "لكل فرد الحق في الحياة والحرية وسلامة شخصه.");
    p.translate("ar", "All human beings are born", "<script>alert(1)</script> & \\\"quoted\\\"");
  }
  ExchangeProject p;
};

TEST_F(ReviewSheet, NumbersUnitsShowsBothLanguagesTheirFindingsATickBoxEachAndASignOff) {
  auto sheet = p.leafpress("sheet ar");
  ASSERT_EQ(sheet.exit_code, 0) << sheet.output;
  EXPECT_NE(sheet.output.find("output/review/ar/udhr.html: 3 units"), std::string::npos) << sheet.output;
  std::string html = slurp(p.root() / "output" / "review" / "ar" / "udhr.html");
  std::string why;
  EXPECT_TRUE(xml::is_well_formed(html, &why)) << why;
  EXPECT_NE(html.find("<html lang=\"en\" dir=\"ltr\">"), std::string::npos);
  for (const char* unit : {"<tr id=\"unit-1\">", "<tr id=\"unit-2\">", "<tr id=\"unit-3\">"})
    EXPECT_NE(html.find(unit), std::string::npos) << unit;
  EXPECT_EQ(count(html, "type=\"checkbox\""), 3u);
  EXPECT_NE(html.find("<div lang=\"ar\" dir=\"rtl\">لكل فرد الحق"), std::string::npos);
  EXPECT_NE(html.find("<div lang=\"en\" dir=\"ltr\">Everyone has the right"), std::string::npos);
  EXPECT_NE(html.find(":lang(ar) { font-family:"), std::string::npos) << "the page's per-script fonts";
  // The placeholder is shown as a mark; what a translator typed is text, never markup.
  EXPECT_NE(html.find("<span class=\"code\" dir=\"ltr\">⟨1⟩</span>free and equal"), std::string::npos);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quoted\""), std::string::npos);
  // Check's finding beside the unit; the untranslated title is said to be so.
  EXPECT_NE(html.find("<li class=\"error\">error: [placeholder] placeholder &lt;1&gt;…&lt;/1&gt; is missing"),
            std::string::npos);
  EXPECT_NE(html.find("Not translated"), std::string::npos);
  EXPECT_NE(html.find("Sign-off"), std::string::npos);
  EXPECT_NE(html.find("leafpress review ar --by \"NAME\" --statement udhr --units LIST"), std::string::npos);
  // The same catalog gives the same sheet.
  ASSERT_EQ(p.leafpress("-q sheet ar --statement udhr.md").exit_code, 0);
  EXPECT_EQ(slurp(p.root() / "output" / "review" / "ar" / "udhr.html"), html);
}

TEST_F(ReviewSheet, BadLanguageOrStatementIsAnErrorNamingWhatExists) {
  auto statement = p.leafpress("sheet ar --statement plan");
  EXPECT_EQ(statement.exit_code, 3);
  EXPECT_NE(statement.output.find("no such statement in source-docs (there are: udhr)"), std::string::npos)
      << statement.output;
  auto language = p.leafpress("sheet de");
  EXPECT_EQ(language.exit_code, 3);
  EXPECT_NE(language.output.find("not one of this project's languages"), std::string::npos) << language.output;
}

TEST_F(ReviewSheet, PrintsToAPdfWithBothScriptsAndTheSameBytesEachTime) {
  auto sheet = p.leafpress("sheet ar --pdf");
  ASSERT_EQ(sheet.exit_code, 0) << sheet.output;
  fs::path pdf = p.root() / "output" / "review" / "ar" / "udhr.pdf";
  std::string bytes = slurp(pdf);
  ASSERT_EQ(bytes.rfind("%PDF", 0), 0u);
  auto text = run_command("pdftotext '" + pdf.string() + "' -");
  EXPECT_NE(text.output.find("Sign-off"), std::string::npos) << text.output;
  EXPECT_NE(text.output.find("Everyone has the"), std::string::npos) << text.output;
  // Arabic is compared by its letters (pdftotext does not give right-to-left lines back in order).
  for (const char* word : {"الحرية", "الحياة"}) EXPECT_NE(text.output.find(word), std::string::npos) << word;
  auto fonts = run_command("pdffonts '" + pdf.string() + "'");
  EXPECT_NE(fonts.output.find("Arabic"), std::string::npos) << fonts.output;
  ASSERT_EQ(p.leafpress("-q sheet ar --pdf").exit_code, 0);
  EXPECT_EQ(slurp(pdf), bytes) << "no date or other changing byte in the PDF";
}

TEST_F(ReviewSheet, ReviewUnitsRecordsExactlyThoseNamedAndNamesItsCatalog) {
  auto reviewed = p.leafpress("review fr --by 'A. Reviewer' --units 1,3");
  EXPECT_EQ(reviewed.exit_code, 0) << reviewed.output;
  EXPECT_NE(reviewed.output.find("locales/fr/statements.po: units 1,3: 2 newly reviewed by A. Reviewer"),
            std::string::npos)
      << reviewed.output;
  EXPECT_NE(reviewed.output.find("locales/fr/statements.po: 2 of 3 units reviewed"), std::string::npos)
      << reviewed.output;
  std::string po = slurp(p.catalog("fr"));
  EXPECT_EQ(count(po, "# leafpress-reviewed: A. Reviewer"), 2u);
  size_t unit_1 = po.find(k_fr_title), unit_2 = po.find("All human beings");
  EXPECT_EQ(po.substr(unit_1, unit_2 - unit_1).find("leafpress-reviewed"), std::string::npos) << "unit 2 was not named";
  // The sheet says so.
  ASSERT_EQ(p.leafpress("-q sheet fr").exit_code, 0);
  std::string html = slurp(p.root() / "output" / "review" / "fr" / "udhr.html");
  EXPECT_EQ(count(html, "reviewed by A. Reviewer"), 2u);
  // The last one, with an en dash as a sheet prints ranges: the catalog is then complete.
  auto last = p.leafpress("review fr --by 'A. Reviewer' --statement udhr --units '2–3'");
  EXPECT_EQ(last.exit_code, 0) << last.output;
  EXPECT_NE(last.output.find("locales/fr/statements.po: 3 of 3 units reviewed"), std::string::npos) << last.output;
}

TEST_F(ReviewSheet, UnitsThatDoNotExistAreAnErrorNamingThem) {
  std::string before = slurp(p.catalog("fr"));
  auto missing = p.leafpress("review fr --by 'A. Reviewer' --units 2,9");
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.output.find("there is no unit 9 in locales/fr/statements.po (its units are numbered 1 to 3)"),
            std::string::npos)
      << missing.output;
  auto zero = p.leafpress("review fr --by 'A. Reviewer' --units 0 --statement udhr");
  EXPECT_NE(zero.output.find("there is no unit 0 in source-docs/udhr.md"), std::string::npos) << zero.output;
  for (const char* bad : {"3-1", "two", "1,,2", "4-"}) {
    auto refused = p.leafpress(std::string("review fr --by 'A. Reviewer' --units '") + bad + "'");
    EXPECT_EQ(refused.exit_code, 3) << bad;
    EXPECT_NE(refused.output.find("--units:"), std::string::npos) << refused.output;
  }
  EXPECT_EQ(slurp(p.catalog("fr")), before);
  // A unit named that cannot be reviewed (Arabic unit 1 is untranslated) is said so: exit 1.
  auto untranslated = p.leafpress("review ar --by 'A. Reviewer' --units 1,3");
  EXPECT_EQ(untranslated.exit_code, 1) << untranslated.output;
  EXPECT_NE(untranslated.output.find("not reviewed: untranslated"), std::string::npos) << untranslated.output;
  EXPECT_NE(untranslated.output.find("1 newly reviewed"), std::string::npos) << untranslated.output;
}

TEST_F(ReviewSheet, ReviewOfEveryUnitNeedsAllOffATerminalAndAYesOnOne) {
  std::string before = slurp(p.catalog("fr"));
  auto refused = p.leafpress("review fr --by 'A. Reviewer'");
  EXPECT_EQ(refused.exit_code, 2) << refused.output;
  EXPECT_NE(refused.output.find("pass --all"), std::string::npos) << refused.output;
  EXPECT_EQ(slurp(p.catalog("fr")), before);
  // On a terminal (script(1) gives it one), the reviewer is asked with the count.
  const std::string command = std::string(LEAFPRESS_EXE) + " -C " + p.root().string() + " review fr --by Reviewer";
  auto no = run_command("printf 'n\\n' | script -qec '" + command + "' /dev/null");
  EXPECT_NE(no.output.find("locales/fr/statements.po: 3 units not yet reviewed by anyone would be marked"),
            std::string::npos)
      << no.output;
  EXPECT_NE(no.output.find("Nothing recorded"), std::string::npos) << no.output;
  EXPECT_EQ(slurp(p.catalog("fr")), before);
  auto yes = run_command("printf 'y\\n' | script -qec '" + command + "' /dev/null");
  EXPECT_NE(yes.output.find("3 of 3 units reviewed"), std::string::npos) << yes.output;
  EXPECT_EQ(count(slurp(p.catalog("fr")), "# leafpress-reviewed: Reviewer"), 3u);
  // --all says it without a question; each catalog is named in every line about it.
  auto all = p.leafpress("review ar --by 'A. Reviewer' --all");
  EXPECT_EQ(all.exit_code, 1) << all.output;
  EXPECT_NE(all.output.find("locales/ar/statements.po: 1 newly reviewed"), std::string::npos) << all.output;
  EXPECT_NE(all.output.find("locales/ar/statements.po: 1 of 3 units reviewed"), std::string::npos) << all.output;
}

}  // namespace
}  // namespace leafpress::testing
