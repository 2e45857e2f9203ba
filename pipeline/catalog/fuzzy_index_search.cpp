#include "catalog/fuzzy_index.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/text_hash.hpp"
#include "catalog/fuzzy_index_data.hpp"
#include "catalog/fuzzy_rule.hpp"
#include "catalog/lcs.hpp"
#include "catalog/lcs_memo.hpp"

namespace leafpress::catalog {

using namespace fuzzy;

namespace {

constexpr size_t k_seed_grams = 6;        // rarest query 4-grams that propose first candidates
constexpr size_t k_seed_candidates = 24;  // of which the most promising are compared first
constexpr double k_close = 0.9;           // a match this close narrows the lengths to look at
constexpr size_t k_common_gram = 256;     // 4-grams in more candidates do not order the search

}  // namespace

// One query's search: the candidates are compared under exact bounds, and the best is kept
// as msgmerge keeps it: the first candidate of strictly greater weight in the order of shared
// 4-grams (most first), then of position.
struct FuzzyIndex::Search::State {
  const Data& d;
  LcsQuery lcs;
  std::vector<uint32_t> stamp;                // per candidate: the query that last looked at it
  std::vector<uint32_t> tally;                // per candidate: 4-gram positions counted so far
  std::vector<uint32_t> query_grams;          // ids of the query's 4-grams found, with repeats, sorted
  std::vector<uint32_t> multiplicity;         // per 4-gram id: its positions in the query
  std::vector<uint32_t> bucket_start, order;  // compare_by_shared_grams' sort
  uint32_t query = 0;

  // The current query.
  std::string_view msgid;
  const std::optional<std::string>* msgctxt = nullptr;
  ClassCounts query_counts{};
  size_t work = 0;          // the cost of the full comparisons made: bytes compared × 64-byte words
  uint64_t query_hash = 0;  // of msgid, for the memo

  Choice choice;

  explicit State(const Data& data)
      : d(data), stamp(data.position.size(), 0), tally(data.position.size(), 0), multiplicity(data.gram_count(), 0) {}

  [[nodiscard]] bool bonus(const Message& m) const { return context_bonus(*msgctxt, m.msgctxt); }

  // How many of the query's 4-gram positions hold a 4-gram of candidate c (msgmerge's count).
  [[nodiscard]] uint32_t shared_grams(uint32_t c) const {
    uint32_t n = 0;
    d.grams.each(d.gram_start[c], d.gram_start[c + 1], [&](uint32_t g) { n += multiplicity[g]; });
    return n;
  }

  // The common-subsequence length of the query and candidate c, from the memo when another
  // catalog's search has computed it.
  size_t common_length(uint32_t c, size_t cost) {
    return memoized_length(lcs, d.memo, query_hash, d.message(c).msgid, cost, [&] { return d.msgid_hash[c]; });
  }

  // Compares candidate c, which shares `shared` 4-gram positions with the query (counted here
  // when 0), unless its bounds show it cannot win.
  void consider(uint32_t c, uint32_t shared) {
    // The bounds read the candidate's own arrays: its message is looked at only to compare.
    const size_t size = d.msgid_size[c];
    const bool plus = !d.has_context[c] || bonus(d.message(c));
    const size_t total = msgid.size() + size;
    if (!choice.can_win(weight(std::min(msgid.size(), size), total, plus))) return;
    // The common subsequence holds no more bytes of a class than both strings do. (Counts
    // saturate at 65535, so very long strings skip this bound.)
    size_t in_common = std::min(msgid.size(), size);
    if (total <= UINT16_MAX) in_common = classes_in_common(query_counts, d.counts[c]);
    const double class_bound = weight(in_common, total, plus);
    if (!choice.can_win(class_bound)) return;
    if (shared == 0) shared = shared_grams(c);
    if (shared == 0) return;  // msgmerge never looks at a message without a common 4-gram
    if (class_bound == choice.weight() && !choice.beats_tie(shared, c)) return;
    const size_t cost = size * ((msgid.size() + 63) / 64);
    work += cost;
    choice.offer(weight(common_length(c, cost), total, plus), shared, c);
  }

  // Fewer than 4 characters: msgmerge's rule for short queries.
  void short_query() {
    d.short_ones.each_reachable(msgid.size(), [&](uint32_t c) {
      const Message& m = d.message(c);
      choice.offer_short(weight(lcs.length(m.msgid), msgid.size() + m.msgid.size(), bonus(m)), c);
    });
  }

  // The candidates holding the query's rarest 4-grams (a changed unit shares most of them with
  // its old self), compared first so that the bounds soon have a high weight to beat.
  void compare_likely_ones() {
    std::vector<uint32_t> distinct = query_grams;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const size_t seeds = std::min(distinct.size(), k_seed_grams);
    std::partial_sort(distinct.begin(), distinct.begin() + static_cast<long>(seeds), distinct.end(),
                      [&](uint32_t a, uint32_t b) {
                        // Ties by the 4-gram itself, not its id: the same order with or without
                        // shared features.
                        return d.holder_count(a) < d.holder_count(b) ||
                               (d.holder_count(a) == d.holder_count(b) && d.gram(a) < d.gram(b));
                      });
    std::vector<uint32_t> touched;
    for (size_t k = 0; k < seeds; ++k) {
      d.each_holder(distinct[k], [&](uint32_t c) {
        if (stamp[c] != query) stamp[c] = query, tally[c] = 0, touched.push_back(c);
        ++tally[c];
      });
    }
    const size_t keep = std::min(touched.size(), k_seed_candidates);
    std::partial_sort(touched.begin(), touched.begin() + static_cast<long>(keep), touched.end(),
                      [&](uint32_t a, uint32_t b) { return tally[a] > tally[b] || (tally[a] == tally[b] && a < b); });
    for (size_t k = 0; k < keep; ++k) consider(touched[k], 0);
    for (size_t k = keep; k < touched.size(); ++k) stamp[touched[k]] = 0;  // not compared yet
  }

