// The leaflet's design in XSL-FO, following the TeX leaflet where FOP can: the masthead on the
// front, page numbers "2 / 4" from page 2, an even page count with the back matter (call to
// action, the page's address, contact panel, imprint) on the last page. The QR code is drawn
// only in the typesetter's PDF.
#include <cmath>

#include "text/language_table.hpp"
#include "writers/fo_leaflet.hpp"

namespace leafpress::writers {
using namespace fo;

namespace {

std::string latin_font() { return std::string(text::fonts_for_script("Latn").print_font); }

}  // namespace

// The back matter's paragraphs as back_content() sets them, the gaps between them and the
// page number under them; sized generously, like the imprint area before it.
double FoWriter::back_area_extent() const {
  const Brand& brand = m_context.brand;
  const double measure = m_page.measure();
  const double lh = layout::body_line_height(m_context.language, m_context.large_print);
  std::vector<AreaParagraph> paragraphs;
  if (!brand.call_to_action.empty())
    paragraphs.push_back({brand_text(m_context, brand.call_to_action), m_body_pt * layout::call_to_action_scale,
                          layout::title_line_height(m_context.language), true, 0});
  if (!m_context.page_url.empty())
    paragraphs.push_back({short_url(m_context.page_url), m_body_pt, 1.3, false, layout::back_space / 2});
  if (!brand.contact.empty())
    paragraphs.push_back({brand_text(m_context, brand.contact), m_body_pt, lh, false, layout::back_space});
  for (AreaParagraph& paragraph : imprint_paragraphs()) paragraphs.push_back(std::move(paragraph));
  paragraphs.push_back({"0 / 0", layout::folio_size_pt(m_context.large_print), 1.2, false, layout::back_space / 2});
  return std::ceil(layout::back_space + estimated_height_mm(paragraphs, measure) + m_page.text_margin);
}

void FoWriter::back_content() {
  const Brand& brand = m_context.brand;
  m_out.open("fo:static-content");
  m_out.attribute("flow-name", "leaflet-back");
  m_out.newline();
  m_out.open("fo:block");
  m_out.attribute("padding-after", fo_mm(m_page.text_margin - layout::folio_drop_mm(m_context.large_print)));
  if (!brand.call_to_action.empty()) {
    m_out.open("fo:block");
    text_column_indents();
    text_block_attributes(m_context.language, m_body_pt * layout::call_to_action_scale,
                          layout::title_line_height(m_context.language));
    m_out.attribute("font-weight", "bold");
    runs(brand_text(m_context, brand.call_to_action), m_context.language);
    m_out.close();
  }
  if (!m_context.page_url.empty()) {
    // The address reads left to right in every leaflet.
    m_out.open("fo:block-container");
    m_out.attribute("writing-mode", "lr-tb");
    text_column_indents();
    m_out.open("fo:block");
    m_out.attribute("start-indent", "0mm");
    m_out.attribute("end-indent", "0mm");
    m_out.attribute("space-before", fo_mm(layout::back_space / 2));
    m_out.attribute("font-family", latin_font());
    m_out.attribute("font-size", fo_pt(m_body_pt));
    m_out.open("fo:inline");
    m_out.attribute("font-family", latin_font());
    m_out.text(short_url(m_context.page_url));
    m_out.close();
    m_out.close();
    m_out.close();
  }
  m_out.open("fo:block");
  text_column_indents();
  m_out.attribute("space-before", fo_mm(layout::back_space / 2));
  m_out.attribute("border-top", fo_pt(layout::back_rule_pt) + " solid " + fo_colour(brand.colour));
  m_out.attribute("padding-top", fo_mm(layout::back_space / 2));
  if (!brand.contact.empty()) {
    m_out.open("fo:block");
    text_block_attributes(m_context.language, m_body_pt);
    m_out.attribute("space-after", fo_mm(layout::back_space / 2));
    runs(brand_text(m_context, brand.contact), m_context.language);
    m_out.close();
  }
  m_out.close();
  imprint();
  folio_block();
  m_out.close();
  m_out.close();
  m_out.newline();
}

void FoWriter::folio_content() {
  m_out.open("fo:static-content");
  m_out.attribute("flow-name", "leaflet-folio");
  m_out.open("fo:block");
  m_out.attribute("padding-after", fo_mm(m_page.text_margin - layout::folio_drop_mm(m_context.large_print)));
  folio_block();
  m_out.close();
  m_out.close();
  m_out.newline();
}

// "2 / 4", centred, in the Latin face and left to right on every leaflet.
void FoWriter::folio_block() {
  m_out.open("fo:block-container");
  m_out.attribute("writing-mode", "lr-tb");
  m_out.open("fo:block");
  m_out.attribute("space-before", fo_mm(layout::back_space / 2));
  m_out.attribute("text-align", "center");
  m_out.attribute("font-family", latin_font());
  m_out.attribute("font-size", fo_pt(layout::folio_size_pt(m_context.large_print)));
  m_out.open("fo:page-number");
  m_out.close();
  m_out.open("fo:inline");
  m_out.attribute("font-family", latin_font());
  m_out.text(" / ");
  m_out.close();
  m_out.open("fo:page-number-citation-last");
  m_out.attribute("ref-id", "leaflet");
  m_out.close();
  m_out.close();
  m_out.close();
}

// The campaign's name in paper white on a band of the brand colour running into the side
// bleed (the logo is placed by the typesetter's PDF only).
void FoWriter::masthead() {
  const Brand& brand = m_context.brand;
  if (brand.name.empty()) return;
  const double outset = m_page.text_margin + m_page.bleed;
  m_out.open("fo:block");
  m_out.attribute("start-indent", fo_mm(-outset));
  m_out.attribute("end-indent", fo_mm(-outset));
  m_out.attribute("padding", fo_mm(layout::masthead_padding) + " " + fo_mm(outset));
  m_out.attribute("background-color", fo_colour(brand.colour));
  m_out.attribute("color", fo_colour(layout::paper_white));
  m_out.attribute("space-after", fo_mm(layout::masthead_space_after));
  text_block_attributes(m_context.language, m_body_pt * layout::masthead_name_scale,
                        layout::title_line_height(m_context.language));
  m_out.attribute("font-weight", "bold");
  runs(brand_text(m_context, brand.name), m_context.language);
  m_out.close();
  m_out.newline();
}

// As in the TeX leaflet: never italic; a line under the words, over them in Arabic script
// (FOP has no emphasis dots: Chinese is underlined too).
void FoWriter::emphasis(const std::vector<doc::Inline>& children, const text::Language& language) {
  const bool arabic = language.print_font == text::fonts_for_script("Arab").print_font ||
                      std::string_view(language.print_font).find("Nastaliq") != std::string_view::npos;
  m_out.open("fo:inline");
  m_out.attribute("text-decoration", arabic ? "overline" : "underline");
  inlines(children, language);
  m_out.close();
}

// A web address in the Latin face (FOP breaks it where it can; the TeX leaflet only after '/').
void FoWriter::address(std::string_view address) {
  m_out.open("fo:inline");
  m_out.attribute("font-family", latin_font());
  m_out.attribute("hyphenate", "false");
  m_out.text(address);
  m_out.close();
}

// As the TeX leaflet: the text, then its address in brackets or a note number.
void FoWriter::link(const doc::Inline& item, const text::Language& language) {
  inlines(item.children, language);
  const PrintedLink printed = printed_link(item);
  if (printed.address.empty() || printed.text_is_address) return;
  if (!printed.as_note) {
    runs(" (", language);
    address(printed.address);
    runs(")", language);
    return;
  }
  m_link_notes.push_back(printed.address);
  m_out.open("fo:inline");
  m_out.attribute("font-family", latin_font());
  m_out.attribute("baseline-shift", "super");
  m_out.attribute("font-size", "70%");
  m_out.text(std::to_string(m_link_notes.size()));
  m_out.close();
}

void FoWriter::link_notes() {
  if (m_link_notes.empty()) return;
  m_out.open("fo:block-container");
  m_out.attribute("writing-mode", "lr-tb");
  m_out.attribute("space-before", fo_mm(layout::back_space / 2));
  for (size_t i = 0; i < m_link_notes.size(); ++i) {
    m_out.open("fo:block");
    m_out.attribute("font-family", latin_font());
    m_out.attribute("font-size", fo_pt(layout::small_text_pt(m_body_pt * layout::note_scale, m_context.large_print)));
    m_out.open("fo:inline");
    m_out.attribute("font-family", latin_font());
    m_out.text(std::to_string(i + 1) + " ");
    m_out.close();
    address(m_link_notes[i]);
    m_out.close();
  }
  m_out.close();
  m_out.newline();
}

}  // namespace leafpress::writers
