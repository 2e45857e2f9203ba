#include "catalog/fuzzy_index.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <mutex>
#include <type_traits>
#include <unordered_map>
#include <utility>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include "base/text_hash.hpp"

namespace leafpress::catalog {
namespace {

constexpr double k_threshold = 0.6;         // msgmerge's FUZZY_THRESHOLD
constexpr double k_context_bonus = 0.00001;  // fuzzy_search_goal_function's bonus
constexpr size_t k_seed_grams = 6;           // rarest query 4-grams that propose first candidates
constexpr size_t k_seed_candidates = 24;     // of which the most promising are compared first
constexpr double k_close = 0.9;              // a match this close narrows the lengths to look at
constexpr size_t k_common_gram = 256;        // 4-grams in more candidates do not order the search

// a + b + carry into `sum`, returning the carry out: one add-with-carry instruction on x86-64,
// where the long comparisons of a merge spend most of their time.
inline unsigned char add_with_carry(unsigned char carry, uint64_t a, uint64_t b, unsigned long long& sum) {
#if defined(__x86_64__)
  return _addcarry_u64(carry, a, b, &sum);
#else
  bool first = __builtin_add_overflow(a, b, &sum);
  bool second = __builtin_add_overflow(sum, static_cast<uint64_t>(carry), &sum);
  return static_cast<unsigned char>(first || second);
#endif
}

// Longest common subsequence lengths (in bytes) against one fixed string, bit-parallel
// (Allison–Dix/Hyyrö): O(|a|·|b|/64) per comparison, with the fixed string's match masks
// built once per query.
class LcsQuery {
 public:
  void reset(std::string_view a) {
    m_size = a.size();
    m_words = (a.size() + 63) / 64;
    m_masks.assign(256 * m_words, 0);
    for (size_t i = 0; i < a.size(); ++i)
      m_masks[static_cast<unsigned char>(a[i]) * m_words + i / 64] |= uint64_t{1} << (i % 64);
  }

  [[nodiscard]] size_t length(std::string_view b) {
    if (m_size == 0 || b.empty()) return 0;
    m_v.assign(m_words, ~uint64_t{0});
    uint64_t* v_words = m_v.data();
    const uint64_t* masks = m_masks.data();
    const size_t words = m_words;
    if (words == 1) {  // most msgids: one machine word, no carries between words
      uint64_t v = v_words[0];
      for (char ch : b) {
        uint64_t u = v & masks[static_cast<unsigned char>(ch)];
        v = (v + u) | (v - u);
      }
      v_words[0] = v;
    } else if (words <= k_unrolled_words) {
      k_fixed_width[words](b, masks, v_words);
    } else {
      for (char ch : b) {
        const uint64_t* m = masks + static_cast<size_t>(static_cast<unsigned char>(ch)) * words;
        unsigned char carry = 0;
        for (size_t w = 0; w < words; ++w) {
          const uint64_t v = v_words[w];
          const uint64_t u = v & m[w];
          unsigned long long sum = 0;
          carry = add_with_carry(carry, v, u, sum);
          v_words[w] = sum | (v - u);
        }
      }
    }
    size_t count = 0;
    for (size_t w = 0; w < m_words; ++w) {
      uint64_t bits = ~m_v[w];
      if (w + 1 == m_words && m_size % 64 != 0) bits &= (uint64_t{1} << (m_size % 64)) - 1;
      count += static_cast<size_t>(__builtin_popcountll(bits));
    }
    return count;
  }

 private:
  // The same steps for a query of W words, with the words in registers and the loop over them
  // unrolled: paragraphs of up to 512 bytes, where a merge spends most of its comparisons.
  template <size_t W>
  static void fixed_width(std::string_view b, const uint64_t* masks, uint64_t* v_words) {
    std::array<uint64_t, W> v{};
    for (size_t w = 0; w < W; ++w) v[w] = v_words[w];
    for (char ch : b) {
      const uint64_t* m = masks + static_cast<size_t>(static_cast<unsigned char>(ch)) * W;
      unsigned char carry = 0;
#pragma GCC unroll 8
      for (size_t w = 0; w < W; ++w) {
        const uint64_t u = v[w] & m[w];
        unsigned long long sum = 0;
        carry = add_with_carry(carry, v[w], u, sum);
        v[w] = sum | (v[w] - u);
      }
    }
    for (size_t w = 0; w < W; ++w) v_words[w] = v[w];
  }
  using FixedWidth = void (*)(std::string_view, const uint64_t*, uint64_t*);
  static constexpr size_t k_unrolled_words = 8;
  static constexpr std::array<FixedWidth, k_unrolled_words + 1> k_fixed_width{
      nullptr,         nullptr,         &fixed_width<2>, &fixed_width<3>, &fixed_width<4>,
      &fixed_width<5>, &fixed_width<6>, &fixed_width<7>, &fixed_width<8>};

