#pragma once
// Placeholders: inline markup inside a unit as numbered tags (`<1>…</1>`, `<2/>`), rendered
// from the Document's inlines and parsed back from a translation, checked against the source.
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

/// Renders inlines: text as is, emphasis/strong/link/code as `<n>…</n>` (code keeps its
/// characters inside), a line break as `<n/>`; n counts from 1 in order of appearance.
/// `inlines` must outlive the result.
Rendered render(const std::vector<doc::Inline>& inlines, const SourceSpan& span);

/// Rebuilds inlines from `translation` using the source's placeholders. Every placeholder
/// must appear exactly once, in its own kind (paired or `<n/>`), with the same enclosing
/// placeholder as in the source; code must stay unchanged. Only `<n>`, `</n>` and `<n/>` are
/// markup: anything else (`<script>`) is text. On mismatch returns a message for translators.
std::variant<std::vector<doc::Inline>, std::string> rebuild(std::string_view translation, const Rendered& source);

/// Joins adjacent text nodes (the first one's span is kept) and drops empty ones, at every
/// level, so equal content has one representation.
void merge_text(std::vector<doc::Inline>& inlines);

}  // namespace leafpress::l10n
