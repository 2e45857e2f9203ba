// Heavy print tests (label "print"): leaflets from real UDHR translations rendered through
// Apache FOP, then read back with poppler (pdffonts, pdfinfo -box, pdftotext, pdftoppm).
// Artifacts (FO, PDF, PNG of page 1, FOP logs) stay in <build>/print-artifacts.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "app/fop.hpp"
#include "text/language.hpp"
#include "writers/fo_writer.hpp"
#include "writers/page_geometry.hpp"
#include "xml/xml_writer.hpp"
#include "print/poppler.hpp"
#include "test_support/test_data.hpp"

namespace leafpress {
namespace {

namespace fs = std::filesystem;
using namespace leafpress::testing;

const fs::path k_source = LEAFPRESS_SOURCE_DIR;
const fs::path k_corpus = test_data_dir() / "udhr";
const fs::path k_artifacts = fs::path(LEAFPRESS_BINARY_DIR) / "print-artifacts";

struct Udhr {
  std::string key;  // file key, e.g. "cmn_hans"
  std::string tag;  // BCP 47 tag leafpress uses
};
const std::vector<Udhr> k_udhr{{"eng", "en"}, {"spa", "es"}, {"tam", "ta"}, {"fra", "fr"},
                               {"pol", "pl"}, {"arb", "ar"}, {"cmn_hans", "zh-Hans"}, {"rus", "ru"}};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string unescape(std::string text) {
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (auto [from, to] : entities)
    for (size_t pos; (pos = text.find(from)) != std::string::npos;) text.replace(pos, std::strlen(from), to);
  return text;
}

// The text of each <name>…</name> element from `from` on, in order (the UDHR files have no
// nested markup inside titles and paragraphs).
std::vector<std::string> elements(const std::string& xml, const std::string& name, size_t from, size_t until) {
  std::vector<std::string> out;
  std::string open = "<" + name + ">", close = "</" + name + ">";
  for (size_t pos = xml.find(open, from); pos != std::string::npos && pos < until; pos = xml.find(open, pos + 1)) {
    size_t end = xml.find(close, pos);
    if (end == std::string::npos) break;
    out.push_back(unescape(xml.substr(pos + open.size(), end - pos - open.size())));
  }
  return out;
}

doc::Block block(doc::Role role, std::string text, doc::BlockKind kind = doc::BlockKind::paragraph) {
  doc::Block b;
  b.kind = kind;
  b.role = role;
  b.level = kind == doc::BlockKind::heading ? 1 : 0;
  b.inlines.push_back(doc::Inline{doc::InlineKind::text, std::move(text), {}, {}, {}, {}});
  return b;
}

// A leaflet: the declaration's title, `preamble_paragraphs` paragraphs of its preamble and
// articles 1 and 2 as body text, article 1's title as the tag line.
doc::Document udhr_leaflet(const Udhr& udhr, size_t preamble_paragraphs = 2) {
  std::string xml = read(k_corpus / ("udhr_" + udhr.key + ".xml"));
  size_t preamble = xml.find("<preamble");
  size_t article1 = xml.find("<article number=\"1\"");
  size_t article3 = xml.find("<article number=\"3\"");
  doc::Document document;
  document.path = "udhr_" + udhr.key + ".xml";
  document.name = "udhr";
  document.lang = udhr.tag;
  auto titles = elements(xml, "title", 0, std::string::npos);
  document.blocks.push_back(block(doc::Role::title, titles.at(0), doc::BlockKind::heading));
  auto preamble_paras = elements(xml, "para", preamble, article1);
  for (size_t i = 0; i < preamble_paragraphs && i < preamble_paras.size(); ++i)
    document.blocks.push_back(block(doc::Role::body, preamble_paras[i]));
  for (const std::string& para : elements(xml, "para", article1, article3))
    document.blocks.push_back(block(doc::Role::body, para));
  document.blocks.push_back(block(doc::Role::category, elements(xml, "title", article1, article3).at(0)));
  return document;
}

writers::PrintContext print_context(const std::string& tag, const std::string& page = "A5") {
  writers::PrintContext context;
  context.language = *text::language_info(tag);
  context.source_language = *text::language_info("en");
  // Neutral placeholder names and addresses: these leaflets are test prints, not election material.
  context.imprint = {"Example Print Ltd, 1 High Street, London SE13 0AA", "A. Agent, 2 Station Road, London SE13 0BB",
                     "B. Member, 3 Park Lane, London SE13 0CC", false};
  context.ui = writers::english_ui();
  context.page = page;
  return context;
}

// Page 1 rendered in grey at `dpi` (pdftoppm shows the CropBox, which FOP sets to the media
// box, so pixel (0, 0) is the media's top-left corner).
struct Grey {
  int width = 0, height = 0;
  std::string pixels;
  [[nodiscard]] int at(int x, int y) const {
    return static_cast<unsigned char>(pixels[static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)]);
  }
  // The darkest pixel in a rectangle given in millimetres from the media's corner.
  [[nodiscard]] int darkest(double x0, double y0, double x1, double y1, double dpi) const {
    auto px = [&](double mm_value) { return static_cast<int>(std::lround(mm_value / 25.4 * dpi)); };
    int darkest = 255;
    for (int y = std::max(0, px(y0)); y <= std::min(height - 1, px(y1)); ++y)
      for (int x = std::max(0, px(x0)); x <= std::min(width - 1, px(x1)); ++x) darkest = std::min(darkest, at(x, y));
    return darkest;
  }
};

Grey render_grey(const fs::path& pdf, const fs::path& stem, int dpi) {
  run("pdftoppm -gray -r " + std::to_string(dpi) + " -f 1 -l 1 -singlefile " + quoted(pdf) + " " + quoted(stem));
  std::string data = read(stem.string() + ".pgm");
  Grey grey;
  std::istringstream header(data);
  std::string magic;
  int maxval = 0;
  header >> magic >> grey.width >> grey.height >> maxval;
  if (magic != "P5" || maxval != 255) return {};
  auto offset = static_cast<size_t>(header.tellg()) + 1;
  grey.pixels = data.substr(offset);
  if (grey.pixels.size() < static_cast<size_t>(grey.width) * static_cast<size_t>(grey.height)) return {};
  return grey;
}

class PrintRender : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(k_corpus)) FAIL() << "corpus not found at " << k_corpus;
    for (const char* tool : {"fop", "java", "pdffonts", "pdfinfo", "pdftotext", "pdftoppm"})
      if (!have(tool)) FAIL() << tool << " not installed (scripts/setup.sh)";
    fs::create_directories(k_artifacts);
    // The extracted Chinese fonts are shared by every build folder (extracted on first use).
    ::setenv("LEAFPRESS_CJK_FONT_DIR", (k_source / ".cache" / "fonts").c_str(), 0);  // unless set
  }

  static fs::path write_fo(const std::string& name, const doc::Document& document,
                           const writers::PrintContext& context) {
    std::string fo = writers::write_fo(document, context);
    EXPECT_TRUE(xml::is_well_formed(fo)) << name;
    fs::path path = k_artifacts / (name + ".fo");
    std::ofstream(path, std::ios::binary) << fo;
    return path;
  }
};