  size_t m_size = 0;
  size_t m_words = 0;
  std::vector<uint64_t> m_masks;
  std::vector<uint64_t> m_v;
};

// msgmerge's weight of a candidate: fstrcmp plus the context bonus, computed as gettext does
// so that equal weights are equal doubles.
double weight(size_t common, size_t total, bool bonus) {
  double w = static_cast<double>(2 * common) / static_cast<double>(total);
  return bonus ? w + k_context_bonus : w;
}

// Byte classes for a cheap bound on the common subsequence: it cannot use more bytes of a
// class than both strings hold. Letters share a class with their other case.
constexpr size_t k_classes = 64;
constexpr uint8_t byte_class(unsigned char b) {
  if (b >= 'a' && b <= 'z') return static_cast<uint8_t>(b - 'a');
  if (b >= 'A' && b <= 'Z') return static_cast<uint8_t>(b - 'A');
  if (b >= '0' && b <= '9') return static_cast<uint8_t>(26 + b - '0');
  if (b == ' ') return 36;
  if (b < 0x80) return static_cast<uint8_t>(37 + b % 11);
  return static_cast<uint8_t>(48 + (b & 15));
}
using ClassCounts = std::array<uint16_t, k_classes>;

constexpr auto k_byte_classes = [] {
  std::array<uint8_t, 256> table{};
  for (size_t b = 0; b < table.size(); ++b) table[b] = byte_class(static_cast<unsigned char>(b));
  return table;
}();

// Counted in four histograms, so that a run of one class does not wait on its own increments
// (each candidate's msgid is counted on every merge), and capped at the end.
ClassCounts class_counts(std::string_view s) {
  std::array<std::array<uint32_t, k_classes>, 4> partial{};
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  for (; i + 4 <= s.size(); i += 4) {
    ++partial[0][k_byte_classes[bytes[i]]];
    ++partial[1][k_byte_classes[bytes[i + 1]]];
    ++partial[2][k_byte_classes[bytes[i + 2]]];
    ++partial[3][k_byte_classes[bytes[i + 3]]];
  }
  for (; i < s.size(); ++i) ++partial[0][k_byte_classes[bytes[i]]];
  ClassCounts counts{};
  for (size_t k = 0; k < k_classes; ++k)
    counts[k] = static_cast<uint16_t>(
        std::min<uint32_t>(partial[0][k] + partial[1][k] + partial[2][k] + partial[3][k], UINT16_MAX));
  return counts;
}

// The bound the byte classes give on the common subsequence of two strings: the sum over the
// classes of the smaller count. Over every class, not only the query's: a fixed loop the
// compiler makes vector operations of, several times quicker than a list of classes.
inline size_t classes_in_common(const ClassCounts& a, const ClassCounts& b) {
  uint32_t sum = 0;
  for (size_t k = 0; k < k_classes; ++k) sum += std::min(a[k], b[k]);
  return sum;
}

// A 4-gram of characters (at most 16 bytes, no NUL), packed exactly into two words.
struct Gram {
  uint64_t low = 0, high = 0;
  friend bool operator==(const Gram&, const Gram&) = default;
  // Some fixed order of 4-grams, whatever their ids.
  friend bool operator<(const Gram& a, const Gram& b) { return a.low != b.low ? a.low < b.low : a.high < b.high; }
};

Gram pack(std::string_view bytes) {
  Gram g;
  for (size_t i = 0; i < bytes.size(); ++i) {
    uint64_t b = static_cast<unsigned char>(bytes[i]);
    if (i < 8) g.low |= b << (8 * i);
    else g.high |= b << (8 * (i - 8));
  }
  return g;
}

size_t hash_of(const Gram& g) {
  uint64_t h = g.low * 0x9E3779B97F4A7C15ULL ^ (g.high + 0x632BE59BD9B4E019ULL) * 0xC2B2AE3D27D4EB4FULL;
  return static_cast<size_t>(h ^ (h >> 29));
}

// Gram → id, open addressing: building the index looks up every 4-gram of every msgid.
class GramTable {
 public:
  /// The id of `g`, or UINT32_MAX when absent.
  [[nodiscard]] uint32_t find(const Gram& g) const {
    if (m_slots.empty()) return UINT32_MAX;
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash_of(g) & mask;; slot = (slot + 1) & mask) {
      const Slot& s = m_slots[slot];
      if (s.id == UINT32_MAX || s.gram == g) return s.id;
    }
  }
  /// The id of `g`, given a new one if absent.
  uint32_t add(const Gram& g) {
    if ((m_count + 1) * 2 > m_slots.size()) grow();
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash_of(g) & mask;; slot = (slot + 1) & mask) {
      Slot& s = m_slots[slot];
      if (s.id == UINT32_MAX) {
        s = {g, static_cast<uint32_t>(m_count++)};
        m_by_id.push_back(g);
        return s.id;
      }
      if (s.gram == g) return s.id;
    }
  }
  [[nodiscard]] size_t size() const { return m_count; }
  [[nodiscard]] const Gram& gram(uint32_t id) const { return m_by_id[id]; }

