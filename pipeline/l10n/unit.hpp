#pragma once
// Translation units: one traversal of a Document lists its units (extract) and puts
// translations back (apply), so the two can never disagree about segmentation.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_span.hpp"
#include "doc/document.hpp"

namespace leafpress::l10n {

/// One translatable piece of text. Inline markup travels as numbered placeholders:
/// `Read <1>our plan</1> today`, `<2/>` for a line break; code keeps its text inside its pair.
struct Unit {
  std::string source;                // the text with placeholders
  std::string comment;               // the role for translators: "title", "body, paragraph 3", "list item"…
  SourceSpan span;                   // where the unit starts
  doc::Role role = doc::Role::none;  // role of the top-level block it belongs to
};

enum class Segmentation { paragraph, sentence };

/// "paragraph" or "sentence" → Segmentation; nullopt for anything else.
std::optional<Segmentation> parse_segmentation(std::string_view name);

/// The units of a document in document order (headings and paragraphs, also inside lists and
/// quotations; code blocks are not translated).
std::vector<Unit> extract_units(const doc::Document& document, Segmentation segmentation);

/// Lookup returns the translation of a unit's source text, or nullopt (untranslated/fuzzy).
using Lookup = std::function<std::optional<std::string>(std::string_view source)>;

struct ApplyReport {
  size_t units = 0, translated = 0, fallback = 0;
  std::vector<std::string> problems;  // "file:line: …" for each rejected translation
};

/// The same traversal as extract_units, putting translations back. Untranslated units keep the
/// source and their block gets `lang` = source language (so writers mark it). A translation whose
/// placeholders don't match the source's is rejected (fallback + problem), and any other text a
/// translator typed (`<script>`) stays plain text, never markup. The result's lang is
/// `target_lang`.
doc::Document apply_translations(const doc::Document& document, Segmentation segmentation, const Lookup& lookup,
                                 const std::string& target_lang, ApplyReport* report = nullptr);

}  // namespace leafpress::l10n
