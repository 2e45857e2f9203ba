// UiTranslator: a PO compiled by GNU msgfmt, looked up through Boost.Locale with contexts and
// plurals, English when missing; dates formatted per language.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "test_support/temp_dir.hpp"
#include "text/ui_translator.hpp"

namespace leafpress::text {
namespace {

// Neutral page furniture in Polish (three plural forms) with two messages sharing a msgid
// in different contexts.
constexpr const char* k_polish_po = R"(msgid ""
msgstr ""
"Project-Id-Version: leafpress test\n"
"Language: pl\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

msgctxt "switcher"
msgid "Read this in"
msgstr "Przeczytaj w języku"

msgctxt "index"
msgid "Statements"
msgstr "Oświadczenia"

msgctxt "heading"
msgid "Statements"
msgstr "Deklaracje"

msgctxt "notice"
msgid "{1} paragraph is not yet translated and is shown in English."
msgid_plural "{1} paragraphs are not yet translated and are shown in English."
msgstr[0] "{1} akapit nie jest jeszcze przetłumaczony i jest pokazany po angielsku."
msgstr[1] "{1} akapity nie są jeszcze przetłumaczone i są pokazane po angielsku."
msgstr[2] "{1} akapitów nie jest jeszcze przetłumaczonych i są pokazane po angielsku."

#, fuzzy
msgctxt "imprint"
msgid "Imprint"
msgstr "Nota wydawnicza"

msgctxt "date"
msgid "Published {1}"
msgstr ""
)";

class UiTranslatorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (std::system("msgfmt --version >/dev/null 2>&1") != 0)
      FAIL() << "GNU msgfmt is not installed (scripts/setup.sh)";
    auto folder = m_dir.path() / "pl" / "LC_MESSAGES";
    std::filesystem::create_directories(folder);
    std::ofstream(m_dir.path() / "ui.po") << k_polish_po;
    std::string command = "msgfmt -o '" + (folder / "ui.mo").string() + "' '" + (m_dir.path() / "ui.po").string() + "'";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    std::ifstream in(folder / "ui.mo", std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    auto loaded = UiTranslator::from_mo("pl", bytes.str(), "locales/pl/LC_MESSAGES/ui.mo");
    ASSERT_TRUE(loaded) << loaded.error().to_string();
    m_translator = *loaded;
  }

  testing::TempDir m_dir;
  UiTranslator m_translator;
};

TEST_F(UiTranslatorTest, LooksUpByContext) {
  EXPECT_TRUE(m_translator.has_catalog());
  EXPECT_EQ(m_translator.translate("switcher", "Read this in"), "Przeczytaj w języku");
  EXPECT_EQ(m_translator.translate("index", "Statements"), "Oświadczenia");
  EXPECT_EQ(m_translator.translate("heading", "Statements"), "Deklaracje");
  // Same msgid in a context the catalog lacks: English.
  EXPECT_EQ(m_translator.translate("footer", "Statements"), "Statements");
}

TEST_F(UiTranslatorTest, ChoosesPolishPluralForms) {
  const char* one = "{1} paragraph is not yet translated and is shown in English.";
  const char* many = "{1} paragraphs are not yet translated and are shown in English.";
  EXPECT_EQ(m_translator.translate("notice", one, many, 1),
            "{1} akapit nie jest jeszcze przetłumaczony i jest pokazany po angielsku.");
  for (long n : {2L, 3L, 4L, 22L, 104L})
    EXPECT_EQ(m_translator.translate("notice", one, many, n),
              "{1} akapity nie są jeszcze przetłumaczone i są pokazane po angielsku.")
        << n;
  for (long n : {0L, 5L, 11L, 12L, 25L, 112L})
    EXPECT_EQ(m_translator.translate("notice", one, many, n),
              "{1} akapitów nie jest jeszcze przetłumaczonych i są pokazane po angielsku.")
        << n;
}

TEST_F(UiTranslatorTest, FallsBackToEnglish) {
  // Fuzzy (msgfmt leaves it out), empty, and absent messages.
  EXPECT_EQ(m_translator.translate("imprint", "Imprint"), "Imprint");
  EXPECT_EQ(m_translator.translate("date", "Published {1}"), "Published {1}");
  EXPECT_EQ(m_translator.translate("notice", "Not there"), "Not there");
  EXPECT_EQ(m_translator.translate("x", "one item", "{1} items", 1), "one item");
  EXPECT_EQ(m_translator.translate("x", "one item", "{1} items", 7), "{1} items");
}

TEST(UiTranslator, WithoutCatalogAnswersInEnglish) {
  UiTranslator english("ta");
  EXPECT_FALSE(english.has_catalog());
  EXPECT_EQ(english.translate("switcher", "Read this in"), "Read this in");
  EXPECT_EQ(english.translate("notice", "{1} paragraph", "{1} paragraphs", 0), "{1} paragraphs");
}

TEST(UiTranslator, RejectsBytesThatAreNotMo) {
  auto loaded = UiTranslator::from_mo("pl", "msgid \"\"\nmsgstr \"\"\n", "locales/pl/LC_MESSAGES/ui.mo");
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().to_string().find("locales/pl/LC_MESSAGES/ui.mo"), std::string::npos);
  EXPECT_FALSE(UiTranslator::from_mo("pl", "", "ui.mo"));
}

TEST(FormatDate, LongDateInTheLanguage) {
  EXPECT_EQ(format_date("en", "2026-11-26").value(), "November 26, 2026");
  EXPECT_EQ(format_date("fr", "2026-11-26").value(), "26 novembre 2026");
  EXPECT_EQ(format_date("pl", "2026-11-26").value(), "26 listopada 2026");
  EXPECT_EQ(format_date("ta", "2026-01-05").value(), format_date("ta", "2026-01-05").value());
  std::string arabic = format_date("ar", "2026-11-26").value();
  EXPECT_NE(arabic.find("نوفمبر"), std::string::npos) << arabic;
  EXPECT_EQ(format_date("en", "2024-02-29").value(), "February 29, 2024");
}

TEST(FormatDate, RejectsMalformedDates) {
  for (const char* bad : {"", "2026-13-01", "2026-02-30", "2025-02-29", "26-11-2026", "2026/11/26", "2026-1-5x"})
    EXPECT_FALSE(format_date("en", bad)) << bad;
  EXPECT_FALSE(format_date("not a tag", "2026-11-26"));
}

}  // namespace
}  // namespace leafpress::text
