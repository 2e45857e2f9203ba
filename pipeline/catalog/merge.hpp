#pragma once
// Merge: msgmerge's semantics and choices, with an indexed (fast) fuzzy search.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "catalog/fuzzy_rule.hpp"  // similarity()
#include "catalog/merge_session.hpp"
#include "catalog/message.hpp"

namespace leafpress::catalog {

struct MergeStats {
  size_t exact = 0, fuzzy = 0, added = 0, obsoleted = 0;
};

struct MergeOptions {
  bool fuzzy_matching = true;       // false: as msgmerge --no-fuzzy-matching
  unsigned jobs = 0;                // threads for the fuzzy search; 0: one per core (up to 8)
  MergeSession* session = nullptr;  // work shared with the merges of other languages' catalogs
  /// The role of a unit (a statement's "title", "body"…; empty for none). When set, a fuzzy
  /// match whose role differs from the unit's must reach `other_role_similarity` (msgmerge
  /// has no roles: without this, a title may be pre-filled with a category's translation).
  std::function<std::string(const Message&)> role = nullptr;
  double other_role_similarity = 0.8;
  /// Extracted comments this catalog adds after the template's own to each of its units (the
  /// glossary's approved renderings in the catalog's language); nullptr or empty: none.
  std::function<std::vector<std::string>(const Message& unit)> extra_comments = nullptr;
};

/// msgmerge --previous semantics (GNU gettext 0.21): `definitions` is the translator's
/// catalog, `reference` the template. Exact (msgctxt, msgid) matches, obsolete old entries
/// included, keep translation, translator comments and fuzziness; other template units get
/// the old translation msgmerge would choose (similarity above 0.6) marked fuzzy with the
/// previous msgid; old units no longer in the template become obsolete. References,
/// extracted comments and format/wrap/range flags come from the template; a change between
/// singular and plural makes a unit fuzzy. The header is the translator's, with the
/// template's Report-Msgid-Bugs-To and POT-Creation-Date, in msgmerge's field order.
Catalog merge(const Catalog& definitions, const Catalog& reference, MergeStats* stats = nullptr);
Catalog merge(const Catalog& definitions, const Catalog& reference, const MergeOptions& options,
              MergeStats* stats = nullptr);

/// In `kept`, for a message of the result equal to an old one in every part but the line
/// (Message::same_entry): the old one's position in `definitions`.
inline constexpr size_t k_not_kept = static_cast<size_t>(-1);

/// The same merge, taking `definitions` apart instead of copying it (what is left of it is
/// unspecified). `kept`, when given, receives one position or k_not_kept per message of the
/// result: what a writer may copy from the old file instead of writing again.
Catalog merge(Catalog&& definitions, const Catalog& reference, const MergeOptions& options, MergeStats* stats,
              std::vector<size_t>* kept = nullptr);

}  // namespace leafpress::catalog
