// The statement's blocks and inlines in the TeX leaflet.
#include <algorithm>
#include <cctype>

#include "base/text_hash.hpp"
#include "text/script_runs.hpp"
#include "text/typography.hpp"
#include "writers/html_writer.hpp"
#include "writers/tex_leaflet.hpp"
#include "writers/tex_text.hpp"
#include "writers/tex_writer.hpp"

namespace leafpress::writers {
using namespace tex;

const text::Language& TexWriter::block_language(const doc::Block& block) {
  return language_of_block(block, m_context, m_other_languages);
}

void TexWriter::maybe_block(const doc::Block& block, doc::Role inherited) {
  doc::Role role = effective_role(block, inherited);
  if (!prints_role(m_context, role)) return;
  const text::Language& language = block_language(block);
  if (shows_fallback(block, m_context)) m_out += fallback_label(language);
  write_block(block, role, language);
  m_out += '\n';
}

// In the reader's language when ui.po has it, at the passage's start edge whichever way the
// label's own words run, and kept with the passage's first line. In a list item the label's
// line takes the item's number, as in the FO: the paragraph starts before the bold (the number
// stays regular), and the number is not set again beside the passage.
std::string TexWriter::fallback_label(const text::Language& passage) {
  FallbackLabel label = writers::fallback_label(m_context);
  const double size = layout::small_text_pt(m_body_pt * layout::fallback_label_scale, m_context.large_print);
  return "{" + type(label.language, size, layout::line_height_of(label.language)) +
         (passage.rtl() ? "\\pardir TRT" : "\\pardir TLT") + "\\leavevmode{\\bfseries " +
         runs(label.text, label.language) + "}\\par\\global\\everypar{}}\\nopagebreak\\vspace{" +
         mm(layout::fallback_label_space) + "}\\nopagebreak\n";
}

void TexWriter::paragraph(const text::Language& language, double size_pt, double line_height, bool bold,
                          const std::string& content, std::string_view after) {
  m_out += "{" + type(language, size_pt, line_height, bold) + content + "\\par}" + std::string(after);
}

void TexWriter::write_block(const doc::Block& block, doc::Role role, const text::Language& language) {
  const double lh = layout::body_line_height(language, m_context.large_print);
  switch (block.kind) {
    case doc::BlockKind::heading:
    case doc::BlockKind::paragraph:
      if (role == doc::Role::title) {
        paragraph(language, m_body_pt * layout::title_scale, layout::title_line_height(language), true,
                  inlines(block.inlines, language), "\\nopagebreak\\vspace{" + mm(layout::title_space_after) + "}");
      } else if (role == doc::Role::category) {
        // Kept with the last lines of the text before it: no page holds the category alone.
        m_out += "\\nopagebreak\\vspace{" + mm(layout::category_space_before) + "}\\nopagebreak\\hrule height " +
                 pt(layout::rule_pt) + "\\nopagebreak\\vspace{" + mm(layout::category_padding_top) + "}\\nopagebreak";
        paragraph(language, m_body_pt, lh, true, inlines(block.inlines, language));
      } else if (block.caption) {
        // Under its picture, on the same page.
        m_out += "\\nopagebreak";
        paragraph(language, layout::small_text_pt(m_body_pt * layout::caption_scale, m_context.large_print), lh, false,
                  inlines(block.inlines, language), space_after(language));
      } else if (block.kind == doc::BlockKind::heading) {
        m_out += "\\vspace{" + mm(layout::heading_space_before) + "}";
        paragraph(language, m_body_pt * layout::heading_scale, lh, true, inlines(block.inlines, language),
                  "\\nopagebreak\\vspace{" + mm(layout::heading_space_after) + "}");
      } else {
        paragraph(language, m_body_pt, lh, false, inlines(block.inlines, language), space_after(language));
      }
      break;
    case doc::BlockKind::quote:
      m_out += "{\\advance\\leftskip by " + mm(layout::quote_indent) + "\\relax\n";
      for (const doc::Block& child : block.children) maybe_block(child, role);
      m_out += "}";
      break;
    case doc::BlockKind::list: list(block, role, language); break;
    case doc::BlockKind::list_item:
      for (const doc::Block& child : block.children) maybe_block(child, role);
      break;
    case doc::BlockKind::code_block: {
      std::string lines;
      size_t start = 0;
      while (start <= block.text.size()) {
        size_t end = block.text.find('\n', start);
        if (end == std::string::npos) end = block.text.size();
        if (!lines.empty()) lines += "\\newline ";
        std::string line = runs(block.text.substr(start, end - start), language);
        for (char c : line) lines += c == ' ' ? std::string("~") : std::string(1, c);
        start = end + 1;
      }
      paragraph(language, m_body_pt, lh, false, "\\mbox{}" + lines, space_after(language));
      break;
    }
    case doc::BlockKind::thematic_break:
      m_out += "\\vspace{" + mm(layout::thematic_break_space) + "}\\hrule height " + pt(layout::rule_pt) + "\\vspace{" +
               mm(layout::thematic_break_space) + "}";
      break;
    case doc::BlockKind::table: table(block, language); break;
    case doc::BlockKind::table_row:  // written by table
    case doc::BlockKind::table_cell: break;
  }
}

// As the FO writer sets it: up to layout::max_table_columns columns as a table, a wider one
// as a list of its rows, each cell after its column's header. Right-to-left leaflets set
// every table as rows, which read in either direction.
void TexWriter::table(const doc::Block& block, const text::Language& language) {
  const size_t columns = layout::table_columns(block);
  if (columns == 0) return;
  if (columns > layout::max_table_columns || language.rtl()) return table_as_rows(block, language);
  const double lh = layout::body_line_height(language, m_context.large_print);
  const double column = measure() / static_cast<double>(columns) - 2 * layout::table_cell_padding;
  std::string spec;
  for (size_t i = 0; i < columns; ++i) spec += "p{" + mm(column) + "}";
  m_out += "{\\setlength\\tabcolsep{" + mm(layout::table_cell_padding) +
           "}\\arrayrulewidth=" + pt(layout::table_rule_pt) + "\\noindent\\begin{tabular}{@{}" + spec + "@{}}\n";
  for (bool header : {true, false}) {
    for (const doc::Block& row : block.children) {
      if (row.header != header) continue;
      for (size_t i = 0; i < columns; ++i) {
        if (i > 0) m_out += " & ";
        std::string cell = i < row.children.size() ? inlines(row.children[i].inlines, language) : std::string();
        m_out += "{" + type(language, m_body_pt, lh, header) + cell + "}";
      }
      // The cell padding below the text and above the next row's, around the rule.
      m_out += "\\\\[" + mm(layout::table_cell_padding) + "]\\hline\\noalign{\\vskip " +
               mm(layout::table_cell_padding) + "}\n";
    }
  }
  m_out += "\\end{tabular}\\par}" + space_after(language);
}

void TexWriter::table_as_rows(const doc::Block& block, const text::Language& language) {
  const doc::Block* header = layout::table_header_row(block);
  const double lh = layout::body_line_height(language, m_context.large_print);
  for (const doc::Block& row : block.children) {
    if (row.header) continue;
    for (size_t i = 0; i < row.children.size(); ++i) {
      std::string line;
      if (header && i < header->children.size())
        line += "{\\bfseries " + inlines(header->children[i].inlines, language) + runs(": ", language) + "}";
      line += inlines(row.children[i].inlines, language);
      paragraph(language, m_body_pt, lh, false, line,
                i + 1 == row.children.size() ? space_after(language) : std::string());
    }
  }
}

std::string TexWriter::space_after(const text::Language&) {
  return std::string(m_keep_with_category ? "\\nopagebreak" : "") + "\\vspace{" +
         fo_number(layout::paragraph_space_em(m_context.large_print) * m_body_pt) + "pt}";
}

void TexWriter::list(const doc::Block& block, doc::Role role, const text::Language&) {
  int number = block.start;
  for (const doc::Block& item : block.children) {
    // Each item's number or bullet in its own text's language and direction: a proof's English
    // item in a right-to-left list has it on the left, as "1." rather than ".1".
    const text::Language& item_language = language_of_container(item, m_context, m_other_languages);
    std::string label = runs(block.ordered ? std::to_string(number++) + "." : std::string("\u2022"), item_language);
    // The label hangs in the indent: the item's first line starts with it, later lines align.
    m_out += "{\\advance\\leftskip by " + mm(layout::list_label_width) + "\\relax\\everypar{\\llap{\\hbox to " +
             mm(layout::list_label_width) + "{" +
             type(item_language, m_body_pt, layout::body_line_height(item_language, m_context.large_print)) + label +
             "\\hfil}}\\everypar{}}\n";
    for (const doc::Block& child : item.children) maybe_block(child, role);
    m_out += "}";
  }
  m_out += "\\vspace{" + fo_number(layout::paragraph_space_em(m_context.large_print) * m_body_pt) + "pt}";
}

std::string TexWriter::inlines(const std::vector<doc::Inline>& items, const text::Language& language) {
  std::string tex;
  for (const doc::Inline& item : items) {
    switch (item.kind) {
      case doc::InlineKind::text: tex += runs(text::typeset(language.tag, item.text), language); break;
      case doc::InlineKind::code: tex += runs(item.text, language); break;
      case doc::InlineKind::emphasis: tex += emphasis(inlines(item.children, language), language); break;
      case doc::InlineKind::strong: tex += "{\\bfseries " + inlines(item.children, language) + "}"; break;
      case doc::InlineKind::link: tex += link(item, language); break;
      case doc::InlineKind::line_break: tex += "\\newline "; break;
      case doc::InlineKind::strikethrough:
        m_uses_strike = true;
        tex += "\\lpstrike{" + inlines(item.children, language) + "}";
        break;
      case doc::InlineKind::image: tex += image(item, language); break;
    }
  }
  return tex;
}

// An image the build copied is placed on a line of its own, at the measure's width at most
// (the typesetter finds it in media/ next to its input); any other source is set as its alt
// text, as in the FO.
// Ends every picture's options and opens its file name: what tex_picture_files looks for (text
// never contains it, since tex_text escapes braces).
constexpr std::string_view k_picture_options_end = ",keepaspectratio]{media/";

std::string TexWriter::image(const doc::Inline& item, const text::Language& language) {
  const std::string_view prefix = "media/";
  std::string_view file = std::string_view(item.url).substr(std::min(item.url.size(), prefix.size()));
  if (!item.url.starts_with(prefix) || !is_relative_url(item.url) || file.find('/') != std::string_view::npos)
    return inlines(item.children, language);
  std::string name;  // a copy's name is made of letters, digits, '-', '_' and '.' (statement_images)
  for (char c : file)
    if (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.') name += c;
  if (name != file) return inlines(item.children, language);
  m_uses_images = true;
  m_id_b = m_id_b * 31 + text_hash(name);
  return "\\par\\noindent\\includegraphics[width=" + mm(measure()) +
         ",height=" + fo_number(layout::image_max_height_share) + "\\textheight" + std::string(k_picture_options_end) +
         name + "}\\par ";
}

std::vector<std::string> tex_picture_files(std::string_view tex) {
  std::vector<std::string> files;
  for (size_t at = tex.find(k_picture_options_end); at != std::string_view::npos;
       at = tex.find(k_picture_options_end, at)) {
    at += k_picture_options_end.size();
    size_t end = tex.find('}', at);
    if (end == std::string_view::npos) break;
    std::string name(tex.substr(at, end - at));
    if (std::find(files.begin(), files.end(), name) == files.end()) files.push_back(std::move(name));
  }
  return files;
}

// Each script run in its own font (the same choice as the FO's), so no character falls back.
std::string TexWriter::runs(std::string_view text, const text::Language& language) {
  std::string tex;
  auto in_font = [&](const std::string& font, std::string_view part) {
    m_fonts.insert(font);
    // In a right-to-left language, a run in another face (Latin words, digits) reads left to right.
    bool ltr_island = language.rtl() && font != language.print_font;
    // "{}" ends the control word, so a space that starts the run is kept.
    tex += "{" + font_command(font) + (ltr_island ? "\\textdir TLT" : "") + "{}" + tex_text(part) + "}";
    m_id_a = m_id_a * 31 + text_hash(part);
  };
  if (auto font = text::uniform_print_font(text, language)) {
    in_font(*font, text);
    return tex;
  }
  text::for_each_script_run(text, text::CommonPolicy::neutral, [&](std::string_view run, std::string_view script) {
    in_font(text::print_font_for_run(script, language), run);
  });
  m_id_b = m_id_b * 31 + text_hash(tex);
  return tex;
}

}  // namespace leafpress::writers
