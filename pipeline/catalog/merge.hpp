#pragma once
// Merge: msgmerge's semantics with an indexed (fast) fuzzy search.
#include <cstddef>

#include "catalog/message.hpp"

namespace leafpress::catalog {

struct MergeStats {
  size_t exact = 0, fuzzy = 0, added = 0, obsoleted = 0;
};

struct MergeOptions {
  bool fuzzy_matching = true;  // false: as msgmerge --no-fuzzy-matching
};

/// msgmerge semantics: `definitions` is the translator's catalog, `reference` the template.
/// Exact (msgctxt, msgid) matches keep translation, translator comments and flags; other
/// template units get the most similar old translation (similarity >= 0.6) marked fuzzy with
/// the previous msgid; old units no longer in the template become obsolete. References and
/// extracted comments come from the template; the header comes from `definitions`.
Catalog merge(const Catalog& definitions, const Catalog& reference, MergeStats* stats = nullptr);
Catalog merge(const Catalog& definitions, const Catalog& reference, const MergeOptions& options,
              MergeStats* stats = nullptr);

/// msgmerge's similarity of two strings: 2·LCS / (len1 + len2), in [0, 1] (1 for two empty).
double similarity(std::string_view a, std::string_view b);

}  // namespace leafpress::catalog