 private:
  struct Slot {
    Gram gram;
    uint32_t id = UINT32_MAX;
  };
  void grow() {
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 1 << 14 : old.size() * 2, Slot{});
    size_t mask = m_slots.size() - 1;
    for (const Slot& s : old) {
      if (s.id == UINT32_MAX) continue;
      size_t slot = hash_of(s.gram) & mask;
      while (m_slots[slot].id != UINT32_MAX) slot = (slot + 1) & mask;
      m_slots[slot] = s;
    }
  }
  std::vector<Slot> m_slots;
  std::vector<Gram> m_by_id;
  size_t m_count = 0;
};

// Bytes of the character at s[i], as gettext's UTF-8 iterator counts them (1 in byte mode).
size_t char_length(std::string_view s, size_t i, bool by_characters) {
  if (!by_characters) return 1;
  auto c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0xC2 || c >= 0xF8 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (n > 1 && i + n > s.size()) return 1;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 1;
  return n;
}

// Calls f(gram) for each 4-gram of characters of s, in order; returns false (calling nothing)
// when s has fewer than 4 characters.
template <typename F>
bool for_each_gram(std::string_view s, bool by_characters, F&& f) {
  std::array<size_t, 5> at{};  // starts of 4 characters and the end of the 4th
  size_t have = 0, pos = 0;
  while (have < 4 && pos < s.size()) {
    at[have++] = pos;
    pos += char_length(s, pos, by_characters);
  }
  if (have < 4) return false;
  at[4] = pos;
  for (;;) {
    f(pack(s.substr(at[0], at[4] - at[0])));
    if (at[4] >= s.size()) return true;
    for (size_t k = 0; k < 4; ++k) at[k] = at[k + 1];
    at[4] += char_length(s, at[4], by_characters);
  }
}

// Ids kept in 16 bits while all of them fit (a catalog of under 65,536 messages, with under
// 65,536 distinct 4-grams), else in 32: the 4-gram lists are most of a big merge's memory.
class CompactIds {
 public:
  void assign(const std::vector<uint32_t>& ids, size_t bound) {
    assign(ids.size(), bound, [&](auto* out) { std::copy(ids.begin(), ids.end(), out); });
  }
  /// `count` ids below `bound`, written by fill(pointer to the first) as 16- or 32-bit values.
  template <typename Fill>
  void assign(size_t count, size_t bound, Fill&& fill) {
    m_wide = bound > 0x10000;
    if (m_wide) m_32.assign(count, 0), fill(m_32.data());
    else m_16.assign(count, 0), fill(m_16.data());
  }
  /// Calls f(id) for the ids in [begin, end), in order.
  template <typename F>
  void each(size_t begin, size_t end, F&& f) const {
    if (m_wide) for (size_t k = begin; k < end; ++k) f(m_32[k]);
    else for (size_t k = begin; k < end; ++k) f(static_cast<uint32_t>(m_16[k]));
  }

 private:
  bool m_wide = false;
  std::vector<uint16_t> m_16;
  std::vector<uint32_t> m_32;
};

}  // namespace

double similarity(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return a.empty() && b.empty() ? 1.0 : 0.0;
  LcsQuery lcs;
  lcs.reset(a);
  return weight(lcs.length(b), a.size() + b.size(), false);
}

