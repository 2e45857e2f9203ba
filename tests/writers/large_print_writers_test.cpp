// The large-print edition in the TeX and FO writers (RNIB clear print): body text of at least
// 16 pt on every page size whatever [print] body_size says, notes never smaller, left-aligned
// and ragged, never justified, and no hyphenation.
#include <gtest/gtest.h>

#include <regex>

#include "text/language.hpp"
#include "writers/fo_lengths.hpp"
#include "writers/fo_writer.hpp"
#include "writers/tex_writer.hpp"

namespace leafpress::writers {
namespace {

doc::Block block_of(doc::Role role, const std::string& content) {
  doc::Block block;
  block.kind = doc::BlockKind::paragraph;
  block.role = role;
  block.inlines.push_back(doc::Inline{doc::InlineKind::text, content, {}, {}, {}, {}});
  return block;
}

doc::Document leaflet_document() {
  doc::Document document;
  document.name = "parks";
  document.lang = "en";
  document.blocks = {block_of(doc::Role::title, "Parks"), block_of(doc::Role::body, "The parks open at nine.")};
  doc::Inline link{
      doc::InlineKind::link, {}, "https://example.org/statements/2026/parks-and-open-spaces/plan.pdf", {}, {}, {}};
  link.children.push_back(doc::Inline{doc::InlineKind::text, "the plan", {}, {}, {}, {}});
  document.blocks.back().inlines.push_back(link);
  return document;
}

PrintContext large_print(const std::string& page, double body_size) {
  PrintContext context;
  context.language = text::language_info("en").value();
  context.source_language = context.language;
  context.imprint = Imprint{"Example Print Ltd, 1 High Street", "A. Agent, 2 Station Road", "B. Member, 3 Park Lane",
                            false};
  context.ui = english_ui();
  context.page = page;
  context.body_size_pt = body_size;
  context.large_print = true;
  return context;
}

// Every font size the TeX sets, in points.
std::vector<double> tex_sizes(const std::string& tex) {
  static const std::regex size(R"(\\fontsize\{([\d.]+)pt\})");
  std::vector<double> out;
  for (std::sregex_iterator it(tex.begin(), tex.end(), size), end; it != end; ++it) out.push_back(std::stod((*it)[1]));
  return out;
}

// Every font size the FO sets, in points.
std::vector<double> fo_sizes(const std::string& fo) {
  static const std::regex size(R"(font-size="([\d.]+)pt")");
  std::vector<double> out;
  for (std::sregex_iterator it(fo.begin(), fo.end(), size), end; it != end; ++it) out.push_back(std::stod((*it)[1]));
  return out;
}

TEST(LargePrint, BodyAtLeastSixteenPointOnEveryPageWhateverTheBodySize) {
  for (const char* page : {"A5", "A4", "DL"})
    for (double body_size : {12.0, 14.0, 16.0, 24.0}) {
      SCOPED_TRACE(std::string(page) + " at " + std::to_string(body_size));
      const double expected = std::max(18.0, body_size);
      EXPECT_GE(layout::leaflet_body_pt(body_size, true), layout::large_print_min_pt);
      std::string tex = write_tex(leaflet_document(), large_print(page, body_size));
      EXPECT_NE(tex.find("\\fontsize{" + fo_pt(expected) + "}"), std::string::npos);
      std::string fo = write_fo(leaflet_document(), large_print(page, body_size));
      EXPECT_NE(fo.find("font-size=\"" + fo_pt(expected) + "\" line-height=\"1.5\""), std::string::npos);
      // The link's note after the text is no smaller than the minimum either.
      EXPECT_NE(fo.find("font-size=\"" + fo_pt(std::max(16.0, expected * layout::note_scale)) + "\""),
                std::string::npos);
      std::vector<double> sizes = tex_sizes(tex);
      ASSERT_FALSE(sizes.empty());
      // Only the proof marks (which no reader sees) are set smaller: the imprint and the page
      // numbers too are large.
      for (double size : sizes) {
        if (size < 16 && size > 0) {
          EXPECT_EQ(size, layout::marks_pt);
        }
      }
      EXPECT_NE(tex.find("\\fontsize{16pt}{19.2pt}\\selectfont\\textdir TLT \\thepage"), std::string::npos)
          << "page numbers";
      // (The crop marks' block is set at 0 pt: it holds no text.)
      for (double size : fo_sizes(fo)) {
        if (size < 16 && size > 0) {
          EXPECT_EQ(size, layout::marks_pt);
        }
      }
      EXPECT_NE(fo.find("Example Print Ltd"), std::string::npos);
    }
}

TEST(LargePrint, LeftAlignedAndRaggedNeverJustifiedNorHyphenated) {
  std::string tex = write_tex(leaflet_document(), large_print("A5", 14));
  EXPECT_NE(tex.find("\\newcommand\\lpragged{\\rightskip=0pt plus 1fil\\relax"), std::string::npos);
  EXPECT_NE(tex.find("\\hyphenpenalty=10000 \\exhyphenpenalty=10000\n"), std::string::npos);
  std::string fo = write_fo(leaflet_document(), large_print("A5", 14));
  EXPECT_NE(fo.find("text-align=\"left\""), std::string::npos);
  EXPECT_EQ(fo.find("justify"), std::string::npos);
  EXPECT_EQ(fo.find("hyphenate=\"true\""), std::string::npos);
  // The standard edition keeps its finite stretch, so TeX still weighs its hyphenation.
  PrintContext standard = large_print("A5", 14);
  standard.large_print = false;
  std::string standard_tex = write_tex(leaflet_document(), standard);
  EXPECT_NE(standard_tex.find("\\newcommand\\lpragged{\\rightskip=0pt plus 3em\\relax"), std::string::npos);
  EXPECT_NE(standard_tex.find("\\fontsize{14pt}"), std::string::npos);
}

}  // namespace
}  // namespace leafpress::writers
