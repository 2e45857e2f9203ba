// The PDF step through the typesetter, end to end on a small project with French and Bengali
// (neutral sentences written for the test: pre-base and split vowel signs, conjuncts, reph):
// the text layer, a PDF/X-4 preflight read from the file itself, byte-identical and
// incremental builds, a failed render that keeps the previous PDF, and planted TeX files that
// are never run. Label "print".
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "print/pdf_content.hpp"
#include "print/poppler.hpp"
#include "print/text_layer.hpp"
#include "test_support/scratch_project.hpp"
#include "text/nfc.hpp"
#include "text/segment.hpp"

namespace leafpress {
namespace {

using namespace leafpress::testing;

// English source and the Bengali the test puts in the catalog.
const std::vector<std::pair<std::string, std::string>> k_bengali{
    {"Where is the library?", "লাইব্রেরি কোথায়?"},             // ি pre-base, ো split, ্র
    {"Is the exam today?", "পরীক্ষা কি আজ?"},                  // ক্ষ conjunct, কি
    {"The worker comes in the morning.", "সকালে কর্মী আসে।"},  // reph র্ম
};

class TexPdf : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* tool : {"lualatex", "pdftotext", "pdfinfo", "pdffonts", "qpdf"})
      ASSERT_TRUE(have(tool)) << tool << " not installed (scripts/setup.sh)";
    ::setenv("LEAFPRESS_TEXMFVAR", (fs::path(LEAFPRESS_BINARY_DIR) / "texmf-var").c_str(), 0);
    spit(root() / "leafpress.toml",
         "[project]\nname = \"Library\"\nsource_language = \"en\"\n\n[languages]\ntargets = [\"fr\"]\n");
    std::string source = "Library opening\n";
    for (const auto& [english, bengali] : k_bengali) source += "\n" + english + "\n";
    spit(root() / "source-docs" / "opening.txt", source);
    ASSERT_EQ(leafpress("build").exit_code, 0);
    CommandResult init = leafpress("init bn");
    ASSERT_EQ(init.exit_code, 0) << init.output;
    fs::path po = root() / "locales" / "bn" / "statements.po";
    std::string text = slurp(po);
    for (const auto& [english, bengali] : k_bengali) translate(text, english, bengali);
    spit(po, text);
  }

  static void translate(std::string& po, const std::string& english, const std::string& translation) {
    std::string from = "msgid \"" + english + "\"\nmsgstr \"\"";
    size_t at = po.find(from);
    ASSERT_NE(at, std::string::npos) << english << " not in\n" << po;
    po.replace(at, from.size(), "msgid \"" + english + "\"\nmsgstr \"" + translation + "\"");
  }

  [[nodiscard]] const fs::path& root() const { return m_dir.path(); }
  [[nodiscard]] fs::path pdf(const std::string& lang) const {
    return root() / "output" / "proof" / lang / "opening.pdf";
  }
  [[nodiscard]] CommandResult leafpress(const std::string& args) const {
    return run_command(std::string(LEAFPRESS_EXE) + " -C '" + root().string() + "' " + args);
  }

  TempDir m_dir;
};

