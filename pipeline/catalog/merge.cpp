#include "catalog/merge.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace leafpress::catalog {
namespace {

constexpr double k_threshold = 0.6;  // msgmerge's FUZZY_THRESHOLD
constexpr size_t k_candidates = 32;  // best trigram-sharing candidates scored exactly
constexpr size_t k_probe_trigrams = 24;  // rarest query trigrams used to find candidates

// Longest common subsequence lengths (in bytes) against one fixed string, bit-parallel
// (Allison–Dix/Hyyrö): O(|a|·|b|/64) per comparison, with the fixed string's match masks
// built once per query.
class LcsQuery {
 public:
  explicit LcsQuery(std::string_view a) : m_size(a.size()), m_words((a.size() + 63) / 64) {
    m_masks.assign(256 * m_words, 0);
    for (size_t i = 0; i < a.size(); ++i)
      m_masks[static_cast<unsigned char>(a[i]) * m_words + i / 64] |= uint64_t{1} << (i % 64);
  }

  [[nodiscard]] size_t length(std::string_view b) const {
    if (m_size == 0 || b.empty()) return 0;
    m_v.assign(m_words, ~uint64_t{0});
    for (char ch : b) {
      const uint64_t* m = &m_masks[static_cast<unsigned char>(ch) * m_words];
      uint64_t carry = 0;
      for (size_t w = 0; w < m_words; ++w) {
        uint64_t v = m_v[w];
        uint64_t u = v & m[w];
        uint64_t sum = v + u;
        uint64_t next_carry = sum < v ? 1 : 0;
        sum += carry;
        if (sum < carry) next_carry = 1;
        carry = next_carry;
        m_v[w] = sum | (v - u);
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
  size_t m_size;
  size_t m_words;
  std::vector<uint64_t> m_masks;
  mutable std::vector<uint64_t> m_v;
};

size_t lcs_length(std::string_view a, std::string_view b) { return LcsQuery(a).length(b); }

// The best possible similarity of two strings of these lengths.
double length_bound(size_t a, size_t b) {
  if (a + b == 0) return 1.0;
  return 2.0 * static_cast<double>(std::min(a, b)) / static_cast<double>(a + b);
}

// The three bytes at s[i] as one number.
uint32_t trigram_at(std::string_view s, size_t i) {
  return static_cast<uint32_t>(static_cast<unsigned char>(s[i])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(s[i + 1])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(s[i + 2]));
}

std::vector<uint32_t> trigrams(std::string_view s) {
  std::vector<uint32_t> out;
  if (s.size() < 3) return out;
  out.reserve(s.size() - 2);
  for (size_t i = 0; i + 2 < s.size(); ++i) out.push_back(trigram_at(s, i));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Posting lists keyed by trigram in an open-addressing table: building the index looks up
// every trigram of every old msgid, which std::unordered_map made a large share of a merge.
class PostingTable {
 public:
  /// The list for `trigram`, created empty if absent.
  std::vector<uint32_t>& operator[](uint32_t trigram) {
    if ((m_lists.size() + 1) * 2 > m_keys.size()) grow();
    size_t slot = probe(trigram);
    if (m_keys[slot] == k_empty) {
      m_keys[slot] = trigram;
      m_slots[slot] = static_cast<uint32_t>(m_lists.size());
      m_lists.emplace_back();
    }
    return m_lists[m_slots[slot]];
  }

  /// The list for `trigram`, or nullptr.
  [[nodiscard]] const std::vector<uint32_t>* find(uint32_t trigram) const {
    if (m_keys.empty()) return nullptr;
    size_t slot = probe(trigram);
    return m_keys[slot] == k_empty ? nullptr : &m_lists[m_slots[slot]];
  }

 private:
  static constexpr uint32_t k_empty = 0xFFFFFFFF;  // never a trigram (24 bits)

  [[nodiscard]] size_t probe(uint32_t trigram) const {
    const size_t mask = m_keys.size() - 1;
    size_t slot = (static_cast<size_t>(trigram) * 0x9E3779B1u) & mask;
    while (m_keys[slot] != k_empty && m_keys[slot] != trigram) slot = (slot + 1) & mask;
    return slot;
  }

  void grow() {
    std::vector<uint32_t> keys = std::move(m_keys);
    std::vector<uint32_t> slots = std::move(m_slots);
    m_keys.assign(keys.empty() ? 1 << 12 : keys.size() * 2, k_empty);
    m_slots.assign(m_keys.size(), 0);
    for (size_t i = 0; i < keys.size(); ++i) {
      if (keys[i] == k_empty) continue;
      size_t slot = probe(keys[i]);
      m_keys[slot] = keys[i];
      m_slots[slot] = slots[i];
    }
  }

  std::vector<uint32_t> m_keys;   // trigram per slot, or k_empty
  std::vector<uint32_t> m_slots;  // index into m_lists per slot
  std::vector<std::vector<uint32_t>> m_lists;
};

// Fuzzy candidates: the old translated messages, indexed by their msgid's trigrams.
class FuzzyIndex {
 public:
  explicit FuzzyIndex(const std::vector<const Message*>& messages) : m_messages(messages) {
    m_counts.assign(messages.size(), 0);
    for (size_t i = 0; i < messages.size(); ++i) {
      // Messages are added in order, so a trigram seen twice in one msgid is already at the
      // back of its list: no per-message sort is needed to list each message once.
      const std::string& s = messages[i]->msgid;
      const auto index = static_cast<uint32_t>(i);
      for (size_t k = 0; k + 2 < s.size(); ++k) {
        std::vector<uint32_t>& list = m_postings[trigram_at(s, k)];
        if (list.empty() || list.back() != index) list.push_back(index);
      }
      if (s.size() < 3) m_short.push_back(index);
    }
  }

  /// The most similar old message to (msgctxt, msgid) with similarity >= 0.6, or nullptr.
  const Message* best(const std::optional<std::string>& msgctxt, std::string_view msgid) {
    std::vector<uint32_t> pool;
    std::vector<uint32_t> query = trigrams(msgid);
    if (query.empty()) {
      pool = m_short;
      // Very short strings share no trigram with anything: compare with every short-enough one.
      for (size_t i = 0; i < m_messages.size(); ++i)
        if (m_messages[i]->msgid.size() >= 3 && length_bound(msgid.size(), m_messages[i]->msgid.size()) >= k_threshold)
          pool.push_back(static_cast<uint32_t>(i));
    } else {
      // Only the query's rarest trigrams gather candidates: a unit edited by a word still
      // shares most of them with its old self, and common trigrams would touch everything.
      std::vector<std::pair<size_t, const std::vector<uint32_t>*>> lists;
      for (uint32_t t : query) {
        if (const std::vector<uint32_t>* list = m_postings.find(t)) lists.emplace_back(list->size(), list);
      }
      size_t take = std::min(lists.size(), k_probe_trigrams);
      std::partial_sort(lists.begin(), lists.begin() + static_cast<long>(take), lists.end(),
                        [](const auto& x, const auto& y) { return x.first < y.first; });
      std::vector<uint32_t> touched;
      for (size_t k = 0; k < take; ++k) {
        for (uint32_t i : *lists[k].second) {
          if (m_counts[i]++ == 0) touched.push_back(i);
        }
      }
      // Rank by the share of trigrams in common (a Dice coefficient), best first.
      std::vector<std::pair<double, uint32_t>> ranked;
      ranked.reserve(touched.size());
      for (uint32_t i : touched) {
        double dice = static_cast<double>(m_counts[i]) / static_cast<double>(take);
        m_counts[i] = 0;
        if (length_bound(msgid.size(), m_messages[i]->msgid.size()) < k_threshold) continue;
        ranked.emplace_back(dice, i);
      }
      size_t keep = std::min(k_candidates, ranked.size());
      std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(keep), ranked.end(),
                        [](const auto& x, const auto& y) { return x.first > y.first || (x.first == y.first && x.second < y.second); });
      // Most promising first, so the cheap bound below can skip the rest.
      for (size_t k = 0; k < keep; ++k) pool.push_back(ranked[k].second);
    }
    const Message* best = nullptr;
    uint32_t best_index = 0;
    double best_score = k_threshold;
    LcsQuery lcs(msgid);
    std::array<uint32_t, 256> query_histogram{};
    for (char c : msgid) ++query_histogram[static_cast<unsigned char>(c)];
    for (uint32_t i : pool) {
      const Message* m = m_messages[i];
      // A translation made for another context is a little less appropriate (as msgmerge).
      double weight = m->msgctxt == msgctxt ? 1.0 : 0.99;
      const double total = static_cast<double>(msgid.size() + m->msgid.size());
      if (length_bound(msgid.size(), m->msgid.size()) * weight < best_score) continue;
      // The common subsequence can use each byte value at most as often as both strings hold it.
      std::array<uint32_t, 256> histogram{};
      for (char c : m->msgid) ++histogram[static_cast<unsigned char>(c)];
      size_t shared = 0;
      for (size_t b = 0; b < 256; ++b) shared += std::min(histogram[b], query_histogram[b]);
      double bound = total == 0 ? weight : 2.0 * static_cast<double>(shared) / total * weight;
      if (bound < best_score || (bound == best_score && best && i > best_index)) continue;
      double score = total == 0 ? weight : 2.0 * static_cast<double>(lcs.length(m->msgid)) / total * weight;
      // Ties go to the earlier message, as msgmerge's linear search does.
      if (score > best_score || (score == best_score && (!best || i < best_index))) {
        best = m;
        best_index = i;
        best_score = score;
      }
    }
    return best;
  }

 private:
  const std::vector<const Message*>& m_messages;
  PostingTable m_postings;
  std::vector<uint32_t> m_short;
  std::vector<uint16_t> m_counts;
};

// (msgctxt, msgid): hashed, because comparing long msgids in a tree dominated the lookups.
using MessageKey = std::pair<std::optional<std::string>, std::string_view>;

struct MessageKeyHash {
  size_t operator()(const MessageKey& key) const noexcept {
    size_t h = std::hash<std::string_view>{}(key.second);
    if (key.first) h ^= std::hash<std::string_view>{}(*key.first) * 31 + 0x9E3779B97F4A7C15ULL;
    return h;
  }
};

bool is_format_or_wrap_flag(std::string_view flag) {
  return flag.ends_with("-format") || flag == "no-wrap" || flag == "wrap" || flag.starts_with("range:");
}

// Flags of a merged message: fuzzy from the translation, format/wrap flags from the template.
std::vector<std::string> merged_flags(const Message& old, const Message& ref, bool fuzzy) {
  std::vector<std::string> out;
  if (fuzzy) out.emplace_back("fuzzy");
  for (const std::string& f : ref.flags)
    if (is_format_or_wrap_flag(f)) out.push_back(f);
  for (const std::string& f : old.flags)
    if (f != "fuzzy" && !is_format_or_wrap_flag(f) && std::find(out.begin(), out.end(), f) == out.end())
      out.push_back(f);
  return out;
}

// Fits the translations to the template's form: one msgstr, or one per plural form.
std::vector<std::string> fit_msgstr(const Message& old, const Message& ref, size_t nplurals, bool& changed) {
  std::vector<std::string> out = old.msgstr;
  changed = false;
  if (ref.msgid_plural) {
    size_t wanted = nplurals > 0 ? nplurals : std::max<size_t>(2, out.size());
    if (!old.msgid_plural) changed = true;
    if (out.size() != wanted) out.resize(wanted);
  } else {
    if (old.msgid_plural) changed = true;
    if (out.size() != 1) out.resize(1);
  }
  return out;
}

}  // namespace

double similarity(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  return 2.0 * static_cast<double>(lcs_length(a, b)) / static_cast<double>(a.size() + b.size());
}

Catalog merge(const Catalog& definitions, const Catalog& reference, MergeStats* stats) {
  return merge(definitions, reference, MergeOptions{}, stats);
}

Catalog merge(const Catalog& definitions, const Catalog& reference, const MergeOptions& options, MergeStats* stats) {
  MergeStats local;
  MergeStats& counts = stats ? *stats : local;
  counts = {};
  Catalog out;

  // The header: the translator's, with the template's creation date.
  const Message* def_header = definitions.header();
  const Message* ref_header = reference.header();
  if (def_header) out.messages.push_back(*def_header);
  else if (ref_header) out.messages.push_back(*ref_header);
  if (def_header && ref_header) {
    std::string date = reference.header_field("POT-Creation-Date");
    if (!date.empty() && !out.header_field("POT-Creation-Date").empty()) out.set_header_field("POT-Creation-Date", date);
  }
  const size_t nplurals = static_cast<size_t>(std::max(0, out.nplurals()));

  // Exact lookup over active messages first, then obsolete ones (a restored unit gets its
  // translation back).
  std::unordered_map<MessageKey, size_t, MessageKeyHash> active, obsolete;
  active.reserve(definitions.messages.size());
  for (size_t i = 0; i < definitions.messages.size(); ++i) {
    const Message& m = definitions.messages[i];
    if (m.is_header()) continue;
    auto& index = m.obsolete ? obsolete : active;
    index.emplace(std::make_pair(m.msgctxt, std::string_view(m.msgid)), i);
  }
  std::vector<bool> used(definitions.messages.size(), false);
  std::vector<const Message*> candidates;
  for (const Message& m : definitions.messages)
    if (!m.is_header() && !m.obsolete && !m.msgstr.empty() && !m.msgstr.front().empty()) candidates.push_back(&m);
  // Built on the first template unit with no exact match: an update where every msgid is
  // unchanged never pays for it. It covers every translated old unit, including ones matched
  // exactly, because msgmerge's fuzzy search does too.
  std::optional<FuzzyIndex> index;
  auto find_similar = [&](const Message& ref) -> const Message* {
    if (!options.fuzzy_matching) return nullptr;
    if (!index) index.emplace(candidates);
    return index->best(ref.msgctxt, ref.msgid);
  };

  std::vector<Message> obsoleted;
  for (const Message& ref : reference.messages) {
    if (ref.is_header() || ref.obsolete) continue;
    auto key = std::make_pair(ref.msgctxt, std::string_view(ref.msgid));
    const Message* old = nullptr;
    if (auto it = active.find(key); it != active.end()) old = &definitions.messages[it->second], used[it->second] = true;
    else if (auto ot = obsolete.find(key); ot != obsolete.end()) old = &definitions.messages[ot->second], used[ot->second] = true;

    Message merged;
    merged.msgctxt = ref.msgctxt;
    merged.msgid = ref.msgid;
    merged.msgid_plural = ref.msgid_plural;
    merged.extracted_comments = ref.extracted_comments;
    merged.references = ref.references;
    merged.line = ref.line;
    if (old) {
      bool changed = false;
      merged.translator_comments = old->translator_comments;
      merged.msgstr = fit_msgstr(*old, ref, nplurals, changed);
      bool fuzzy = old->is_fuzzy() || changed;
      merged.flags = merged_flags(*old, ref, fuzzy);
      if (fuzzy) {
        merged.prev_msgctxt = old->prev_msgctxt;
        merged.prev_msgid = old->prev_msgid;
        merged.prev_msgid_plural = old->prev_msgid_plural;
      }
      ++counts.exact;
    } else if (const Message* similar = find_similar(ref)) {
      bool changed = false;
      merged.translator_comments = similar->translator_comments;
      merged.msgstr = fit_msgstr(*similar, ref, nplurals, changed);
      merged.flags = merged_flags(*similar, ref, true);
      merged.prev_msgctxt = similar->msgctxt;
      merged.prev_msgid = similar->msgid;
      merged.prev_msgid_plural = similar->msgid_plural;
      // The old entry lives on in the fuzzy one, so it does not become obsolete (as msgmerge).
      used[static_cast<size_t>(similar - definitions.messages.data())] = true;
      ++counts.fuzzy;
    } else {
      merged.flags = merged_flags(Message{}, ref, false);
      merged.msgstr.assign(ref.msgid_plural ? std::max<size_t>(nplurals, 2) : 1, std::string());
      ++counts.added;
    }
    out.messages.push_back(std::move(merged));
  }

  // Translated units gone from the template stay as obsolete entries; old obsolete ones too.
  for (size_t i = 0; i < definitions.messages.size(); ++i) {
    const Message& m = definitions.messages[i];
    if (m.is_header() || used[i]) continue;
    bool translated = std::any_of(m.msgstr.begin(), m.msgstr.end(), [](const std::string& s) { return !s.empty(); });
    if (!translated) continue;
    Message gone = m;
    if (!gone.obsolete) {
      // As msgmerge: an obsolete entry keeps its translation and translator comments but no
      // longer points into the sources.
      gone.extracted_comments.clear();
      gone.references.clear();
      ++counts.obsoleted;
    }
    gone.obsolete = true;
    out.messages.push_back(std::move(gone));
  }
  return out;
}

}  // namespace leafpress::catalog
