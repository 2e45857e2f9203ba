#pragma once
// The XSL-FO leaflet writer, shared by the files that write its parts: fo_writer.cpp (pages,
// marks and imprint) and fo_blocks.cpp (the statement's blocks and inlines).
#include <algorithm>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.hpp"
#include "text/language.hpp"
#include "writers/fo_lengths.hpp"
#include "writers/fo_writer.hpp"
#include "writers/page_geometry.hpp"
#include "writers/print_layout.hpp"
#include "writers/text_extent.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::writers {
namespace fo {

// Layout values shared with the typesetter's input (print_layout.hpp), in this writer's names.
inline std::string fo_colour(layout::Cmyk ink) {
  return "cmyk(" + fo_number(ink.c) + "," + fo_number(ink.m) + "," + fo_number(ink.y) + "," + fo_number(ink.k) + ")";
}
inline const std::string k_black = fo_colour(layout::text_black);
inline const std::string k_warning = fo_colour(layout::warning_red);
inline constexpr double k_marks_band = layout::marks_band;
inline constexpr double k_imprint_gap = layout::imprint_gap;
inline constexpr double k_imprint_line_height = layout::imprint_line_height;
inline constexpr double k_missing_padding = layout::missing_padding;
inline constexpr double k_missing_border_pt = layout::missing_border_pt;
inline constexpr double k_translation_space = layout::translation_space;
inline constexpr double k_mm_per_pt = layout::mm_per_pt;

}  // namespace fo

/// Writes one leaflet as XSL-FO (see write_fo).
class FoWriter {
 public:
  FoWriter(const doc::Document& document, const PrintContext& context, PageGeometry page)
      : m_document(document),
        m_context(context),
        m_page(std::move(page)),
        m_body_pt(layout::leaflet_body_pt(context.body_size_pt, context.large_print)) {}

  std::string write();

 private:
  [[nodiscard]] bool rtl() const { return m_context.language.rtl(); }
  // Space above the body text: the text margin, plus a band for the marks when there are any.
  [[nodiscard]] double head() const { return m_page.text_margin + (m_marks.empty() ? 0 : fo::k_marks_band); }

  // The front without a page number, the pages between with one, the back (the last, even
  // page) with the back matter in its foot.
  void layout_master_set();

  // One page master; `foot` > 0 adds the foot area `foot_name` of that height at the bottom
  // of the trim, above which the body text stops.
  void page_master(std::string_view name, double foot, std::string_view foot_name);

  // The imprint's lines as imprint() sets them, for sizing the area that holds them.
  [[nodiscard]] std::vector<AreaParagraph> imprint_paragraphs() const;

  // The design (fo_design.cpp): the back page's area and its content, the page numbers and
  // the masthead, as the TeX leaflet sets them (the QR code only there).
  [[nodiscard]] double back_area_extent() const;
  void back_content();
  void folio_content();
  void folio_block();
  void masthead();
  void emphasis(const std::vector<doc::Inline>& children, const text::Language& language);
  void address(std::string_view address);
  void link(const doc::Inline& item, const text::Language& language);
  void link_notes();

  [[nodiscard]] std::string translated_text() const;

  // PDF/X needs a document title; FOP takes it from the XMP metadata.
  void declarations();

  void page_sequence();

  // Crop marks and the proof / imprint-missing marks, repeated on every page.
  void static_content();

  // "PROOF – NOT FOR PRINT", then its translation (typeset for its language) when there is
  // one: a line each, so that a right-to-left translation cannot reorder the English.
  [[nodiscard]] std::vector<std::string> mark_lines(const UiMessage& message) const;

  // The language a block is written in: the document's, or another one set by translation
  // (an untranslated paragraph in the source language).
  const text::Language& block_language(const doc::Block& block);

  void maybe_block(const doc::Block& block, doc::Role inherited);

  // Writes `content` in a block-container of that direction when the flow runs the other way.
  void in_direction(bool rtl, const std::function<void()>& content);

  // The label over a passage a proof shows in English for want of a translation (ui::fallback_label).
  void fallback_label(const text::Language& passage);

  // Font, size, leading, alignment and language of a block of text. The leading is the
  // language's (generous for Arabic, Tamil, Chinese) unless `line_height` is given.
  void text_block_attributes(const text::Language& language, double size_pt, double line_height = 0);

  static double line_height_of(const text::Language& language) { return layout::line_height_of(language); }

  // FOP's `language` (and `country`) switch on its language-specific shaping, which breaks
  // Arabic joining and Indic reordering: set only where it is known to be safe.
  void language_attributes(const text::Language& language);

  void write_block(const doc::Block& block, doc::Role role, const text::Language& language);

  // Up to layout::max_table_columns columns as a table; a wider one as a list of its rows,
  // each cell after its column's header ("Hours: 7–21").
  void table(const doc::Block& block, const text::Language& language);

  void table_as_rows(const doc::Block& block, const text::Language& language);

  void list(const doc::Block& block, doc::Role role, const text::Language& language);

  // Items [start, end) of a list as one fo:list-block; space after it when it is the `last`.
  void list_items(const doc::Block& block, size_t start, size_t end, doc::Role role, int& number_value, bool last);

  // The same items when their text runs the other way than the flow (`rtl`), as a table.
  void list_items_across(const doc::Block& block, size_t start, size_t end, doc::Role role, int& number_value,
                         bool last, bool rtl);

  // A quotation whose text runs the other way than the flow (`rtl`), in its own writing mode.
  void quote_across(const doc::Block& block, doc::Role role, bool rtl);

  void inlines(const std::vector<doc::Inline>& items, const text::Language& language);

  // An image the build copied (a relative path) is placed at the measure's width at most, its
  // alt text kept for the PDF's text layer; any other source is set as its alt text.
  void image(const doc::Inline& item, const text::Language& language);

  // Each script run in its own explicit font, so FOP never falls back per character.
  void runs(std::string_view text, const text::Language& language);

  // The imprint, or the boxed warning in its place, for the back page.
  void imprint();

  // A static content spans the whole page width: its text keeps to the body's column.
  void text_column_indents(double indent = -1);

  // The English imprint, left to right even on a right-to-left page.
  void english_block(const std::string& text);

  const doc::Document& m_document;
  const PrintContext& m_context;
  PageGeometry m_page;
  double m_body_pt;
  std::vector<std::string> m_link_notes;         // long link addresses, printed after the text
  std::vector<std::string> m_marks;              // proof / imprint-missing marks for every page
  std::deque<text::Language> m_other_languages;  // stable references for block_language
  bool m_flow_rtl = m_context.language.rtl();    // the writing mode where the writer now is
  xml::XmlWriter m_out{xml::XmlWriter::Mode::xml};
};

}  // namespace leafpress::writers
