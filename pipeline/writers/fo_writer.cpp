#include "writers/fo_writer.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <string_view>

#include "text/script_runs.hpp"
#include "text/typography.hpp"
#include "writers/fo_crop_marks.hpp"
#include "writers/fo_lengths.hpp"
#include "writers/html_writer.hpp"
#include "writers/page_geometry.hpp"
#include "writers/print_layout.hpp"
#include "writers/text_extent.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::writers {
namespace {

// Layout values shared with the typesetter's input (print_layout.hpp), in this file's names.
std::string fo_colour(layout::Cmyk ink) {
  return "cmyk(" + fo_number(ink.c) + "," + fo_number(ink.m) + "," + fo_number(ink.y) + "," + fo_number(ink.k) + ")";
}
const std::string k_black = fo_colour(layout::text_black);
const std::string k_warning = fo_colour(layout::warning_red);
constexpr double k_marks_band = layout::marks_band;
constexpr double k_imprint_gap = layout::imprint_gap;
constexpr double k_imprint_pt = layout::imprint_pt;
constexpr double k_imprint_line_height = layout::imprint_line_height;
constexpr double k_missing_pt = layout::missing_pt;
constexpr double k_missing_padding = layout::missing_padding;
constexpr double k_missing_border_pt = layout::missing_border_pt;
constexpr double k_translation_space = layout::translation_space;
constexpr double k_mm_per_pt = layout::mm_per_pt;

class FoWriter {
 public:
  FoWriter(const doc::Document& document, const PrintContext& context, PageGeometry page)
      : m_document(document), m_context(context), m_page(std::move(page)),
        m_body_pt(layout::body_size(context.body_size_pt)) {}

  std::string write() {
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

 private:
  [[nodiscard]] bool rtl() const { return m_context.language.rtl(); }
  // Space above the body text: the text margin, plus a band for the marks when there are any.
  [[nodiscard]] double head() const { return m_page.text_margin + (m_marks.empty() ? 0 : k_marks_band); }

  // The first page (the leaflet's face, which must carry the imprint: RPA 1983 s.110) keeps
  // a foot area for it; the pages after it have the same layout without that area.
  void layout_master_set() {
    m_out.open("fo:layout-master-set");
    page_master("leaflet-first", imprint_area_extent());
    page_master("leaflet-rest", 0);
    m_out.open("fo:page-sequence-master");
    m_out.attribute("master-name", "leaflet");
    m_out.open("fo:single-page-master-reference");
    m_out.attribute("master-reference", "leaflet-first");
    m_out.close();
    m_out.open("fo:repeatable-page-master-reference");
    m_out.attribute("master-reference", "leaflet-rest");
    m_out.close();
    m_out.close();
    m_out.close();
    m_out.newline();
  }

  // One page master; `foot` > 0 adds the imprint area of that height at the bottom of the
  // trim, above which the body text stops.
  void page_master(std::string_view name, double foot) {
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
      // Set from the bottom up; an imprint taller than the estimate fails the render instead
      // of being clipped.
      m_out.open("fo:region-after");
      m_out.attribute("region-name", "leaflet-imprint");
      m_out.attribute("extent", fo_mm(foot));
      m_out.attribute("display-align", "after");
      m_out.attribute("overflow", "error-if-overflow");
      m_out.close();
    }
    m_out.close();
  }

  // The imprint's lines as imprint() sets them, for sizing the area that holds them.
  [[nodiscard]] std::vector<AreaParagraph> imprint_paragraphs() const {
    const Imprint& imprint = m_context.imprint;
    if (!imprint.complete()) {
      std::vector<AreaParagraph> lines;
      double extra = 2 * k_missing_padding + 2 * k_missing_border_pt * k_mm_per_pt;
      for (auto& line : mark_lines(ui::imprint_missing)) {
        lines.push_back({std::move(line), k_missing_pt, k_imprint_line_height, true, extra});
        extra = 0;  // the box's padding and border count once
      }
      return lines;
    }
    std::vector<AreaParagraph> paragraphs{{imprint_text(imprint), k_imprint_pt, k_imprint_line_height, false, 0}};
    if (std::string translated = translated_text(); !translated.empty())
      paragraphs.push_back({translated, k_imprint_pt, line_height_of(m_context.language), false, k_translation_space});
    return paragraphs;
  }

  // Height of the imprint area: the imprint, the gap above it and the text margin below it
  // (the imprint's last line sits where the body text ends on the later pages).
  [[nodiscard]] double imprint_area_extent() const {
    double measure = m_page.trim_width - 2 * m_page.text_margin;
    std::vector<AreaParagraph> paragraphs = imprint_paragraphs();
    return std::ceil(k_imprint_gap + estimated_height_mm(paragraphs, measure) + m_page.text_margin);
  }