// Split in shards, each with its own lock: the merges of two languages look lengths up
// thousands of times a second, and one lock made them take turns.
struct LcsMemo::Data {
  struct KeyHash {
    size_t operator()(const std::pair<uint64_t, uint64_t>& k) const { return k.first ^ (k.second * 0x9E3779B97F4A7C15ULL); }
  };
  struct alignas(64) Shard {
    mutable std::mutex mutex;
    std::unordered_map<std::pair<uint64_t, uint64_t>, uint32_t, KeyHash> lengths;
  };
  static constexpr size_t k_shards = 32;
  size_t capacity_per_shard = 0;
  std::array<Shard, k_shards> shards;

  static size_t shard_index(uint64_t query, uint64_t candidate) {
    return ((query * 0x9E3779B97F4A7C15ULL) ^ candidate) >> 59;  // the top 5 bits: one of 32
  }
};

LcsMemo::LcsMemo(size_t capacity) : m_data(std::make_unique<Data>()) {
  m_data->capacity_per_shard = (capacity + Data::k_shards - 1) / Data::k_shards;
}
LcsMemo::~LcsMemo() = default;

std::optional<uint32_t> LcsMemo::find(uint64_t query, uint64_t candidate) const {
  const Data::Shard& shard = m_data->shards[Data::shard_index(query, candidate)];
  std::lock_guard lock(shard.mutex);
  auto found = shard.lengths.find({query, candidate});
  if (found == shard.lengths.end()) return std::nullopt;
  return found->second;
}

void LcsMemo::store(uint64_t query, uint64_t candidate, uint32_t length) {
  Data::Shard& shard = m_data->shards[Data::shard_index(query, candidate)];
  std::lock_guard lock(shard.mutex);
  if (shard.lengths.size() < m_data->capacity_per_shard) shard.lengths.emplace(std::make_pair(query, candidate), length);
}

namespace {
// Below this much work (bytes × 64-byte words) computing a length costs less than looking it up.
constexpr size_t k_memo_min_work = 512;

// The common-subsequence length of `lcs`'s query (hashed `query_hash`) and `text`, which takes
// `cost` to compute, from `memo` when another catalog's search has computed it. `text_key()`
// gives the text's hash, asked for only when the memo is used.
template <class TextKey>
size_t memoized_length(LcsQuery& lcs, LcsMemo* memo, uint64_t query_hash, std::string_view text, size_t cost,
                       TextKey text_key) {
  if (!memo || cost < k_memo_min_work) return lcs.length(text);
  const uint64_t key = text_key();
  if (auto known = memo->find(query_hash, key)) return *known;
  const size_t n = lcs.length(text);
  memo->store(query_hash, key, static_cast<uint32_t>(n));
  return n;
}

}  // namespace

struct MsgidFeatures::Data {
  const std::vector<Message>& messages;
  std::once_flag built;
  GramTable table;  // every 4-gram of characters of the msgids
  std::unordered_map<std::string_view, uint32_t, TextHash, std::equal_to<>> entry_of;  // msgid → entry
  std::vector<ClassCounts> counts;       // per entry
  std::vector<uint32_t> gram_start{0};   // each entry's distinct 4-gram ids, in `grams`
  std::vector<uint32_t> grams;
  std::vector<uint64_t> hash;            // per entry: text_hash of the msgid

  explicit Data(const std::vector<Message>& m) : messages(m) {}

  void build() {
    std::vector<uint32_t> last_holder;  // per 4-gram: the last entry that held it, plus one
    for (const Message& m : messages) {
      if (m.msgid.empty()) continue;
      const auto e = static_cast<uint32_t>(counts.size());
      if (!entry_of.try_emplace(m.msgid, e).second) continue;  // the same msgid in another context
      counts.push_back(class_counts(m.msgid));
      hash.push_back(text_hash(m.msgid));
      for_each_gram(m.msgid, true, [&](const Gram& g) {
        uint32_t id = table.add(g);
        if (id >= last_holder.size()) last_holder.resize(id + 1, 0);
        if (last_holder[id] == e + 1) return;
        last_holder[id] = e + 1;
        grams.push_back(id);
      });
      gram_start.push_back(static_cast<uint32_t>(grams.size()));
    }
  }

  /// The entry of `msgid`, or UINT32_MAX.
  [[nodiscard]] uint32_t find(std::string_view msgid) const {
    auto it = entry_of.find(msgid);
    return it == entry_of.end() ? UINT32_MAX : it->second;
  }
};

