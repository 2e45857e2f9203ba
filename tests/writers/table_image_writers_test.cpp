// Tables, images and strikethrough in every writer: a real <table> with scope on header cells,
// an <img> only for a copied (relative) image, and on leaflets (FO and TeX) a table up to three
// columns, a list of rows beyond.
#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "doc/document.hpp"
#include "writers/fo_writer.hpp"
#include "writers/html_fixture.hpp"
#include "writers/tex_writer.hpp"
#include "xml/xml_writer.hpp"

using namespace leafpress;
using namespace leafpress::testing;

namespace {

doc::Block cell(const std::string& text) {
  doc::Block block;
  block.kind = doc::BlockKind::table_cell;
  block.inlines = {text_node(text)};
  return block;
}

doc::Block table(size_t columns) {
  doc::Block table;
  table.kind = doc::BlockKind::table;
  for (bool header : {true, false}) {
    doc::Block row;
    row.kind = doc::BlockKind::table_row;
    row.header = header;
    for (size_t i = 0; i < columns; ++i)
      row.children.push_back(cell((header ? "Head " : "Cell ") + std::to_string(i + 1)));
    table.children.push_back(std::move(row));
  }
  return table;
}

doc::Document document_with(size_t columns, const std::string& image_url) {
  doc::Document document;
  document.lang = "en";
  document.name = "t";
  document.blocks.push_back(paragraph({text_node("Universal Declaration of Human Rights")}, doc::Role::title));
  document.blocks.push_back(table(columns));
  doc::Inline image = wrap(doc::InlineKind::image, {text_node("Children <playing> in a park")}, image_url);
  document.blocks.push_back(paragraph({wrap(doc::InlineKind::strikethrough, {text_node("closed")}), image}));
  return document;
}

writers::PrintContext print_context(const std::string& tag = "en") {
  writers::PrintContext context;
  context.language = *text::language_info(tag);
  context.source_language = context.language;
  context.ui = writers::english_ui();
  context.title = "t";
  return context;
}

}  // namespace

TEST(TableImageWriters, HtmlTableHasHeaderCellsWithScope) {
  std::string page = writers::write_html(document_with(2, "../media/park-1.png"), fixture_context("en"));
  EXPECT_NE(page.find("<table>"), std::string::npos) << page;
  EXPECT_NE(page.find("<thead>"), std::string::npos);
  EXPECT_NE(page.find("<th scope=\"col\">Head 1</th>"), std::string::npos);
  EXPECT_NE(page.find("<tbody>"), std::string::npos);
  EXPECT_NE(page.find("<td>Cell 2</td>"), std::string::npos);
  EXPECT_NE(page.find("<del>closed</del>"), std::string::npos);
  EXPECT_NE(page.find("<img src=\"../media/park-1.png\" alt=\"Children &lt;playing&gt; in a park\"/>"),
            std::string::npos);
  std::string error;
  EXPECT_TRUE(xml::is_well_formed(page, &error)) << error;
}

TEST(TableImageWriters, RemoteImagesAreNeverShown) {
  for (const char* url :
       {"https://example.org/a.png", "//example.org/a.png", "/etc/a.png", "data:image/png;base64,AA"}) {
    std::string page = writers::write_html(document_with(2, url), fixture_context("en"));
    EXPECT_EQ(page.find("<img"), std::string::npos) << url;
    EXPECT_NE(page.find("Children &lt;playing&gt; in a park"), std::string::npos) << url;
    std::string fo = writers::write_fo(document_with(2, url), print_context());
    EXPECT_EQ(fo.find("external-graphic"), std::string::npos) << url;
  }
}

TEST(TableImageWriters, LeafletSetsNarrowTablesAsTablesAndWideOnesAsRows) {
  std::string narrow = writers::write_fo(document_with(3, "../../html/media/park-1.png"), print_context());
  EXPECT_NE(narrow.find("<fo:table "), std::string::npos);
  EXPECT_NE(narrow.find("<fo:table-header>"), std::string::npos);
  EXPECT_NE(narrow.find("<fo:external-graphic src=\"url("), std::string::npos);
  EXPECT_NE(narrow.find("../../html/media/park-1.png"), std::string::npos);
  EXPECT_NE(narrow.find("fox:alt-text=\"Children &lt;playing&gt; in a park\""), std::string::npos);
  EXPECT_NE(narrow.find("text-decoration=\"line-through\""), std::string::npos);
  std::string wide = writers::write_fo(document_with(4, "x.png"), print_context());
  EXPECT_EQ(wide.find("<fo:table "), std::string::npos);
  // Each cell after its column's header.
  EXPECT_NE(wide.find("Head 4"), std::string::npos);
  EXPECT_NE(wide.find("Cell 4"), std::string::npos);
  std::string error;
  EXPECT_TRUE(xml::is_well_formed(narrow, &error)) << error;
  EXPECT_TRUE(xml::is_well_formed(wide, &error)) << error;
}

TEST(TableImageWriters, TypesetLeafletSetsTablesImagesAndStruckText) {
  std::string narrow = writers::write_tex(document_with(3, "media/park-1a2b.png"), print_context());
  EXPECT_NE(narrow.find("\\begin{tabular}{@{}p{"), std::string::npos) << narrow;
  EXPECT_NE(narrow.find("Head 3"), std::string::npos);
  EXPECT_NE(narrow.find("\\hline"), std::string::npos);
  EXPECT_NE(narrow.find("\\usepackage{graphicx}"), std::string::npos);
  EXPECT_NE(narrow.find("keepaspectratio]{media/park-1a2b.png}"), std::string::npos) << narrow;
  EXPECT_NE(narrow.find("\\lpstrike{"), std::string::npos);
  // Wider than three columns, or right to left: a list of rows, each cell after its header.
  for (const auto& [columns, tag] : std::vector<std::pair<size_t, std::string>>{{4, "en"}, {2, "ar"}}) {
    std::string rows = writers::write_tex(document_with(columns, "media/park-1a2b.png"), print_context(tag));
    EXPECT_EQ(rows.find("tabular"), std::string::npos) << tag;
    EXPECT_NE(rows.find("Head 2"), std::string::npos) << tag;
    EXPECT_NE(rows.find("Cell 2"), std::string::npos) << tag;
  }
  // Only a copy in media/ is placed; any other source, or a name that could say more to TeX
  // than a file name, is set as its alt text.
  for (const char* url : {"https://example.org/a.png", "../../etc/a.png", "/etc/a.png", "media/../a.png",
                          "media/a}b.png", "media/sub/a.png", "x.png"}) {
    std::string tex = writers::write_tex(document_with(2, url), print_context());
    EXPECT_EQ(tex.find("includegraphics"), std::string::npos) << url;
    EXPECT_NE(tex.find("Children <playing> in a park"), std::string::npos) << url;
  }
}
