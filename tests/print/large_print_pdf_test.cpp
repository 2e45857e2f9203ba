// Both editions of a leaflet end to end (label "print"): a short Arabic statement with
// [print] variants = ["standard", "large"], typeset once with `build --proof --pdf`. The large
// edition's body is read back from its content stream at 16 pt or more; a paragraph left in
// English sits under its label, which ui.po translates.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <regex>

#include "print/pdf_content.hpp"
#include "print/poppler.hpp"
#include "test_support/scratch_project.hpp"

namespace leafpress {
namespace {

using namespace leafpress::testing;

constexpr double k_bp_per_pt = 72 / 72.27;  // TeX points to PDF units
const std::string k_english = "The cafe closes at six.";
// Neutral phrases written for the test: the title, one paragraph, and the label.
const std::vector<std::pair<std::string, std::string>> k_arabic{
    {"Library opening", "افتتاح المكتبة"},
    {"The library opens at nine.", "تفتح المكتبة في التاسعة."},
};
const std::string k_label = "لم يترجم بعد – معروض بالإنجليزية";

void translate(const fs::path& po, const std::string& english, const std::string& translation) {
  std::string text = slurp(po);
  std::string from = "msgid \"" + english + "\"\nmsgstr \"\"";
  size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << english << " not in\n" << text;
  text.replace(at, from.size(), "msgid \"" + english + "\"\nmsgstr \"" + translation + "\"");
  spit(po, text);
}

// The size each text run is set in (the Tf operators), in TeX points, with how many runs.
std::map<double, size_t> text_sizes(const fs::path& pdf) {
  static const std::regex tf(R"(/F\d+ ([\d.]+) Tf)");
  std::map<double, size_t> sizes;
  for (const std::string& stream : page_content_streams(slurp(pdf)))
    for (std::sregex_iterator it(stream.begin(), stream.end(), tf), end; it != end; ++it)
      ++sizes[std::round(std::stod((*it)[1]) / k_bp_per_pt * 10) / 10];
  return sizes;
}

double most_used(const std::map<double, size_t>& sizes) {
  double size = 0;
  size_t most = 0;
  for (const auto& [pt, count] : sizes)
    if (count > most) std::tie(size, most) = std::pair{pt, count};
  return size;
}

fs::path proof(const fs::path& root, const std::string& name) { return root / "output" / "proof" / "ar" / name; }

// One render for every check: typesetting is the slow part.
TEST(LargePrintPdf, BothEditionsTheLargeAtSixteenPointAndEnglishUnderItsLabel) {
  for (const char* tool : {"lualatex", "pdftotext"})
    ASSERT_TRUE(have(tool)) << tool << " not installed (scripts/setup.sh)";
  ::setenv("LEAFPRESS_TEXMFVAR", (fs::path(LEAFPRESS_BINARY_DIR) / "texmf-var").c_str(), 0);
  TempDir dir;
  const fs::path root = dir.path();
  auto leafpress = [&](const std::string& args) {
    return run_command(std::string(LEAFPRESS_EXE) + " -C '" + root.string() + "' " + args);
  };
  spit(root / "leafpress.toml",
       "[project]\nname = \"Library\"\nsource_language = \"en\"\n\n[languages]\ntargets = [\"ar\"]\n\n"
       "[print]\nvariants = [\"standard\", \"large\"]\n");
  spit(root / "source-docs" / "opening.txt", "Library opening\n\nThe library opens at nine.\n\n" + k_english + "\n");
  ASSERT_EQ(leafpress("build").exit_code, 0);
  for (const auto& [english, arabic] : k_arabic) translate(root / "locales" / "ar" / "statements.po", english, arabic);
  translate(root / "locales" / "ar" / "ui.po", "Not yet translated – shown in English", k_label);
  CommandResult build = leafpress("build --proof --pdf");
  ASSERT_EQ(build.exit_code, 0) << build.output;

  // Both editions beside each other; large print needs no fewer pages.
  for (const char* name :
       {"opening.pdf", "opening.fo", "opening.tex", "opening-large.pdf", "opening-large.fo", "opening-large.tex"})
    EXPECT_TRUE(fs::exists(proof(root, name))) << name;
  EXPECT_GE(page_count(proof(root, "opening-large.pdf")), page_count(proof(root, "opening.pdf")));

  // The large edition's body at 16 pt or more (here 18), the standard's at [print] body_size.
  auto large = text_sizes(proof(root, "opening-large.pdf"));
  auto standard = text_sizes(proof(root, "opening.pdf"));
  EXPECT_GE(most_used(large), 16) << ::testing::PrintToString(large);
  EXPECT_EQ(most_used(standard), 14) << ::testing::PrintToString(standard);
  // Only the proof's marks and its boxed imprint warning (layout::missing_pt), and the page
  // numbers are set smaller.
  for (const auto& [pt, count] : large) {
    if (pt < 16) {
      EXPECT_TRUE(pt == 7.5 || pt == 9 || pt == 14) << pt << " pt, " << count << " runs";
    }
  }

  // The untranslated paragraph under its label, whose words come from ui.po (pdftotext splits
  // the label's last word at its lam-alef, so the first words are looked for).
  for (const char* name : {"opening.pdf", "opening-large.pdf"}) {
    SCOPED_TRACE(name);
    std::string text = collapse_whitespace(without_bidi_controls(pdf_text(proof(root, name))), false);
    size_t english = text.find(k_english);
    ASSERT_NE(english, std::string::npos) << text;
    EXPECT_LT(text.find("لم يترجم بعد"), english) << text;
    EXPECT_EQ(text.find("Not yet translated"), std::string::npos) << text;
  }
}

}  // namespace
}  // namespace leafpress
