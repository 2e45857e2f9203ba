#include "l10n/placeholders.hpp"

#include <optional>

#include "base/utf8.hpp"
#include "text/segment.hpp"

namespace leafpress::l10n {

using doc::Inline;
using doc::InlineKind;

namespace {

enum class TagKind { open, close, empty };

struct Tag {
  TagKind kind;
  size_t id;
  size_t length;  // bytes of the tag
};

// A placeholder tag at `text[pos]` ('<'), or nullopt when the characters are plain text.
std::optional<Tag> tag_at(std::string_view text, size_t pos) {
  size_t i = pos + 1;
  TagKind kind = TagKind::open;
  if (i < text.size() && text[i] == '/') {
    kind = TagKind::close;
    ++i;
  }
  size_t digits_start = i;
  while (i < text.size() && i - digits_start < 6 && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == digits_start || i >= text.size()) return std::nullopt;
  size_t id = std::stoul(std::string(text.substr(digits_start, i - digits_start)));
  if (text[i] == '>') return Tag{kind, id, i + 1 - pos};
  if (kind == TagKind::open && text[i] == '/' && i + 1 < text.size() && text[i + 1] == '>')
    return Tag{TagKind::empty, id, i + 2 - pos};
  return std::nullopt;
}

// Appends literal text to unit text: a '<' that would read as a placeholder tag is written
// "\<", and a '\' before a '\' or '<' (or at the end, where a tag may follow) as "\\", so
// that text such as "<1>" in a statement can never be taken for markup.
void append_literal(std::string& out, std::string_view text) {
  if (text.find_first_of("<\\") == std::string_view::npos) {
    out += text;
    return;
  }
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '<' ? tag_at(text, i).has_value()
                 : c == '\\' && (i + 1 == text.size() || text[i + 1] == '\\' || text[i + 1] == '<'))
      out += '\\';
    out += c;
  }
}

// Reads unit text from `pos`: appends the literal text up to the next placeholder tag to
// `literal` (escapes resolved) and returns that tag's position, or npos at the end.
size_t scan_literal(std::string_view text, size_t pos, std::string& literal, std::optional<Tag>& tag) {
  tag.reset();
  while (pos < text.size()) {
    size_t special = text.find_first_of("<\\", pos);
    if (special == std::string_view::npos) break;
    literal.append(text.substr(pos, special - pos));
    if (text[special] == '\\') {
      bool escape = special + 1 < text.size() && (text[special + 1] == '\\' || text[special + 1] == '<');
      literal += text[escape ? special + 1 : special];
      pos = special + (escape ? 2 : 1);
      continue;
    }
    tag = tag_at(text, special);
    if (tag) return special;
    literal += '<';
    pos = special + 1;
  }
  literal.append(text.substr(std::min(pos, text.size())));
  return std::string_view::npos;
}

std::string written(TagKind kind, size_t id) {
  std::string number = std::to_string(id);
  return kind == TagKind::empty   ? "<" + number + "/>"
         : kind == TagKind::close ? "</" + number + ">"
                                  : "<" + number + ">";
}

void render_into(const std::vector<Inline>& inlines, size_t parent, Rendered& out) {
  for (const auto& node : inlines) {
    if (node.kind == InlineKind::text) {
      append_literal(out.text, node.text);
      out.text_spans[parent].push_back(node.span);
      continue;
    }
    out.nodes.push_back(&node);
    out.parents.push_back(parent);
    out.text_spans.emplace_back();
    size_t id = out.nodes.size();
    std::string number = std::to_string(id);
    if (node.kind == InlineKind::line_break) {
      out.text += '<' + number + "/>";
      continue;
    }
    out.text += '<' + number + '>';
    if (node.kind == InlineKind::code) append_literal(out.text, node.text);
    else render_into(node.children, id, out);
    out.text += "</" + number + '>';
  }
}

struct Open {
  size_t id;  // 0 = top level
  Inline node;
  size_t text_runs = 0;  // text nodes added directly inside, to map spans
};

}  // namespace

Rendered render(const std::vector<Inline>& inlines, const SourceSpan& span) {
  Rendered out;
  out.span = span;
  out.text_spans.emplace_back();
  render_into(inlines, 0, out);
  return out;
}

