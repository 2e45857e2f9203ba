// The leaflet's design end to end (label "print"): one small project with [brand] (name,
// colour, an SVG logo, call to action, contact) and [web] base_url, typeset once in Arabic
// and read back: an even page count, the masthead's name and the page numbers in the text
// layer, the logo as a CMYK picture (no RGB anywhere), and the QR code on the back page
// decoded from its page image (zbarimg) to the page's address, percent-encoding included.
#include <gtest/gtest.h>

#include "print/poppler.hpp"
#include "test_support/scratch_project.hpp"

namespace leafpress {
namespace {

using namespace leafpress::testing;

constexpr const char* k_base_url = "https://statements.example.org/parks/";

class DesignPdf : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    for (const char* tool : {"lualatex", "pdftotext", "pdftoppm", "pdfimages", "qpdf", "zbarimg", "rsvg-convert"})
      ASSERT_TRUE(have(tool)) << tool << " not installed (scripts/setup.sh)";
    ::setenv("LEAFPRESS_TEXMFVAR", (fs::path(LEAFPRESS_BINARY_DIR) / "texmf-var").c_str(), 0);
    s_dir = new TempDir;
    spit(
        root() / "leafpress.toml",
        std::string("[project]\nname = \"Parks\"\nsource_language = \"en\"\n\n[languages]\ntargets = [\"ar\"]\n\n"
                    "[web]\nbase_url = \"") +
            k_base_url +
            "\"\n\n[brand]\nname = \"Parks for everyone\"\ncolour = \"cmyk(0, 0.8, 0.9, 0)\"\nlogo = \"art/logo.svg\"\n"
            "call_to_action = \"Read this in your language online\"\ncontact = \"Write to parks@example.org\"\n");
    fs::create_directories(root() / "art");
    fs::copy_file(fs::path(LEAFPRESS_SOURCE_DIR) / "tests/data/brand/parks-logo.svg", root() / "art" / "logo.svg");
    // A space in the statement's name: the page is published as "open-day.html" (app/statement_name),
    // and the code names it so.
    spit(root() / "source-docs" / "open day.md",
         "# Open day in the park\n\nThe park opens its gates to *everyone* on **Saturday**.\n\n"
         "Bring a picnic and a friend. [Read the plan](https://www.example.org/plan/).\n");
    s_build = new CommandResult(
        run_command(std::string(LEAFPRESS_EXE) + " -C '" + root().string() + "' build --proof --pdf"));
  }
  static void TearDownTestSuite() {
    delete s_build;
    delete s_dir;
  }
  static fs::path root() { return s_dir->path(); }
  static fs::path pdf() { return root() / "output" / "proof" / "ar" / "open-day.pdf"; }

  static inline TempDir* s_dir = nullptr;
  static inline CommandResult* s_build = nullptr;
};

TEST_F(DesignPdf, EvenPagesNumberedFromTwoWithTheMastheadOnTheFront) {
  ASSERT_EQ(s_build->exit_code, 0) << s_build->output;
  int pages = page_count(pdf());
  EXPECT_EQ(pages % 2, 0) << pages;
  EXPECT_NE(page_text(pdf(), 1).find("Parks for everyone"), std::string::npos) << page_text(pdf(), 1);
  EXPECT_FALSE(has_page_number(page_text(pdf(), 1), 1, pages));
  for (int page = 2; page <= pages; ++page)
    EXPECT_TRUE(has_page_number(page_text(pdf(), page), page, pages))
        << "page " << page << ": " << page_text(pdf(), page);
  std::string back = page_text(pdf(), pages);
  for (const char* part : {"Read this in your language online", "Write to parks@example.org", "IMPRINT MISSING"})
    EXPECT_NE(back.find(part), std::string::npos) << part << " not on the back page: " << back;
  // A link's address follows its text (here in English: the statement is not translated).
  std::string all = collapse_whitespace(pdf_text(pdf()), false);
  EXPECT_NE(all.find("Read the plan (example.org/plan)"), std::string::npos) << all;
  // The address, shortened, may break after a '/' (never inside a word).
  EXPECT_NE(collapse_whitespace(back, true).find("statements.example.org/parks/ar/open-day.html"), std::string::npos)
      << back;
}

TEST_F(DesignPdf, TheLogoIsACmykPictureAndNothingIsRgb) {
  ASSERT_EQ(s_build->exit_code, 0) << s_build->output;
  std::string images = run("pdfimages -list " + quoted(pdf()));
  EXPECT_NE(images.find("cmyk"), std::string::npos) << images;
  EXPECT_EQ(images.find(" rgb "), std::string::npos) << images;
  std::string json = run("qpdf --json --json-stream-data=none " + quoted(pdf()));
  EXPECT_EQ(json.find("/DeviceRGB"), std::string::npos);
}

TEST_F(DesignPdf, TheQrCodeOnTheBackOpensThePageInTheSameLanguage) {
  ASSERT_EQ(s_build->exit_code, 0) << s_build->output;
  int pages = page_count(pdf());
  fs::path image = root() / "back";
  run("pdftoppm -r 300 -png -singlefile -f " + std::to_string(pages) + " -l " + std::to_string(pages) + " " +
      quoted(pdf()) + " " + quoted(image));
  std::string decoded = run("zbarimg -q --raw " + quoted(fs::path(image.string() + ".png")) + " 2>/dev/null");
  EXPECT_EQ(decoded, std::string(k_base_url) + "ar/open-day.html\n");
  // The page it names exists where the build wrote the site.
  EXPECT_TRUE(fs::exists(root() / "output" / "html" / "ar" / "open-day.html"));
}

// Without base_url: no code, no address, and the build says so.
TEST(DesignPdfWithoutBaseUrl, NoQrCodeAndAWarning) {
  for (const char* tool : {"lualatex", "pdftoppm", "zbarimg"}) ASSERT_TRUE(have(tool)) << tool;
  ::setenv("LEAFPRESS_TEXMFVAR", (fs::path(LEAFPRESS_BINARY_DIR) / "texmf-var").c_str(), 0);
  TempDir dir;
  spit(dir.path() / "leafpress.toml",
       "[project]\nname = \"Parks\"\nsource_language = \"en\"\n\n[languages]\ntargets = [\"fr\"]\n");
  spit(dir.path() / "source-docs" / "parks.md", "# Parks\n\nOpen every day.\n");
  CommandResult build = run_command(std::string(LEAFPRESS_EXE) + " -C '" + dir.path().string() +
                                    "' build --proof --pdf");
  ASSERT_EQ(build.exit_code, 0) << build.output;
  EXPECT_NE(build.output.find("[web] base_url not set: leaflets carry no QR code"), std::string::npos) << build.output;
  fs::path pdf = dir.path() / "output" / "proof" / "fr" / "parks.pdf";
  EXPECT_EQ(page_count(pdf), 2);  // one page of text, then the back
  run("pdftoppm -r 300 -png -singlefile -f 2 -l 2 " + quoted(pdf) + " " + quoted(dir.path() / "back"));
  EXPECT_EQ(run("zbarimg -q --raw " + quoted(dir.path() / "back.png") + " 2>/dev/null"), "");
}

}  // namespace
}  // namespace leafpress
