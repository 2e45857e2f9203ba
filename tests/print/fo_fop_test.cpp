// The XSL-FO stays what the product promises to FO processors: the seed statement's FO, as
// `leafpress build --proof` writes it, rendered by Apache FOP (installed for this test only;
// the PDF step does not use it). Label "print".
#include <gtest/gtest.h>

#include "print/poppler.hpp"
#include "test_support/scratch_project.hpp"

namespace leafpress {
namespace {

using namespace leafpress::testing;

TEST(SeedFo, ApacheFopRendersItWithTheLeafletsPageAndBoxes) {
  for (const char* tool : {"fop", "pdfinfo"}) ASSERT_TRUE(have(tool)) << tool << " not installed (scripts/setup.sh)";
  ScratchProject project;
  CommandResult build = project.leafpress("build --proof");
  ASSERT_EQ(build.exit_code, 0) << build.output;
  fs::path fo = project.root() / "output" / "proof" / "es" / "community-and-diversity.fo";
  ASSERT_TRUE(fs::exists(fo));
  fs::path pdf = project.root() / "fop.pdf";
  // The FO names its faces by family ("NotoSans"); FOP is told their Debian files.
  fs::path config = project.root() / "fop.xconf";
  spit(config,
       "<fop version=\"1.0\"><renderers><renderer mime=\"application/pdf\"><fonts>"
       "<font kerning=\"yes\" embed-url=\"file:/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf\">"
       "<font-triplet name=\"NotoSans\" style=\"normal\" weight=\"normal\"/></font>"
       "<font kerning=\"yes\" embed-url=\"file:/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf\">"
       "<font-triplet name=\"NotoSans\" style=\"normal\" weight=\"bold\"/></font>"
       "</fonts></renderer></renderers></fop>\n");
  // Strict validation (FOP's default): an unknown property or a misplaced element fails.
  CommandResult fop = run_command("fop -q -c " + quoted(config) + " -fo " + quoted(fo) + " -pdf " + quoted(pdf));
  ASSERT_EQ(fop.exit_code, 0) << fop.output;
  EXPECT_EQ(fop.output.find("SEVERE"), std::string::npos) << fop.output;
  // A5 leaflet: trim 148 × 210 mm, bleed 3 mm, media 10 mm outside the trim for the marks;
  // the seed statement in Spanish fills three pages and the back makes four (folded sheets).
  expect_trim_and_bleed(pdf, 148, 210);
  auto boxes = page_boxes(pdf);
  EXPECT_NEAR(boxes["MediaBox"].x1 - boxes["MediaBox"].x0, 168 * k_pt_per_mm, 0.05);
  EXPECT_NEAR(boxes["MediaBox"].y1 - boxes["MediaBox"].y0, 230 * k_pt_per_mm, 0.05);
  EXPECT_EQ(page_count(pdf), 4);
  std::string text = collapse_whitespace(pdf_text(pdf), false);
  EXPECT_NE(text.find("PROOF – NOT FOR PRINT"), std::string::npos);
  // Page numbers from page 2, the total from the last page's number.
  EXPECT_FALSE(has_page_number(page_text(pdf, 1), 1, 4));
  EXPECT_TRUE(has_page_number(page_text(pdf, 2), 2, 4)) << page_text(pdf, 2);
  EXPECT_TRUE(has_page_number(page_text(pdf, 4), 4, 4)) << page_text(pdf, 4);
  EXPECT_NE(run("pdffonts " + quoted(pdf)).find("NotoSans-Regular"), std::string::npos);
}

}  // namespace
}  // namespace leafpress
