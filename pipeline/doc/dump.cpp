#include "doc/dump.hpp"

#include <cstdio>

namespace leafpress::doc {

namespace {

// A quoted string with C-style escapes for quotes, backslashes and control characters;
// other UTF-8 passes through so the dump stays readable.
void quote(std::string_view text, std::string& out) {
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\x%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void span_suffix(const SourceSpan& span, std::string& out) {
  if (span.line == 0) return;
  out += " @" + std::to_string(span.line) + ':' + std::to_string(span.column);
}

const char* inline_name(InlineKind kind) {
  switch (kind) {
    case InlineKind::text: return "Text";
    case InlineKind::emphasis: return "Emph";
    case InlineKind::strong: return "Strong";
    case InlineKind::link: return "Link";
    case InlineKind::code: return "Code";
    case InlineKind::line_break: return "LineBreak";
    case InlineKind::strikethrough: return "Strike";
    case InlineKind::image: return "Image";
  }
  return "?";
}

const char* block_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::heading: return "Heading";
    case BlockKind::paragraph: return "Para";
    case BlockKind::quote: return "Quote";
    case BlockKind::list: return "List";
    case BlockKind::list_item: return "Item";
    case BlockKind::code_block: return "CodeBlock";
    case BlockKind::thematic_break: return "Rule";
    case BlockKind::table: return "Table";
    case BlockKind::table_row: return "Row";
    case BlockKind::table_cell: return "Cell";
  }
  return "?";
}

void dump_inline(const Inline& node, int depth, std::string& out) {
  out.append(static_cast<size_t>(depth) * 2, ' ');
  out += inline_name(node.kind);
  if (node.kind == InlineKind::link || node.kind == InlineKind::image) {
    out += " url=";
    quote(node.url, out);
    if (!node.title.empty()) {
      out += " title=";
      quote(node.title, out);
    }
  }
  if (node.kind == InlineKind::text || node.kind == InlineKind::code) {
    out += ' ';
    quote(node.text, out);
  }
  span_suffix(node.span, out);
  out += '\n';
  for (const auto& child : node.children) dump_inline(child, depth + 1, out);
}

void dump_block(const Block& block, int depth, std::string& out) {
  out.append(static_cast<size_t>(depth) * 2, ' ');
  out += block_name(block.kind);
  if (block.kind == BlockKind::heading) out += " level=" + std::to_string(block.level);
  if (block.kind == BlockKind::list) {
    if (block.ordered) out += " ordered start=" + std::to_string(block.start);
    else out += std::string(" bullet='") + block.bullet + '\'';
  }
  if (block.header) out += " header";
  if (block.caption) out += " caption";
  if (block.role != Role::none) out += std::string(" role=") + role_name(block.role);
  if (!block.lang.empty()) out += " lang=" + block.lang;
  if (block.kind == BlockKind::code_block && !block.info.empty()) {
    out += " info=";
    quote(block.info, out);
  }
  span_suffix(block.span, out);
  if (block.kind == BlockKind::code_block) {
    out += ' ';
    quote(block.text, out);
  }
  out += '\n';
  for (const auto& node : block.inlines) dump_inline(node, depth + 1, out);
  for (const auto& child : block.children) dump_block(child, depth + 1, out);
}

}  // namespace

std::string dump(const Document& document) {
  std::string out = "Document path=";
  quote(document.path, out);
  out += " name=";
  quote(document.name, out);
  out += " lang=";
  quote(document.lang, out);
  out += '\n';
  for (const auto& [key, value] : document.meta) {
    out += "  Meta ";
    quote(key, out);
    out += ' ';
    quote(value, out);
    out += '\n';
  }
  for (const auto& block : document.blocks) dump_block(block, 1, out);
  for (const auto& [name, bytes] : document.media) {
    out += "  Media ";
    quote(name, out);
    out += " bytes=" + std::to_string(bytes.size()) + '\n';
  }
  for (const auto& note : document.notes) {
    out += "  Note ";
    quote(note.message, out);
    span_suffix(note.where, out);
    out += '\n';
  }
  return out;
}

}  // namespace leafpress::doc
