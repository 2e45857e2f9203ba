// The OpenDocument text reader (LibreOffice, .odt). content.xml holds the body and its
// automatic styles, styles.xml the named styles, meta.xml the title and description;
// pictures are parts of the archive (Pictures/…).
//
// Read: headings (text:h with their outline level), the paragraph styles Title,
// Quotations and Caption (with Illustration and Figure), lists (bulleted or numbered by
// their list style, nested), spans in bold, italic or strikethrough (by their style), links
// to web and mail addresses, line breaks, tabs and runs of spaces, tables (header rows marked
// as such), pictures with their description as alt text, sections by their content. Tracked changes are read as
// accepted (LibreOffice keeps deleted text outside the body) with a note; fields (dates, page numbers, document
// properties…) as the text last shown, with a note naming the element. Comments, bookmarks, page breaks and forms are
// ignored; footnotes and any element not listed give a note naming the element and are left out.
#include "readers/odt_reader.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "readers/word_processor.hpp"
#include "readers/zip_archive.hpp"

namespace leafpress::readers {

namespace {

using doc::Block;
using doc::BlockKind;
using doc::Inline;
using doc::InlineKind;
using xml::XmlNode;
using Kind = StyledParagraph::Kind;

constexpr std::string_view k_kind = "OpenDocument text";

// ODF text collapses white space as HTML does (spaces kept are written as <text:s/>).
std::string collapse_space(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && !out.empty() && out.back() == ' ') continue;
    out += space ? ' ' : c;
  }
  return out;
}

struct OdfStyle {
  std::string parent;
  std::string display_name;
  std::optional<bool> bold, italic, strike;
};

struct ListLevel {
  bool ordered = false;
  int start = 1;
};

class OdtReader : WordProcessorReading {
 public:
  OdtReader(ZipArchive& archive, const std::string& path) : WordProcessorReading(archive, path) {}

  Result<doc::Document> read(const std::string& lang) {
    auto content = read_xml_part(m_archive, m_path, "content.xml", true);
    if (!content) return std::unexpected(content.error());
    for (const char* part : {"styles.xml", "meta.xml"}) {
      auto parsed = read_xml_part(m_archive, m_path, part, false);
      if (!parsed) return std::unexpected(parsed.error());
      if (!*parsed) continue;
      if (std::string_view(part) == "meta.xml") meta(**parsed);
      else styles_of(**parsed);
    }
    styles_of(**content);
    const XmlNode* body = (*content)->child("office:body");
    const XmlNode* text = body ? body->child("office:text") : nullptr;
    if (!text)
      return fail({m_path}, "the document has no text body (content.xml has no office:text); is it a text document?");
    body_blocks(*text, 0, "");
    return finish(lang);
  }

 private:
  // Named and automatic styles, and list styles, from office:styles / office:automatic-styles.
  void styles_of(const XmlNode& root) {
    for (const char* section : {"office:styles", "office:automatic-styles"}) {
      const XmlNode* styles = root.child(section);
      if (!styles) continue;
      for (const auto& style : styles->children) {
        if (style.name == "style:style") {
          OdfStyle out;
          out.parent = attribute_of(&style, "style:parent-style-name");
          out.display_name = attribute_of(&style, "style:display-name");
          if (const XmlNode* text = style.child("style:text-properties")) {
            if (const std::string* weight = text->attribute("fo:font-weight"))
              out.bold = *weight == "bold" || std::atoi(weight->c_str()) >= 600;
            if (const std::string* font_style = text->attribute("fo:font-style"))
              out.italic = *font_style == "italic" || *font_style == "oblique";
            if (const std::string* line = text->attribute("style:text-line-through-style"))
              out.strike = *line != "none";
          }
          m_styles[attribute_of(&style, "style:name")] = std::move(out);
        } else if (style.name == "text:list-style") {
          auto& levels = m_list_styles[attribute_of(&style, "style:name")];
          for (const auto& level : style.children) {
            if (level.is_text()) continue;
            ListLevel out;
            out.ordered = level.name == "text:list-level-style-number";
            if (std::string start = attribute_of(&level, "text:start-value"); !start.empty())
              out.start = std::atoi(start.c_str());
            levels[std::atoi(attribute_of(&level, "text:level").c_str())] = out;
          }
        }
      }
    }
  }

  void meta(const XmlNode& root) {
    const XmlNode* meta = root.child("office:meta");
    if (!meta) return;
    if (const XmlNode* title = meta->child("dc:title")) m_properties.title = title->all_text();
    if (const XmlNode* description = meta->child("dc:description")) m_properties.description = description->all_text();
    if (const XmlNode* date = meta->child("dc:date")) m_properties.date = date->all_text();
  }

