// The FOP step without running FOP: configuration, fonts, log screening, tool checks.
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>

#include "app/fop.hpp"
#include "text/language.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::app {
namespace {

TEST(FopConfig, EveryPrintFontFamilyIsConfiguredInBothWeights) {
  auto fonts = print_fonts("/cache/fonts");
  std::set<std::pair<std::string, bool>> configured;
  for (const PrintFont& font : fonts) configured.emplace(font.family, font.bold);
  // Every language's print font (language_table.cpp) has a regular and a bold file.
  for (const std::string& tag : text::known_tags()) {
    auto language = text::language_info(tag);
    ASSERT_TRUE(language) << tag;
    EXPECT_TRUE(configured.contains({language->print_font, false})) << tag << " " << language->print_font;
    EXPECT_TRUE(configured.contains({language->print_font, true})) << tag << " " << language->print_font;
  }
  for (const char* family : {"NotoSansSC", "NotoSansTC", "NotoSans"}) {
    EXPECT_TRUE(configured.contains({family, false})) << family;
  }
  // Chinese from the extracted files, never from the unreadable .ttc collections.
  for (const PrintFont& font : fonts) {
    EXPECT_NE(font.file.extension(), ".ttc") << font.file;
    if (font.family == "NotoSansSC" || font.family == "NotoSansTC") {
      EXPECT_EQ(font.file.parent_path(), fs::path("/cache/fonts"));
    }
  }
}

TEST(FopConfig, StrictPdfXWithExplicitFonts) {
  auto fonts = print_fonts("/cache/fonts");
  std::string config = fop_config(fonts, cmyk_profile());
  std::string error;
  EXPECT_TRUE(xml::is_well_formed(config, &error)) << error;
  EXPECT_NE(config.find("<strict-validation>true</strict-validation>"), std::string::npos);
  EXPECT_NE(config.find("<strict-configuration>true</strict-configuration>"), std::string::npos);
  EXPECT_NE(config.find("<pdf-x-mode>PDF/X-4</pdf-x-mode>"), std::string::npos);
  EXPECT_NE(config.find("<output-profile>file:///usr/share/color/icc/ghostscript/default_cmyk.icc</output-profile>"),
            std::string::npos);
  EXPECT_EQ(config.find("auto-detect"), std::string::npos);
  EXPECT_NE(config.find("embed-url=\"file:///usr/share/fonts/truetype/noto/NotoSansTamil-Regular.ttf\""),
            std::string::npos);
  EXPECT_NE(config.find("<font-triplet name=\"NotoSansTC\" style=\"normal\" weight=\"bold\"/>"), std::string::npos);
  EXPECT_NE(config.find("embed-url=\"file:///cache/fonts/NotoSansCJKtc-Bold.otf\""), std::string::npos);
  // Characters a URI may not hold are escaped.
  std::string odd = fop_config({{"X", false, "/a b/é.ttf", "p"}}, "/icc");
  EXPECT_NE(odd.find("file:///a%20b/%C3%A9.ttf"), std::string::npos);
}

TEST(FopLog, ProblemLinesAreFound) {
  std::string log =
      "[WARN] PDFRenderingUtil - Note: PDF/X-4 support is work-in-progress and not fully implemented, yet!\n"
      "[INFO] FOUserAgent - Rendered page #1.\n"
      "[WARN] Glyph \"?\" (0x3f) not available in font \"NotoNaskhArabic\".\n"
      "[WARN] Font \"Foo,normal,400\" not found. Substituting with \"any,normal,400\".\n"
      "[ERROR] org.apache.fop.fo.ValidationException: Invalid property\n"
      "SEVERE: something\n";
  auto problems = fop_log_problems(log);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_NE(problems[0].find("not available in font"), std::string::npos);
  EXPECT_NE(problems[1].find("Substituting"), std::string::npos);
  EXPECT_NE(problems[2].find("ERROR"), std::string::npos);
  EXPECT_TRUE(fop_log_problems("[INFO] FOUserAgent - Rendered page #1.\n").empty());
  EXPECT_TRUE(fop_log_problems("").empty());
}

TEST(FopTools, MissingFontNamesItsPackage) {
  std::vector<PrintFont> fonts{{"NotoSansTamil", false, "/nonexistent/NotoSansTamil-Regular.ttf", "fonts-noto-core"}};
  auto checked = check_print_tools(fonts);
  ASSERT_FALSE(checked);
  // Either FOP itself is missing (then the message names the fop package) or the font is.
  const std::string& message = checked.error().message;
  bool names_package = message.find("fonts-noto-core") != std::string::npos ||
                       message.find("Debian package fop") != std::string::npos;
  EXPECT_TRUE(names_package) << message;
}

TEST(FopTools, CjkFontFolder) {
  ::unsetenv("LEAFPRESS_CJK_FONT_DIR");
  EXPECT_EQ(cjk_font_dir("/w"), fs::path("/w/fonts"));
  ::setenv("LEAFPRESS_CJK_FONT_DIR", "/elsewhere", 1);
  EXPECT_EQ(cjk_font_dir("/w"), fs::path("/elsewhere"));
  ::unsetenv("LEAFPRESS_CJK_FONT_DIR");
}

TEST(FopTools, NothingToRender) {
  Diagnostics diagnostics;
  EXPECT_TRUE(render_pdfs({}, "/nonexistent-work", diagnostics));
  EXPECT_TRUE(diagnostics.empty());
}

}  // namespace
}  // namespace leafpress::app