MsgidFeatures::MsgidFeatures(const std::vector<Message>& messages) : m_data(std::make_unique<Data>(messages)) {}
MsgidFeatures::~MsgidFeatures() = default;

const MsgidFeatures::Data& MsgidFeatures::ready() const {
  std::call_once(m_data->built, [&] { m_data->build(); });
  return *m_data;
}

struct FuzzyIndex::Data {
  const std::vector<Message>& messages;
  bool by_characters = true;
  LcsMemo* memo = nullptr;
  std::vector<uint64_t> msgid_hash;  // per candidate, when there is a memo

  // Candidates, in the order of `messages` (which breaks msgmerge's last ties).
  std::vector<uint32_t> position;           // in `messages`
  std::vector<uint32_t> msgid_size;         // bytes of each msgid
  std::vector<uint8_t> has_context;         // whether each has a msgctxt
  std::vector<ClassCounts> counts;          // byte classes of each msgid
  std::vector<uint32_t> gram_start;         // each one's distinct 4-gram ids, in `grams`
  CompactIds grams;
  // 4-gram id g → the candidates holding it, in order: posting[posting_start[g] .. posting_start[g + 1]).
  // One flat array, not a vector per 4-gram: a big catalog has tens of thousands of them.
  std::vector<uint32_t> posting_start;
  CompactIds posting;
  // 4-gram ids: those of the shared features' table, when there is one, then those of `table`
  // (the 4-grams only this catalog's msgids hold) from `shared_count` on.
  const GramTable* shared_table = nullptr;
  uint32_t shared_count = 0;
  GramTable table;
  std::vector<std::pair<uint32_t, uint32_t>> by_length;  // (msgid bytes, candidate), sorted
  std::vector<std::vector<uint32_t>> short_ones;          // candidates by msgid bytes, up to 28

  explicit Data(const std::vector<Message>& m) : messages(m) {}

  [[nodiscard]] size_t gram_count() const { return posting_start.empty() ? 0 : posting_start.size() - 1; }
  [[nodiscard]] size_t holder_count(uint32_t g) const { return posting_start[g + 1] - posting_start[g]; }
  /// Calls f(candidate) for each candidate holding 4-gram g, in order.
  template <typename F>
  void each_holder(uint32_t g, F&& f) const {
    posting.each(posting_start[g], posting_start[g + 1], std::forward<F>(f));
  }

  [[nodiscard]] const Message& message(uint32_t c) const { return messages[position[c]]; }

  /// The id of 4-gram g, or UINT32_MAX when no candidate holds it.
  [[nodiscard]] uint32_t gram_id(const Gram& g) const {
    if (shared_table) {
      uint32_t id = shared_table->find(g);
      if (id != UINT32_MAX) return holder_count(id) > 0 ? id : UINT32_MAX;
    }
    uint32_t id = table.find(g);
    return id == UINT32_MAX ? id : shared_count + id;
  }
  [[nodiscard]] const Gram& gram(uint32_t id) const {
    return id < shared_count ? shared_table->gram(id) : table.gram(id - shared_count);
  }
};

