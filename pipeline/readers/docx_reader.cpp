// The Word reader. A .docx is a zip of XML parts; word/document.xml holds the body, its
// relationships the targets of links and images, styles.xml what each paragraph style means,
// numbering.xml whether a list is numbered, docProps/core.xml the title and description.
//
// Read: paragraph styles Title, Heading 1–6, Quote and Intense Quote, Caption (a picture's
// caption, translated like any paragraph), list paragraphs with
// their numbering (bulleted or numbered, nested by level); runs in bold, italic and
// strikethrough, hyperlinks to web and mail addresses, line breaks, tabs (as spaces),
// non-breaking and soft hyphens; tables (rows marked "repeat as header row" are header rows);
// embedded pictures with their description as alt text; content controls and smart tags by
// their content. Tracked changes are read as accepted (insertions kept, deletions dropped),
// fields as the result Word last showed; both give a note. Comments, bookmarks, proofing
// marks and section properties are ignored; footnotes, text boxes, linked (not embedded)
// pictures and any element not listed give a note naming the element and are left out.
#include "readers/docx_reader.hpp"

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

constexpr std::string_view k_kind = "Word document";

// On/off properties (w:b, w:i…) are on unless their w:val says otherwise.
bool is_on(const XmlNode* property) {
  if (!property) return false;
  const std::string* value = property->attribute("w:val");
  return !value || (*value != "0" && *value != "false" && *value != "off" && *value != "none");
}

std::string value_of(const XmlNode* node, std::string_view attribute = "w:val") {
  return attribute_of(node, attribute);
}

std::string lower(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return text;
}

struct StyleMeaning {
  Kind kind = Kind::normal;
  int level = 0;
  std::string num_id;  // numbering given by the style itself (List Bullet, List Number)
  int num_level = 0;
};

struct NumberingLevel {
  bool ordered = false;
  int start = 1;
};

class DocxReader : WordProcessorReading {
 public:
  DocxReader(ZipArchive& archive, const std::string& path) : WordProcessorReading(archive, path) {}

  Result<doc::Document> read(const std::string& lang) {
    auto body_part = read_xml_part(m_archive, m_path, "word/document.xml", true);
    if (!body_part) return std::unexpected(body_part.error());
    for (auto [part, reader] :
         {std::pair{"word/_rels/document.xml.rels", &DocxReader::relationships},
          std::pair{"word/styles.xml", &DocxReader::styles}, std::pair{"word/numbering.xml", &DocxReader::numbering},
          std::pair{"docProps/core.xml", &DocxReader::core_properties}}) {
      auto parsed = read_xml_part(m_archive, m_path, part, false);
      if (!parsed) return std::unexpected(parsed.error());
      if (*parsed) (this->*reader)(**parsed);
    }
    const XmlNode* body = (*body_part)->child("w:body");
    if (!body) return fail({m_path}, "the Word document has no body (word/document.xml has no w:body)");
    if (auto ok = body_blocks(*body); !ok) return std::unexpected(ok.error());
    return finish(lang);
  }

 private:
  void relationships(const XmlNode& root) {
    for (const auto& node : root.children) {
      if (node.is_text() || node.name != "Relationship") continue;
      const std::string* id = node.attribute("Id");
      const std::string* target = node.attribute("Target");
      if (!id || !target) continue;
      const std::string* mode = node.attribute("TargetMode");
      m_relationships[*id] = {*target, mode && *mode == "External"};
    }
  }

  void styles(const XmlNode& root) {
    std::map<std::string, std::pair<std::string, std::string>> named;  // id → (name, based on)
    std::map<std::string, std::pair<std::string, int>> style_numbering;
    for (const auto& style : root.children) {
      if (style.name != "w:style" || value_of(&style, "w:type") != "paragraph") continue;
      std::string id = value_of(&style, "w:styleId");
      named[id] = {lower(value_of(style.child("w:name"))), value_of(style.child("w:basedOn"))};
      if (const XmlNode* properties = style.child("w:pPr"))
        if (const XmlNode* numbering = properties->child("w:numPr"))
          style_numbering[id] = {value_of(numbering->child("w:numId")),
                                 std::atoi(value_of(numbering->child("w:ilvl")).c_str())};
    }
    for (const auto& [id, entry] : named) {
      // A style based on Heading 1 or Quote means what it is based on (a few steps at most).
      std::string current = id;
      for (int step = 0; step < 8 && named.contains(current); ++step) {
        StyleMeaning meaning = meaning_of_name(named[current].first);
        if (meaning.kind != Kind::normal) {
          m_styles[id] = meaning;
          break;
        }
        current = named[current].second;
      }
      if (auto found = style_numbering.find(id); found != style_numbering.end()) {
        m_styles[id].num_id = found->second.first;
        m_styles[id].num_level = found->second.second;
      }
    }
  }

