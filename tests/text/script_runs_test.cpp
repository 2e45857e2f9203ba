// Script-run splitting (ICU script property) and the print font chosen for each run.
#include <gtest/gtest.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <ostream>
#include <random>

#include "text/case_map.hpp"
#include "text/script_runs.hpp"

namespace leafpress::text {
namespace {

using Runs = std::vector<ScriptRun>;

}  // namespace

// Readable failure messages.
void PrintTo(const ScriptRun& run, std::ostream* out) { *out << run.script << ":\"" << run.text << "\""; }

namespace {

TEST(ScriptRuns, EmptyTextHasNoRuns) { EXPECT_TRUE(split_script_runs("").empty()); }

// ASCII takes a shortcut past ICU; it must give ICU's answers: the script, and whether a
// neutral character is whitespace (which joins the run around it).
TEST(ScriptRuns, AsciiAsIcuClassifiesIt) {
  for (char32_t c = 1; c < 0x80; ++c) {
    const std::string ch(1, static_cast<char>(c));
    UErrorCode status = U_ZERO_ERROR;
    const bool latin = uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_LATIN;
    EXPECT_EQ(split_script_runs(ch).front().script, latin ? "Latn" : "Zyyy") << static_cast<int>(c);
    if (latin) continue;
    const bool whitespace = u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
    const size_t runs = split_script_runs("\u0628" + ch + "\u0628", CommonPolicy::neutral).size();
    EXPECT_EQ(runs, whitespace ? 1u : 3u) << static_cast<int>(c);
  }
}

TEST(ScriptRuns, OneScriptIsOneRun) {
  EXPECT_EQ(split_script_runs("Tous les êtres humains naissent libres."),
            (Runs{{"Tous les êtres humains naissent libres.", "Latn"}}));
}

TEST(ScriptRuns, LatinInsideArabic) {
  // "Article 1" style: a Latin word between Arabic words; the spaces join the run before.
  std::string text = "يولد جميع الناس UNESCO أحرارًا";
  EXPECT_EQ(split_script_runs(text), (Runs{{"يولد جميع الناس ", "Arab"}, {"UNESCO ", "Latn"}, {"أحرارًا", "Arab"}}));
}

TEST(ScriptRuns, CombiningMarksStayWithTheirBase) {
  // Arabic tanwin (U+064B, Inherited) after alif, and a Tamil virama (a Tamil mark).
  auto runs = split_script_runs("أحرارًا");
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].script, "Arab");
  // U+0301 COMBINING ACUTE after a Cyrillic letter stays Cyrillic.
  EXPECT_EQ(split_script_runs("пра\u0301во"), (Runs{{"пра\u0301во", "Cyrl"}}));
}

TEST(ScriptRuns, JoinPolicyDigitsAndPunctuationJoinTheRunBefore) {
  EXPECT_EQ(split_script_runs("Статья 1. Article 2"), (Runs{{"Статья 1. ", "Cyrl"}, {"Article 2", "Latn"}}));
  // Leading neutral characters join the first real run after them.
  EXPECT_EQ(split_script_runs("(1948) மனித"), (Runs{{"(1948) மனித", "Taml"}}));
  // Nothing but neutral characters: one Common run.
  EXPECT_EQ(split_script_runs("1948 – 2024"), (Runs{{"1948 – 2024", "Zyyy"}}));
}

TEST(ScriptRuns, NeutralPolicyKeepsAsciiPunctuationApart) {
  // ASCII digits and parentheses between Arabic words form their own neutral run (the
  // Arabic font lacks parentheses); the spaces around them join a neighbouring run.
  std::string text = "المادة (1) الأولى";
  EXPECT_EQ(split_script_runs(text, CommonPolicy::neutral),
            (Runs{{"المادة ", "Arab"}, {"(1)", "Zyyy"}, {" الأولى", "Arab"}}));
}

