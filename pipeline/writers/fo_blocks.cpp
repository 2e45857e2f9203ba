// The statement's blocks and inlines in the XSL-FO leaflet.
#include <algorithm>

#include "text/script_runs.hpp"
#include "text/typography.hpp"
#include "writers/fo_leaflet.hpp"
#include "writers/html_writer.hpp"

namespace leafpress::writers {
using namespace fo;

// The language a block is written in: the document's, or another one set by translation
// (an untranslated paragraph in the source language).
const text::Language& FoWriter::block_language(const doc::Block& block) {
  return language_of_block(block, m_context, m_other_languages);
}

void FoWriter::maybe_block(const doc::Block& block, doc::Role inherited) {
  doc::Role role = effective_role(block, inherited);
  if (!prints_role(m_context, role)) return;
  const text::Language& language = block_language(block);
  // A passage in a language of the other direction gets its own writing mode; a quotation
  // takes its text's, so that its indent is on that side. A list sets each item's (list()).
  bool passage_rtl = block.kind == doc::BlockKind::list ? m_flow_rtl
                     : block.kind == doc::BlockKind::quote
                         ? language_of_container(block, m_context, m_other_languages).rtl()
                         : language.rtl();
  if (block.kind == doc::BlockKind::quote && passage_rtl != m_flow_rtl) {
    quote_across(block, role, passage_rtl);
    m_out.newline();
    return;
  }
  in_direction(passage_rtl, [&] {
    if (shows_fallback(block, m_context)) fallback_label(language);
    write_block(block, role, language);
  });
  m_out.newline();
}

void FoWriter::in_direction(bool rtl, const std::function<void()>& content) {
  if (rtl == m_flow_rtl) return content();
  m_out.open("fo:block-container");
  m_out.attribute("writing-mode", rtl ? "rl-tb" : "lr-tb");
  m_flow_rtl = rtl;
  content();
  m_flow_rtl = !rtl;
  m_out.close();
}

// The container carries the indent, as an absolute margin: FOP lays out the indents of the
// blocks inside a container of another writing mode by the page's mode, the container's own
// margins as the standard says.
void FoWriter::quote_across(const doc::Block& block, doc::Role role, bool rtl) {
  m_out.open("fo:block-container");
  m_out.attribute("writing-mode", rtl ? "rl-tb" : "lr-tb");
  m_out.attribute(rtl ? "margin-right" : "margin-left", fo_mm(layout::quote_indent));
  m_out.attribute("space-after", fo_number(layout::paragraph_space_em(m_context.large_print)) + "em");
  m_out.newline();
  m_flow_rtl = rtl;
  for (const doc::Block& child : block.children) maybe_block(child, role);
  m_flow_rtl = !rtl;
  m_out.close();
}

// In the reader's language when ui.po has it, at the passage's start edge whichever way the
// label's own words run, and kept with the passage.
void FoWriter::fallback_label(const text::Language& passage) {
  FallbackLabel label = writers::fallback_label(m_context);
  m_out.open("fo:block");
  m_out.attribute("font-family", std::string(label.language.print_font));
  m_out.attribute("font-size",
                  fo_pt(layout::small_text_pt(m_body_pt * layout::fallback_label_scale, m_context.large_print)));
  m_out.attribute("line-height", fo_number(layout::line_height_of(label.language)));
  m_out.attribute("font-weight", "bold");
  m_out.attribute("text-align", passage.rtl() ? "right" : "left");
  m_out.attribute("space-after", fo_mm(layout::fallback_label_space));
  m_out.attribute("keep-with-next.within-page", "always");
  language_attributes(label.language);
  runs(label.text, label.language);
  m_out.close();
}

// Font, size, leading, alignment and language of a block of text. The leading is the
// language's (generous for Arabic, Tamil, Chinese) unless `line_height` is given.
void FoWriter::text_block_attributes(const text::Language& language, double size_pt, double line_height) {
  m_out.attribute("font-family", std::string(language.print_font));
  m_out.attribute("font-size", fo_pt(size_pt));
  m_out.attribute("line-height",
                  fo_number(line_height > 0 ? line_height : layout::body_line_height(language, m_context.large_print)));
  m_out.attribute("text-align", language.rtl() ? "right" : "left");
  language_attributes(language);
}

// FOP's `language` (and `country`) switch on its language-specific shaping, which breaks
// Arabic joining and Indic reordering: set only where it is known to be safe.
void FoWriter::language_attributes(const text::Language& language) {
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

void FoWriter::write_block(const doc::Block& block, doc::Role role, const text::Language& language) {
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
        // No page holds the category alone: it stays with the text before it.
        m_out.attribute("keep-with-previous.within-page", "always");
      } else if (block.caption) {
        text_block_attributes(language,
                              layout::small_text_pt(m_body_pt * layout::caption_scale, m_context.large_print));
        m_out.attribute("space-after", fo_number(layout::paragraph_space_em(m_context.large_print)) + "em");
        // Under its picture, on the same page.
        m_out.attribute("keep-with-previous.within-page", "always");
      } else if (block.kind == doc::BlockKind::heading) {
        text_block_attributes(language, m_body_pt * layout::heading_scale);
        m_out.attribute("font-weight", "bold");
        m_out.attribute("space-before", "4mm");
        m_out.attribute("space-after", "2mm");
        m_out.attribute("keep-with-next.within-page", "always");
      } else {
        text_block_attributes(language, m_body_pt);
        m_out.attribute("space-after", fo_number(layout::paragraph_space_em(m_context.large_print)) + "em");
      }
      inlines(block.inlines, language);
      m_out.close();
      break;
    case doc::BlockKind::quote:
      m_out.open("fo:block");
      m_out.attribute("start-indent", "6mm");
      m_out.attribute("space-after", fo_number(layout::paragraph_space_em(m_context.large_print)) + "em");
      m_out.newline();
      for (const doc::Block& child : block.children) maybe_block(child, role);
      m_out.close();
      break;
    case doc::BlockKind::list: list(block, role, language); break;
    case doc::BlockKind::list_item:
      for (const doc::Block& child : block.children) maybe_block(child, role);
      break;
    case doc::BlockKind::code_block:
      m_out.open("fo:block");
      text_block_attributes(language, m_body_pt);
      m_out.attribute("white-space-treatment", "preserve");
      m_out.attribute("linefeed-treatment", "preserve");
      m_out.attribute("white-space-collapse", "false");
      m_out.attribute("space-after", fo_number(layout::paragraph_space_em(m_context.large_print)) + "em");
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
void FoWriter::table(const doc::Block& block, const text::Language& language) {
  const size_t columns = layout::table_columns(block);
  if (columns == 0) return;
  if (columns > layout::max_table_columns) return table_as_rows(block, language);
  m_out.open("fo:table");
  m_out.attribute("table-layout", "fixed");
  m_out.attribute("width", "100%");
  m_out.attribute("space-after", fo_number(layout::paragraph_space_em(m_context.large_print)) + "em");
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

void FoWriter::table_as_rows(const doc::Block& block, const text::Language& language) {
  const doc::Block* header = layout::table_header_row(block);
  for (const doc::Block& row : block.children) {
    if (row.header) continue;
    m_out.open("fo:block");
    text_block_attributes(language, m_body_pt);
    m_out.attribute("space-after", fo_number(layout::paragraph_space_em(m_context.large_print)) + "em");
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

// Items whose text runs the other way (a proof's English in an Arabic list) are set apart in
// their own writing mode, so that their bullets and numbers stand on their start side.
void FoWriter::list(const doc::Block& block, doc::Role role, const text::Language&) {
  auto item_rtl = [&](size_t i) {
    return language_of_container(block.children[i], m_context, m_other_languages).rtl();
  };
  int number_value = block.start;
  for (size_t start = 0, end = 0; start < block.children.size(); start = end) {
    for (end = start + 1; end < block.children.size() && item_rtl(end) == item_rtl(start);) ++end;
    const bool last = end == block.children.size();
    if (item_rtl(start) == m_flow_rtl) list_items(block, start, end, role, number_value, last);
    else list_items_across(block, start, end, role, number_value, last, item_rtl(start));
  }
}

// A table of the items' writing mode, the labels in the first column: FOP places a list's
// labels by the page's writing mode even inside a container of another, a table's columns by
// the table's own.
void FoWriter::list_items_across(const doc::Block& block, size_t start, size_t end, doc::Role role, int& number_value,
                                 bool last, bool rtl) {
  m_out.open("fo:table");
  m_out.attribute("writing-mode", rtl ? "rl-tb" : "lr-tb");
  m_out.attribute("table-layout", "fixed");
  m_out.attribute("width", "100%");
  if (last) m_out.attribute("space-after", fo_number(layout::paragraph_space_em(m_context.large_print)) + "em");
  m_out.newline();
  m_out.open("fo:table-column");
  m_out.attribute("column-width", fo_mm(layout::list_label_width));
  m_out.close();
  m_out.open("fo:table-column");
  m_out.attribute("column-width", "proportional-column-width(1)");
  m_out.close();
  m_out.open("fo:table-body");
  m_flow_rtl = rtl;
  for (size_t i = start; i < end; ++i) {
    const doc::Block& item = block.children[i];
    const text::Language& language = language_of_container(item, m_context, m_other_languages);
    m_out.open("fo:table-row");
    m_out.open("fo:table-cell");
    m_out.open("fo:block");
    text_block_attributes(language, m_body_pt);
    runs(block.ordered ? std::to_string(number_value++) + "." : std::string("\u2022"), language);
    m_out.close();
    m_out.close();
    m_out.open("fo:table-cell");
    m_out.newline();
    m_out.open("fo:block");  // a cell needs a block, even when no child prints
    for (const doc::Block& child : item.children) maybe_block(child, role);
    m_out.close();
    m_out.close();
    m_out.close();
    m_out.newline();
  }
  m_flow_rtl = !rtl;
  m_out.close();
  m_out.close();
  m_out.newline();
}

void FoWriter::list_items(const doc::Block& block, size_t start, size_t end, doc::Role role, int& number_value,
                          bool last) {
  m_out.open("fo:list-block");
  m_out.attribute("provisional-distance-between-starts", "8mm");
  m_out.attribute("provisional-label-separation", "2mm");
  if (last) m_out.attribute("space-after", fo_number(layout::paragraph_space_em(m_context.large_print)) + "em");
  m_out.newline();
  for (size_t i = start; i < end; ++i) {
    const doc::Block& item = block.children[i];
    const text::Language& language = language_of_container(item, m_context, m_other_languages);
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

void FoWriter::inlines(const std::vector<doc::Inline>& items, const text::Language& language) {
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
      case doc::InlineKind::emphasis: emphasis(item.children, language); break;
      case doc::InlineKind::strong:
        m_out.open("fo:inline");
        m_out.attribute("font-weight", "bold");
        inlines(item.children, language);
        m_out.close();
        break;
      case doc::InlineKind::link: link(item, language); break;
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
      case doc::InlineKind::image: image(item, language); break;
    }
  }
}

// An image the build copied (a relative path) is placed at the measure's width at most, its
// alt text kept for the PDF's text layer; any other source is set as its alt text.
void FoWriter::image(const doc::Inline& item, const text::Language& language) {
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
void FoWriter::runs(std::string_view text, const text::Language& language) {
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

}  // namespace leafpress::writers