  static StyleMeaning meaning_of_name(const std::string& name) {
    StyleMeaning meaning;
    if (name == "title") meaning.kind = Kind::title;
    else if (name.starts_with("heading ") && name.size() == 9 && name[8] >= '1' && name[8] <= '9') {
      meaning.kind = Kind::heading;
      meaning.level = name[8] - '0';
    } else if (name == "quote" || name == "intense quote") {
      meaning.kind = Kind::quote;
    } else if (name == "caption") {
      meaning.kind = Kind::caption;
    }
    return meaning;
  }

  // Without styles.xml, Word's own style ids say the same.
  StyleMeaning style_meaning(const std::string& id) const {
    if (auto found = m_styles.find(id); found != m_styles.end()) return found->second;
    if (id == "Title") return meaning_of_name("title");
    if (id.starts_with("Heading") && id.size() == 8) return meaning_of_name("heading " + id.substr(7));
    if (id == "Quote" || id == "IntenseQuote") return meaning_of_name("quote");
    if (id == "Caption") return meaning_of_name("caption");
    return {};
  }

  void numbering(const XmlNode& root) {
    std::map<std::string, std::map<int, NumberingLevel>> abstract;
    for (const auto& node : root.children) {
      if (node.name != "w:abstractNum") continue;
      auto& levels = abstract[value_of(&node, "w:abstractNumId")];
      for (const auto& level : node.children) {
        if (level.name != "w:lvl") continue;
        NumberingLevel out;
        std::string format = value_of(level.child("w:numFmt"));
        out.ordered = !format.empty() && format != "bullet" && format != "none";
        if (std::string start = value_of(level.child("w:start")); !start.empty()) out.start = std::atoi(start.c_str());
        levels[std::atoi(value_of(&level, "w:ilvl").c_str())] = out;
      }
    }
    for (const auto& node : root.children)
      if (node.name == "w:num")
        m_numbering[value_of(&node, "w:numId")] = abstract[value_of(node.child("w:abstractNumId"))];
  }

  void core_properties(const XmlNode& root) {
    if (const XmlNode* title = root.child("dc:title")) m_properties.title = title->all_text();
    if (const XmlNode* description = root.child("dc:description")) m_properties.description = description->all_text();
    if (const XmlNode* date = root.child("dc:date")) m_properties.date = date->all_text();
  }

  Result<void> body_blocks(const XmlNode& container) {
    for (const auto& node : container.children) {
      if (node.is_text()) continue;
      if (node.name == "w:p") {
        m_blocks.add(paragraph(node));
      } else if (node.name == "w:tbl") {
        m_blocks.add_block(table(node));
      } else if (node.name == "w:sdt" || node.name == "w:customXml") {
        const XmlNode* content = node.name == "w:sdt" ? node.child("w:sdtContent") : &node;
        if (content)
          if (auto ok = body_blocks(*content); !ok) return ok;
      } else if (node.name == "w:ins" || node.name == "w:moveTo") {
        tracked_change();
        if (auto ok = body_blocks(node); !ok) return ok;
      } else if (node.name == "w:del" || node.name == "w:moveFrom") {
        tracked_change();
      } else if (!is_ignored(node.name)) {
        unknown(node.name);
      }
    }
    return {};
  }