TEST(ScriptRuns, NeutralPolicyJoinsByScriptExtensions) {
  // U+060C ARABIC COMMA and U+061F ARABIC QUESTION MARK are Common with Script_Extensions
  // naming Arabic: they stay in the Arabic run.
  EXPECT_EQ(split_script_runs("الناس، أحرار؟", CommonPolicy::neutral), (Runs{{"الناس، أحرار؟", "Arab"}}));
  // U+3001/U+3002 ideographic comma and full stop extend to Han; U+FF0C FULLWIDTH COMMA
  // has no extensions and stays neutral (in a Chinese document, neutral runs are set in
  // the Chinese font anyway).
  EXPECT_EQ(split_script_runs("人人生而自由、一律平等。", CommonPolicy::neutral),
            (Runs{{"人人生而自由、一律平等。", "Hani"}}));
  EXPECT_EQ(split_script_runs("自由，平等", CommonPolicy::neutral),
            (Runs{{"自由", "Hani"}, {"，", "Zyyy"}, {"平等", "Hani"}}));
  // An Arabic comma in Latin text has nowhere to join: it takes its own (Arabic) script,
  // so it gets a font that has it.
  EXPECT_EQ(split_script_runs("a، b", CommonPolicy::neutral), (Runs{{"a", "Latn"}, {"،", "Arab"}, {" b", "Latn"}}));
}

TEST(ScriptRuns, DigitsAndPunctuationBetweenScripts) {
  // Chinese then Latin with digits and punctuation between them.
  EXPECT_EQ(
      split_script_runs("第1条 (Article 1)", CommonPolicy::neutral),
      (Runs{{"第", "Hani"}, {"1", "Zyyy"}, {"条 ", "Hani"}, {"(", "Zyyy"}, {"Article ", "Latn"}, {"1)", "Zyyy"}}));
  EXPECT_EQ(split_script_runs("第1条 (Article 1)"), (Runs{{"第1条 (", "Hani"}, {"Article 1)", "Latn"}}));
}

TEST(ScriptRuns, RunsConcatenateToTheInput) {
  std::string text = "Hello, мир! مرحبا 世界 — தமிழ் 123 ሰላም";
  for (CommonPolicy policy : {CommonPolicy::join, CommonPolicy::neutral}) {
    std::string joined;
    for (const ScriptRun& run : split_script_runs(text, policy)) joined += run.text;
    EXPECT_EQ(joined, text);
  }
}

TEST(ScriptRuns, InvalidUtf8IsKeptNotLost) {
  std::string text =
      "ab\xff"
      "cd";
  auto runs = split_script_runs(text);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].text, text);
}

TEST(PrintFonts, HansAndHantGetDifferentFonts) {
  auto hans = language_info("zh-Hans");
  auto hant = language_info("zh-Hant");
  ASSERT_TRUE(hans && hant);
  EXPECT_EQ(print_font_for_run("Hani", *hans), "NotoSansSC");
  EXPECT_EQ(print_font_for_run("Hani", *hant), "NotoSansTC");
  // Neutral runs in Chinese documents use the Chinese font, which has Latin digits.
  EXPECT_EQ(print_font_for_run("Zyyy", *hant), "NotoSansTC");
}

TEST(PrintFonts, EachScriptItsOwnFamily) {
  auto ar = language_info("ar");
  auto ur = language_info("ur");
  auto ta = language_info("ta");
  ASSERT_TRUE(ar && ur && ta);
  EXPECT_EQ(print_font_for_run("Arab", *ar), "NotoNaskhArabic");
  EXPECT_EQ(print_font_for_run("Arab", *ur), "NotoNastaliqUrdu");  // Urdu in Nastaliq
  EXPECT_EQ(ur->print_font, "NotoNastaliqUrdu");
  EXPECT_EQ(print_font_for_run("Zyyy", *ar), "NotoSans");  // the Latin font has ( ) - ? …
  EXPECT_EQ(print_font_for_run("Latn", *ar), "NotoSans");
  EXPECT_EQ(print_font_for_run("Taml", *ta), "NotoSansTamil");
  EXPECT_EQ(print_font_for_run("Cyrl", *ta), "NotoSans");
  EXPECT_EQ(print_font_for_run("Ethi", *ta), "NotoSansEthiopic");
  EXPECT_EQ(print_font_for_run("Hani", *ta), "NotoSansSC");
}

// The fonts of the runs the FO writer would print, one per run, and whether one is Arabic.
std::vector<std::string> run_fonts(std::string_view text, const Language& language, bool* arabic) {
  std::vector<std::string> fonts;
  for_each_script_run(text, CommonPolicy::neutral, [&](std::string_view, std::string_view script) {
    fonts.push_back(print_font_for_run(script, language));
    if (script == "Arab") *arabic = true;
  });
  return fonts;
}