// A Markdown statement with a table, pictures (a PNG with a caption, a GIF) and struck-out
// words: all reach the PDF, the pictures as CMYK print copies of their web copies (which the
// typesetter sees as media/), the caption translated like any paragraph.
TEST(TexPdfDocuments, TablesPicturesAndStruckTextReachThePdf) {
  for (const char* tool : {"lualatex", "pdftotext", "pdfimages"}) ASSERT_TRUE(have(tool)) << tool;
  ::setenv("LEAFPRESS_TEXMFVAR", (fs::path(LEAFPRESS_BINARY_DIR) / "texmf-var").c_str(), 0);
  TempDir dir;
  spit(dir.path() / "leafpress.toml",
       "[project]\nname = \"Parks\"\nsource_language = \"en\"\n\n[languages]\ntargets = [\"fr\"]\n");
  spit(dir.path() / "source-docs" / "parks.md",
       "# Parks\n\nOpening hours, ~~closed on Mondays~~ open every day.\n\n| Park | Hours |\n|---|---|\n"
       "| Ladywell Fields | 7–21 |\n\n![Children playing in a park](park.png \"The park on an open day\")\n\n"
       "![A red square](red.gif)\n");
  fs::copy_file(fs::path(LEAFPRESS_SOURCE_DIR) / "tests/data/documents/park.png",
                dir.path() / "source-docs" / "park.png");
  fs::copy_file(fs::path(LEAFPRESS_SOURCE_DIR) / "tests/data/pictures/red.gif", dir.path() / "source-docs" / "red.gif");
  CommandResult build = run_command(std::string(LEAFPRESS_EXE) + " -C '" + dir.path().string() +
                                    "' build --proof --pdf");
  ASSERT_EQ(build.exit_code, 0) << build.output;
  fs::path pdf = dir.path() / "output" / "proof" / "fr" / "parks.pdf";
  std::string text = collapse_whitespace(pdf_text(pdf), false);
  for (const char* expected : {"Ladywell Fields", "7–21", "closed on Mondays", "Hours", "The park on an open day"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " not in: " << text;
  EXPECT_NE(slurp(dir.path() / "locales" / "fr" / "statements.po").find("#. picture caption"), std::string::npos);
  // Both pictures are in the PDF, in CMYK: a print shop gets no RGB.
  CommandResult images = run_command("pdfimages -list '" + pdf.string() + "'");
  ASSERT_EQ(images.exit_code, 0) << images.output;
  std::istringstream lines(images.output);
  std::string line;
  int pictures = 0;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string page, number, type, width, height, colour;
    if (!(fields >> page >> number >> type >> width >> height >> colour) || type != "image") continue;
    ++pictures;
    EXPECT_EQ(colour, "cmyk") << line;
  }
  EXPECT_EQ(pictures, 2) << images.output;
}

// A picture that cannot be printed (here not a picture at all) stops its leaflet's PDF with
// an error naming the picture and the leaflet; the web page is still made.
TEST(TexPdfDocuments, APictureThatCannotBePrintedStopsItsLeafletWithAReason) {
  ASSERT_TRUE(have("lualatex"));
  ::setenv("LEAFPRESS_TEXMFVAR", (fs::path(LEAFPRESS_BINARY_DIR) / "texmf-var").c_str(), 0);
  TempDir dir;
  spit(dir.path() / "leafpress.toml",
       "[project]\nname = \"Parks\"\nsource_language = \"en\"\n\n[languages]\ntargets = [\"fr\"]\n");
  spit(dir.path() / "source-docs" / "parks.md", "# Parks\n\nOpen every day.\n\n![A map](map.png)\n");
  spit(dir.path() / "source-docs" / "map.png", "this is not a picture");
  CommandResult build = run_command(std::string(LEAFPRESS_EXE) + " -C '" + dir.path().string() +
                                    "' build --proof --pdf");
  EXPECT_NE(build.exit_code, 0) << build.output;
  EXPECT_NE(build.output.find("output/html/media/map-"), std::string::npos) << build.output;
  EXPECT_NE(build.output.find("cannot be prepared for print: it is not a PNG, JPEG or GIF picture"), std::string::npos)
      << build.output;
  EXPECT_NE(build.output.find("the French (fr) leaflet \"parks\" was not typeset"), std::string::npos) << build.output;
  EXPECT_TRUE(fs::exists(dir.path() / "output" / "html" / "fr" / "parks.html"));
  EXPECT_FALSE(fs::exists(dir.path() / "output" / "proof" / "fr" / "parks.pdf"));
}

std::string without_spaces(const std::string& text) { return collapse_whitespace(without_bidi_controls(text), true); }

TEST_F(TexPdf, BengaliPrintsWithItsVowelSignsInOrder) {
  CommandResult build = leafpress("build --proof --pdf");
  ASSERT_EQ(build.exit_code, 0) << build.output;
  EXPECT_EQ(build.output.find("proofs only"), std::string::npos) << build.output;
  std::string text = text::to_nfc(pdf_text(pdf("bn")));
  expect_clean_text_layer(text);
  for (const auto& [english, bengali] : k_bengali)
    EXPECT_NE(without_spaces(text).find(without_spaces(bengali)), std::string::npos) << bengali << "\nin:\n" << text;
  EXPECT_NE(expect_fonts_embedded(pdf("bn")).find("NotoSansBengali"), std::string::npos);
}

TEST_F(TexPdf, PdfX4Preflight) {
  ASSERT_EQ(leafpress("build --proof --pdf").exit_code, 0);
  for (const std::string lang : {"fr", "bn"}) {
    SCOPED_TRACE(lang);
    fs::path file = pdf(lang);
    std::string bytes = slurp(file);
    EXPECT_TRUE(bytes.starts_with("%PDF-1.6")) << bytes.substr(0, 8);           // ISO 15930-7 6.1.1
    CommandResult check = run_command("qpdf --check '" + file.string() + "'");  // well-formed file
    EXPECT_EQ(check.exit_code, 0) << check.output;
    std::string json = run("qpdf --json --json-key=qpdf '" + file.string() + "'");
    EXPECT_NE(json.find("/GTS_PDFX"), std::string::npos);  // output intent
    EXPECT_NE(json.find("/DestOutputProfile"), std::string::npos);
    EXPECT_NE(json.find("\"/N\": 4"), std::string::npos) << "a CMYK (4-channel) profile";
    std::string meta = run("pdfinfo -meta '" + file.string() + "'");
    EXPECT_NE(meta.find("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"), std::string::npos) << meta;
    EXPECT_NE(meta.find("<pdf:Trapped>False</pdf:Trapped>"), std::string::npos);
    EXPECT_NE(meta.find("dc:title"), std::string::npos);
    EXPECT_NE(run("pdfinfo '" + file.string() + "'").find("Title:"), std::string::npos);
    for (int page = 1; page <= page_count(file); ++page) {  // TrimBox and BleedBox on every page
      std::string n = std::to_string(page);
      std::string boxes = run("pdfinfo -box -f " + n + " -l " + n + " '" + file.string() + "'");
      EXPECT_NE(boxes.find("Page " + std::string(page < 10 ? "   " : "  ") + n + " TrimBox:"), std::string::npos)
          << boxes;
      EXPECT_NE(boxes.find("BleedBox:"), std::string::npos) << boxes;
    }
    expect_trim_and_bleed(file, 148, 210);
    expect_fonts_embedded(file);  // every font embedded
    // Text in 100% K or the marks' process red; nothing in RGB anywhere.
    for (const auto& [colour, count] : pdf_text_fill_colours(bytes))
      EXPECT_TRUE(colour == "DeviceCMYK 0 0 0 1" || colour == "DeviceCMYK 0 1 1 0") << count << " runs in " << colour;
    EXPECT_EQ(json.find("/DeviceRGB"), std::string::npos);
    std::string streams = run("qpdf --qdf --object-streams=disable '" + file.string() + "' -");
    static const std::regex rgb_operator(R"((^|\s)[\d.]+ [\d.]+ [\d.]+ (rg|RG)\s)");
    EXPECT_FALSE(std::regex_search(streams, rgb_operator)) << "an RGB colour operator";
    EXPECT_EQ(streams.find("/CreationDate"), std::string::npos) << "a date without SOURCE_DATE_EPOCH";
  }
}

TEST_F(TexPdf, BuildsAreByteIdenticalAndIncremental) {
  ASSERT_EQ(leafpress("build --proof --pdf").exit_code, 0);
  std::string french = slurp(pdf("fr")), bengali = slurp(pdf("bn"));
  auto french_time = fs::last_write_time(pdf("fr"));
  // Rendered again from scratch: the same bytes.
  fs::remove(pdf("fr"));
  fs::remove(pdf("bn"));
  ASSERT_EQ(leafpress("build --proof --pdf").exit_code, 0);
  EXPECT_EQ(slurp(pdf("fr")), french);
  EXPECT_EQ(slurp(pdf("bn")), bengali);
  // A no-op build renders nothing and rewrites nothing.
  french_time = fs::last_write_time(pdf("fr"));
  auto bengali_time = fs::last_write_time(pdf("bn"));
  CommandResult noop = leafpress("build --proof --pdf");
  ASSERT_EQ(noop.exit_code, 0) << noop.output;
  EXPECT_EQ(fs::last_write_time(pdf("fr")), french_time);
  EXPECT_EQ(fs::last_write_time(pdf("bn")), bengali_time);
  // An edit of the Bengali catalog re-renders the Bengali leaflet only.
  fs::path po = root() / "locales" / "bn" / "statements.po";
  std::string text = slurp(po);
  text.replace(text.find("পরীক্ষা কি আজ?"), std::string("পরীক্ষা কি আজ?").size(), "পরীক্ষা কি কাল?");
  spit(po, text);
  ASSERT_EQ(leafpress("build --proof --pdf").exit_code, 0);
  EXPECT_EQ(fs::last_write_time(pdf("fr")), french_time);
  EXPECT_NE(slurp(pdf("bn")), bengali);
  // A hand-edited PDF is not trusted: the next build renders it again.
  spit(pdf("fr"), "edited");
  ASSERT_EQ(leafpress("build --proof --pdf").exit_code, 0);
  EXPECT_EQ(slurp(pdf("fr")), french);
}

TEST_F(TexPdf, FailedRenderKeepsThePreviousPdfAndNamesTheLeaflet) {
  ASSERT_EQ(leafpress("build --proof --pdf").exit_code, 0);
  std::string good = slurp(pdf("bn"));
  // A character no print font has (private use) in a translation.
  fs::path po = root() / "locales" / "bn" / "statements.po";
  std::string text = slurp(po);
  text.replace(text.find("সকালে"), std::string("সকালে").size(), "সকালে \uE000");
  spit(po, text);
  CommandResult build = leafpress("build --proof --pdf");
  EXPECT_NE(build.exit_code, 0) << build.output;
  EXPECT_NE(build.output.find("(bn) leaflet \"opening\" failed to render"), std::string::npos) << build.output;
  EXPECT_NE(build.output.find("Missing character"), std::string::npos) << build.output;
  EXPECT_EQ(slurp(pdf("bn")), good) << "the previous PDF must stay";
  for (const auto& entry : fs::recursive_directory_iterator(root())) {
    std::string name = entry.path().filename().string();
    EXPECT_EQ(name.find(".tmp-"), std::string::npos) << entry.path();
    EXPECT_FALSE(name.starts_with("typeset-")) << entry.path();
  }
}

TEST_F(TexPdf, TeXFilesPlantedInTheProjectAreNeverRun) {
  // A class and a package that would stop the render if TeX read them, in every folder a
  // careless lookup could search: the project, its cache, its print output.
  const std::string planted = "\\errmessage{planted file was run}\n";
  for (const fs::path& dir : {root(), root() / ".cache", root() / "output" / "proof" / "bn"})
    for (const char* name : {"article.cls", "fontspec.sty", "babel.sty", "leaflet.tex"}) spit(dir / name, planted);
  CommandResult build = leafpress("build --proof --pdf");
  EXPECT_EQ(build.exit_code, 0) << build.output;
  EXPECT_EQ(build.output.find("planted"), std::string::npos) << build.output;
  EXPECT_TRUE(fs::exists(pdf("bn")));
}

}  // namespace
}  // namespace leafpress