  static bool is_ignored(std::string_view name) {
    return name == "w:sectPr" || name == "w:bookmarkStart" || name == "w:bookmarkEnd" || name == "w:proofErr" ||
           name == "w:commentRangeStart" || name == "w:commentRangeEnd" || name == "w:permStart" ||
           name == "w:permEnd" || name == "w:pPr" || name == "w:rPr" || name == "w:lastRenderedPageBreak" ||
           name == "w:commentReference" || name == "w:annotationRef" || name == "w:tblPr" || name == "w:tblGrid" ||
           name == "w:trPr" || name == "w:tcPr" || name == "w:sdtPr" || name == "w:sdtEndPr";
  }

  void unknown(std::string_view name) {
    m_notes.add(here(), "the Word element <" + std::string(name) + "> is not read; its content is left out");
  }

  void tracked_change() {
    m_notes.add(here(),
                "the document has tracked changes: they are read as accepted (insertions kept, deletions "
                "dropped); accept or reject them in the word processor to be sure");
  }

  StyledParagraph paragraph(const XmlNode& node) {
    ++m_paragraphs;
    StyledParagraph out;
    out.span = here();
    StyleMeaning meaning;
    std::string num_id;
    int num_level = 0;
    if (const XmlNode* properties = node.child("w:pPr")) {
      meaning = style_meaning(value_of(properties->child("w:pStyle")));
      num_id = meaning.num_id;
      num_level = meaning.num_level;
      if (const XmlNode* numbering = properties->child("w:numPr")) {
        if (std::string id = value_of(numbering->child("w:numId")); !id.empty()) num_id = id;
        if (std::string level = value_of(numbering->child("w:ilvl")); !level.empty())
          num_level = std::atoi(level.c_str());
      }
    }
    out.kind = meaning.kind;
    out.level = meaning.level;
    // numId 0 means "no numbering" (it switches off a style's list).
    if (!num_id.empty() && num_id != "0" && meaning.kind != Kind::title && meaning.kind != Kind::heading) {
      out.kind = Kind::list_item;
      out.level = std::clamp(num_level, 0, 8);
      out.list = num_id;
      const auto& levels = m_numbering[num_id];
      if (auto found = levels.find(out.level); found != levels.end()) {
        out.ordered = found->second.ordered;
        out.start = found->second.start;
      }
    }
    InlineCollector collector;
    paragraph_content(node, RunFormat{}, collector);
    out.inlines = collector.finish();
    return out;
  }

  void paragraph_content(const XmlNode& container, const RunFormat& format, InlineCollector& collector) {
    for (const auto& node : container.children) {
      if (node.is_text()) continue;
      if (node.name == "w:r") {
        run(node, format, collector);
      } else if (node.name == "w:hyperlink") {
        RunFormat linked = format;
        auto target = m_relationships.find(value_of(&node, "r:id"));
        if (target != m_relationships.end() && target->second.external && is_web_link(target->second.target))
          linked.link = target->second.target;
        paragraph_content(node, linked, collector);
      } else if (node.name == "w:ins" || node.name == "w:moveTo") {
        tracked_change();
        paragraph_content(node, format, collector);
      } else if (node.name == "w:del" || node.name == "w:moveFrom") {
        tracked_change();
      } else if (node.name == "w:fldSimple") {
        field();
        paragraph_content(node, format, collector);
      } else if (node.name == "w:smartTag" || node.name == "w:customXml") {
        paragraph_content(node, format, collector);
      } else if (node.name == "w:sdt") {
        if (const XmlNode* content = node.child("w:sdtContent")) paragraph_content(*content, format, collector);
      } else if (!is_ignored(node.name)) {
        unknown(node.name);
      }
    }
  }

  void field() {
    m_notes.add(here(),
                "the document has fields (page numbers, dates, cross-references…): each is read as the "
                "text Word last showed for it");
  }

  RunFormat run_format(const XmlNode& run, RunFormat format) const {
    const XmlNode* properties = run.child("w:rPr");
    if (!properties) return format;
    std::string style = value_of(properties->child("w:rStyle"));
    if (const XmlNode* bold = properties->child("w:b")) format.bold = is_on(bold);
    else if (style == "Strong") format.bold = true;
    if (const XmlNode* italic = properties->child("w:i")) format.italic = is_on(italic);
    else if (style == "Emphasis") format.italic = true;
    format.strike = format.strike || is_on(properties->child("w:strike")) || is_on(properties->child("w:dstrike"));
    return format;
  }

