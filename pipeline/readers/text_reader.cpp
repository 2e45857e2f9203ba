// The plain-text statement reader.
//
// Blocks
// - Paragraphs are separated by blank lines (lines of only spaces/tabs count as blank). The
//   lines of a paragraph are trimmed and joined with one space (hard wrapping is undone);
//   the text is otherwise kept exactly, with no inline markup.
// - A block whose first line starts with "- ", "* ", "• " or "+ " is a bullet list, and one
//   starting with "1. " or "1) " (any number) an ordered list; each following line starting
//   with a marker of the same kind (any bullet, or any number) starts a new item, other lines
//   continue the item.
//   Adjacent list blocks of the same kind separated by blank lines make one list.
// - A block whose lines all start with ">" is a quotation; its content (one ">" and one
//   space removed) is read again by these rules, so quotations can hold lists and nest.
// - Statements pasted from e-mail and word processors often lose the blank line before a
//   list or quotation, so inside a paragraph:
//   - lines starting with ">" are a quotation of their own, apart from the lines around it;
//   - a line with a list marker starts a list after a lead-in line ending in ":"
//     ("…design these services:" newline "- free evening sessions"), or after a line ending
//     a sentence (". ! ?") when the next line starts an item of the same kind too. Otherwise
//     it continues the sentence: "-" there stands for a dash ("the plan\n- and only the
//     plan -\nworks"), and "1." for a number that a hard wrap put first on the line.
//   Lines without a marker continue the item before them, up to the end of the paragraph or
//   a line that is not indented after an item line ending a sentence (". ! ?"), which starts
//   a paragraph again.
//
// Roles (top-level blocks only; the blocks inside a list or quotation have no role)
// - Title: the first of the first four top-level blocks that is a one-line paragraph of at
//   most 120 characters, not ending in ".", ":", ";" or "," (so "!" and "?" are fine), not a
//   dateline ("12 March 2018", "2018-03-12") and not the last block. It becomes a level-1
//   heading.
// - Preamble: every block before the title (none when the title is the first block or when
//   there is no title).
// - Category: the last block, when it is a one-line paragraph of at most 80 characters that
//   ends with no punctuation (. ! ? : ; ,) and at least one body block comes before it.
// - Body: everything else.
//
// Front matter (optional): a first line "---", then "key: value" lines, then "---".
// - title: the paragraph with exactly this text is the title (blocks before it are the
//   preamble); when none has it, a title heading with this text is put first.
// - category: the last paragraph with exactly this text is the category; "none" means the
//   document has no category; any other text adds a category paragraph at the end.
// - roles: a comma-separated role for every top-level block, in order (preamble, title,
//   body, category, none); it replaces the inference entirely.
// - date, author, description: kept as metadata.
// Every front-matter value is also copied to Document::meta.
#include "readers/text_reader.hpp"

#include <algorithm>
#include <array>

#include "base/strings.hpp"
#include "readers/front_matter.hpp"
#include "readers/markdown_reader.hpp"
#include "readers/statement_roles.hpp"
#include "text/segment.hpp"

