#pragma once
// The fuzzy search without an index: for a merge with only a few changed units to look up.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/lcs_memo.hpp"
#include "catalog/message.hpp"

namespace leafpress::catalog {

/// The same choice as FuzzyIndex::Search::best (exact, with no comparison budget), found by
/// comparing the query with every candidate in the order of their similarity bounds: no index
/// to build, so cheaper when a merge has only a few changed units to look up.
class FuzzyScan {
 public:
  /// `memo` (optional) shares common-subsequence lengths with other catalogs' searches.
  FuzzyScan(const std::vector<Message>& messages, bool by_characters, LcsMemo* memo = nullptr);
  ~FuzzyScan();
  FuzzyScan(const FuzzyScan&) = delete;
  FuzzyScan& operator=(const FuzzyScan&) = delete;

  /// The position in the messages of the one msgmerge takes as the fuzzy match of
  /// (msgctxt, msgid), or nullopt when none is similar enough.
  [[nodiscard]] std::optional<size_t> best(const std::optional<std::string>& msgctxt, std::string_view msgid) const;

 private:
  struct Data;
  std::unique_ptr<Data> m_data;
};

}  // namespace leafpress::catalog
