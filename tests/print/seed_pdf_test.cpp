// The seed statement (source-docs/community-and-diversity.txt, with the repository's
// locales/) rendered to PDF in every default target language by `leafpress build --proof
// --pdf` on a scratch copy of the repository's project through the typesetter, read back with
// poppler and from the content streams. Label "print". The PDFs and a PNG of each first
// page stay in <build>/print-artifacts/seed.
#include <gtest/gtest.h>

#include <chrono>
#include <regex>

#include "catalog/po_parser.hpp"
#include "print/pdf_content.hpp"
#include "print/poppler.hpp"
#include "test_support/scratch_project.hpp"
#include "text/language.hpp"
#include "text/typography.hpp"

namespace leafpress {
namespace {

using namespace leafpress::testing;

const fs::path k_artifacts = fs::path(LEAFPRESS_BINARY_DIR) / "print-artifacts" / "seed";
const std::vector<std::string> k_targets{"es",      "ta", "pt-PT", "ro", "it", "fr", "pl", "tr", "zh-Hans",
                                         "zh-Hant", "bg", "ru",    "vi", "ar", "sq", "lt", "so"};
constexpr const char* k_black = "DeviceCMYK 0 0 0 1";
constexpr const char* k_warning_red = "DeviceCMYK 0 1 1 0";  // the PROOF and IMPRINT MISSING marks
constexpr const char* k_paper_white = "DeviceCMYK 0 0 0 0";  // the campaign's name on its colour

bool print_tools_missing(std::string& which) {
  for (const char* tool : {"lualatex", "pdffonts", "pdfinfo", "pdftotext", "pdftoppm"})
    if (!have(tool)) return which = tool, true;
  return false;
}

// The translated title, as the leaflet sets it (typography applied; pdftotext reads the
// no-break spaces as spaces).
std::string translated_title(const fs::path& root, const std::string& lang) {
  fs::path po = root / "locales" / lang / "statements.po";
  auto catalog = catalog::parse_po(slurp(po), po.string());
  if (!catalog) return {};
  for (const catalog::Message& message : catalog->messages) {
    bool title = false;
    for (const std::string& comment : message.extracted_comments) title = title || comment == "title";
    if (!title || !message.is_translated()) continue;
    std::string text = text::typeset(lang, message.msgstr.front());
    for (const char* space : {"\u00A0", "\u202F"})
      for (size_t at; (at = text.find(space)) != std::string::npos;) text.replace(at, std::strlen(space), " ");
    return text;
  }
  return {};
}

// Words on a page with their boxes (pdftotext -bbox), in reading order.
struct Word {
  double x0, y0, x1;
  std::string text;
};
std::vector<Word> words_on_page(const fs::path& pdf, int page) {
  std::string n = std::to_string(page);
  std::string xml = run("pdftotext -bbox -f " + n + " -l " + n + " " + quoted(pdf) + " -");
  static const std::regex word(
      R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>)re");
  std::vector<Word> out;
  for (std::sregex_iterator it(xml.begin(), xml.end(), word), end; it != end; ++it)
    out.push_back({std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), (*it)[4]});
  return out;
}

TEST(SeedPdf, EveryDefaultLanguageThroughLeafpress) {
  std::string missing;
  if (print_tools_missing(missing)) FAIL() << missing << " not installed (scripts/setup.sh)";
  // The typesetter's font cache is shared by every build folder (built on first use).
  ::setenv("LEAFPRESS_TEXMFVAR", (fs::path(LEAFPRESS_BINARY_DIR) / "texmf-var").c_str(), 0);
  ScratchProject project;
  // The whole design, as a campaign sets it: the back matter (call to action, QR code,
  // contact, imprint) must still end every leaflet on an even page.
  spit(project.root() / "leafpress.toml",
       slurp(project.root() / "leafpress.toml") +
           "\n[web]\nbase_url = \"https://example.org/statements/\"\n\n[brand]\nname = \"Lewisham statements\"\n"
           "colour = \"cmyk(1, 0.45, 0, 0.1)\"\ncall_to_action = \"Read this statement in your language online\"\n"
           "contact = \"Write to us: contact@example.org\"\n");
  auto start = std::chrono::steady_clock::now();
  CommandResult build = project.leafpress("build --proof --pdf");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("[ timing ] leafpress build --proof --pdf, %zu languages: %.1f s\n", k_targets.size(), seconds);
  ASSERT_EQ(build.exit_code, 0) << build.output;
  EXPECT_EQ(build.output.find("error:"), std::string::npos) << build.output;

  fs::create_directories(k_artifacts);
  for (const std::string& lang : k_targets) {
    SCOPED_TRACE(lang);
    fs::path pdf = project.root() / "output" / "proof" / lang / "community-and-diversity.pdf";
    ASSERT_TRUE(fs::exists(pdf));
    fs::copy_file(pdf, k_artifacts / (lang + ".pdf"), fs::copy_options::overwrite_existing);
    run("pdftoppm -r 72 -png -f 1 -l 1 -singlefile " + quoted(pdf) + " " + quoted(k_artifacts / (lang + "-page1")));
    EXPECT_TRUE(fs::exists(k_artifacts / (lang + "-page1.png")));

    std::string listing = expect_fonts_embedded(pdf);
    if (lang == "zh-Hans" || lang == "zh-Hant") {  // each script its own face, never the other one
      EXPECT_EQ(listing.find(lang == "zh-Hans" ? "NotoSansCJKtc" : "NotoSansCJKsc"), std::string::npos) << listing;
    }
    expect_trim_and_bleed(pdf, 148, 210);  // A5, the repository's page

    // Black text as 100% K, never RGB or grey black; the proof marks in process red; the
    // masthead's name knocked out of the brand colour (no ink, never RGB white).
    auto colours = pdf_text_fill_colours(slurp(pdf));
    EXPECT_GT(colours[k_black], 10u);
    for (const auto& [colour, count] : colours)
      EXPECT_TRUE(colour == k_black || colour == k_warning_red || colour == k_paper_white)
          << count << " text runs painted in " << colour;

    // The translated title reads back (Latin, Cyrillic and Chinese; pdftotext cannot put
    // Arabic and Tamil back in logical order).
    std::string script = text::language_info(lang)->script;
    bool cjk = script == "Hans" || script == "Hant";
    if (script == "Latn" || script == "Cyrl" || cjk) {
      std::string title = collapse_whitespace(translated_title(project.root(), lang), cjk);
      ASSERT_FALSE(title.empty());
      std::string text = collapse_whitespace(pdf_text(pdf), cjk);
      EXPECT_NE(text.find(title), std::string::npos) << "title: " << title << "\nin: " << text;
    }

    // No imprint is configured: every page says so at the top, and the back page (the last,
    // an even one) in the imprint's place too.
    const int pages = page_count(pdf);
    EXPECT_EQ(pages % 2, 0) << pages;
    for (int page = 1; page <= pages; ++page)
      EXPECT_EQ(count_of(page_text(pdf, page), "IMPRINT MISSING – NOT FOR PRINT"), page == pages ? 2u : 1u)
          << "page " << page;
  }

  // French: narrow no-break space before ! ; ? and no-break space before : and inside « »,
  // so none of them starts a line or is set apart by a full word space.
  fs::path french = project.root() / "output" / "proof" / "fr" / "community-and-diversity.pdf";
  std::string french_lines = pdf_text(french);
  EXPECT_EQ(french_lines.find("migrants!"), std::string::npos);
  EXPECT_NE(collapse_whitespace(french_lines, false).find("migrants !"), std::string::npos);
  static const std::regex stranded(R"((^|\n)([!?;:]|»)|«(\n|$))");  // bytes: « and » are two each
  EXPECT_FALSE(std::regex_search(french_lines, stranded)) << french_lines;
  std::vector<Word> words = words_on_page(french, 1);
  bool measured = false;
  for (size_t i = 2; i < words.size(); ++i) {
    if (words[i].text != "!" || words[i - 1].text != "migrants" || words[i - 2].y0 != words[i].y0) continue;
    double narrow = words[i].x0 - words[i - 1].x1;
    double word_space = words[i - 1].x0 - words[i - 2].x1;
    EXPECT_GT(narrow, 0);
    EXPECT_LT(narrow, 0.8 * word_space) << "the space before \"!\" is not the narrow one";
    measured = true;
  }
  EXPECT_TRUE(measured) << "\"migrants !\" not found on page 1 of the French leaflet";

  // Polish: no line ends with a one-letter word.
  std::string polish = pdf_text(project.root() / "output/proof/pl/community-and-diversity.pdf");
  static const std::regex one_letter_at_end(R"((^| )[aiouwzAIOUWZ]\n)");
  EXPECT_FALSE(std::regex_search(polish, one_letter_at_end)) << polish;
}

// The content-stream reader itself, on a hand-written stream.
TEST(PdfContent, TextColoursFollowTheGraphicsState) {
  std::string content =
      "BT /F1 9 Tf (default) Tj ET\n"
      "0 0 0 1 k BT [(a) -20 (b)] TJ ET\n"
      "q 0 0 0 rg BT <0001> Tj ET Q\n"
      "BT (c\\) still a string) Tj ET\n"
      "/Cs1 cs 0.5 sc BT (d) ' ET\n";
  auto colours = text_fill_colours(content);
  EXPECT_EQ(colours["DeviceGray 0"], 1u);
  EXPECT_EQ(colours["DeviceCMYK 0 0 0 1"], 2u);
  EXPECT_EQ(colours["DeviceRGB 0 0 0"], 1u);
  EXPECT_EQ(colours["Cs1 0.5"], 1u);
  EXPECT_EQ(colours.size(), 4u);
}

}  // namespace
}  // namespace leafpress