namespace leafpress::readers {

namespace {

using doc::Block;
using doc::BlockKind;
using doc::Inline;
using doc::InlineKind;
using doc::Role;

constexpr size_t k_title_search = 4;

struct Line {
  size_t offset;  // byte offset of `content` in SourceText::text
  std::string_view content;
};

constexpr std::string_view k_spaces = " \t\f\v";
bool is_space(char c) { return k_spaces.find(c) != std::string_view::npos; }

std::string_view trim(std::string_view s) { return leafpress::trim(s, k_spaces); }

Line trimmed(const Line& line) {
  std::string_view content = line.content;
  size_t lead = 0;
  while (lead < content.size() && is_space(content[lead])) ++lead;
  return {line.offset + lead, trim(content)};
}

enum class MarkerKind { none, bullet, ordered };

struct Marker {
  MarkerKind kind = MarkerKind::none;
  char bullet = '-';
  int number = 1;
  size_t length = 0;  // bytes of marker and the space after it
};

// A list marker at the start of a trimmed line.
Marker list_marker(std::string_view line) {
  Marker marker;
  for (std::string_view bullet : {"- ", "* ", "+ ", "\xE2\x80\xA2 "}) {
    if (line.starts_with(bullet) && trim(line.substr(bullet.size())).size() > 0) {
      marker.kind = MarkerKind::bullet;
      marker.bullet = bullet.size() == 2 ? bullet[0] : '*';
      marker.length = bullet.size();
      return marker;
    }
  }
  size_t digits = 0;
  while (digits < line.size() && digits < 9 && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') &&
      line[digits + 1] == ' ' && !trim(line.substr(digits + 2)).empty()) {
    marker.kind = MarkerKind::ordered;
    marker.number = std::stoi(std::string(line.substr(0, digits)));
    marker.length = digits + 2;
  }
  return marker;
}

// Splits lines into blank-separated groups.
std::vector<std::vector<Line>> group_lines(const std::vector<Line>& lines) {
  std::vector<std::vector<Line>> groups;
  bool open = false;
  for (const auto& line : lines) {
    if (trim(line.content).empty()) {
      open = false;
      continue;
    }
    if (!open) groups.emplace_back();
    open = true;
    groups.back().push_back(line);
  }
  return groups;
}

// True when the marked line `at` of a paragraph's lines starts a list there (see the rules
// at the top of this file).
bool starts_list_inside(const std::vector<Line>& group, size_t at, const Marker& marker) {
  std::string_view before = trim(group[at - 1].content);
  if (before.ends_with(':')) return true;
  if (before.empty() || std::string_view(".!?").find(before.back()) == std::string_view::npos) return false;
  return at + 1 < group.size() && list_marker(trim(group[at + 1].content)).kind == marker.kind;
}

// A blank-separated group split where a quotation or a list begins or a quotation ends
// without a blank line.
std::vector<std::vector<Line>> split_group(const std::vector<Line>& group) {
  std::vector<std::vector<Line>> parts;
  auto quoted = [](const Line& line) { return trim(line.content).starts_with('>'); };
  for (size_t i = 0; i < group.size(); ++i) {
    bool split = false;
    if (i > 0) {
      const Line& first = parts.back().front();
      if (quoted(group[i]) != quoted(first)) {
        split = true;
      } else if (!quoted(first) && list_marker(trim(first.content)).kind == MarkerKind::none) {
        Marker marker = list_marker(trim(group[i].content));
        split = marker.kind != MarkerKind::none && starts_list_inside(group, i, marker);
      } else if (!quoted(first) && list_marker(trim(group[i].content)).kind == MarkerKind::none) {
        std::string_view before = trim(group[i - 1].content);
        split = !group[i].content.empty() && !is_space(group[i].content.front()) && !before.empty() &&
                std::string_view(".!?").find(before.back()) != std::string_view::npos;
      }
    }
    if (i == 0 || split) parts.emplace_back();
    parts.back().push_back(group[i]);
  }
  return parts;
}

class TextReader {
 public:
  explicit TextReader(const SourceText& source) : m_source(source) {}

  Result<std::vector<Block>> read_blocks(const std::vector<Line>& lines, int depth) {
    if (depth > k_max_nesting)
      return fail(m_source.span_at(lines.empty() ? 0 : lines.front().offset),
                  "quotations nest more than " + std::to_string(k_max_nesting) + " levels deep");
    std::vector<Block> blocks;
    std::vector<std::vector<Line>> groups;
    for (const auto& blank_separated : group_lines(lines))
      for (auto& part : split_group(blank_separated)) groups.push_back(std::move(part));
    for (const auto& group : groups) {
      Line first = trimmed(group.front());
      bool quote = std::all_of(group.begin(), group.end(),
                               [](const Line& l) { return trimmed(l).content.starts_with('>'); });
      if (quote) {
        auto block = read_quote(group, depth);
        if (!block) return std::unexpected(block.error());
        blocks.push_back(std::move(*block));
        if (depth == 0) m_top_line_counts.push_back(group.size());
        continue;
      }
      Marker marker = list_marker(first.content);
      if (marker.kind != MarkerKind::none) {
        Block list = read_list(group, marker);
        // A list continued after a blank line joins the list before it.
        if (!blocks.empty() && blocks.back().kind == BlockKind::list && blocks.back().ordered == list.ordered &&
            blocks.back().bullet == list.bullet) {
          for (auto& item : list.children) blocks.back().children.push_back(std::move(item));
        } else {
          blocks.push_back(std::move(list));
          if (depth == 0) m_top_line_counts.push_back(group.size());
        }
        continue;
      }
      blocks.push_back(paragraph(group));
      if (depth == 0) m_top_line_counts.push_back(group.size());
    }
    return blocks;
  }

  /// Source lines of each top-level block read so far (for the one-line rules).
  [[nodiscard]] const std::vector<size_t>& top_line_counts() const { return m_top_line_counts; }

 private:
  Block paragraph(const std::vector<Line>& group) {
    Block block;
    block.kind = BlockKind::paragraph;
    Line first = trimmed(group.front());
    block.span = m_source.span_at(first.offset);
    Inline text;
    text.kind = InlineKind::text;
    text.span = block.span;
    for (const auto& line : group) {
      std::string_view content = trim(line.content);
      if (content.empty()) continue;
      if (!text.text.empty()) text.text += ' ';
      text.text += content;
    }
    block.inlines.push_back(std::move(text));
    return block;
  }

