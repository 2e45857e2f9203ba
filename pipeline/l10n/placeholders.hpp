#pragma once
// Placeholders: inline markup inside a unit as numbered tags (`<1>…</1>`, `<2/>`), rendered
// from the Document's inlines and parsed back from a translation, checked against the source.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/source_span.hpp"
#include "doc/document.hpp"

namespace leafpress::l10n {

/// A run of inlines rendered as unit text, remembering which node each placeholder stands for.
struct Rendered {
  std::string text;                       // e.g. "Read <1>our plan</1> today"
  std::vector<const doc::Inline*> nodes;  // nodes[id - 1]
  std::vector<size_t> parents;            // parents[id - 1]: enclosing placeholder id, 0 = none
  /// text_spans[id]: spans of the text nodes directly inside placeholder `id` (0 = top level),
  /// in order, so rebuilt text gets its original span back.
  std::vector<std::vector<SourceSpan>> text_spans;
  SourceSpan span;  // the run's span (fallback for text without an original)
};

/// Renders inlines: text as is (a literal "<1>" escaped as "\<1>", a backslash before "<" or
/// "\" doubled, so that no text reads as markup), emphasis/strong/link/code as `<n>…</n>` (code keeps its
/// characters inside), a line break as `<n/>`; n counts from 1 in order of appearance.
/// `inlines` must outlive the result.
Rendered render(const std::vector<doc::Inline>& inlines, const SourceSpan& span);

/// The placeholders of a unit: for each id (from 1), whether it is written `<n/>` and the id
/// of the placeholder it sits in (0: none).
struct PlaceholderShape {
  std::vector<bool> empty;      // empty[id - 1]
  std::vector<size_t> parents;  // parents[id - 1]
};

/// The shape of a rendered run.
PlaceholderShape shape_of(const Rendered& rendered);
/// The shape read back from unit text as render() writes it (a msgid).
PlaceholderShape shape_of(std::string_view unit_text);

/// Why the placeholders of `translation` do not fit `shape` (a message for translators), or
/// nullopt when every placeholder appears exactly once, in its own kind, inside the same
/// placeholder as in the source.
std::optional<std::string> placeholder_problem(std::string_view translation, const PlaceholderShape& shape);

/// Why the pages and leaflets cannot use `translation` for the unit whose text (msgid) is
/// `source`, or nullopt when they can: the one rule the writers (through rebuild), `check`,
/// `review` and the print gate share, so that nothing a page would show in English passes.
/// (Code inside a placeholder must also stay as it is; only rebuild, which knows which
/// placeholders are code, can see that.)
std::optional<std::string> unusable_translation(std::string_view source, std::string_view translation);

/// A piece of unit text as an exchange format (XLIFF) carries it: literal text, or a protected
/// code: a placeholder tag (`<1>`, `</1>`, `<2/>`) or a format argument (`{1}`, page furniture).
struct UnitPiece {
  enum class Kind { text, open, close, empty, argument };
  Kind kind = Kind::text;
  std::string text;  // Kind::text: the characters as a reader sees them (escapes resolved)
  size_t id = 0;     // the placeholder's or argument's number
};

/// Unit text (a msgid or msgstr) split into literal text and codes, in order; tags need not
/// pair (placeholder_problem judges that).
std::vector<UnitPiece> split_unit_text(std::string_view unit_text);

/// The unit text of `pieces`, literal text escaped so that no part of it reads as a tag
/// (split_unit_text's inverse for text render() writes).
std::string join_unit_text(const std::vector<UnitPiece>& pieces);

/// Rebuilds inlines from `translation` using the source's placeholders. Every placeholder
/// must appear exactly once, in its own kind (paired or `<n/>`), with the same enclosing
/// placeholder as in the source; code must stay unchanged. Only `<n>`, `</n>` and `<n/>` are
/// markup: anything else (`<script>`) is text. On mismatch returns a message for translators.
std::variant<std::vector<doc::Inline>, std::string> rebuild(std::string_view translation, const Rendered& source);

/// Joins adjacent text nodes (the first one's span is kept) and drops empty ones, at every
/// level, so equal content has one representation.
void merge_text(std::vector<doc::Inline>& inlines);

}  // namespace leafpress::l10n
