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

#include "catalog/message.hpp"

namespace leafpress::catalog {

/// msgmerge's similarity of two strings (gnulib fstrcmp): 2·LCS / (len1 + len2), in bytes;
/// 1 for two empty strings, 0 when only one is empty.
double similarity(std::string_view a, std::string_view b);

/// The common-subsequence lengths the searches of several catalogs holding the same msgids (a
/// project's languages) have computed, so that each pair of long msgids is compared once.
/// Pairs are keyed by two 64-bit hashes. Thread-safe; keeps at most `capacity` pairs.
class LcsMemo {
 public:
  explicit LcsMemo(size_t capacity = 400'000);
  ~LcsMemo();
  LcsMemo(const LcsMemo&) = delete;
  LcsMemo& operator=(const LcsMemo&) = delete;

  [[nodiscard]] std::optional<uint32_t> find(uint64_t query, uint64_t candidate) const;
  void store(uint64_t query, uint64_t candidate, uint32_t length);

 private:
  struct Data;
  std::unique_ptr<Data> m_data;
};

/// What the fuzzy searches of several catalogs holding the same msgids (a project's languages)
/// can find once for all of them: the byte classes and 4-grams of characters of each msgid of
/// `messages` (the template's). Built on first use, then read-only: thread-safe. `messages`
/// must outlive it. A search gives the same answers with or without it.
class MsgidFeatures {
 public:
  explicit MsgidFeatures(const std::vector<Message>& messages);
  ~MsgidFeatures();
  MsgidFeatures(const MsgidFeatures&) = delete;
  MsgidFeatures& operator=(const MsgidFeatures&) = delete;

  struct Data;
  /// The features, found on the first call.
  [[nodiscard]] const Data& ready() const;

 private:
  std::unique_ptr<Data> m_data;
};

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

  [[nodiscard]] std::optional<size_t> best(const std::optional<std::string>& msgctxt, std::string_view msgid) const;

 private:
  struct Data;
  std::unique_ptr<Data> m_data;
};

}  // namespace leafpress::catalog
