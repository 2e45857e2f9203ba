#pragma once
// The TeX leaflet writer, shared by the files that write its parts: tex_writer.cpp (the
// document and its page furniture), tex_preamble.cpp (fonts, page geometry, PDF/X) and
// tex_blocks.cpp (the statement's blocks and inlines).
#include <algorithm>
#include <cstdint>
#include <deque>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.hpp"
#include "text/language.hpp"
#include "text/language_table.hpp"
#include "writers/fo_lengths.hpp"
#include "writers/fo_writer.hpp"
#include "writers/page_geometry.hpp"
#include "writers/print_layout.hpp"

namespace leafpress::writers {
namespace tex {

inline constexpr double k_bp_per_mm = 72 / 25.4;
// Undoes \\lpragged inside a centred box: its last line centred too, not a third of the way in.
inline constexpr const char* k_centred = "\\rightskip=0pt plus 1fil\\parfillskip=0pt\\relax ";

inline std::string bp(double mm) { return fo_number(mm * k_bp_per_mm); }
inline std::string mm(double value) { return fo_mm(value); }
inline std::string pt(double value) { return fo_pt(value); }

inline std::string cmyk(layout::Cmyk ink) {
  return fo_number(ink.c) + "," + fo_number(ink.m) + "," + fo_number(ink.y) + "," + fo_number(ink.k);
}

/// A TeX control sequence for a print family: letters only ("NotoSansSC" → \lpfontNotoSansSC).
std::string font_command(std::string_view family);

/// The fontspec definition of a print family (HarfBuzz shaping, faces by file and index).
std::string font_definition(const text::ScriptFonts& fonts);

/// The Lua that gives every size of every face the text layer shaping recorded.
std::string_view text_layer_fix();

}  // namespace tex

/// Writes one leaflet as a LuaLaTeX document (see write_tex).
class TexWriter {
 public:
  TexWriter(const doc::Document& document, const PrintContext& context, PageGeometry page)
      : m_document(document),
        m_context(context),
        m_page(std::move(page)),
        m_body_pt(layout::leaflet_body_pt(context.body_size_pt, context.large_print)) {}

  std::string write();

 private:
  [[nodiscard]] bool rtl() const { return m_context.language.rtl(); }
  [[nodiscard]] double head() const { return m_page.text_margin + (m_marks.empty() ? 0 : layout::marks_band); }
  [[nodiscard]] double measure() const { return m_page.measure(); }

  void add_mark_lines(const UiMessage& message);

  void preamble();

  // The eight crop marks in registration ink, in PDF units from the media's lower left.
  std::string crop_marks_pdf() const;

  // PDF/X-4: the output intent with the CMYK profile, the XMP packet naming the version, and
  // the document information.
  std::string output_intent() const;

  // Font, size and leading of what follows in the group; direction by the language.
  std::string type(const text::Language& language, double size_pt, double line_height, bool bold = false);

  // The marks band on every page: the proof / imprint-missing lines, centred, in red.
  std::string marks_box();

  // The imprint (or the boxed warning standing in for it), for the back page.
  std::string imprint();

  // The design (tex_design.cpp): page styles and back matter, emphasis per script, the
  // masthead, the QR code and the back page's panels.
  std::string design_preamble();
  std::string emphasis(const std::string& content, const text::Language& language);
  std::string masthead();
  [[nodiscard]] std::string qr_box() const;
  std::string back_panels();
  std::string address(std::string_view address);
  std::string link(const doc::Inline& item, const text::Language& language);
  std::string link_notes();

  const text::Language& block_language(const doc::Block& block);

  void maybe_block(const doc::Block& block, doc::Role inherited);

  // The label over a passage a proof shows in English for want of a translation (ui::fallback_label).
  std::string fallback_label(const text::Language& passage);

  void paragraph(const text::Language& language, double size_pt, double line_height, bool bold,
                 const std::string& content, std::string_view after = {});

  void write_block(const doc::Block& block, doc::Role role, const text::Language& language);

  // As the FO writer sets it: up to layout::max_table_columns columns as a table, a wider one
  // as a list of its rows, each cell after its column's header. Right-to-left leaflets set
  // every table as rows, which read in either direction.
  void table(const doc::Block& block, const text::Language& language);

  void table_as_rows(const doc::Block& block, const text::Language& language);

  std::string space_after(const text::Language&);

  void list(const doc::Block& block, doc::Role role, const text::Language& language);

  std::string inlines(const std::vector<doc::Inline>& items, const text::Language& language);

  // An image the build copied is placed on a line of its own, at the measure's width at most
  // (the typesetter finds it in media/ next to its input); any other source is set as its alt
  // text, as in the FO.
  std::string image(const doc::Inline& item, const text::Language& language);

  // Each script run in its own font (the same choice as the FO's), so no character falls back.
  std::string runs(std::string_view text, const text::Language& language);

  const doc::Document& m_document;
  const PrintContext& m_context;
  PageGeometry m_page;
  double m_body_pt;
  std::vector<std::string> m_marks;
  std::set<std::string> m_fonts;    // print families the text uses: only these are loaded
  std::set<std::string> m_defined;  // families already defined (Latin and Cyrillic share one)
  std::deque<text::Language> m_other_languages;
  uint64_t m_id_a = 0x6c656166, m_id_b = 0x7072657373;  // the file ID: a hash of the text
  bool m_uses_images = false;                           // graphicx is loaded only when an image is placed
  bool m_uses_strike = false;
  bool m_uses_emphasis = false;
  // Set while writing the block before the category: the space after it is no place for a
  // page break, so the category never stands alone at the top of a page.
  bool m_keep_with_category = false;
  std::vector<std::string>
      m_link_notes;  // long link addresses, printed after the text  // lua-ul is loaded only when emphasis is set
  std::string m_out;
};

}  // namespace leafpress::writers