PlaceholderShape shape_of(const Rendered& rendered) {
  PlaceholderShape shape;
  shape.parents = rendered.parents;
  for (const Inline* node : rendered.nodes) shape.empty.push_back(node->kind == InlineKind::line_break);
  return shape;
}

PlaceholderShape shape_of(std::string_view unit_text) {
  PlaceholderShape shape;
  std::vector<size_t> open{0};
  std::string ignored;
  std::optional<Tag> tag;
  for (size_t pos = 0; (pos = scan_literal(unit_text, pos, ignored, tag)) != std::string_view::npos;
       pos += tag->length) {
    if (tag->kind == TagKind::close) {
      if (open.size() > 1 && open.back() == tag->id) open.pop_back();
      continue;
    }
    if (tag->id == 0 || tag->id > unit_text.size()) continue;  // not a placeholder render() writes
    if (shape.empty.size() < tag->id) {
      shape.empty.resize(tag->id, false);
      shape.parents.resize(tag->id, 0);
    }
    shape.empty[tag->id - 1] = tag->kind == TagKind::empty;
    shape.parents[tag->id - 1] = open.back();
    if (tag->kind == TagKind::open) open.push_back(tag->id);
  }
  return shape;
}

std::optional<std::string> placeholder_problem(std::string_view translation, const PlaceholderShape& shape) {
  size_t count = shape.empty.size();
  std::vector<bool> seen(count + 1, false);
  std::vector<size_t> open{0};
  std::string ignored;
  std::optional<Tag> tag;
  for (size_t pos = 0; (pos = scan_literal(translation, pos, ignored, tag)) != std::string_view::npos;
       pos += tag->length) {
    std::string shown(translation.substr(pos, tag->length));
    size_t id = tag->id;
    if (id == 0 || id > count) return "placeholder " + shown + " is not in the source text";
    bool self_closing = shape.empty[id - 1];
    if (tag->kind == TagKind::close) {
      if (open.back() != id)
        return "closing " + shown + " does not match the open placeholder" +
               (open.back() == 0 ? std::string() : " <" + std::to_string(open.back()) + ">");
      open.pop_back();
      continue;
    }
    if (self_closing != (tag->kind == TagKind::empty))
      return "placeholder " + shown + " must be written " +
             (self_closing ? written(TagKind::empty, id)
                           : written(TagKind::open, id) + "…" + written(TagKind::close, id));
    if (seen[id]) return "placeholder " + shown + " appears more than once";
    seen[id] = true;
    if (shape.parents[id - 1] != open.back())
      return shape.parents[id - 1] == 0
                 ? "placeholder " + shown + " must not be inside <" + std::to_string(open.back()) + ">"
                 : "placeholder " + shown + " must stay inside <" + std::to_string(shape.parents[id - 1]) + ">";
    if (tag->kind == TagKind::open) open.push_back(id);
  }
  if (open.size() > 1) return "placeholder <" + std::to_string(open.back()) + "> is not closed";
  for (size_t id = 1; id <= count; ++id)
    if (!seen[id])
      return "placeholder " + written(shape.empty[id - 1] ? TagKind::empty : TagKind::open, id) + " is missing";
  return std::nullopt;
}

namespace {

// Literal text with its format arguments (`{1}`) as pieces of their own.
void add_literal(std::vector<UnitPiece>& out, std::string_view literal) {
  size_t pos = 0;
  while (pos < literal.size()) {
    size_t open = literal.find('{', pos);
    size_t close = open == std::string_view::npos ? open : literal.find('}', open);
    bool argument = close != std::string_view::npos && close > open + 1 && close - open <= 7 &&
                    literal.substr(open + 1, close - open - 1).find_first_not_of("0123456789") ==
                        std::string_view::npos;
    if (!argument) {
      size_t end = open == std::string_view::npos ? literal.size() : open + 1;
      if (out.empty() || out.back().kind != UnitPiece::Kind::text) out.push_back({UnitPiece::Kind::text, {}, 0});
      out.back().text.append(literal.substr(pos, end - pos));
      pos = end;
      continue;
    }
    if (open > pos) add_literal(out, literal.substr(pos, open - pos));
    out.push_back({UnitPiece::Kind::argument, {}, std::stoul(std::string(literal.substr(open + 1, close - open - 1)))});
    pos = close + 1;
  }
}

}  // namespace