TEST(PrintFonts, UniformFontOnlyWhereEveryRunHasIt) {
  const std::vector<std::string> pieces = {
      "Everyone", " ",      ", ",  "12",     "é",       "crème",  "\u201Cquoted\u201D",
      " \u2013 ", "\u00A0", "мир", "Ελλάδα", "مرحبا",   "\u060C", "世界",
      "\u3002",   "தமிழ்",   "ሰላም", "\u00B7", "e\u0301", "\u0301", "\xff",
      "Việt",     "ş"};
  std::mt19937 random(7);
  size_t uniform = 0, split = 0;
  for (const char* tag : {"en", "fr", "ru", "ar", "ta", "zh-Hans", "zh-Hant", "vi"}) {
    auto language = language_info(tag);
    ASSERT_TRUE(language) << tag;
    for (int round = 0; round < 400; ++round) {
      std::string text;
      for (size_t n = random() % 6 + 1; n-- > 0;) text += pieces[random() % pieces.size()];
      bool arabic = false;
      std::vector<std::string> fonts = run_fonts(text, *language, &arabic);
      if (auto font = uniform_print_font(text, *language)) {
        ++uniform;
        EXPECT_FALSE(arabic) << tag << " \"" << text << "\"";
        for (const std::string& f : fonts) EXPECT_EQ(f, *font) << tag << " \"" << text << "\"";
      } else {
        ++split;
      }
    }
  }
  EXPECT_GT(uniform, 300u);
  EXPECT_GT(split, 300u);
  // The text of most leaflets needs no splitting; mixed scripts and Arabic do.
  auto fr = language_info("fr"), ru = language_info("ru"), ar = language_info("ar"), zh = language_info("zh-Hans");
  ASSERT_TRUE(fr && ru && ar && zh);
  EXPECT_EQ(uniform_print_font("L\u2019\u00E9cole, \u00AB libre \u00BB \u2013 art. 26\u00A0!", *fr), "NotoSans");
  EXPECT_EQ(uniform_print_font("Все люди рождаются свободными (статья 1).", *ru), "NotoSans");
  EXPECT_EQ(uniform_print_font("人人生而自由，在尊严和权利上一律平等。", *zh), "NotoSansSC");
  EXPECT_FALSE(uniform_print_font("يولد جميع الناس أحراراً", *ar));
  EXPECT_FALSE(uniform_print_font("UDHR 人人", *zh));
  EXPECT_FALSE(uniform_print_font("", *fr));
}

TEST(PrintFonts, LanguageAttributeAndRefusal) {
  for (const char* tag : {"ar", "ur", "fa", "ps", "ta", "bn"}) {
    auto language = language_info(tag);
    ASSERT_TRUE(language) << tag;
    EXPECT_FALSE(language->fop_language_attribute) << tag;
  }
  auto bn = language_info("bn");
  ASSERT_TRUE(bn);
  EXPECT_TRUE(bn->print_supported);  // the typesetter shapes Bengali with HarfBuzz
  auto ur = language_info("ur");
  ASSERT_TRUE(ur);
  EXPECT_TRUE(ur->print_supported);
}

TEST(CaseMap, TurkishDottedCapitalI) {
  EXPECT_EQ(to_upper("istanbul", "tr"), "İSTANBUL");
  EXPECT_EQ(to_upper("istanbul", "en"), "ISTANBUL");
  EXPECT_EQ(to_lower("I", "tr"), "ı");
  EXPECT_EQ(to_lower("İ", "tr"), "i");
  EXPECT_EQ(to_upper("straße", "de"), "STRASSE");
  EXPECT_EQ(to_upper("abc", ""), "ABC");
}

}  // namespace
}  // namespace leafpress::text

TEST(FopArabicWorkaround, MovesFathatanFromLamOntoAlef) {
  using leafpress::text::move_fathatan_after_lam_alef;
  // أولًا → أولاً, بدلًا → بدلاً; other words and marks are untouched.
  EXPECT_EQ(move_fathatan_after_lam_alef("أولًا"), "أولاً");
  EXPECT_EQ(move_fathatan_after_lam_alef("بدلًا من"), "بدلاً من");
  EXPECT_EQ(move_fathatan_after_lam_alef("جميعًا"), "جميعًا");
  EXPECT_EQ(move_fathatan_after_lam_alef("لًب"), "لًب");
  EXPECT_EQ(move_fathatan_after_lam_alef("لً"), "لً");
  EXPECT_EQ(move_fathatan_after_lam_alef(""), "");
}