TEST_F(PrintRender, UdhrLeafletsInEveryCorpusLanguage) {
  std::vector<app::PdfJob> jobs;
  for (const Udhr& udhr : k_udhr) {
    fs::path fo = write_fo("udhr-" + udhr.tag, udhr_leaflet(udhr), print_context(udhr.tag));
    jobs.push_back({fo, k_artifacts / ("udhr-" + udhr.tag + ".pdf")});
    fs::remove(jobs.back().pdf);
  }
  Diagnostics diagnostics;
  auto start = std::chrono::steady_clock::now();
  auto rendered = app::render_pdfs(jobs, k_artifacts / "work", diagnostics);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("[ timing ] %zu leaflets rendered in %.1f s (%.2f s a file)\n", jobs.size(), seconds,
              seconds / static_cast<double>(jobs.size()));
  ASSERT_TRUE(rendered) << rendered.error().to_string() << "\n" << diagnostics.to_string();
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.to_string();

  auto a5 = *writers::page_geometry("A5");
  for (size_t i = 0; i < jobs.size(); ++i) {
    const Udhr& udhr = k_udhr[i];
    const fs::path& pdf = jobs[i].pdf;
    ASSERT_TRUE(fs::exists(pdf)) << pdf;
    SCOPED_TRACE(udhr.tag);

    // Every font embedded; TrimBox = trim size, BleedBox 3 mm larger on every side.
    std::string listing = expect_fonts_embedded(pdf);
    if (udhr.tag == "zh-Hans") {  // the Simplified face, never the Traditional one
      EXPECT_NE(listing.find("NotoSansCJKsc-Regular"), std::string::npos) << listing;
      EXPECT_EQ(listing.find("NotoSansCJKtc"), std::string::npos) << listing;
    }
    expect_trim_and_bleed(pdf, a5.trim_width, a5.trim_height);

    // PDF/X with a title.
    std::string info = run("pdfinfo " + quoted(pdf));
    EXPECT_NE(info.find("Title:"), std::string::npos) << info;
    std::string bytes = read(pdf);
    EXPECT_NE(bytes.find("/GTS_PDFXVersion"), std::string::npos);
    EXPECT_NE(bytes.find("/OutputIntents"), std::string::npos);

    // The text reads back for the scripts poppler can extract in logical order.
    std::string script = text::language_info(udhr.tag)->script;
    if (script == "Latn" || script == "Cyrl" || script == "Hans") {
      bool cjk = script == "Hans";
      std::string extracted = collapse_whitespace(run("pdftotext -enc UTF-8 " + quoted(pdf) + " -"), cjk);
      const doc::Document document = udhr_leaflet(udhr);
      for (size_t b = 0; b < 3; ++b) {
        std::string expected = collapse_whitespace(document.blocks[b].inlines[0].text, cjk);
        EXPECT_NE(extracted.find(expected), std::string::npos) << "missing: " << expected << "\nin: " << extracted;
      }
    }

    // Crop marks drawn at every corner, outside the bleed; nothing drawn in the bleed beside them.
    const int dpi = 150;
    Grey grey = render_grey(pdf, k_artifacts / ("udhr-" + udhr.tag + "-grey"), dpi);
    ASSERT_GT(grey.width, 0);
    for (const writers::MarkLine& mark : writers::crop_marks(a5)) {
      double pad = 0.3;
      EXPECT_LT(grey.darkest(std::min(mark.x1, mark.x2) - pad, std::min(mark.y1, mark.y2) - pad,
                             std::max(mark.x1, mark.x2) + pad, std::max(mark.y1, mark.y2) + pad, dpi),
                160)
          << "no crop mark at " << mark.x1 << "," << mark.y1;
    }
    double o = a5.crop_offset;
    EXPECT_GT(grey.darkest(o - 2.5, o - 2.5, o - 0.5, o - 0.5, dpi), 240) << "ink in the bleed at the corner";

    // A PNG of page 1, kept for people to look at.
    fs::path png = k_artifacts / ("udhr-" + udhr.tag + "-page1");
    run("pdftoppm -r 72 -png -f 1 -l 1 -singlefile " + quoted(pdf) + " " + quoted(png));
    EXPECT_TRUE(fs::exists(png.string() + ".png"));
  }
}