FuzzyIndex::FuzzyIndex(const std::vector<Message>& messages, bool by_characters, LcsMemo* memo,
                       const MsgidFeatures* features)
    : m_data(std::make_unique<Data>(messages)) {
  Data& d = *m_data;
  d.by_characters = by_characters;
  d.memo = memo;
  // The shared features count 4-grams of characters: of no use to an index of bytes.
  const MsgidFeatures::Data* shared = features && by_characters ? &features->ready() : nullptr;
  if (shared) d.shared_table = &shared->table, d.shared_count = static_cast<uint32_t>(shared->table.size());
  // msgmerge's lists of short messages reach 28 bytes: 3 characters of up to 4 bytes, times
  // the widest length ratio a similarity above 0.6 allows.
  const auto short_max = static_cast<size_t>(12 * (2 / k_threshold - 1));
  d.short_ones.resize(short_max + 1);
  d.gram_start.push_back(0);
  std::vector<uint32_t> grams;        // each candidate's distinct 4-gram ids, in turn
  size_t most_grams = 0;              // a msgid has no more 4-grams than bytes
  for (const Message& m : messages) most_grams += m.msgid.size();
  grams.reserve(most_grams);
  std::vector<uint32_t> last_holder;  // per 4-gram: the last candidate that held it, plus one
  for (size_t i = 0; i < messages.size(); ++i) {
    const Message& m = messages[i];
    if (m.msgstr.empty() || m.msgstr.front().empty() || m.msgid.empty()) continue;
    const auto c = static_cast<uint32_t>(d.position.size());
    d.position.push_back(static_cast<uint32_t>(i));
    d.msgid_size.push_back(static_cast<uint32_t>(m.msgid.size()));
    d.has_context.push_back(m.msgctxt ? 1 : 0);
    const uint32_t e = shared ? shared->find(m.msgid) : UINT32_MAX;
    if (e != UINT32_MAX) {  // found once for every catalog
      d.counts.push_back(shared->counts[e]);
      grams.insert(grams.end(), shared->grams.begin() + shared->gram_start[e],
                   shared->grams.begin() + shared->gram_start[e + 1]);
      if (memo) d.msgid_hash.push_back(shared->hash[e]);
    } else {
      d.counts.push_back(class_counts(m.msgid));
      for_each_gram(m.msgid, by_characters, [&](const Gram& g) {
        uint32_t id = d.shared_table ? d.shared_table->find(g) : UINT32_MAX;
        if (id == UINT32_MAX) id = d.shared_count + d.table.add(g);
        if (id >= last_holder.size()) last_holder.resize(id + 1, 0);
        if (last_holder[id] == c + 1) return;  // seen in this msgid already
        last_holder[id] = c + 1;
        grams.push_back(id);
      });
      if (memo) d.msgid_hash.push_back(text_hash(m.msgid));
    }
    d.gram_start.push_back(static_cast<uint32_t>(grams.size()));
    d.by_length.emplace_back(static_cast<uint32_t>(m.msgid.size()), c);
    if (m.msgid.size() <= short_max) d.short_ones[m.msgid.size()].push_back(c);
  }
  std::sort(d.by_length.begin(), d.by_length.end());
  // The postings, by counting: each 4-gram's holders come out in candidate order.
  const size_t gram_total = d.shared_count + d.table.size();
  d.posting_start.assign(gram_total + 1, 0);
  for (uint32_t g : grams) ++d.posting_start[g + 1];
  for (size_t g = 1; g < d.posting_start.size(); ++g) d.posting_start[g] += d.posting_start[g - 1];
  d.posting.assign(grams.size(), d.position.size(), [&](auto* out) {
    std::vector<uint32_t> next(d.posting_start.begin(), d.posting_start.end() - 1);
    for (uint32_t c = 0; c + 1 < d.gram_start.size(); ++c)
      for (uint32_t k = d.gram_start[c]; k < d.gram_start[c + 1]; ++k)
        out[next[grams[k]]++] = static_cast<std::remove_reference_t<decltype(*out)>>(c);
  });
  d.grams.assign(grams, gram_total);
}

FuzzyIndex::~FuzzyIndex() = default;

// One query's search: the candidates are compared under exact bounds, and the best is kept
// as msgmerge keeps it: the first candidate of strictly greater weight in the order of shared
// 4-grams (most first), then of position.
struct FuzzyIndex::Search::State {
  const Data& d;
  LcsQuery lcs;
  std::vector<uint32_t> stamp;   // per candidate: the query that last looked at it
  std::vector<uint32_t> tally;   // per candidate: 4-gram positions counted so far
  std::vector<uint32_t> query_grams;  // ids of the query's 4-grams found, with repeats, sorted
  std::vector<uint32_t> multiplicity;  // per 4-gram id: its positions in the query
  std::vector<uint32_t> bucket_start, order;  // compare_by_shared_grams' sort
  uint32_t query = 0;

  // The current query.
  std::string_view msgid;
  const std::optional<std::string>* msgctxt = nullptr;
  ClassCounts query_counts{};
  size_t work = 0;  // the cost of the full comparisons made: bytes compared × 64-byte words
  uint64_t query_hash = 0;  // of msgid, for the memo

  bool found = false;
  double best_weight = k_threshold;
  uint32_t best_shared = 0;
  uint32_t best_candidate = 0;

  explicit State(const Data& data)
      : d(data), stamp(data.position.size(), 0), tally(data.position.size(), 0), multiplicity(data.gram_count(), 0) {}

  [[nodiscard]] bool bonus(const Message& m) const { return !m.msgctxt || (*msgctxt && **msgctxt == *m.msgctxt); }

  // Whether a candidate whose weight is at most `bound` may still become the best.
  [[nodiscard]] bool can_win(double bound) const { return bound > best_weight || (bound == best_weight && found); }

