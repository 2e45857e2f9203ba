// The web stylesheet: a rule per language, Nastaliq for Urdu, Hans/Hant apart, print rules.
#include <gtest/gtest.h>

#include "text/language.hpp"
#include "writers/web_styles.hpp"

namespace leafpress::writers {
namespace {

std::vector<text::Language> languages(std::initializer_list<const char*> tags) {
  std::vector<text::Language> out;
  for (const char* tag : tags) out.push_back(text::language_info(tag).value());
  return out;
}

TEST(WebStyles, OneLangRulePerLanguageWithItsFonts) {
  std::string css = web_stylesheet(languages({"en", "ar", "ta", "zh-Hans", "zh-Hant", "ur", "ru", "ar"}));
  EXPECT_NE(css.find(":lang(ar) { font-family: \"Noto Naskh Arabic\""), std::string::npos);
  EXPECT_NE(css.find(":lang(ta) { font-family: \"Noto Sans Tamil\""), std::string::npos);
  EXPECT_NE(css.find(":lang(zh-Hans) { font-family: \"Noto Sans CJK SC\""), std::string::npos);
  EXPECT_NE(css.find(":lang(zh-Hant) { font-family: \"Noto Sans CJK TC\""), std::string::npos);
  EXPECT_NE(css.find(":lang(ur) { font-family: \"Noto Nastaliq Urdu\""), std::string::npos);
  EXPECT_NE(css.find(":lang(ru) {"), std::string::npos);
  size_t first = css.find("\n:lang(ar)");
  EXPECT_EQ(css.find("\n:lang(ar)", first + 1), std::string::npos) << "duplicates ignored";
  EXPECT_EQ(css.find(".autonym:lang(ar)", css.find(".autonym:lang(ar)") + 1), std::string::npos);
}

TEST(WebStyles, PicturesFitTheColumnAndTableCellsAreRuled) {
  std::string css = web_stylesheet(languages({"en"}));
  // A photograph wider than the text column shrinks to it (on a phone too), keeping its shape.
  EXPECT_NE(css.find("img { max-width: 100%; height: auto; }"), std::string::npos);
  EXPECT_NE(css.find("th, td { border: 1px solid"), std::string::npos);
  // "start", not "left": header cells line up with the text in right-to-left pages too.
  EXPECT_NE(css.find("text-align: start;"), std::string::npos);
}

TEST(WebStyles, NastaliqGetsTheTallestLines) {
  std::string css = web_stylesheet(languages({"en", "ur"}));
  size_t ur = css.find(":lang(ur)");
  ASSERT_NE(ur, std::string::npos);
  std::string rule = css.substr(ur, css.find('}', ur) - ur);
  EXPECT_NE(rule.find("line-height: 2.4"), std::string::npos) << rule;
}

TEST(WebStyles, LineHeightsPrintedAsAStreamPrintsThem) {
  std::vector<text::Language> odd = languages({"en", "fr", "ru", "ta"});
  odd[1].web_line_height = 2;
  odd[2].web_line_height = 1.25;
  odd[3].web_line_height = 1.0 / 3;
  odd[3].web_fonts.clear();
  std::string css = web_stylesheet(odd);
  EXPECT_NE(css.find(":lang(en) { font-family: \"Noto Sans\", \"Noto Serif\", \"DejaVu Sans\", Arial, sans-serif; "
                     "line-height: 1.5; }\n"),
            std::string::npos)
      << css;
  EXPECT_NE(css.find(":lang(fr) {"), std::string::npos);
  EXPECT_NE(css.find("line-height: 2; }\n:lang(ru)"), std::string::npos) << css;
  EXPECT_NE(css.find("line-height: 1.25; }\n:lang(ta) { font-family: sans-serif; line-height: 0.333333; }\n"),
            std::string::npos)
      << css;
}

TEST(WebStyles, PrintRulesAndPolyglotSafety) {
  std::string css = web_stylesheet(languages({"en", "pl"}));
  EXPECT_NE(css.find("@media print"), std::string::npos);
  EXPECT_EQ(css.find_first_of("<>&"), std::string::npos) << "must sit inside <style> unescaped";
  EXPECT_EQ(css.find("url("), std::string::npos) << "no fonts from another host";
  EXPECT_EQ(css.find("@import"), std::string::npos);
  EXPECT_EQ(css, web_stylesheet(languages({"en", "pl"})));
}

}  // namespace
}  // namespace leafpress::writers