std::vector<UnitPiece> split_unit_text(std::string_view unit_text) {
  std::vector<UnitPiece> out;
  std::string literal;
  std::optional<Tag> tag;
  size_t pos = 0;
  while (true) {
    literal.clear();
    size_t at = scan_literal(unit_text, pos, literal, tag);
    add_literal(out, literal);
    if (at == std::string_view::npos) break;
    UnitPiece::Kind kind = tag->kind == TagKind::open    ? UnitPiece::Kind::open
                           : tag->kind == TagKind::close ? UnitPiece::Kind::close
                                                         : UnitPiece::Kind::empty;
    out.push_back({kind, {}, tag->id});
    pos = at + tag->length;
  }
  return out;
}

std::string join_unit_text(const std::vector<UnitPiece>& pieces) {
  std::string out;
  for (const UnitPiece& piece : pieces) {
    switch (piece.kind) {
      case UnitPiece::Kind::text: append_literal(out, piece.text); break;
      case UnitPiece::Kind::open: out += written(TagKind::open, piece.id); break;
      case UnitPiece::Kind::close: out += written(TagKind::close, piece.id); break;
      case UnitPiece::Kind::empty: out += written(TagKind::empty, piece.id); break;
      case UnitPiece::Kind::argument: out += '{' + std::to_string(piece.id) + '}'; break;
    }
  }
  return out;
}

std::optional<std::string> unusable_translation(std::string_view source, std::string_view translation) {
  if (auto bad = utf8::find_invalid(translation)) return "invalid UTF-8 at byte " + std::to_string(*bad);
  return placeholder_problem(translation, shape_of(source));
}

std::variant<std::vector<Inline>, std::string> rebuild(std::string_view translation, const Rendered& source) {
  // The same rule as `check` and the print gate; past it, the placeholders fit the source.
  if (auto problem = placeholder_problem(translation, shape_of(source))) return *problem;
  std::vector<Open> stack;
  stack.push_back({0, Inline{}, 0});
  std::string pending;  // text not yet added to the open node

  auto flush_text = [&] {
    if (pending.empty()) return;
    Open& open = stack.back();
    Inline node;
    node.kind = InlineKind::text;
    node.text = std::move(pending);
    const auto& spans = source.text_spans[open.id];
    if (open.text_runs < spans.size()) node.span = spans[open.text_runs];
    else node.span = open.id == 0 ? source.span : source.nodes[open.id - 1]->span;
    ++open.text_runs;
    open.node.children.push_back(std::move(node));
    pending.clear();
  };

  std::optional<Tag> tag;
  for (size_t pos = 0; (pos = scan_literal(translation, pos, pending, tag)) != std::string_view::npos;
       pos += tag->length) {
    size_t id = tag->id;
    const Inline* original = source.nodes[id - 1];
    if (tag->kind != TagKind::close) {
      flush_text();
      Inline node = *original;
      node.children.clear();
      if (tag->kind == TagKind::empty) stack.back().node.children.push_back(std::move(node));
      else stack.push_back({id, std::move(node), 0});
      continue;
    }
    if (original->kind == InlineKind::code) {
      bool only_text = stack.back().node.children.empty();
      if (!only_text || pending != original->text)
        return "code in <" + std::to_string(id) + "> must stay exactly \"" + original->text + "\"";
      pending.clear();
    } else {
      flush_text();
    }
    Open done = std::move(stack.back());
    stack.pop_back();
    stack.back().node.children.push_back(std::move(done.node));
  }
  flush_text();
  std::vector<Inline> out = std::move(stack.front().node.children);
  merge_text(out);
  return out;
}

void merge_text(std::vector<Inline>& inlines) {
  std::vector<Inline> merged;
  merged.reserve(inlines.size());
  for (auto& node : inlines) {
    if (node.kind == InlineKind::text) {
      if (node.text.empty()) continue;
      if (!merged.empty() && merged.back().kind == InlineKind::text) {
        merged.back().text += node.text;
        continue;
      }
    } else {
      merge_text(node.children);
    }
    merged.push_back(std::move(node));
  }
  inlines = std::move(merged);
}

}  // namespace leafpress::l10n