  [[nodiscard]] bool beats_tie(uint32_t shared, uint32_t c) const {
    return found && (shared > best_shared || (shared == best_shared && c < best_candidate));
  }

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
    if (!can_win(weight(std::min(msgid.size(), size), total, plus))) return;
    // The common subsequence holds no more bytes of a class than both strings do. (Counts
    // saturate at 65535, so very long strings skip this bound.)
    size_t in_common = std::min(msgid.size(), size);
    if (total <= UINT16_MAX) in_common = classes_in_common(query_counts, d.counts[c]);
    const double class_bound = weight(in_common, total, plus);
    if (!can_win(class_bound)) return;
    if (shared == 0) shared = shared_grams(c);
    if (shared == 0) return;  // msgmerge never looks at a message without a common 4-gram
    if (class_bound == best_weight && !beats_tie(shared, c)) return;
    const size_t cost = size * ((msgid.size() + 63) / 64);
    work += cost;
    const double w = weight(common_length(c, cost), total, plus);
    if (w > best_weight || (w == best_weight && beats_tie(shared, c))) {
      found = true;
      best_weight = w;
      best_shared = shared;
      best_candidate = c;
    }
  }

  // Fewer than 4 characters: msgmerge compares with every short message of a length that can
  // reach the threshold, by length, then in order.
  void short_query() {
    const size_t l = msgid.size();
    const auto lmin = static_cast<size_t>(std::ceil(static_cast<double>(l) / (2 / k_threshold - 1)));
    const auto lmax = static_cast<size_t>(static_cast<double>(l) * (2 / k_threshold - 1));
    for (size_t len = lmin; len <= lmax && len < d.short_ones.size(); ++len) {
      for (uint32_t c : d.short_ones[len]) {
        const Message& m = d.message(c);
        const double w = weight(lcs.length(m.msgid), l + m.msgid.size(), bonus(m));
        if (w > best_weight) found = true, best_weight = w, best_candidate = c;
      }
    }
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
    const auto pivot = static_cast<size_t>(
        std::lower_bound(d.by_length.begin(), d.by_length.end(),
                         std::make_pair(static_cast<uint32_t>(msgid.size()), 0u)) -
        d.by_length.begin());
    auto reachable = [&](size_t length) {
      return can_win(weight(std::min(msgid.size(), length), msgid.size() + length, true));
    };
    size_t up = pivot, down = pivot;
    bool go_up = up < d.by_length.size(), go_down = down > 0;
    while (go_up || go_down) {
      if (go_up) {
        auto [length, c] = d.by_length[up];
        if ((go_up = reachable(length))) {
          if (stamp[c] != query) stamp[c] = query, consider(c, 0);
          go_up = ++up < d.by_length.size();
        }
      }
      if (go_down) {
        auto [length, c] = d.by_length[down - 1];
        if ((go_down = reachable(length))) {
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
    found = false;
    best_weight = k_threshold;
    best_shared = 0;
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
      if (found && best_weight >= k_close) compare_by_length();
      else compare_by_shared_grams();
      for (uint32_t g : query_grams) multiplicity[g] = 0;
    }
    return found ? std::optional<size_t>(d.position[best_candidate]) : std::nullopt;
  }
};

FuzzyIndex::Search::Search(const FuzzyIndex& index) : m_state(std::make_unique<State>(*index.m_data)) {}

FuzzyIndex::Search::~Search() = default;

std::optional<size_t> FuzzyIndex::Search::best(const std::optional<std::string>& msgctxt, std::string_view msgid) {
  return m_state->run(msgctxt, msgid);
}

struct FuzzyScan::Data {
  const std::vector<Message>& messages;
  bool by_characters = true;
  LcsMemo* memo = nullptr;
  std::vector<uint32_t> position;   // candidates (as FuzzyIndex takes them), in order
  std::vector<ClassCounts> counts;  // byte classes of each candidate's msgid

  explicit Data(const std::vector<Message>& m) : messages(m) {}
};

FuzzyScan::FuzzyScan(const std::vector<Message>& messages, bool by_characters, LcsMemo* memo)
    : m_data(std::make_unique<Data>(messages)) {
  m_data->by_characters = by_characters;
  m_data->memo = memo;
  for (size_t i = 0; i < messages.size(); ++i) {
    const Message& m = messages[i];
    if (m.msgstr.empty() || m.msgstr.front().empty() || m.msgid.empty()) continue;
    m_data->position.push_back(static_cast<uint32_t>(i));
    m_data->counts.push_back(class_counts(m.msgid));
  }
}

FuzzyScan::~FuzzyScan() = default;

std::optional<size_t> FuzzyScan::best(const std::optional<std::string>& msgctxt, std::string_view msgid) const {
  const Data& d = *m_data;
  if (d.position.empty() || msgid.empty()) return std::nullopt;
  auto bonus = [&](const Message& m) { return !m.msgctxt || (msgctxt && *msgctxt == *m.msgctxt); };
  LcsQuery lcs;
  lcs.reset(msgid);
  // A query without a close match is compared with most candidates; the other languages'
  // catalogs hold the same msgids, so each length is computed once for all of them.
  const uint64_t query_hash = d.memo ? text_hash(msgid) : 0;
  auto common_length = [&](std::string_view text) {
    return memoized_length(lcs, d.memo, query_hash, text, text.size() * ((msgid.size() + 63) / 64),
                           [&] { return text_hash(text); });
  };
  bool found = false;
  double best_weight = k_threshold;
  size_t best_shared = 0;
  uint32_t best_candidate = 0;

  // The query's 4-grams with the number of positions each holds.
  GramTable table;
  std::vector<uint32_t> multiplicity;
  const bool long_enough = for_each_gram(msgid, d.by_characters, [&](const Gram& g) {
    uint32_t id = table.add(g);
    if (id >= multiplicity.size()) multiplicity.resize(id + 1, 0);
    ++multiplicity[id];
  });
  if (!long_enough) {
    // As FuzzyIndex: every short candidate of a reachable length, by length, then in order.
    const size_t l = msgid.size();
    const auto lmin = static_cast<size_t>(std::ceil(static_cast<double>(l) / (2 / k_threshold - 1)));
    const auto lmax = static_cast<size_t>(static_cast<double>(l) * (2 / k_threshold - 1));
    for (size_t len = lmin; len <= lmax; ++len) {
      for (uint32_t c = 0; c < d.position.size(); ++c) {
        const Message& m = d.messages[d.position[c]];
        if (m.msgid.size() != len) continue;
        const double w = weight(common_length(m.msgid), l + m.msgid.size(), bonus(m));
        if (w > best_weight) found = true, best_weight = w, best_candidate = c;
      }
    }
    return found ? std::optional<size_t>(d.position[best_candidate]) : std::nullopt;
  }

  // How many query positions hold a 4-gram of the candidate (msgmerge's count).
  std::vector<uint32_t> counted(multiplicity.size(), UINT32_MAX);
  auto shared_grams = [&](uint32_t c, const std::string& text) {
    size_t n = 0;
    for_each_gram(text, d.by_characters, [&](const Gram& g) {
      uint32_t id = table.find(g);
      if (id == UINT32_MAX || counted[id] == c) return;
      counted[id] = c;
      n += multiplicity[id];
    });
    return n;
  };

  // Upper bounds first (common length, then bytes of each class in common), highest first:
  // the likely match comes early and its weight rules most of the others out.
  const ClassCounts query_counts = class_counts(msgid);
  std::vector<std::pair<double, uint32_t>> bounds;
  bounds.reserve(d.position.size());
  for (uint32_t c = 0; c < d.position.size(); ++c) {
    const Message& m = d.messages[d.position[c]];
    const size_t total = msgid.size() + m.msgid.size();
    size_t in_common = std::min(msgid.size(), m.msgid.size());
    if (total <= UINT16_MAX) in_common = classes_in_common(query_counts, d.counts[c]);
    const double bound = weight(in_common, total, bonus(m));
    if (bound >= k_threshold) bounds.emplace_back(bound, c);
  }
  std::sort(bounds.begin(), bounds.end(),
            [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
  for (const auto& [bound, c] : bounds) {
    if (bound < best_weight || (bound == best_weight && !found)) break;
    const Message& m = d.messages[d.position[c]];
    const double w = weight(common_length(m.msgid), msgid.size() + m.msgid.size(), bonus(m));
    if (w < best_weight || (w == best_weight && !found)) continue;
    const size_t shared = shared_grams(c, m.msgid);
    if (shared == 0) continue;  // msgmerge never looks at a message without a common 4-gram
    if (w > best_weight || shared > best_shared || (shared == best_shared && c < best_candidate)) {
      found = true;
      best_weight = w;
      best_shared = shared;
      best_candidate = c;
    }
  }
  return found ? std::optional<size_t>(d.position[best_candidate]) : std::nullopt;
}

}  // namespace leafpress::catalog