  // Follows a style's parents (a few steps) to the first named style that means something.
  Kind paragraph_kind(std::string name) const {
    for (int step = 0; step < 8 && !name.empty(); ++step) {
      auto found = m_styles.find(name);
      std::string display = found != m_styles.end() ? found->second.display_name : std::string();
      if (name == "Title" || display == "Title") return Kind::title;
      if (name == "Quotations" || display == "Quotations") return Kind::quote;
      // LibreOffice's caption styles: Caption, and Illustration and Figure that inherit it.
      if (name == "Caption" || display == "Caption" || name == "Illustration" || name == "Figure") return Kind::caption;
      if (found == m_styles.end()) break;
      name = found->second.parent;
    }
    return Kind::normal;
  }

  RunFormat span_format(std::string name, RunFormat format) const {
    std::optional<bool> bold, italic, strike;
    for (int step = 0; step < 8 && !name.empty(); ++step) {
      if (name == "Strong_20_Emphasis" && !bold) bold = true;
      if (name == "Emphasis" && !italic) italic = true;
      auto found = m_styles.find(name);
      if (found == m_styles.end()) break;
      if (!bold) bold = found->second.bold;
      if (!italic) italic = found->second.italic;
      if (!strike) strike = found->second.strike;
      name = found->second.parent;
    }
    if (bold) format.bold = *bold;
    if (italic) format.italic = *italic;
    if (strike) format.strike = *strike;
    return format;
  }

  void unknown(std::string_view name) {
    m_notes.add(here(), "the OpenDocument element <" + std::string(name) + "> is not read; its content is left out");
  }

  static bool is_ignored(std::string_view name) {
    return name == "text:sequence-decls" || name == "office:forms" || name == "text:soft-page-break" ||
           name == "text:bookmark" || name == "text:bookmark-start" || name == "text:bookmark-end" ||
           name == "office:annotation" || name == "office:annotation-end" || name == "text:change-start" ||
           name == "text:change-end" || name == "text:change" || name == "table:table-column" ||
           name == "table:table-columns" || name == "text:variable-decls" || name == "text:user-field-decls" ||
           name == "text:reference-mark" || name == "text:reference-mark-start" || name == "text:reference-mark-end" ||
           name == "text:alphabetical-index-mark" || name == "text:toc-mark" || name == "office:event-listeners";
  }

  // `list_depth` > 0 inside a list, whose outermost element is `list_id`.
  void body_blocks(const XmlNode& container, int list_depth, const std::string& list_id,
                   const std::string& list_style = "") {
    for (const auto& node : container.children) {
      if (node.is_text()) continue;
      if (node.name == "text:p" || node.name == "text:h") {
        m_blocks.add(paragraph(node, list_depth, list_id, list_style));
      } else if (node.name == "text:list") {
        std::string id = list_depth == 0 ? "list" + std::to_string(++m_lists) : list_id;
        std::string style = attribute_of(&node, "text:style-name");
        if (style.empty()) style = list_style;
        for (const auto& item : node.children)
          if (item.name == "text:list-item" || item.name == "text:list-header")
            body_blocks(item, list_depth + 1, id, style);
      } else if (node.name == "table:table") {
        m_blocks.add_block(table(node));
      } else if (node.name == "text:section") {
        body_blocks(node, list_depth, list_id, list_style);
      } else if (node.name == "text:tracked-changes") {
        m_notes.add(here(),
                    "the document has tracked changes: they are read as accepted (insertions kept, deletions "
                    "dropped); accept or reject them in the word processor to be sure");
      } else if (!is_ignored(node.name)) {
        unknown(node.name);
      }
    }
  }

  StyledParagraph paragraph(const XmlNode& node, int list_depth, const std::string& list_id,
                            const std::string& list_style) {
    ++m_paragraphs;
    StyledParagraph out;
    out.span = here();
    out.kind = paragraph_kind(attribute_of(&node, "text:style-name"));
    if (node.name == "text:h" && out.kind == Kind::normal) {
      out.kind = Kind::heading;
      std::string level = attribute_of(&node, "text:outline-level");
      out.level = level.empty() ? 1 : std::atoi(level.c_str());
    }
    if (list_depth > 0 && out.kind != Kind::heading && out.kind != Kind::title) {
      out.kind = Kind::list_item;
      out.level = list_depth - 1;
      out.list = list_id;
      auto style = m_list_styles.find(list_style);
      if (style != m_list_styles.end()) {
        if (auto level = style->second.find(list_depth); level != style->second.end()) {
          out.ordered = level->second.ordered;
          out.start = level->second.start;
        }
      }
    }
    InlineCollector collector;
    content(node, span_format(attribute_of(&node, "text:style-name"), RunFormat{}), collector);
    out.inlines = collector.finish();
    return out;
  }