  void run(const XmlNode& node, const RunFormat& inherited, InlineCollector& collector) {
    RunFormat format = run_format(node, inherited);
    for (const auto& child : node.children) {
      if (child.is_text()) continue;
      const std::string& name = child.name;
      if (name == "w:t") collector.text(child.all_text(), format, here());
      else if (name == "w:tab" || name == "w:ptab") collector.text(" ", format, here());
      else if (name == "w:noBreakHyphen") collector.text("\u2011", format, here());
      else if (name == "w:softHyphen") collector.text("\u00AD", format, here());
      else if (name == "w:br" || name == "w:cr") {
        std::string type = value_of(&child, "w:type");
        if (type.empty() || type == "textWrapping") {
          Inline line_break;
          line_break.kind = InlineKind::line_break;
          line_break.span = here();
          collector.leaf(std::move(line_break), format);
        }
      } else if (name == "w:drawing") {
        picture(child, format, collector);
      } else if (name == "w:fldChar") {
        field();
      } else if (name == "w:instrText" || name == "w:delText" || name == "w:delInstrText") {
        continue;  // a field's code, or deleted text: never shown
      } else if (name == "w:footnoteReference" || name == "w:endnoteReference") {
        m_notes.add(here(), "footnotes and endnotes are not read; put their text in the statement itself");
      } else if (!is_ignored(name)) {
        unknown(name);
      }
    }
  }

  // <w:drawing><wp:inline|wp:anchor><wp:docPr descr="…"/>…<a:blip r:embed="rId5"/>…
  void picture(const XmlNode& drawing, const RunFormat& format, InlineCollector& collector) {
    const XmlNode* frame = drawing.child("wp:inline");
    if (!frame) frame = drawing.child("wp:anchor");
    const XmlNode* blip = frame ? frame->descendant("a:blip") : nullptr;
    if (!frame || !blip) return unknown("w:drawing");  // a shape or chart, not a picture
    std::string alt;
    if (const XmlNode* properties = frame->child("wp:docPr")) {
      alt = value_of(properties, "descr");
      if (alt.empty()) alt = value_of(properties, "title");
    }
    auto relationship = m_relationships.find(value_of(blip, "r:embed"));
    std::optional<std::string> part;
    if (relationship != m_relationships.end() && !relationship->second.external)
      part = resolve_part("word", relationship->second.target);
    place_picture(part, alt, format, collector);
  }

  Block table(const XmlNode& node) {
    Block table;
    table.kind = BlockKind::table;
    table.span = paragraph_span(m_path, m_paragraphs + 1);
    for (const auto& row_node : node.children) {
      if (row_node.name != "w:tr") continue;
      Block row;
      row.kind = BlockKind::table_row;
      if (const XmlNode* properties = row_node.child("w:trPr")) row.header = is_on(properties->child("w:tblHeader"));
      for (const auto& cell_node : row_node.children) {
        if (cell_node.name != "w:tc") continue;
        Block cell;
        cell.kind = BlockKind::table_cell;
        cell.span = paragraph_span(m_path, m_paragraphs + 1);
        // The paragraphs of a cell are one unit, separated by line breaks.
        for (const auto& paragraph_node : cell_node.children) {
          if (paragraph_node.name != "w:p") continue;
          StyledParagraph paragraph = this->paragraph(paragraph_node);
          add_to_cell(cell, std::move(paragraph.inlines), paragraph.span);
        }
        row.span = row.children.empty() ? cell.span : row.span;
        row.children.push_back(std::move(cell));
      }
      table.children.push_back(std::move(row));
    }
    return table;
  }

  struct Relationship {
    std::string target;
    bool external = false;
  };

  std::map<std::string, Relationship> m_relationships;
  std::map<std::string, StyleMeaning> m_styles;
  std::map<std::string, std::map<int, NumberingLevel>> m_numbering;
};

}  // namespace

Result<doc::Document> read_docx(std::string_view bytes, const std::string& path, const std::string& lang) {
  auto archive = ZipArchive::open(bytes, path, k_kind);
  if (!archive) return std::unexpected(archive.error());
  return DocxReader(*archive, path).read(lang);
}

}  // namespace leafpress::readers
