#include "doc/document.hpp"

namespace leafpress::doc {

const char* role_name(Role role) {
  switch (role) {
    case Role::none: return "none";
    case Role::preamble: return "preamble";
    case Role::title: return "title";
    case Role::body: return "body";
    case Role::category: return "category";
  }
  return "none";
}

namespace {
void append_plain(const std::vector<Inline>& inlines, std::string& out) {
  for (const auto& node : inlines) {
    switch (node.kind) {
      case InlineKind::text:
      case InlineKind::code: out += node.text; break;
      case InlineKind::line_break: out += ' '; break;
      default: append_plain(node.children, out); break;
    }
  }
}

const Block* find_in(const std::vector<Block>& blocks, Role role) {
  for (const auto& block : blocks) {
    if (block.role == role) return &block;
    if (const Block* nested = find_in(block.children, role)) return nested;
  }
  return nullptr;
}
}  // namespace

std::string plain_text(const std::vector<Inline>& inlines) {
  std::string out;
  append_plain(inlines, out);
  return out;
}

const Block* find_role(const Document& document, Role role) { return find_in(document.blocks, role); }

}  // namespace leafpress::doc
