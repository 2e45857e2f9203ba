#include "catalog/fuzzy_index.hpp"

#include <algorithm>
#include <type_traits>

#include "base/text_hash.hpp"
#include "catalog/fuzzy_index_data.hpp"

namespace leafpress::catalog {

using namespace fuzzy;

FuzzyIndex::FuzzyIndex(const std::vector<Message>& messages, bool by_characters, LcsMemo* memo,
                       const MsgidFeatures* features)
    : m_data(std::make_unique<Data>(messages)) {
  Data& d = *m_data;
  d.by_characters = by_characters;
  d.memo = memo;
  // The shared features count 4-grams of characters: of no use to an index of bytes.
  const MsgidFeatures::Data* shared = features && by_characters ? &features->ready() : nullptr;
  if (shared) d.shared_table = &shared->table, d.shared_count = static_cast<uint32_t>(shared->table.size());
  // Each per-candidate array is sized once: grown by doubling, they held up to twice their
  // contents while two merges and every language's translations were in memory.
  size_t candidates = 0;
  size_t most_grams = 0;  // a msgid has no more 4-grams than bytes
  for (const Message& m : messages)
    if (is_candidate(m)) ++candidates, most_grams += m.msgid.size();
  d.position.reserve(candidates);
  d.msgid_size.reserve(candidates);
  d.has_context.reserve(candidates);
  d.counts.reserve(candidates);
  d.gram_start.reserve(candidates + 1);
  d.by_length.reserve(candidates);
  if (memo) d.msgid_hash.reserve(candidates);
  d.gram_start.push_back(0);
  std::vector<uint32_t> grams;  // each candidate's distinct 4-gram ids, in turn
  grams.reserve(most_grams);
  std::vector<uint32_t> last_holder;  // per 4-gram: the last candidate that held it, plus one
  for (size_t i = 0; i < messages.size(); ++i) {
    const Message& m = messages[i];
    if (!is_candidate(m)) continue;
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
    d.short_ones.add(c, m.msgid.size());
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

}  // namespace leafpress::catalog