TEST_F(PrintRender, OverflowContinuesOnASecondPageWithTheSameBoxes) {
  Udhr english{"eng", "en"};
  auto context = print_context("en", "DL");
  context.proof = true;
  fs::path fo = write_fo("udhr-en-long-DL", udhr_leaflet(english, 10), context);
  fs::path pdf = k_artifacts / "udhr-en-long-DL.pdf";
  Diagnostics diagnostics;
  auto rendered = app::render_pdfs({{fo, pdf}}, k_artifacts / "work", diagnostics);
  ASSERT_TRUE(rendered) << rendered.error().to_string() << "\n" << diagnostics.to_string();
  std::string info = run("pdfinfo -f 1 -l 9 -box " + quoted(pdf));
  int pages = std::atoi(info.substr(info.find("Pages:") + 6).c_str());
  EXPECT_GE(pages, 2) << info;
  // Page 2 has the same boxes as page 1 (DL: 99 × 210 mm).
  std::istringstream lines(info);
  std::string line;
  bool checked = false;
  while (std::getline(lines, line)) {
    if (!line.starts_with("Page    2 TrimBox:")) continue;
    std::istringstream values(line.substr(line.find(':') + 1));
    Box box;
    values >> box.x0 >> box.y0 >> box.x1 >> box.y1;
    EXPECT_NEAR(box.x1 - box.x0, 99 * k_pt_per_mm, 0.02);
    EXPECT_NEAR(box.y1 - box.y0, 210 * k_pt_per_mm, 0.02);
    checked = true;
  }
  EXPECT_TRUE(checked) << info;
  std::string text = collapse_whitespace(run("pdftotext -f 2 -l 2 " + quoted(pdf) + " -"), false);
  EXPECT_NE(text.find("PROOF – NOT FOR PRINT"), std::string::npos) << text;
  // The imprint is on the face, page 1, even on a narrow DL leaflet.
  std::string first = collapse_whitespace(run("pdftotext -f 1 -l 1 " + quoted(pdf) + " -"), false);
  EXPECT_NE(first.find("Printed by"), std::string::npos) << first;
  EXPECT_NE(first.find("Promoted by"), std::string::npos) << first;
  EXPECT_EQ(text.find("Printed by"), std::string::npos) << text;
}

