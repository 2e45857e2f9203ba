#pragma once
// The leaflet's layout decisions that every print output shares (the XSL-FO and the
// typesetter's input): type sizes, leading, spacing and inks. Page geometry and crop marks
// are in page_geometry.hpp, fonts per script in text/language_table.
#include <algorithm>
#include <cstddef>
#include <string>

#include "doc/document.hpp"
#include "text/language.hpp"

namespace leafpress::writers::layout {

/// A process colour, each ink from 0 to 1.
struct Cmyk {
  double c, m, y, k;
};

inline constexpr Cmyk text_black{0, 0, 0, 1};    // black text as 100% K, as print shops ask
inline constexpr Cmyk warning_red{0, 1, 1, 0};   // the proof and imprint-missing marks
inline constexpr Cmyk registration{1, 1, 1, 1};  // crop marks, on every plate
inline constexpr double crop_mark_stroke_mm = 0.1;
inline constexpr Cmyk brand_default{1, 0.55, 0, 0.1};  // a deep blue, when [brand] names no colour
inline constexpr Cmyk paper_white{0, 0, 0, 0};

// The design ([brand]): a masthead band across the top of the front, page numbers from page 2,
// a back page with the call to action, the QR code, the contact panel and the imprint.
inline constexpr double masthead_padding = 4;       // mm inside the band, above and below its text
inline constexpr double masthead_name_scale = 1.3;  // of the body size
inline constexpr double masthead_logo_height = 14;  // mm
inline constexpr double masthead_space_after = 6;   // mm
inline constexpr double folio_pt = 9;               // "2 / 4"
inline constexpr double folio_drop = 6;             // mm below the text block
inline constexpr double qr_module_mm = 0.6;         // 25 modules: 15 mm, well above the 10 mm phones need
inline constexpr int qr_quiet_modules = 4;          // the white border the standard asks for
inline constexpr double call_to_action_scale = 1.4;
inline constexpr double back_rule_pt = 2;     // the coloured rule above the contact panel
inline constexpr double note_scale = 0.85;    // link notes after the text, of the body size
inline constexpr double caption_scale = 0.9;  // a picture's caption, of the body size
// The label over a passage shown in English for want of a translation (proofs only).
inline constexpr double fallback_label_scale = 0.85;  // of the body size
inline constexpr double fallback_label_space = 1;     // mm between the label and its passage
inline constexpr double back_space = 6;               // mm between the back page's parts

// Large print (RNIB clear print): at least 16 pt body, sans, left-aligned, no hyphenation,
// generous spacing between lines and paragraphs.
inline constexpr double large_print_min_pt = 16;  // nothing a reader must read is smaller
inline constexpr double large_print_body_pt = 18;
inline constexpr double large_print_line_height = 1.5;
inline constexpr double large_print_folio_drop = 8.5;  // mm: room for 16 pt page numbers
static_assert(large_print_body_pt >= large_print_min_pt);

inline constexpr double min_body_pt = 12;  // RNIB/UKAAF clear print minimum
inline constexpr double marks_band = 12;   // mm added above the text for the proof / imprint marks
inline constexpr double marks_pt = 7.5;
inline constexpr double marks_line_height = 1.25;
inline constexpr double imprint_gap = 5;  // mm between the body text and the imprint on page 1
// The imprint's type: small English text, its translation in the page's leading, and the
// boxed warning that takes its place while the imprint is not configured.
inline constexpr double imprint_pt = 9;
inline constexpr double imprint_line_height = 1.3;
inline constexpr double missing_pt = 14;
inline constexpr double missing_padding = 2;  // mm
inline constexpr double missing_border_pt = 1.5;
inline constexpr double translation_space = 1;  // mm above the translated imprint
inline constexpr double mm_per_pt = 25.4 / 72;

// Blocks: sizes relative to the body text, spaces in millimetres unless named in em.
inline constexpr double title_scale = 1.6;
inline constexpr double title_space_after = 5;
inline constexpr double heading_scale = 1.25;
inline constexpr double heading_space_before = 4;
inline constexpr double heading_space_after = 2;
inline constexpr double category_space_before = 5;
inline constexpr double category_padding_top = 2;
inline constexpr double rule_pt = 0.75;            // category rule and thematic break
inline constexpr double thematic_break_space = 3;  // above and below
inline constexpr double paragraph_space_after_em = 0.6;
inline constexpr double quote_indent = 6;
inline constexpr double list_label_width = 8;  // label start to body start
inline constexpr double list_label_separation = 2;
// A table fits an A5 measure at clear-print sizes with up to three columns; a wider one is set
// as a list of its rows, since cells of a quarter of the measure would break every word.
inline constexpr size_t max_table_columns = 3;
inline constexpr double table_cell_padding = 1;         // mm
inline constexpr double table_rule_pt = 0.5;            // under each row
inline constexpr double image_max_height_share = 0.45;  // of the text block's height

/// A table block's number of columns: its widest row's cells.
inline size_t table_columns(const doc::Block& table) {
  size_t columns = 0;
  for (const doc::Block& row : table.children) columns = std::max(columns, row.children.size());
  return columns;
}

/// The header row whose cells name the columns when a table is set as rows (the last one),
/// or null.
inline const doc::Block* table_header_row(const doc::Block& table) {
  const doc::Block* header = nullptr;
  for (const doc::Block& row : table.children)
    if (row.header) header = &row;
  return header;
}

/// Body size after the clear-print minimum.
inline double body_size(double requested_pt) { return std::max(requested_pt, min_body_pt); }

/// The leaflet's body size: `requested_pt` ([print] body_size) after the clear-print minimum,
/// and in the large-print edition never below layout::large_print_body_pt, whatever the page.
inline double leaflet_body_pt(double requested_pt, bool large_print) {
  return large_print ? std::max(large_print_body_pt, requested_pt) : body_size(requested_pt);
}

/// Text set smaller than the body (notes, labels): in large print still at least
/// layout::large_print_min_pt.
inline double small_text_pt(double size_pt, bool large_print) {
  return large_print ? std::max(size_pt, large_print_min_pt) : size_pt;
}

/// Page numbers, the imprint and the imprint-missing warning: small print, but in the
/// large-print edition as large as the rest of what a reader must read.
inline double folio_size_pt(bool large_print) { return small_text_pt(folio_pt, large_print); }
inline double folio_drop_mm(bool large_print) { return large_print ? large_print_folio_drop : folio_drop; }
inline double imprint_size_pt(bool large_print) { return small_text_pt(imprint_pt, large_print); }
inline double imprint_missing_pt(bool large_print) { return small_text_pt(missing_pt, large_print); }

/// The language's leading (generous for Arabic, Tamil, Chinese, Urdu).
inline double line_height_of(const text::Language& language) { return std::max(1.4, language.web_line_height); }

/// The body's leading in a standard or large-print edition.
inline double body_line_height(const text::Language& language, bool large_print) {
  return large_print ? std::max(large_print_line_height, line_height_of(language)) : line_height_of(language);
}

/// Space after a paragraph, in em: generous in large print.
inline double paragraph_space_em(bool large_print) { return large_print ? 1.0 : paragraph_space_after_em; }

/// A title's leading: a little tighter than the body's.
inline double title_line_height(const text::Language& language) {
  return std::max(1.3, language.web_line_height - 0.2);
}

}  // namespace leafpress::writers::layout
