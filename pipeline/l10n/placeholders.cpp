#include "l10n/placeholders.hpp"

#include <optional>

namespace leafpress::l10n {

using doc::Inline;
using doc::InlineKind;

namespace {

void render_into(const std::vector<Inline>& inlines, size_t parent, Rendered& out) {
  for (const auto& node : inlines) {
    if (node.kind == InlineKind::text) {
      out.text += node.text;
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
    if (node.kind == InlineKind::code) out.text += node.text;
    else render_into(node.children, id, out);
    out.text += "</" + number + '>';
  }
}

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

std::variant<std::vector<Inline>, std::string> rebuild(std::string_view translation, const Rendered& source) {
  size_t count = source.nodes.size();
  std::vector<bool> seen(count + 1, false);
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

  size_t pos = 0;
  while (pos < translation.size()) {
    size_t lt = translation.find('<', pos);
    if (lt == std::string_view::npos) {
      pending += translation.substr(pos);
      break;
    }
    pending += translation.substr(pos, lt - pos);
    auto tag = tag_at(translation, lt);
    if (!tag) {
      pending += '<';
      pos = lt + 1;
      continue;
    }
    std::string shown(translation.substr(lt, tag->length));
    if (tag->id == 0 || tag->id > count)
      return "placeholder " + shown + " is not in the source text";
    const Inline* original = source.nodes[tag->id - 1];
    bool self_closing = original->kind == InlineKind::line_break;
    size_t id = tag->id;
    switch (tag->kind) {
      case TagKind::open:
      case TagKind::empty: {
        if (self_closing != (tag->kind == TagKind::empty))
          return "placeholder " + shown + " must be written " +
                 (self_closing ? "<" + std::to_string(id) + "/>" : "<" + std::to_string(id) + ">…</" + std::to_string(id) + ">");
        if (seen[id]) return "placeholder " + shown + " appears more than once";
        seen[id] = true;
        if (source.parents[id - 1] != stack.back().id)
          return source.parents[id - 1] == 0
                     ? "placeholder " + shown + " must not be inside <" + std::to_string(stack.back().id) + ">"
                     : "placeholder " + shown + " must stay inside <" + std::to_string(source.parents[id - 1]) + ">";
        flush_text();
        Inline node = *original;
        node.children.clear();
        if (tag->kind == TagKind::empty) stack.back().node.children.push_back(std::move(node));
        else stack.push_back({id, std::move(node), 0});
        break;
      }
      case TagKind::close: {
        if (stack.back().id != id)
          return "closing " + shown + " does not match the open placeholder" +
                 (stack.back().id == 0 ? std::string() : " <" + std::to_string(stack.back().id) + ">");
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
        break;
      }
    }
    pos = lt + tag->length;
  }
  if (stack.size() > 1) return "placeholder <" + std::to_string(stack.back().id) + "> is not closed";
  flush_text();
  for (size_t id = 1; id <= count; ++id) {
    if (!seen[id]) {
      bool self_closing = source.nodes[id - 1]->kind == InlineKind::line_break;
      return "placeholder " + (self_closing ? "<" + std::to_string(id) + "/>" : "<" + std::to_string(id) + ">") +
             " is missing";
    }
  }
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
