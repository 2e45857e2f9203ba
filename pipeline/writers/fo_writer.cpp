#include "writers/fo_writer.hpp"

#include <cmath>

#include "text/typography.hpp"
#include "writers/fo_crop_marks.hpp"
#include "writers/fo_leaflet.hpp"

namespace leafpress::writers {
using namespace fo;

std::string FoWriter::write() {
  if (marked_as_proof(m_context))
    for (auto& line : mark_lines(ui::proof_mark)) m_marks.push_back(std::move(line));
  if (!m_context.imprint.complete())
    for (auto& line : mark_lines(ui::imprint_missing)) m_marks.push_back(std::move(line));
  m_out.declaration();
  m_out.open("fo:root");
  m_out.attribute("xmlns:fo", "http://www.w3.org/1999/XSL/Format");
  m_out.attribute("xmlns:fox", "http://xmlgraphics.apache.org/fop/extensions");
  m_out.newline();
  layout_master_set();
  declarations();
  page_sequence();
  m_out.close();
  m_out.newline();
  return m_out.finish();
}

// The first page (the front, with the masthead) has no page number; the last (the back, an
// even page: force-page-count) holds the back matter in a foot area sized for it; the pages
// between carry their number in the foot.
void FoWriter::layout_master_set() {
  m_out.open("fo:layout-master-set");
  page_master("leaflet-first", 0, {});
  page_master("leaflet-rest", m_page.text_margin, "leaflet-folio");
  page_master("leaflet-last", back_area_extent(), "leaflet-back");
  m_out.open("fo:page-sequence-master");
  m_out.attribute("master-name", "leaflet");
  m_out.open("fo:repeatable-page-master-alternatives");
  for (auto [position, master] :
       {std::pair{"first", "leaflet-first"}, std::pair{"last", "leaflet-last"}, std::pair{"any", "leaflet-rest"}}) {
    m_out.open("fo:conditional-page-master-reference");
    m_out.attribute("page-position", position);
    m_out.attribute("master-reference", master);
    m_out.close();
  }
  m_out.close();
  m_out.close();
  m_out.close();
  m_out.newline();
}

// One page master; `foot` > 0 adds the foot area `foot_name` of that height at the bottom of
// the trim, above which the body text stops.
void FoWriter::page_master(std::string_view name, double foot, std::string_view foot_name) {
  m_out.open("fo:simple-page-master");
  m_out.attribute("master-name", name);
  m_out.attribute("page-width", fo_mm(m_page.trim_width));
  m_out.attribute("page-height", fo_mm(m_page.trim_height));
  m_out.attribute("margin", "0mm");
  // FOP writes the PDF boxes from these: TrimBox = page, BleedBox = page + bleed,
  // MediaBox = CropBox = page + crop offset (room for the crop marks).
  m_out.attribute("fox:bleed", fo_mm(m_page.bleed));
  m_out.attribute("fox:crop-offset", fo_mm(m_page.crop_offset));
  m_out.attribute("fox:crop-box", "media-box");
  m_out.open("fo:region-body");
  m_out.attribute("margin-top", fo_mm(head()));
  m_out.attribute("margin-bottom", fo_mm(foot > 0 ? foot : m_page.text_margin));
  m_out.attribute("margin-left", fo_mm(m_page.text_margin));
  m_out.attribute("margin-right", fo_mm(m_page.text_margin));
  m_out.close();
  m_out.open("fo:region-before");
  m_out.attribute("region-name", "leaflet-marks");
  m_out.attribute("extent", fo_mm(head()));
  m_out.close();
  if (foot > 0) {
    // Set from the bottom up; back matter taller than the estimate fails the render instead
    // of being clipped.
    m_out.open("fo:region-after");
    m_out.attribute("region-name", foot_name);
    m_out.attribute("extent", fo_mm(foot));
    m_out.attribute("display-align", "after");
    m_out.attribute("overflow", "error-if-overflow");
    m_out.close();
  }
  m_out.close();
}

// The imprint's lines as imprint() sets them, for sizing the area that holds them.
std::vector<AreaParagraph> FoWriter::imprint_paragraphs() const {
  const Imprint& imprint = m_context.imprint;
  if (!imprint.complete()) {
    std::vector<AreaParagraph> lines;
    double extra = 2 * k_missing_padding + 2 * k_missing_border_pt * k_mm_per_pt;
    for (auto& line : mark_lines(ui::imprint_missing)) {
      lines.push_back(
          {std::move(line), layout::imprint_missing_pt(m_context.large_print), k_imprint_line_height, true, extra});
      extra = 0;  // the box's padding and border count once
    }
    return lines;
  }
  std::vector<AreaParagraph> paragraphs{
      {imprint_text(imprint), layout::imprint_size_pt(m_context.large_print), k_imprint_line_height, false, 0}};
  if (std::string translated = translated_text(); !translated.empty())
    paragraphs.push_back({translated, layout::imprint_size_pt(m_context.large_print),
                          line_height_of(m_context.language), false, k_translation_space});
  return paragraphs;
}

std::string FoWriter::translated_text() const {
  if (!m_context.imprint.translate) return {};
  return translated_imprint_text(m_context.imprint, m_context.ui, m_context.language.tag);
}

// PDF/X needs a document title; FOP takes it from the XMP metadata.
void FoWriter::declarations() {
  m_out.open("fo:declarations");
  m_out.open("x:xmpmeta");
  m_out.attribute("xmlns:x", "adobe:ns:meta/");
  m_out.open("rdf:RDF");
  m_out.attribute("xmlns:rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
  m_out.open("rdf:Description");
  m_out.attribute("rdf:about", "");
  m_out.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/");
  m_out.element("dc:title", leaflet_title(m_document, m_context));
  m_out.element("dc:language", m_context.language.tag);
  m_out.close();
  m_out.close();
  m_out.close();
  m_out.close();
  m_out.newline();
}

void FoWriter::page_sequence() {
  m_out.open("fo:page-sequence");
  m_out.attribute("master-reference", "leaflet");
  m_out.attribute("id", "leaflet");
  // Folded sheets: an even number of pages, the back matter on the last.
  m_out.attribute("force-page-count", "even");
  m_out.attribute("font-family", std::string(m_context.language.print_font));
  m_out.attribute("color", k_black);
  // Even leading: by default FOP grows a line to fit the tallest glyph in it, so lines with
  // Tamil conjuncts or a run in another font would stand further apart than their neighbours.
  m_out.attribute("line-stacking-strategy", "font-height");
  if (rtl()) m_out.attribute("writing-mode", "rl-tb");
  m_out.newline();
  static_content();
  folio_content();
  back_content();
  m_out.open("fo:flow");
  m_out.attribute("flow-name", "xsl-region-body");
  m_out.newline();
  masthead();
  for (const doc::Block& block : m_document.blocks) maybe_block(block, doc::Role::none);
  link_notes();
  m_out.close();
  m_out.newline();
  m_out.close();
  m_out.newline();
}

// Crop marks and the proof / imprint-missing marks, repeated on every page.
void FoWriter::static_content() {
  m_out.open("fo:static-content");
  m_out.attribute("flow-name", "leaflet-marks");
  m_out.newline();
  write_crop_marks(m_out, m_page);
  // The marks start just inside the safe area and fill the band above the text; a static
  // content needs a block even when there are none (an empty one takes no room).
  m_out.open("fo:block");
  if (!m_marks.empty()) {
    m_out.attribute("padding-top", fo_mm(m_page.safe + 1));
    m_out.attribute("start-indent", fo_mm(m_page.text_margin));
    m_out.attribute("end-indent", fo_mm(m_page.text_margin));
    m_out.attribute("font-size", "7.5pt");
    m_out.attribute("line-height", "1.25");
    m_out.attribute("font-weight", "bold");
    m_out.attribute("color", k_warning);
    m_out.attribute("text-align", "center");
  }
  for (const std::string& mark : m_marks) {
    m_out.open("fo:block");
    runs(mark, m_context.language);
    m_out.close();
  }
  m_out.close();
  m_out.close();
  m_out.newline();
}

// "PROOF – NOT FOR PRINT", then its translation (typeset for its language) when there is
// one: a line each, so that a right-to-left translation cannot reorder the English.
std::vector<std::string> FoWriter::mark_lines(const UiMessage& message) const {
  std::string english(message.msgid);
  std::string translated = m_context.ui ? m_context.ui(message, 1) : english;
  if (translated.empty() || translated == english) return {english};
  return {english, text::typeset(m_context.language.tag, translated)};
}

// The imprint, the English sentence then its translation when asked for; without imprint
// details, a boxed warning in its place.
void FoWriter::imprint() {
  const Imprint& imprint = m_context.imprint;
  if (!imprint.complete()) {
    m_out.open("fo:block");
    text_column_indents();
    m_out.attribute("font-size", fo_pt(layout::imprint_missing_pt(m_context.large_print)));
    m_out.attribute("line-height", fo_number(k_imprint_line_height));
    m_out.attribute("font-weight", "bold");
    m_out.attribute("color", k_warning);
    m_out.attribute("border", fo_number(k_missing_border_pt) + "pt solid " + k_warning);
    m_out.attribute("padding", fo_mm(k_missing_padding));
    m_out.attribute("text-align", "center");
    for (const std::string& line : mark_lines(ui::imprint_missing)) {
      m_out.open("fo:block");
      runs(line, m_context.language);
      m_out.close();
    }
    m_out.close();
  } else {
    english_block(imprint_text(imprint));
    if (std::string translated = translated_text(); !translated.empty()) {
      m_out.newline();
      m_out.open("fo:block");
      text_column_indents();
      text_block_attributes(m_context.language, layout::imprint_size_pt(m_context.large_print));
      m_out.attribute("space-before", fo_mm(k_translation_space));
      runs(translated, m_context.language);
      m_out.close();
    }
  }
  m_out.newline();
}

// A static content spans the whole page width: its text keeps to the body's column.
void FoWriter::text_column_indents(double indent) {
  m_out.attribute("start-indent", fo_mm(indent < 0 ? m_page.text_margin : indent));
  m_out.attribute("end-indent", fo_mm(indent < 0 ? m_page.text_margin : indent));
}

// The English imprint, left to right even on a right-to-left page.
void FoWriter::english_block(const std::string& text) {
  text::Language english = m_context.source_language;
  if (english.tag != "en") {
    if (auto info = text::language_info("en")) english = *info;
  }
  bool switch_direction = rtl();
  if (switch_direction) {
    m_out.open("fo:block-container");
    m_out.attribute("writing-mode", "lr-tb");
    text_column_indents();
  }
  m_out.open("fo:block");
  // Indents are inherited and measured from the container, which is already indented.
  text_column_indents(switch_direction ? 0 : -1);
  text_block_attributes(english, layout::imprint_size_pt(m_context.large_print), k_imprint_line_height);
  runs(text, english);
  m_out.close();
  if (switch_direction) m_out.close();
}

std::string write_fo(const doc::Document& localized, const PrintContext& context) {
  return FoWriter(localized, context, leaflet_page(context)).write();
}

}  // namespace leafpress::writers