  [[nodiscard]] std::string translated_text() const {
    if (!m_context.imprint.translate) return {};
    return translated_imprint_text(m_context.imprint, m_context.ui, m_context.language.tag);
  }


  // PDF/X needs a document title; FOP takes it from the XMP metadata.
  void declarations() {
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

  void page_sequence() {
    m_out.open("fo:page-sequence");
    m_out.attribute("master-reference", "leaflet");
    m_out.attribute("font-family", std::string(m_context.language.print_font));
    m_out.attribute("color", k_black);
    // Even leading: by default FOP grows a line to fit the tallest glyph in it, so lines with
    // Tamil conjuncts or a run in another font would stand further apart than their neighbours.
    m_out.attribute("line-stacking-strategy", "font-height");
    if (rtl()) m_out.attribute("writing-mode", "rl-tb");
    m_out.newline();
    static_content();
    imprint();
    m_out.open("fo:flow");
    m_out.attribute("flow-name", "xsl-region-body");
    m_out.newline();
    for (const doc::Block& block : m_document.blocks) maybe_block(block, doc::Role::none);
    m_out.close();
    m_out.newline();
    m_out.close();
    m_out.newline();
  }

  // Crop marks and the proof / imprint-missing marks, repeated on every page.
  void static_content() {
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
  [[nodiscard]] std::vector<std::string> mark_lines(const UiMessage& message) const {
    std::string english(message.msgid);
    std::string translated = m_context.ui ? m_context.ui(message, 1) : english;
    if (translated.empty() || translated == english) return {english};
    return {english, text::typeset(m_context.language.tag, translated)};
  }

  // The language a block is written in: the document's, or another one set by translation
  // (an untranslated paragraph in the source language).
  const text::Language& block_language(const doc::Block& block) {
    return language_of_block(block, m_context, m_other_languages);
  }

  void maybe_block(const doc::Block& block, doc::Role inherited) {
    doc::Role role = effective_role(block, inherited);
    if (!prints_role(m_context, role)) return;
    const text::Language& language = block_language(block);
    // A passage in a language of the other direction gets its own writing mode.
    bool switch_direction = language.rtl() != rtl();
    if (switch_direction) {
      m_out.open("fo:block-container");
      m_out.attribute("writing-mode", language.rtl() ? "rl-tb" : "lr-tb");
    }
    write_block(block, role, language);
    if (switch_direction) m_out.close();
    m_out.newline();
  }

  // Font, size, leading, alignment and language of a block of text. The leading is the
  // language's (generous for Arabic, Tamil, Chinese) unless `line_height` is given.
  void text_block_attributes(const text::Language& language, double size_pt, double line_height = 0) {
    m_out.attribute("font-family", std::string(language.print_font));
    m_out.attribute("font-size", fo_pt(size_pt));
    m_out.attribute("line-height", fo_number(line_height > 0 ? line_height : line_height_of(language)));
    m_out.attribute("text-align", language.rtl() ? "right" : "left");
    language_attributes(language);
  }

  static double line_height_of(const text::Language& language) { return layout::line_height_of(language); }

  // FOP's `language` (and `country`) switch on its language-specific shaping, which breaks
  // Arabic joining and Indic reordering: set only where it is known to be safe.
  void language_attributes(const text::Language& language) {
    if (!language.fop_language_attribute || language.tag.empty()) return;
    std::string_view tag = language.tag;
    size_t dash = tag.find('-');
    m_out.attribute("language", tag.substr(0, dash));
    if (dash == std::string_view::npos) return;
    std::string_view rest = tag.substr(dash + 1);
    size_t next = rest.find('-');
    std::string_view region = rest.substr(0, next);
    if (region.size() == 2) m_out.attribute("country", region);
  }

  void write_block(const doc::Block& block, doc::Role role, const text::Language& language) {
    switch (block.kind) {
      case doc::BlockKind::heading:
      case doc::BlockKind::paragraph:
        m_out.open("fo:block");
        if (role == doc::Role::title) {
          text_block_attributes(language, m_body_pt * layout::title_scale, layout::title_line_height(language));
          m_out.attribute("font-weight", "bold");
          m_out.attribute("space-after", "5mm");
          m_out.attribute("keep-with-next.within-page", "always");
        } else if (role == doc::Role::category) {
          text_block_attributes(language, m_body_pt);
          m_out.attribute("font-weight", "bold");
          m_out.attribute("space-before", "5mm");
          m_out.attribute("padding-top", "2mm");
          m_out.attribute("border-top", fo_pt(layout::rule_pt) + " solid " + k_black);
        } else if (block.kind == doc::BlockKind::heading) {
          text_block_attributes(language, m_body_pt * layout::heading_scale);
          m_out.attribute("font-weight", "bold");
          m_out.attribute("space-before", "4mm");
          m_out.attribute("space-after", "2mm");
          m_out.attribute("keep-with-next.within-page", "always");
        } else {
          text_block_attributes(language, m_body_pt);
          m_out.attribute("space-after", "0.6em");
        }
        inlines(block.inlines, language);
        m_out.close();
        break;
      case doc::BlockKind::quote:
        m_out.open("fo:block");
        m_out.attribute("start-indent", "6mm");
        m_out.attribute("space-after", "0.6em");
        m_out.newline();
        for (const doc::Block& child : block.children) maybe_block(child, role);
        m_out.close();
        break;
      case doc::BlockKind::list:
        list(block, role, language);
        break;
      case doc::BlockKind::list_item:
        for (const doc::Block& child : block.children) maybe_block(child, role);
        break;
      case doc::BlockKind::code_block:
        m_out.open("fo:block");
        text_block_attributes(language, m_body_pt);
        m_out.attribute("white-space-treatment", "preserve");
        m_out.attribute("linefeed-treatment", "preserve");
        m_out.attribute("white-space-collapse", "false");
        m_out.attribute("space-after", "0.6em");
        runs(block.text, language);
        m_out.close();
        break;
      case doc::BlockKind::thematic_break:
        m_out.open("fo:block");
        m_out.attribute("space-before", "3mm");
        m_out.attribute("space-after", "3mm");
        m_out.open("fo:leader");
        m_out.attribute("leader-pattern", "rule");
        m_out.attribute("leader-length", "100%");
        m_out.attribute("rule-thickness", "0.75pt");
        m_out.close();
        m_out.close();
        break;
      case doc::BlockKind::table: table(block, language); break;
      case doc::BlockKind::table_row:  // written by table
      case doc::BlockKind::table_cell: break;
    }
  }

  // Up to layout::max_table_columns columns as a table; a wider one as a list of its rows,
  // each cell after its column's header ("Hours: 7–21").
  void table(const doc::Block& block, const text::Language& language) {
    const size_t columns = layout::table_columns(block);
    if (columns == 0) return;
    if (columns > layout::max_table_columns) return table_as_rows(block, language);
    m_out.open("fo:table");
    m_out.attribute("table-layout", "fixed");
    m_out.attribute("width", "100%");
    m_out.attribute("space-after", "0.6em");
    m_out.newline();
    for (size_t i = 0; i < columns; ++i) {
      m_out.open("fo:table-column");
      m_out.attribute("column-width", "proportional-column-width(1)");
      m_out.close();
    }
    for (bool header : {true, false}) {
      if (std::ranges::none_of(block.children, [&](const doc::Block& row) { return row.header == header; })) continue;
      m_out.open(header ? "fo:table-header" : "fo:table-body");
      for (const doc::Block& row : block.children) {
        if (row.header != header) continue;
        m_out.open("fo:table-row");
        for (size_t i = 0; i < columns; ++i) {
          m_out.open("fo:table-cell");
          m_out.attribute("padding", fo_mm(layout::table_cell_padding));
          m_out.attribute("border-bottom", fo_pt(layout::table_rule_pt) + " solid " + std::string(k_black));
          m_out.open("fo:block");
          text_block_attributes(language, m_body_pt);
          if (header) m_out.attribute("font-weight", "bold");
          if (i < row.children.size()) inlines(row.children[i].inlines, language);
          m_out.close();
          m_out.close();
        }
        m_out.close();
        m_out.newline();
      }
      m_out.close();
    }
    m_out.close();
    m_out.newline();
  }

  void table_as_rows(const doc::Block& block, const text::Language& language) {
    const doc::Block* header = layout::table_header_row(block);
    for (const doc::Block& row : block.children) {
      if (row.header) continue;
      m_out.open("fo:block");
      text_block_attributes(language, m_body_pt);
      m_out.attribute("space-after", "0.6em");
      for (size_t i = 0; i < row.children.size(); ++i) {
        m_out.open("fo:block");
        if (header && i < header->children.size()) {
          m_out.open("fo:inline");
          m_out.attribute("font-weight", "bold");
          inlines(header->children[i].inlines, language);
          runs(": ", language);
          m_out.close();
        }
        inlines(row.children[i].inlines, language);
        m_out.close();
      }
      m_out.close();
      m_out.newline();
    }
  }

  void list(const doc::Block& block, doc::Role role, const text::Language& language) {
    m_out.open("fo:list-block");
    m_out.attribute("provisional-distance-between-starts", "8mm");
    m_out.attribute("provisional-label-separation", "2mm");
    m_out.attribute("space-after", "0.6em");
    m_out.newline();
    int number_value = block.start;
    for (const doc::Block& item : block.children) {
      m_out.open("fo:list-item");
      m_out.open("fo:list-item-label");
      m_out.attribute("end-indent", "label-end()");
      m_out.open("fo:block");
      text_block_attributes(language, m_body_pt);
      runs(block.ordered ? std::to_string(number_value++) + "." : std::string("\u2022"), language);
      m_out.close();
      m_out.close();
      m_out.open("fo:list-item-body");
      m_out.attribute("start-indent", "body-start()");
      m_out.newline();
      bool any = false;
      for (const doc::Block& child : item.children) {
        doc::Role child_role = effective_role(child, role);
        if (prints_role(m_context, child_role)) any = true;
        maybe_block(child, role);
      }
      if (!any) {  // a list-item-body needs a block
        m_out.open("fo:block");
        m_out.close();
      }
      m_out.close();
      m_out.close();
      m_out.newline();
    }
    m_out.close();
  }

  void inlines(const std::vector<doc::Inline>& items, const text::Language& language) {
    for (const doc::Inline& item : items) {
      switch (item.kind) {
        case doc::InlineKind::text:
          // The language's typography, one text node at a time as on the web page: the rules
          // bind across inline boundaries by themselves ("i <b>kot</b>" ends its run "i\u00A0").
          runs(text::typeset(language.tag, item.text), language);
          break;
        case doc::InlineKind::code:
          runs(item.text, language);  // verbatim: no typography
          break;
        case doc::InlineKind::emphasis:
        case doc::InlineKind::strong:
          // Clear-print guidance: no italics; emphasis is set in bold like strong.
          m_out.open("fo:inline");
          m_out.attribute("font-weight", "bold");
          inlines(item.children, language);
          m_out.close();
          break;
        case doc::InlineKind::link:
          inlines(item.children, language);  // a leaflet has no links to follow
          break;
        case doc::InlineKind::line_break:
          m_out.open("fo:block");
          m_out.close();
          break;
        case doc::InlineKind::strikethrough:
          m_out.open("fo:inline");
          m_out.attribute("text-decoration", "line-through");
          inlines(item.children, language);
          m_out.close();
          break;
        case doc::InlineKind::image:
          image(item, language);
          break;
      }
    }
  }

  // An image the build copied (a relative path) is placed at the measure's width at most, its
  // alt text kept for the PDF's text layer; any other source is set as its alt text.
  void image(const doc::Inline& item, const text::Language& language) {
    if (!is_relative_url(item.url)) return inlines(item.children, language);
    m_out.open("fo:external-graphic");
    std::string src = item.url;  // a quote would end url('…') early
    for (size_t at; (at = src.find('\'')) != std::string::npos;) src.replace(at, 1, "%27");
    m_out.attribute("src", "url('" + src + "')");
    m_out.attribute("content-width", "scale-down-to-fit");
    m_out.attribute("content-height", "scale-down-to-fit");
    m_out.attribute("width", "100%");
    m_out.attribute("scaling", "uniform");
    m_out.attribute("fox:alt-text", doc::plain_text(item.children));
    m_out.close();
  }

  // Each script run in its own explicit font, so FOP never falls back per character.
  void runs(std::string_view text, const text::Language& language) {
    auto in_font = [&](std::string_view font, std::string_view part) {
      m_out.open("fo:inline");
      m_out.attribute("font-family", font);
      m_out.text(part);
      m_out.close();
    };
    if (auto font = text::uniform_print_font(text, language)) return in_font(*font, text);  // one run's worth
    std::string font, pending;
    auto flush = [&] {
      if (pending.empty()) return;
      in_font(font, pending);
      pending.clear();
    };
    text::for_each_script_run(text, text::CommonPolicy::neutral, [&](std::string_view run, std::string_view script) {
      std::string run_font = text::print_font_for_run(script, language);
      if (run_font != font) {
        flush();
        font = std::move(run_font);
      }
      if (script == "Arab") pending += text::move_fathatan_after_lam_alef(run);
      else pending += run;
    });
    flush();
  }

  // The imprint at the foot of the first page: the English sentence, then its translation
  // when asked for; without imprint details, a boxed warning in its place.
  void imprint() {
    const Imprint& imprint = m_context.imprint;
    m_out.open("fo:static-content");
    m_out.attribute("flow-name", "leaflet-imprint");
    m_out.newline();
    m_out.open("fo:block");
    m_out.attribute("padding-after", fo_mm(m_page.text_margin));
    m_out.newline();
    if (!imprint.complete()) {
      m_out.open("fo:block");
      text_column_indents();
      m_out.attribute("font-size", fo_pt(k_missing_pt));
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
        text_block_attributes(m_context.language, k_imprint_pt);
        m_out.attribute("space-before", fo_mm(k_translation_space));
        runs(translated, m_context.language);
        m_out.close();
      }
    }
    m_out.newline();
    m_out.close();
    m_out.close();
    m_out.newline();
  }

  // A static content spans the whole page width: its text keeps to the body's column.
  void text_column_indents(double indent = -1) {
    m_out.attribute("start-indent", fo_mm(indent < 0 ? m_page.text_margin : indent));
    m_out.attribute("end-indent", fo_mm(indent < 0 ? m_page.text_margin : indent));
  }

  // The English imprint, left to right even on a right-to-left page.
  void english_block(const std::string& text) {
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
    text_block_attributes(english, k_imprint_pt, k_imprint_line_height);
    runs(text, english);
    m_out.close();
    if (switch_direction) m_out.close();
  }

  const doc::Document& m_document;
  const PrintContext& m_context;
  PageGeometry m_page;
  double m_body_pt;
  std::vector<std::string> m_marks;               // proof / imprint-missing marks for every page
  std::deque<text::Language> m_other_languages;  // stable references for block_language
  xml::XmlWriter m_out{xml::XmlWriter::Mode::xml};
};

}  // namespace

Result<void> check_print_support(const text::Language& language) {
  if (language.print_supported) return {};
  std::string reason = language.print_refusal.empty() ? std::string("Apache FOP cannot set this script correctly")
                                                      : language.print_refusal;
  return fail({}, "no print output for " + language.english_name + " (" + language.tag + "): " + reason);
}

std::string imprint_text(const Imprint& imprint) {
  if (!imprint.complete()) return {};
  return fill_placeholders(ui::printed_by.msgid, {imprint.printed_by}) + " " +
         fill_placeholders(ui::promoted_by.msgid, {imprint.promoted_by, imprint.on_behalf_of});
}

std::string translated_imprint_text(const Imprint& imprint, const UiLookup& ui, std::string_view lang_tag) {
  if (!imprint.complete() || !ui) return {};
  std::string printed = ui(ui::printed_by, 1);
  std::string promoted = ui(ui::promoted_by, 1);
  if (printed == ui::printed_by.msgid && promoted == ui::promoted_by.msgid) return {};
  // The sentence is typeset, the names and addresses are kept exactly as registered.
  return fill_placeholders(text::typeset(lang_tag, printed), {imprint.printed_by}) + " " +
         fill_placeholders(text::typeset(lang_tag, promoted), {imprint.promoted_by, imprint.on_behalf_of});
}

bool marked_as_proof(const PrintContext& context) { return context.proof || !context.language.print_supported; }

bool prints_role(const PrintContext& context, doc::Role role) {
  return std::find(context.roles.begin(), context.roles.end(), role) != context.roles.end();
}

doc::Role effective_role(const doc::Block& block, doc::Role inherited) {
  if (block.role != doc::Role::none) return block.role;
  return inherited == doc::Role::none ? doc::Role::body : inherited;
}

std::string leaflet_title(const doc::Document& document, const PrintContext& context) {
  if (!context.title.empty()) return text::typeset(context.language.tag, context.title);
  if (const doc::Block* title = doc::find_role(document, doc::Role::title)) {
    std::string text = doc::plain_text(title->inlines);
    if (!text.empty()) return text::typeset(context.language.tag, text);
  }
  if (auto it = document.meta.find("title"); it != document.meta.end()) return it->second;
  return document.name.empty() ? std::string("Leaflet") : document.name;
}

const text::Language& language_of_block(const doc::Block& block, const PrintContext& context,
                                        std::deque<text::Language>& others) {
  if (block.lang.empty() || block.lang == context.language.tag) return context.language;
  if (block.lang == context.source_language.tag) return context.source_language;
  for (const text::Language& known : others)
    if (known.tag == block.lang) return known;
  auto info = text::language_info(block.lang);
  if (!info) return context.language;
  others.push_back(*info);
  return others.back();
}

PageGeometry leaflet_page(const PrintContext& context) {
  auto page = page_geometry(context.page);
  return page ? *page : *page_geometry("A5");
}

std::string write_fo(const doc::Document& localized, const PrintContext& context) {
  return FoWriter(localized, context, leaflet_page(context)).write();
}

}  // namespace leafpress::writers