// RPA 1983 s.110: the imprint is on the face. Long leaflets (Tamil and Arabic set at 14 pt
// on A5 run to several pages) carry it on page 1, not after the text; without imprint
// details the warning stands where it belongs, on page 1.
TEST_F(PrintRender, ImprintOnTheFaceOfLongLeaflets) {
  std::vector<app::PdfJob> jobs;
  for (const Udhr& udhr : {Udhr{"tam", "ta"}, Udhr{"arb", "ar"}}) {
    std::string name = "udhr-" + udhr.tag + "-long";
    jobs.push_back({write_fo(name, udhr_leaflet(udhr, 10), print_context(udhr.tag)), k_artifacts / (name + ".pdf")});
  }
  auto missing = print_context("en");
  missing.imprint = {};
  jobs.push_back({write_fo("udhr-en-long-no-imprint", udhr_leaflet({"eng", "en"}, 10), missing),
                  k_artifacts / "udhr-en-long-no-imprint.pdf"});
  Diagnostics diagnostics;
  auto rendered = app::render_pdfs(jobs, k_artifacts / "work", diagnostics);
  ASSERT_TRUE(rendered) << rendered.error().to_string() << "\n" << diagnostics.to_string();
  for (size_t i = 0; i < 2; ++i) {
    SCOPED_TRACE(jobs[i].pdf.string());
    int pages = page_count(jobs[i].pdf);
    EXPECT_GE(pages, 2);
    std::string first = page_text(jobs[i].pdf, 1);
    EXPECT_NE(first.find("Printed by Example Print Ltd"), std::string::npos) << first;
    EXPECT_NE(first.find("Promoted by A. Agent"), std::string::npos) << first;
    for (int page = 2; page <= pages; ++page)
      EXPECT_EQ(page_text(jobs[i].pdf, page).find("Printed by"), std::string::npos) << "page " << page;
  }
  const fs::path& no_imprint = jobs[2].pdf;
  EXPECT_GE(page_count(no_imprint), 2);
  std::string first = page_text(no_imprint, 1);
  // The mark at the top of every page, and the boxed warning in the imprint's place.
  EXPECT_EQ(count_of(first, "IMPRINT MISSING – NOT FOR PRINT"), 2u) << first;
  EXPECT_EQ(count_of(page_text(no_imprint, 2), "IMPRINT MISSING – NOT FOR PRINT"), 1u);
  EXPECT_EQ(first.find("Printed by"), std::string::npos);
}