  Block read_list(const std::vector<Line>& group, Marker first_marker) {
    Block list;
    list.kind = BlockKind::list;
    list.ordered = first_marker.kind == MarkerKind::ordered;
    list.start = first_marker.number;
    list.bullet = first_marker.bullet;
    list.span = m_source.span_at(trimmed(group.front()).offset);
    std::vector<Line> item_lines;
    SourceSpan item_span;
    auto flush = [&] {
      if (item_lines.empty()) return;
      Block item;
      item.kind = BlockKind::list_item;
      item.span = item_span;
      item.children.push_back(paragraph(item_lines));
      list.children.push_back(std::move(item));
      item_lines.clear();
    };
    for (const auto& raw : group) {
      Line line = trimmed(raw);
      Marker marker = list_marker(line.content);
      if (marker.kind == first_marker.kind) {
        flush();
        item_span = m_source.span_at(line.offset);
        std::string_view rest = line.content.substr(marker.length);
        size_t lead = 0;
        while (lead < rest.size() && is_space(rest[lead])) ++lead;
        item_lines.push_back({line.offset + marker.length + lead, rest.substr(lead)});
      } else {
        item_lines.push_back(line);
      }
    }
    flush();
    return list;
  }

  Result<Block> read_quote(const std::vector<Line>& group, int depth) {
    Block quote;
    quote.kind = BlockKind::quote;
    quote.span = m_source.span_at(trimmed(group.front()).offset);
    std::vector<Line> inner;
    for (const auto& raw : group) {
      Line line = trimmed(raw);
      std::string_view rest = line.content.substr(1);
      size_t skip = 1;
      if (rest.starts_with(' ')) {
        rest.remove_prefix(1);
        ++skip;
      }
      inner.push_back({line.offset + skip, rest});
    }
    auto children = read_blocks(inner, depth + 1);
    if (!children) return std::unexpected(children.error());
    quote.children = std::move(*children);
    return quote;
  }

  const SourceText& m_source;
  std::vector<size_t> m_top_line_counts;
};

}  // namespace

Result<doc::Document> read_text(const SourceText& source, const std::string& lang) {
  std::vector<Line> lines;
  for (size_t i = 0; i < source.line_starts.size(); ++i) {
    size_t start = source.line_starts[i];
    size_t end = i + 1 < source.line_starts.size() ? source.line_starts[i + 1] - 1 : source.text.size();
    lines.push_back({start, std::string_view(source.text).substr(start, end - start)});
  }
  if (auto keys = check_front_matter_keys(source); !keys) return std::unexpected(keys.error());
  TextReader reader(source);
  auto blocks = reader.read_blocks(lines, 0);
  if (!blocks) return std::unexpected(blocks.error());

  std::vector<size_t> line_counts = reader.top_line_counts();

  doc::Document document;
  document.path = source.path;
  document.name = document_name(source.path);
  document.lang = lang;
  for (const auto& [key, value] : source.front.values) document.meta[key] = value;

  std::vector<Block>& top = *blocks;
  auto roles = front_matter_roles(source, top.size());
  if (!roles) return std::unexpected(roles.error());
  if (*roles) {
    for (size_t i = 0; i < top.size(); ++i) {
      if ((**roles)[i] == Role::title) make_title(top[i]);
      else top[i].role = (**roles)[i];
    }
    document.blocks = std::move(top);
    return document;
  }

  // The title: named in front matter, or inferred.
  std::optional<size_t> title;
  if (auto named = source.front.values.find("title"); named != source.front.values.end()) {
    // A title added in front shifts the blocks; line_counts is consulted only for the last
    // block from here on, which stays the last.
    title = find_or_add_title(top, named->second, front_matter_span(source, "title"));
  } else {
    // Something must follow a title: a statement's last block is never its title.
    for (size_t i = 0; i + 1 < top.size() && i < k_title_search && !title; ++i)
      if (is_title_candidate(top[i], line_counts[i])) title = i;
  }

  // The category: named in front matter, or inferred.
  std::optional<size_t> category;
  size_t first_body = title ? *title + 1 : 0;
  if (auto named = source.front.values.find("category"); named != source.front.values.end()) {
    category = find_or_add_category(top, named->second, first_body, front_matter_span(source, "category"));
  } else if (top.size() >= first_body + 2 && is_category_candidate(top.back(), line_counts.back())) {
    category = top.size() - 1;
  }

  for (size_t i = 0; i < top.size(); ++i) {
    if (title && i < *title) top[i].role = Role::preamble;
    else if (title && i == *title) make_title(top[i]);
    else if (category && i == *category) top[i].role = Role::category;
    else top[i].role = Role::body;
  }
  document.blocks = std::move(top);
  return document;
}

}  // namespace leafpress::readers
