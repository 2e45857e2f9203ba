// One traversal for extraction and application: walk() visits every unit of a Document in
// order, and a visitor either records the unit or supplies its translated inlines.
#include "l10n/unit.hpp"

#include "base/utf8.hpp"
#include "l10n/placeholders.hpp"
#include "text/nfc.hpp"
#include "text/segment.hpp"
#include "text/typography.hpp"

namespace leafpress::l10n {

using doc::Block;
using doc::BlockKind;
using doc::Inline;
using doc::InlineKind;
using doc::Role;

namespace {

/// A sentence (or a whole paragraph) cut from a block's top-level inlines.
struct Piece {
  std::vector<Inline> inlines;
  std::string trailing;      // white space after it in the source, put back on apply
  SourceSpan trailing_span;  // span of the text node the white space came from
};

void append_plain(const Inline& node, std::string& out) {
  switch (node.kind) {
    case InlineKind::text:
    case InlineKind::code: out += node.text; break;
    case InlineKind::line_break: out += ' '; break;
    default:
      for (const auto& child : node.children) append_plain(child, out);
  }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// Moves trailing white space of the piece's last text node into `trailing`.
void strip_trailing(Piece& piece) {
  if (piece.inlines.empty() || piece.inlines.back().kind != InlineKind::text) return;
  std::string& text = piece.inlines.back().text;
  size_t end = text.size();
  while (end > 0 && is_space(text[end - 1])) --end;
  if (end == text.size()) return;
  piece.trailing = text.substr(end) + piece.trailing;
  piece.trailing_span = piece.inlines.back().span;
  text.resize(end);
  if (text.empty()) piece.inlines.pop_back();
}

// Splits top-level inlines at sentence ends. An end inside emphasis, a link or code is not
// used, so a placeholder never straddles two units.
std::vector<Piece> split_sentences(const std::vector<Inline>& inlines, const std::string& lang) {
  std::string plain;
  std::vector<std::pair<size_t, size_t>> ranges;  // plain-text range of each top-level node
  for (const auto& node : inlines) {
    size_t start = plain.size();
    append_plain(node, plain);
    ranges.emplace_back(start, plain.size());
  }
  std::vector<size_t> ends = text::sentence_ends(plain, lang);
  std::vector<Piece> pieces(1);
  size_t next_end = 0;
  for (size_t i = 0; i < inlines.size(); ++i) {
    const Inline& node = inlines[i];
    auto [start, stop] = ranges[i];
    while (next_end < ends.size() && ends[next_end] <= start) ++next_end;
    if (node.kind != InlineKind::text) {
      pieces.back().inlines.push_back(node);
      // An end inside the node is skipped; one at its end cuts after it.
      while (next_end < ends.size() && ends[next_end] < stop) ++next_end;
      if (next_end < ends.size() && ends[next_end] == stop && stop != plain.size()) pieces.emplace_back();
      continue;
    }
    size_t taken = start;
    while (next_end < ends.size() && ends[next_end] <= stop) {
      size_t cut = ends[next_end];
      Inline part = node;
      part.text = node.text.substr(taken - start, cut - taken);
      if (!part.text.empty()) pieces.back().inlines.push_back(std::move(part));
      taken = cut;
      ++next_end;
      if (cut != plain.size()) pieces.emplace_back();
    }
    if (taken < stop) {
      Inline part = node;
      part.text = node.text.substr(taken - start);
      pieces.back().inlines.push_back(std::move(part));
    }
  }
  std::vector<Piece> out;
  for (auto& piece : pieces) {
    strip_trailing(piece);
    if (piece.inlines.empty()) {
      // Only white space: it belongs after the previous sentence.
      if (!out.empty()) {
        if (out.back().trailing.empty()) out.back().trailing_span = piece.trailing_span;
        out.back().trailing += piece.trailing;
      }
      continue;
    }
    out.push_back(std::move(piece));
  }
  return out;
}

/// What a visitor decides for one unit.
struct Outcome {
  std::optional<std::vector<Inline>> inlines;  // replacement; nullopt keeps the source
  bool fallback = false;                       // the source was kept for lack of a translation
};

using Visitor = std::function<Outcome(const Unit&, const Rendered&)>;

class Walker {
 public:
  Walker(Segmentation segmentation, const std::string& lang, const Visitor& visit)
      : m_segmentation(segmentation), m_lang(lang), m_visit(visit) {}

  void walk(std::vector<Block>& blocks) {
    for (auto& block : blocks) {
      m_role = block.role;
      std::string where;
      switch (block.kind) {
        case BlockKind::heading:
          where = block.role == Role::title ? "" : "heading, level " + std::to_string(block.level);
          break;
        case BlockKind::paragraph:
          if (block.caption) where = "picture caption";
          else if (block.role == Role::body) where = "paragraph " + std::to_string(++m_body_paragraphs);
          else if (block.role == Role::none) where = "paragraph " + std::to_string(++m_paragraphs);
          break;
        case BlockKind::quote: where = "quotation"; break;
        case BlockKind::list: where = "list item"; break;
        case BlockKind::table: where = "table"; break;
        default: break;
      }
      visit_block(block, where);
    }
  }

 private:
  std::string comment(const std::string& where) const {
    std::string role = m_role == Role::none ? std::string() : doc::role_name(m_role);
    if (where.empty()) return role;
    return role.empty() ? where : role + ", " + where;
  }

  void visit_block(Block& block, const std::string& where) {
    switch (block.kind) {
      case BlockKind::heading:
      case BlockKind::paragraph: visit_inlines(block, where); break;
      case BlockKind::quote:
      case BlockKind::list:
      case BlockKind::list_item:
        for (auto& child : block.children) {
          // Inside a list or quotation, the unit is named after the container.
          std::string inner = where;
          if (child.kind == BlockKind::heading) inner = "heading, level " + std::to_string(child.level);
          visit_block(child, inner);
        }
        break;
      case BlockKind::table: visit_table(block, where); break;
      case BlockKind::table_cell: visit_inlines(block, where); break;
      case BlockKind::table_row:  // reached only through visit_table
      case BlockKind::code_block:
      case BlockKind::thematic_break: break;
    }
  }

  // Each cell is a unit; translators learn whether it labels a column (a header cell) and
  // which one, so "Hours" can be translated as a heading rather than a sentence.
  void visit_table(Block& table, const std::string& where) {
    int body_row = 0;
    for (auto& row : table.children) {
      if (!row.header) ++body_row;
      int column = 0;
      for (auto& cell : row.children) {
        std::string inner = where +
                            (row.header ? ", header of column " : ", row " + std::to_string(body_row) + ", column ") +
                            std::to_string(++column);
        if (cell.kind == BlockKind::table_cell) visit_inlines(cell, inner);
      }
    }
  }

  void visit_inlines(Block& block, const std::string& where) {
    std::vector<Piece> pieces;
    if (m_segmentation == Segmentation::sentence) {
      pieces = split_sentences(block.inlines, m_lang);
    } else {
      Piece whole;
      whole.inlines = block.inlines;
      strip_trailing(whole);
      if (!whole.inlines.empty()) pieces.push_back(std::move(whole));
    }
    bool changed = false;
    bool fallback = false;
    std::vector<Inline> rebuilt;
    for (size_t i = 0; i < pieces.size(); ++i) {
      Piece& piece = pieces[i];
      SourceSpan span = block.span;
      if (i > 0 && !piece.inlines.empty() && piece.inlines.front().span.line > 0) span = piece.inlines.front().span;
      Rendered rendered = render(piece.inlines, span);
      Unit unit;
      unit.source = rendered.text;
      unit.span = span;
      unit.role = m_role;
      unit.comment = comment(where);
      if (m_segmentation == Segmentation::sentence && pieces.size() > 1)
        unit.comment += (unit.comment.empty() ? "" : ", ") + std::string("sentence ") + std::to_string(i + 1);
      Outcome outcome = m_visit(unit, rendered);
      fallback = fallback || outcome.fallback;
      if (outcome.inlines) {
        changed = true;
        for (auto& node : *outcome.inlines) rebuilt.push_back(std::move(node));
      } else {
        for (auto& node : piece.inlines) rebuilt.push_back(node);
      }
      if (!piece.trailing.empty()) {
        Inline space;
        space.text = piece.trailing;
        space.span = piece.trailing_span;
        rebuilt.push_back(std::move(space));
      }
    }
    if (changed) {
      merge_text(rebuilt);
      block.inlines = std::move(rebuilt);
    }
    if (fallback) block.lang = m_lang;
  }

  Segmentation m_segmentation;
  const std::string& m_lang;
  const Visitor& m_visit;
  Role m_role = Role::none;
  int m_body_paragraphs = 0;
  int m_paragraphs = 0;
};

}  // namespace

std::optional<Segmentation> parse_segmentation(std::string_view name) {
  if (name == "paragraph") return Segmentation::paragraph;
  if (name == "sentence") return Segmentation::sentence;
  return std::nullopt;
}

std::vector<Unit> extract_units(const doc::Document& document, Segmentation segmentation) {
  std::vector<Unit> units;
  Visitor visit = [&](const Unit& unit, const Rendered&) {
    units.push_back(unit);
    return Outcome{};
  };
  std::vector<Block> blocks = document.blocks;  // the walk may touch blocks; extraction never does
  Walker(segmentation, document.lang, visit).walk(blocks);
  return units;
}

doc::Document apply_translations(const doc::Document& document, Segmentation segmentation, const Lookup& lookup,
                                 const std::string& target_lang, ApplyReport* report) {
  ApplyReport local;
  ApplyReport& out = report ? *report : local;
  Visitor visit = [&](const Unit& unit, const Rendered& rendered) -> Outcome {
    ++out.units;
    std::optional<std::string> translation = lookup(unit.source);
    if (!translation || translation->empty()) {
      ++out.fallback;
      return {std::nullopt, true};
    }
    // Most translations are plainly valid NFC, found in one pass; the others are checked.
    const bool plain = text::is_plainly_nfc(*translation);
    if (auto bad = plain ? std::nullopt : utf8::find_invalid(*translation)) {
      ++out.fallback;
      out.problems.push_back(unit.span.to_string() + ": translation not used: invalid UTF-8 at byte " +
                             std::to_string(*bad));
      return {std::nullopt, true};
    }
    // Catalogs may hold decomposed text (e.g. Vietnamese typed on some keyboards): NFC, as sources.
    std::string normal;
    std::string_view composed = *translation;
    if (!plain) composed = normal = text::to_nfc(*translation);
    auto inlines = rebuild(composed, rendered);
    if (auto* problem = std::get_if<std::string>(&inlines)) {
      // Source text that itself looks like a placeholder ("<1>") cannot be parsed back; a
      // translation equal to the source is the source, so keep it as it is.
      if (*translation == unit.source) {
        ++out.translated;
        return {std::nullopt, false};
      }
      ++out.fallback;
      out.problems.push_back(unit.span.to_string() + ": translation not used: " + *problem);
      return {std::nullopt, true};
    }
    ++out.translated;
    return {std::move(std::get<std::vector<Inline>>(inlines)), false};
  };
  doc::Document result = document;
  Walker(segmentation, document.lang, visit).walk(result.blocks);
  result.lang = target_lang;
  return result;
}

}  // namespace leafpress::l10n
