#include "readers/front_matter.hpp"
#include "base/strings.hpp"

#include <algorithm>
#include <array>

namespace leafpress::readers {
namespace {

constexpr std::array k_front_keys{"title", "category", "roles", "date", "author", "description"};

Result<doc::Role> role_from_name(std::string_view name, const SourceSpan& where) {
  if (name == "preamble") return doc::Role::preamble;
  if (name == "title") return doc::Role::title;
  if (name == "body") return doc::Role::body;
  if (name == "category") return doc::Role::category;
  if (name == "none") return doc::Role::none;
  return fail(where, "unknown role \"" + std::string(name) +
                         "\" in front matter (use preamble, title, body, category or none)");
}

bool has_text(const doc::Block& block, const std::string& text) {
  bool textual = block.kind == doc::BlockKind::paragraph || block.kind == doc::BlockKind::heading;
  return textual && doc::plain_text(block.inlines) == text;
}

doc::Block synthetic_block(doc::BlockKind kind, const std::string& text, const SourceSpan& span) {
  doc::Block block;
  block.kind = kind;
  block.span = span;
  if (kind == doc::BlockKind::heading) block.level = 1;
  doc::Inline node;
  node.text = text;
  node.span = span;
  block.inlines.push_back(std::move(node));
  return block;
}

}  // namespace

Result<void> check_front_matter_keys(const SourceText& source) {
  for (const auto& [key, line] : source.front.lines) {
    if (std::find(k_front_keys.begin(), k_front_keys.end(), key) == k_front_keys.end())
      return fail({source.path, line, 1},
                  "unknown front matter key \"" + key + "\" (use title, category, roles, date, author or description)");
    // An empty title or category would become a block with nothing to read or translate.
    auto value = source.front.values.find(key);
    bool structural = key == "title" || key == "category" || key == "roles";
    if (structural && (value == source.front.values.end() || trim(value->second).empty()))
      return fail({source.path, line, 1},
                  "front matter \"" + key + "\" is empty (give its text, or leave the key out)");
  }
  return {};
}

Result<std::optional<std::vector<doc::Role>>> front_matter_roles(const SourceText& source, size_t blocks) {
  auto roles = source.front.values.find("roles");
  if (roles == source.front.values.end()) return std::optional<std::vector<doc::Role>>{};
  SourceSpan where = front_matter_span(source, "roles");
  std::vector<doc::Role> assigned;
  std::string_view rest = roles->second;
  while (true) {
    size_t comma = rest.find(',');
    auto role = role_from_name(trim(rest.substr(0, comma)), where);
    if (!role) return std::unexpected(role.error());
    assigned.push_back(*role);
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  if (assigned.size() != blocks)
    return fail(where, "front matter \"roles\" names " + std::to_string(assigned.size()) + " roles but the text has " +
                           std::to_string(blocks) + " blocks");
  return std::optional<std::vector<doc::Role>>{std::move(assigned)};
}

SourceSpan front_matter_span(const SourceText& source, const std::string& key) {
  auto it = source.front.lines.find(key);
  return SourceSpan{source.path, it == source.front.lines.end() ? 1 : it->second, 1};
}

size_t find_or_add_title(std::vector<doc::Block>& blocks, const std::string& title, const SourceSpan& span) {
  for (size_t i = 0; i < blocks.size(); ++i)
    if (has_text(blocks[i], title)) return i;
  blocks.insert(blocks.begin(), synthetic_block(doc::BlockKind::heading, title, span));
  return 0;
}

std::optional<size_t> find_or_add_category(std::vector<doc::Block>& blocks, const std::string& category,
                                           size_t first_body, const SourceSpan& span) {
  if (category == "none") return std::nullopt;
  if (!blocks.empty() && blocks.size() - 1 >= first_body && blocks.back().kind == doc::BlockKind::paragraph &&
      has_text(blocks.back(), category))
    return blocks.size() - 1;
  blocks.push_back(synthetic_block(doc::BlockKind::paragraph, category, span));
  return blocks.size() - 1;
}

std::string document_name(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string file = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = file.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? file : file.substr(0, dot);
}

}  // namespace leafpress::readers