  // A close match was found: every other candidate whose length still lets it win, nearest
  // lengths first; each direction stops once even a perfect match of that length would lose.
  void compare_by_length() {
    const auto pivot = static_cast<size_t>(std::lower_bound(d.by_length.begin(), d.by_length.end(),
                                                            std::make_pair(static_cast<uint32_t>(msgid.size()), 0u)) -
                                           d.by_length.begin());
    auto reachable = [&](size_t length) {
      return choice.can_win(weight(std::min(msgid.size(), length), msgid.size() + length, true));
    };
    size_t up = pivot, down = pivot;
    bool go_up = up<d.by_length.size(), go_down = down> 0;
    while (go_up || go_down) {
      if (go_up) {
        auto [length, c] = d.by_length[up];
        go_up = reachable(length);
        if (go_up) {
          if (stamp[c] != query) stamp[c] = query, consider(c, 0);
          go_up = ++up < d.by_length.size();
        }
      }
      if (go_down) {
        auto [length, c] = d.by_length[down - 1];
        go_down = reachable(length);
        if (go_down) {
          if (stamp[c] != query) stamp[c] = query, consider(c, 0);
          go_down = --down > 0;
        }
      }
    }
  }

  // No close match: every candidate, those sharing the most of the query's less common
  // 4-grams first (then by position), until the comparison budget is spent. Within the budget
  // this is msgmerge's exhaustive search; beyond it, the order makes the likeliest candidates
  // the ones compared. (The most common 4-grams, such as " the", are left out of the order:
  // counting them was most of a big merge and tells candidates apart least.)
  void compare_by_shared_grams() {
    ++query;  // fresh stamps: the counts start again
    const size_t common = std::max<size_t>(k_common_gram, d.position.size() / 16);
    uint32_t most = 0;
    for (uint32_t g : query_grams) {
      if (d.holder_count(g) > common) continue;
      d.each_holder(g, [&](uint32_t c) {
        if (stamp[c] != query) stamp[c] = query, tally[c] = 0;
        most = std::max(most, ++tally[c]);
      });
    }
    // A counting sort over the positions keeps equal counts in position order.
    bucket_start.assign(most + 2, 0);
    for (uint32_t c = 0; c < stamp.size(); ++c)
      if (stamp[c] == query) ++bucket_start[most - tally[c] + 1];
    for (size_t k = 1; k < bucket_start.size(); ++k) bucket_start[k] += bucket_start[k - 1];
    order.resize(bucket_start.back());
    for (uint32_t c = 0; c < stamp.size(); ++c)
      if (stamp[c] == query) order[bucket_start[most - tally[c]]++] = c;
    const size_t budget = work + k_comparison_budget;
    for (uint32_t c : order) {
      if (work >= budget) return;
      consider(c, 0);
    }
    for (uint32_t c = 0; c < stamp.size() && work < budget; ++c)
      if (stamp[c] != query) consider(c, 0);
  }

  std::optional<size_t> run(const std::optional<std::string>& context, std::string_view text) {
    msgid = text;
    msgctxt = &context;
    choice = Choice{};
    work = 0;
    if (d.position.empty() || text.empty()) return std::nullopt;
    if (query >= UINT32_MAX - 2) std::fill(stamp.begin(), stamp.end(), 0), query = 0;
    ++query;
    lcs.reset(text);
    if (d.memo) query_hash = text_hash(text);
    query_counts = class_counts(text);
    query_grams.clear();
    bool long_enough = for_each_gram(text, d.by_characters, [&](const Gram& g) {
      uint32_t id = d.gram_id(g);
      if (id != UINT32_MAX) query_grams.push_back(id);
    });
    if (!long_enough) {
      short_query();
    } else if (!query_grams.empty()) {
      std::sort(query_grams.begin(), query_grams.end());
      for (uint32_t g : query_grams) ++multiplicity[g];
      compare_likely_ones();
      if (choice.found() && choice.weight() >= k_close) compare_by_length();
      else compare_by_shared_grams();
      for (uint32_t g : query_grams) multiplicity[g] = 0;
    }
    return choice.found() ? std::optional<size_t>(d.position[choice.candidate()]) : std::nullopt;
  }
};

FuzzyIndex::Search::Search(const FuzzyIndex& index) : m_state(std::make_unique<State>(*index.m_data)) {}

FuzzyIndex::Search::~Search() = default;

std::optional<size_t> FuzzyIndex::Search::best(const std::optional<std::string>& msgctxt, std::string_view msgid) {
  return m_state->run(msgctxt, msgid);
}

}  // namespace leafpress::catalog
