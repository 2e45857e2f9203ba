#pragma once
// msgmerge's rule for choosing a fuzzy match (GNU gettext 0.21), written once for the fuzzy
// index and the scan: the weight of a candidate (gnulib fstrcmp plus a tiny bonus for the same
// or no context) must exceed 0.6; a heavier candidate wins, and one of equal weight wins only by
// sharing more of the query's 4-grams, then by coming first. A query of fewer than 4 characters
// is compared with every short candidate of a length that can reach the threshold instead.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/message.hpp"

namespace leafpress::catalog {

/// msgmerge's similarity of two strings (gnulib fstrcmp): 2·LCS / (len1 + len2), in bytes;
/// 1 for two empty strings, 0 when only one is empty.
double similarity(std::string_view a, std::string_view b);

namespace fuzzy {

inline constexpr double k_threshold = 0.6;          // msgmerge's FUZZY_THRESHOLD
inline constexpr double k_context_bonus = 0.00001;  // fuzzy_search_goal_function's bonus

/// msgmerge's weight of a candidate: fstrcmp plus the context bonus, computed as gettext does
/// so that equal weights are equal doubles.
inline double weight(size_t common, size_t total, bool bonus) {
  double w = static_cast<double>(2 * common) / static_cast<double>(total);
  return bonus ? w + k_context_bonus : w;
}

/// Whether msgmerge may propose `m` as a fuzzy match: a msgid and a translation (msgstr[0]),
/// obsolete or not.
inline bool is_candidate(const Message& m) {
  return !m.msgid.empty() && !m.msgstr.empty() && !m.msgstr.front().empty();
}

/// Whether a candidate with context `candidate` gets the bonus for a query with `query`: it
/// has no context, or the query's.
inline bool context_bonus(const std::optional<std::string>& query, const std::optional<std::string>& candidate) {
  return !candidate || (query && *query == *candidate);
}

/// The candidates a query of fewer than 4 characters is compared with, by msgid bytes:
/// msgmerge's lists of short messages reach 28 bytes (3 characters of up to 4 bytes, times the
/// widest length ratio a similarity above 0.6 allows).
class ShortCandidates {
 public:
  static constexpr size_t k_longest = static_cast<size_t>(12 * (2 / k_threshold - 1));

  ShortCandidates() : m_by_length(k_longest + 1) {}
  /// Adds candidate c, whose msgid has `bytes` bytes (ignored when too long to matter).
  void add(uint32_t c, size_t bytes) {
    if (bytes <= k_longest) m_by_length[bytes].push_back(c);
  }
  /// Calls f(c) for each candidate a query of `query_bytes` bytes may match: by length, then in
  /// the order added.
  template <class F>
  void each_reachable(size_t query_bytes, F&& f) const {
    const auto l = static_cast<double>(query_bytes);
    const auto lmin = static_cast<size_t>(std::ceil(l / (2 / k_threshold - 1)));
    const auto lmax = static_cast<size_t>(l * (2 / k_threshold - 1));
    for (size_t len = lmin; len <= lmax && len < m_by_length.size(); ++len)
      for (uint32_t c : m_by_length[len]) f(c);
  }

 private:
  std::vector<std::vector<uint32_t>> m_by_length;
};

/// The best candidate so far of one query, kept as msgmerge keeps it.
class Choice {
 public:
  [[nodiscard]] bool found() const { return m_found; }
  [[nodiscard]] double weight() const { return m_weight; }
  [[nodiscard]] uint32_t candidate() const { return m_candidate; }

  /// Whether a candidate whose weight is at most `bound` may still become the best.
  [[nodiscard]] bool can_win(double bound) const { return bound > m_weight || (bound == m_weight && m_found); }

  /// Whether a candidate of the best weight sharing `shared` 4-gram positions with the query
  /// would win the tie: more shared positions, then an earlier candidate.
  [[nodiscard]] bool beats_tie(uint32_t shared, uint32_t c) const {
    return m_found && (shared > m_shared || (shared == m_shared && c < m_candidate));
  }

  /// Candidate c, of weight w, sharing `shared` 4-gram positions: kept if it wins.
  void offer(double w, uint32_t shared, uint32_t c) {
    if (w > m_weight || (w == m_weight && beats_tie(shared, c))) take(w, shared, c);
  }

  /// A short query's candidate c of weight w: kept only if strictly heavier (no 4-grams to
  /// break ties with, so the first of a weight stays).
  void offer_short(double w, uint32_t c) {
    if (w > m_weight) take(w, 0, c);
  }

 private:
  void take(double w, uint32_t shared, uint32_t c) {
    m_found = true;
    m_weight = w;
    m_shared = shared;
    m_candidate = c;
  }

  bool m_found = false;
  double m_weight = k_threshold;
  uint32_t m_shared = 0;
  uint32_t m_candidate = 0;
};

}  // namespace fuzzy
}  // namespace leafpress::catalog