  void content(const XmlNode& container, const RunFormat& format, InlineCollector& collector) {
    for (const auto& node : container.children) {
      if (node.is_text()) {
        collector.text(collapse_space(node.text), format, here());
        continue;
      }
      const std::string& name = node.name;
      if (name == "text:span") {
        content(node, span_format(attribute_of(&node, "text:style-name"), format), collector);
      } else if (name == "text:a") {
        RunFormat linked = format;
        if (std::string href = attribute_of(&node, "xlink:href"); is_web_link(href)) linked.link = href;
        content(node, linked, collector);
      } else if (name == "text:line-break") {
        Inline line_break;
        line_break.kind = InlineKind::line_break;
        line_break.span = here();
        collector.leaf(std::move(line_break), format);
      } else if (name == "text:tab") {
        collector.text(" ", format, here());
      } else if (name == "text:s") {
        int count = std::clamp(std::atoi(attribute_of(&node, "text:c").c_str()), 1, 64);
        collector.text(std::string(static_cast<size_t>(count), ' '), format, here());
      } else if (name == "draw:frame") {
        picture(node, format, collector);
      } else if (name == "text:note") {
        m_notes.add(here(), "footnotes and endnotes are not read; put their text in the statement itself");
      } else if (name == "text:meta" || name == "text:ruby" || name == "text:ruby-base") {
        content(node, format, collector);
      } else if (is_ignored(name) || name == "text:ruby-text") {
        continue;
      } else if (name.starts_with("text:")) {
        // Every other text element is a field (a date, a page number, a document property).
        m_notes.add(here(), "the field <" + name + "> is read as the text it last showed");
        content(node, format, collector);
      } else {
        unknown(name);
      }
    }
  }

  // <draw:frame><draw:image xlink:href="Pictures/…"/><svg:title>…</svg:title><svg:desc>…</svg:desc>
  void picture(const XmlNode& frame, const RunFormat& format, InlineCollector& collector) {
    const XmlNode* image_node = frame.child("draw:image");
    if (!image_node) return unknown("draw:frame");  // a text box, chart or object
    std::string alt;
    if (const XmlNode* description = frame.child("svg:desc")) alt = description->all_text();
    if (alt.empty())
      if (const XmlNode* title = frame.child("svg:title")) alt = title->all_text();
    std::optional<std::string> part = resolve_part("", attribute_of(image_node, "xlink:href"));
    place_picture(part, alt, format, collector);
  }

  void rows(const XmlNode& container, bool header, Block& table) {
    for (const auto& row_node : container.children) {
      if (row_node.name == "table:table-header-rows") rows(row_node, true, table);
      else if (row_node.name == "table:table-rows" || row_node.name == "table:table-row-group")
        rows(row_node, header, table);
      if (row_node.name != "table:table-row") continue;
      Block row;
      row.kind = BlockKind::table_row;
      row.header = header;
      row.span = paragraph_span(m_path, m_paragraphs + 1);
      for (const auto& cell_node : row_node.children) {
        if (cell_node.name != "table:table-cell" && cell_node.name != "table:covered-table-cell") continue;
        Block cell;
        cell.kind = BlockKind::table_cell;
        cell.span = paragraph_span(m_path, m_paragraphs + 1);
        for (const auto& paragraph_node : cell_node.children) {
          if (paragraph_node.name != "text:p" && paragraph_node.name != "text:h") continue;
          StyledParagraph paragraph = this->paragraph(paragraph_node, 0, "", "");
          add_to_cell(cell, std::move(paragraph.inlines), paragraph.span);
        }
        row.children.push_back(std::move(cell));
      }
      table.children.push_back(std::move(row));
    }
  }

  Block table(const XmlNode& node) {
    Block table;
    table.kind = BlockKind::table;
    table.span = paragraph_span(m_path, m_paragraphs + 1);
    rows(node, false, table);
    return table;
  }

  std::map<std::string, OdfStyle> m_styles;
  std::map<std::string, std::map<int, ListLevel>> m_list_styles;
  size_t m_lists = 0;
};

}  // namespace

Result<doc::Document> read_odt(std::string_view bytes, const std::string& path, const std::string& lang) {
  auto archive = ZipArchive::open(bytes, path, k_kind);
  if (!archive) return std::unexpected(archive.error());
  return OdtReader(*archive, path).read(lang);
}

}  // namespace leafpress::readers
