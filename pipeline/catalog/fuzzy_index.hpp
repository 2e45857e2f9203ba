#pragma once
// msgmerge's fuzzy search, made fast. GNU msgmerge 0.21 compares a changed msgid with every
// old translated message that shares a 4-gram of characters with it and takes the most
// similar (similarity > 0.6, a tiny bonus for the same or no context, ties to the message
// sharing the most 4-grams, then the earliest); this index makes the same choice while
// comparing with few of them, thanks to exact upper bounds on the similarity.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/fuzzy_rule.hpp"  // similarity()
#include "catalog/lcs_memo.hpp"
#include "catalog/message.hpp"
#include "catalog/msgid_features.hpp"

namespace leafpress::catalog {

class FuzzyIndex {
 public:
  /// Indexes the messages msgmerge may propose: every one of `messages` (obsolete ones too)
  /// whose msgstr[0] is not empty. `by_characters`: 4-grams of UTF-8 characters, as msgmerge
  /// for a catalog whose charset it knows; false: of bytes. `messages` must outlive the index,
  /// and `memo` and `features`, when given, the searches.
  FuzzyIndex(const std::vector<Message>& messages, bool by_characters, LcsMemo* memo = nullptr,
             const MsgidFeatures* features = nullptr);
  ~FuzzyIndex();
  FuzzyIndex(const FuzzyIndex&) = delete;
  FuzzyIndex& operator=(const FuzzyIndex&) = delete;

  /// Queries on one thread (each thread needs its own; the index is shared, read-only).
  class Search {
   public:
    explicit Search(const FuzzyIndex& index);
    ~Search();
    Search(const Search&) = delete;
    Search& operator=(const Search&) = delete;

    /// The position in the messages of the one msgmerge takes as the fuzzy match of
    /// (msgctxt, msgid), or nullopt when none is similar enough. Exact unless the query has
    /// no close match and comparing every candidate the bounds let through would cost more
    /// than `k_comparison_budget` (only in big catalogs): then those sharing the most of its
    /// 4-grams are compared first, as msgmerge itself limits compendium searches, and a weak
    /// match msgmerge would find may be missed.
    [[nodiscard]] std::optional<size_t> best(const std::optional<std::string>& msgctxt, std::string_view msgid);

   private:
    struct State;
    std::unique_ptr<State> m_state;
  };

  /// The work a query may spend once it is clear it has no close match, in bytes compared ×
  /// 64-byte words of the query: about 500 comparisons of two 400-byte paragraphs, or 30,000
  /// of two short titles.
  static constexpr size_t k_comparison_budget = 1'500'000;

 private:
  struct Data;
  std::unique_ptr<Data> m_data;
};

}  // namespace leafpress::catalog
