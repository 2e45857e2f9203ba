#include "text/language_table.hpp"

#include <array>

namespace leafpress::text {
namespace {

// gettext formulas as GNU gettext and the Unicode CLDR project write them for integers.
const PluralRule k_only_one{"nplurals=1; plural=0;", 1, [](unsigned long) { return 0; }};
const PluralRule k_not_one{"nplurals=2; plural=(n != 1);", 2,
                           [](unsigned long n) { return n != 1 ? 1 : 0; }};
const PluralRule k_above_one{"nplurals=2; plural=(n > 1);", 2,
                             [](unsigned long n) { return n > 1 ? 1 : 0; }};
const PluralRule k_romanian{
    "nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);", 3,
    [](unsigned long n) { return n == 1 ? 0 : (n == 0 || (n % 100 > 0 && n % 100 < 20)) ? 1 : 2; }};
const PluralRule k_polish{
    "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", 3,
    [](unsigned long n) {
      return n == 1 ? 0 : (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20)) ? 1 : 2;
    }};
const PluralRule k_east_slavic{
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    3, [](unsigned long n) {
      return (n % 10 == 1 && n % 100 != 11) ? 0
             : (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20)) ? 1
                                                                                : 2;
    }};
const PluralRule k_lithuanian{
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2);", 3,
    [](unsigned long n) {
      return (n % 10 == 1 && n % 100 != 11) ? 0 : (n % 10 >= 2 && (n % 100 < 10 || n % 100 >= 20)) ? 1 : 2;
    }};
const PluralRule k_arabic{
    "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
    6, [](unsigned long n) {
      return n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : (n % 100 >= 3 && n % 100 <= 10) ? 3 : n % 100 >= 11 ? 4 : 5;
    }};
const PluralRule k_filipino{
    "nplurals=2; plural=(n != 1 && n != 2 && n != 3 && (n % 10 == 4 || n % 10 == 6 || n % 10 == 9));", 2,
    [](unsigned long n) {
      return (n != 1 && n != 2 && n != 3 && (n % 10 == 4 || n % 10 == 6 || n % 10 == 9)) ? 1 : 0;
    }};

const std::array<const PluralRule*, 9> k_rules{&k_only_one,   &k_not_one, &k_above_one,
                                               &k_romanian,   &k_polish,  &k_east_slavic,
                                               &k_lithuanian, &k_arabic,  &k_filipino};

constexpr std::string_view k_bengali_refusal =
    "Apache FOP 2.8 does not reorder Bengali pre-base vowels, so the leaflet would print "
    "misspelt; print Bengali from the HTML page through a browser (Chromium shapes it "
    "correctly) or send the printer text set in a tool with full Indic shaping";

