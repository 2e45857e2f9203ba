#include "text/language_table.hpp"

#include <array>

namespace leafpress::text {
namespace {

// gettext formulas as GNU gettext and the Unicode CLDR project write them for integers.
const PluralRule k_only_one{"nplurals=1; plural=0;", 1, [](unsigned long) { return 0; }};
const PluralRule k_not_one{"nplurals=2; plural=(n != 1);", 2, [](unsigned long n) { return n != 1 ? 1 : 0; }};
const PluralRule k_above_one{"nplurals=2; plural=(n > 1);", 2, [](unsigned long n) { return n > 1 ? 1 : 0; }};
const PluralRule k_romanian{"nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);", 3,
                            [](unsigned long n) {
                              return n == 1 ? 0 : (n == 0 || (n % 100 > 0 && n % 100 < 20)) ? 1 : 2;
                            }};
const PluralRule k_polish{"nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", 3,
                          [](unsigned long n) {
                            return n == 1 ? 0 : (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20)) ? 1 : 2;
                          }};
const PluralRule k_east_slavic{
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", 3,
    [](unsigned long n) {
      return (n % 10 == 1 && n % 100 != 11)                                    ? 0
             : (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20)) ? 1
                                                                               : 2;
    }};
const PluralRule k_lithuanian{
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2);", 3,
    [](unsigned long n) {
      return (n % 10 == 1 && n % 100 != 11) ? 0 : (n % 10 >= 2 && (n % 100 < 10 || n % 100 >= 20)) ? 1 : 2;
    }};
const PluralRule k_arabic{
    "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);", 6,
    [](unsigned long n) {
      return n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : (n % 100 >= 3 && n % 100 <= 10) ? 3 : n % 100 >= 11 ? 4 : 5;
    }};
const PluralRule k_filipino{
    "nplurals=2; plural=(n != 1 && n != 2 && n != 3 && (n % 10 == 4 || n % 10 == 6 || n % 10 == 9));", 2,
    [](unsigned long n) {
      return (n != 1 && n != 2 && n != 3 && (n % 10 == 4 || n % 10 == 6 || n % 10 == 9)) ? 1 : 0;
    }};

const std::array<const PluralRule*, 9> k_rules{&k_only_one,    &k_not_one,    &k_above_one, &k_romanian, &k_polish,
                                               &k_east_slavic, &k_lithuanian, &k_arabic,    &k_filipino};

const std::array k_rows{
    LanguageRow{"en", "en", &k_not_one, "Latn", true, {}, "en"},
    LanguageRow{"es", "es", &k_not_one, "Latn", true, {}, "es"},
    LanguageRow{"ta", "ta", &k_not_one, "Taml", false, {}, "ta"},
    LanguageRow{"pt-PT", "pt_PT", &k_not_one, "Latn", true, {}, "pt-PT"},
    LanguageRow{"pt-BR", "pt_BR", &k_above_one, "Latn", true, {}, "pt-BR"},
    LanguageRow{"ro", "ro", &k_romanian, "Latn", true, {}, "ro"},
    LanguageRow{"it", "it", &k_not_one, "Latn", true, {}, "it"},
    LanguageRow{"fr", "fr", &k_above_one, "Latn", true, {}, "fr"},
    LanguageRow{"pl", "pl", &k_polish, "Latn", true, {}, "pl"},
    LanguageRow{"tr", "tr", &k_not_one, "Latn", true, {}, "tr"},
    LanguageRow{"zh-Hans", "zh_CN", &k_only_one, "Hans", true, {}, "zh-Hans"},
    LanguageRow{"zh-Hant", "zh_TW", &k_only_one, "Hant", true, {}, "zh-Hant"},
    LanguageRow{"bg", "bg", &k_not_one, "Cyrl", true, {}, "bg"},
    LanguageRow{"ru", "ru", &k_east_slavic, "Cyrl", true, {}, "ru"},
    LanguageRow{"vi", "vi", &k_only_one, "Latn", true, {}, "vi"},
    LanguageRow{"ar", "ar", &k_arabic, "Arab", false, {}, "ar"},
    LanguageRow{"sq", "sq", &k_not_one, "Latn", true, {}, "sq"},
    LanguageRow{"lt", "lt", &k_lithuanian, "Latn", true, {}, "lt"},
    LanguageRow{"so", "so", &k_not_one, "Latn", true, {}, "so"},
    LanguageRow{"el", "el", &k_not_one, "Grek", true, {}, "el"},
    LanguageRow{"hu", "hu", &k_not_one, "Latn", true, {}, "hu"},
    LanguageRow{"de", "de", &k_not_one, "Latn", true, {}, "de"},
    LanguageRow{"fil", "fil", &k_filipino, "Latn", true, {}, "fil"},
    LanguageRow{"fa", "fa", &k_above_one, "Arab", false, {}, "fa"},
    LanguageRow{"bn", "bn", &k_above_one, "Beng", false, {}, "bn"},
    LanguageRow{"ps", "ps", &k_not_one, "Arab", false, {}, "ps"},
    LanguageRow{"ig", "ig", &k_only_one, "Latn", true, {}, "ig"},
    LanguageRow{"ur", "ur", &k_not_one, "Nastaliq", false, {}, "ur"},
    LanguageRow{"yo", "yo", &k_only_one, "Latn", true, {}, "yo"},
    LanguageRow{"ak", "ak", &k_above_one, "Latn", true, {}, "ak"},
    LanguageRow{"ti", "ti", &k_above_one, "Ethi", true, {}, "ti"},
    LanguageRow{"am", "am", &k_above_one, "Ethi", true, {}, "am"},
};