TEST_F(PrintRender, MissingGlyphFailsTheRender) {
  // Devanagari has no print font: FOP sets it in the Latin font and logs the missing glyphs.
  doc::Document document;
  document.name = "missing";
  document.lang = "en";
  document.blocks.push_back(block(doc::Role::body, "नमस्ते"));
  fs::path fo = write_fo("missing-glyph", document, print_context("en"));
  Diagnostics diagnostics;
  auto rendered = app::render_pdfs({{fo, k_artifacts / "missing-glyph.pdf"}}, k_artifacts / "work", diagnostics);
  EXPECT_FALSE(rendered);
  EXPECT_NE(diagnostics.to_string().find("not available in font"), std::string::npos) << diagnostics.to_string();
}

TEST_F(PrintRender, EveryPrintLanguageHasItsFonts) {
  // Each known language's own name (CLDR autonym) with digits and common punctuation, so
  // every script and the neutral runs between them meet their fonts: a missing glyph or
  // font fails the render.
  std::vector<app::PdfJob> jobs;
  for (const std::string& tag : text::known_tags()) {
    auto language = text::language_info(tag);
    ASSERT_TRUE(language) << tag;
    if (!language->print_supported) continue;
    doc::Document document;
    document.name = "autonym";
    document.lang = tag;
    document.blocks.push_back(block(doc::Role::title, language->autonym, doc::BlockKind::heading));
    document.blocks.push_back(block(doc::Role::body, language->quote_open + language->autonym + language->quote_close +
                                                         " (" + tag + ") 1948–2024: 10%, 3/4 - ok? yes! …"));
    document.blocks.push_back(block(doc::Role::category, language->english_name));
    jobs.push_back({write_fo("autonym-" + tag, document, print_context(tag)), k_artifacts / ("autonym-" + tag + ".pdf")});
  }
  Diagnostics diagnostics;
  auto rendered = app::render_pdfs(jobs, k_artifacts / "work", diagnostics);
  EXPECT_TRUE(rendered) << diagnostics.to_string();
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.to_string();
}

TEST_F(PrintRender, StrictValidationRejectsUnknownProperties) {
  std::string fo = writers::write_fo(udhr_leaflet({"eng", "en"}), print_context("en"));
  size_t flow = fo.find("<fo:flow ");
  ASSERT_NE(flow, std::string::npos);
  fo.insert(flow + 9, "leafpress-bogus=\"1\" ");
  fs::path path = k_artifacts / "invalid-property.fo";
  std::ofstream(path, std::ios::binary) << fo;
  Diagnostics diagnostics;
  auto rendered = app::render_pdfs({{path, k_artifacts / "invalid-property.pdf"}}, k_artifacts / "work", diagnostics);
  EXPECT_FALSE(rendered);
  EXPECT_NE(diagnostics.to_string().find("ERROR"), std::string::npos) << diagnostics.to_string();
}

// ~18 files in one call: the cost of the parallel strategy (printed, not asserted).
TEST_F(PrintRender, TimingForEighteenFiles) {
  if (std::getenv("LEAFPRESS_PRINT_TIMING") == nullptr) GTEST_SKIP() << "set LEAFPRESS_PRINT_TIMING=1 to measure";
  std::vector<app::PdfJob> jobs;
  for (const char* page : {"A5", "A4"})
    for (const Udhr& udhr : k_udhr) {
      std::string name = "timing-" + udhr.tag + "-" + page;
      jobs.push_back({write_fo(name, udhr_leaflet(udhr), print_context(udhr.tag, page)), k_artifacts / (name + ".pdf")});
    }
  for (const char* tag : {"ta", "ar"}) {
    std::string name = std::string("timing-") + tag + "-DL";
    Udhr udhr = *std::find_if(k_udhr.begin(), k_udhr.end(), [&](const Udhr& u) { return u.tag == tag; });
    jobs.push_back({write_fo(name, udhr_leaflet(udhr), print_context(tag, "DL")), k_artifacts / (name + ".pdf")});
  }
  Diagnostics diagnostics;
  auto start = std::chrono::steady_clock::now();
  auto rendered = app::render_pdfs(jobs, k_artifacts / "work", diagnostics);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("[ timing ] %zu files in %.1f s (%.2f s a file)\n", jobs.size(), seconds,
              seconds / static_cast<double>(jobs.size()));
  EXPECT_TRUE(rendered) << diagnostics.to_string();
}

}  // namespace
}  // namespace leafpress