const std::array k_rows{
    LanguageRow{"en", "en", &k_not_one, "Latn", true, {}},
    LanguageRow{"es", "es", &k_not_one, "Latn", true, {}},
    LanguageRow{"ta", "ta", &k_not_one, "Taml", false, {}},
    LanguageRow{"pt-PT", "pt_PT", &k_not_one, "Latn", true, {}},
    LanguageRow{"pt-BR", "pt_BR", &k_above_one, "Latn", true, {}},
    LanguageRow{"ro", "ro", &k_romanian, "Latn", true, {}},
    LanguageRow{"it", "it", &k_not_one, "Latn", true, {}},
    LanguageRow{"fr", "fr", &k_above_one, "Latn", true, {}},
    LanguageRow{"pl", "pl", &k_polish, "Latn", true, {}},
    LanguageRow{"tr", "tr", &k_not_one, "Latn", true, {}},
    LanguageRow{"zh-Hans", "zh_CN", &k_only_one, "Hans", true, {}},
    LanguageRow{"zh-Hant", "zh_TW", &k_only_one, "Hant", true, {}},
    LanguageRow{"bg", "bg", &k_not_one, "Cyrl", true, {}},
    LanguageRow{"ru", "ru", &k_east_slavic, "Cyrl", true, {}},
    LanguageRow{"vi", "vi", &k_only_one, "Latn", true, {}},
    LanguageRow{"ar", "ar", &k_arabic, "Arab", false, {}},
    LanguageRow{"sq", "sq", &k_not_one, "Latn", true, {}},
    LanguageRow{"lt", "lt", &k_lithuanian, "Latn", true, {}},
    LanguageRow{"so", "so", &k_not_one, "Latn", true, {}},
    LanguageRow{"el", "el", &k_not_one, "Grek", true, {}},
    LanguageRow{"hu", "hu", &k_not_one, "Latn", true, {}},
    LanguageRow{"de", "de", &k_not_one, "Latn", true, {}},
    LanguageRow{"fil", "fil", &k_filipino, "Latn", true, {}},
    LanguageRow{"fa", "fa", &k_above_one, "Arab", false, {}},
    LanguageRow{"bn", "bn", &k_above_one, "Beng", false, k_bengali_refusal},
    LanguageRow{"ps", "ps", &k_not_one, "Arab", false, {}},
    LanguageRow{"ig", "ig", &k_only_one, "Latn", true, {}},
    LanguageRow{"ur", "ur", &k_not_one, "Nastaliq", false, {}},
    LanguageRow{"yo", "yo", &k_only_one, "Latn", true, {}},
    LanguageRow{"ak", "ak", &k_above_one, "Latn", true, {}},
    LanguageRow{"ti", "ti", &k_above_one, "Ethi", true, {}},
    LanguageRow{"am", "am", &k_above_one, "Ethi", true, {}},
};

// Web stacks name Noto families first (installed by fonts-noto-core / fonts-noto-cjk, or
// the reader's own), then common system fonts. Print fonts are FOP font-family names that
// the FOP configuration maps to font files.
const std::array k_fonts{
    ScriptFonts{"Latn", "\"Noto Sans\", \"Noto Serif\", \"DejaVu Sans\", Arial, sans-serif", 1.5, "NotoSans"},
    ScriptFonts{"Cyrl", "\"Noto Sans\", \"DejaVu Sans\", Arial, sans-serif", 1.5, "NotoSans"},
    ScriptFonts{"Grek", "\"Noto Sans\", \"DejaVu Sans\", Arial, sans-serif", 1.5, "NotoSans"},
    ScriptFonts{"Arab", "\"Noto Naskh Arabic\", \"Noto Sans Arabic\", \"Geeza Pro\", Tahoma, sans-serif", 1.8,
                "NotoNaskhArabic"},
    ScriptFonts{"Nastaliq", "\"Noto Nastaliq Urdu\", \"Jameel Noori Nastaleeq\", \"Noto Naskh Arabic\", serif",
                2.4, "NotoNaskhArabic"},
    ScriptFonts{"Taml", "\"Noto Sans Tamil\", \"Noto Serif Tamil\", \"Latha\", sans-serif", 1.7, "NotoSansTamil"},
    ScriptFonts{"Beng", "\"Noto Sans Bengali\", \"Noto Serif Bengali\", \"Vrinda\", sans-serif", 1.7,
                "NotoSansBengali"},
    ScriptFonts{"Ethi", "\"Noto Sans Ethiopic\", \"Noto Serif Ethiopic\", \"Nyala\", sans-serif", 1.7,
                "NotoSansEthiopic"},
    ScriptFonts{"Hans", "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif",
                1.7, "NotoSansSC"},
    ScriptFonts{"Hant", "\"Noto Sans CJK TC\", \"Noto Sans TC\", \"PingFang TC\", \"Microsoft JhengHei\", sans-serif",
                1.7, "NotoSansTC"},
};

}  // namespace

const LanguageRow* find_language_row(std::string_view tag) {
  for (const auto& row : k_rows)
    if (row.tag == tag) return &row;
  return nullptr;
}

std::span<const LanguageRow> language_rows() { return {k_rows.data(), k_rows.size()}; }

std::span<const PluralRule* const> plural_rules() { return {k_rules.data(), k_rules.size()}; }

const ScriptFonts& fonts_for_script(std::string_view script) {
  for (const auto& fonts : k_fonts)
    if (fonts.script == script) return fonts;
  return k_fonts.front();
}

}  // namespace leafpress::text