// Web stacks name Noto families first (installed by fonts-noto-core / fonts-noto-cjk, or
// the reader's own), then common system fonts. Print fonts name a family and its two face
// files; the Chinese faces are chosen by index in fonts-noto-cjk's collections.
#define LEAFPRESS_NOTO(stem)                                           \
  PrintFace{"/usr/share/fonts/truetype/noto/" stem "-Regular.ttf", 0}, \
      PrintFace{"/usr/share/fonts/truetype/noto/" stem "-Bold.ttf", 0}, "fonts-noto-core"
#define LEAFPRESS_NOTO_CJK(index)                                             \
  PrintFace{"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", index}, \
      PrintFace{"/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", index}, "fonts-noto-cjk"
const std::array k_fonts{
    ScriptFonts{"Latn", "\"Noto Sans\", \"Noto Serif\", \"DejaVu Sans\", Arial, sans-serif", 1.5, "NotoSans",
                LEAFPRESS_NOTO("NotoSans")},
    ScriptFonts{"Cyrl", "\"Noto Sans\", \"DejaVu Sans\", Arial, sans-serif", 1.5, "NotoSans",
                LEAFPRESS_NOTO("NotoSans")},
    ScriptFonts{"Grek", "\"Noto Sans\", \"DejaVu Sans\", Arial, sans-serif", 1.5, "NotoSans",
                LEAFPRESS_NOTO("NotoSans")},
    ScriptFonts{"Arab", "\"Noto Naskh Arabic\", \"Noto Sans Arabic\", \"Geeza Pro\", Tahoma, sans-serif", 1.8,
                "NotoNaskhArabic", LEAFPRESS_NOTO("NotoNaskhArabic")},
    ScriptFonts{"Nastaliq", "\"Noto Nastaliq Urdu\", \"Jameel Noori Nastaleeq\", \"Noto Naskh Arabic\", serif", 2.4,
                "NotoNastaliqUrdu", LEAFPRESS_NOTO("NotoNastaliqUrdu")},
    ScriptFonts{"Taml", "\"Noto Sans Tamil\", \"Noto Serif Tamil\", \"Latha\", sans-serif", 1.7, "NotoSansTamil",
                LEAFPRESS_NOTO("NotoSansTamil")},
    ScriptFonts{"Beng", "\"Noto Sans Bengali\", \"Noto Serif Bengali\", \"Vrinda\", sans-serif", 1.7, "NotoSansBengali",
                LEAFPRESS_NOTO("NotoSansBengali")},
    ScriptFonts{"Ethi", "\"Noto Sans Ethiopic\", \"Noto Serif Ethiopic\", \"Nyala\", sans-serif", 1.7,
                "NotoSansEthiopic", LEAFPRESS_NOTO("NotoSansEthiopic")},
    ScriptFonts{"Hans", "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif", 1.7,
                "NotoSansSC", LEAFPRESS_NOTO_CJK(2)},
    ScriptFonts{"Hant", "\"Noto Sans CJK TC\", \"Noto Sans TC\", \"PingFang TC\", \"Microsoft JhengHei\", sans-serif",
                1.7, "NotoSansTC", LEAFPRESS_NOTO_CJK(3)},
};
#undef LEAFPRESS_NOTO
#undef LEAFPRESS_NOTO_CJK

}  // namespace

const LanguageRow* find_language_row(std::string_view tag) {
  for (const auto& row : k_rows)
    if (row.tag == tag) return &row;
  return nullptr;
}

std::span<const LanguageRow> language_rows() { return {k_rows.data(), k_rows.size()}; }

std::span<const PluralRule* const> plural_rules() { return {k_rules.data(), k_rules.size()}; }

std::span<const ScriptFonts> script_fonts() { return {k_fonts.data(), k_fonts.size()}; }

const ScriptFonts& fonts_for_script(std::string_view script) {
  for (const auto& fonts : k_fonts)
    if (fonts.script == script) return fonts;
  return k_fonts.front();
}

}  // namespace leafpress::text
