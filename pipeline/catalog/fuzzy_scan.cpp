#include "catalog/fuzzy_scan.hpp"

#include <algorithm>
#include <utility>

#include "base/text_hash.hpp"
#include "catalog/byte_classes.hpp"
#include "catalog/fuzzy_rule.hpp"
#include "catalog/lcs.hpp"
#include "catalog/ngrams.hpp"

namespace leafpress::catalog {

using namespace fuzzy;

struct FuzzyScan::Data {
  const std::vector<Message>& messages;
  bool by_characters = true;
  LcsMemo* memo = nullptr;
  std::vector<uint32_t> position;   // candidates (as FuzzyIndex takes them), in order
  std::vector<ClassCounts> counts;  // byte classes of each candidate's msgid
  ShortCandidates short_ones;

  explicit Data(const std::vector<Message>& m) : messages(m) {}
};

FuzzyScan::FuzzyScan(const std::vector<Message>& messages, bool by_characters, LcsMemo* memo)
    : m_data(std::make_unique<Data>(messages)) {
  m_data->by_characters = by_characters;
  m_data->memo = memo;
  for (size_t i = 0; i < messages.size(); ++i) {
    const Message& m = messages[i];
    if (!is_candidate(m)) continue;
    m_data->short_ones.add(static_cast<uint32_t>(m_data->position.size()), m.msgid.size());
    m_data->position.push_back(static_cast<uint32_t>(i));
    m_data->counts.push_back(class_counts(m.msgid));
  }
}

FuzzyScan::~FuzzyScan() = default;

std::optional<size_t> FuzzyScan::best(const std::optional<std::string>& msgctxt, std::string_view msgid) const {
  const Data& d = *m_data;
  if (d.position.empty() || msgid.empty()) return std::nullopt;
  auto bonus = [&](const Message& m) { return context_bonus(msgctxt, m.msgctxt); };
  LcsQuery lcs;
  lcs.reset(msgid);
  // A query without a close match is compared with most candidates; the other languages'
  // catalogs hold the same msgids, so each length is computed once for all of them.
  const uint64_t query_hash = d.memo ? text_hash(msgid) : 0;
  auto common_length = [&](std::string_view text) {
    return memoized_length(lcs, d.memo, query_hash, text, text.size() * ((msgid.size() + 63) / 64),
                           [&] { return text_hash(text); });
  };
  Choice choice;
  auto result = [&] { return choice.found() ? std::optional<size_t>(d.position[choice.candidate()]) : std::nullopt; };

  // The query's 4-grams with the number of positions each holds.
  GramTable table;
  std::vector<uint32_t> multiplicity;
  const bool long_enough = for_each_gram(msgid, d.by_characters, [&](const Gram& g) {
    uint32_t id = table.add(g);
    if (id >= multiplicity.size()) multiplicity.resize(id + 1, 0);
    ++multiplicity[id];
  });
  if (!long_enough) {
    d.short_ones.each_reachable(msgid.size(), [&](uint32_t c) {
      const Message& m = d.messages[d.position[c]];
      choice.offer_short(weight(common_length(m.msgid), msgid.size() + m.msgid.size(), bonus(m)), c);
    });
    return result();
  }

  // How many query positions hold a 4-gram of the candidate (msgmerge's count).
  std::vector<uint32_t> counted(multiplicity.size(), UINT32_MAX);
  auto shared_grams = [&](uint32_t c, const std::string& text) {
    uint32_t n = 0;
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
  std::sort(bounds.begin(), bounds.end(), [](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && a.second < b.second);
  });
  for (const auto& [bound, c] : bounds) {
    if (!choice.can_win(bound)) break;
    const Message& m = d.messages[d.position[c]];
    const double w = weight(common_length(m.msgid), msgid.size() + m.msgid.size(), bonus(m));
    if (!choice.can_win(w)) continue;
    const uint32_t shared = shared_grams(c, m.msgid);
    if (shared == 0) continue;  // msgmerge never looks at a message without a common 4-gram
    choice.offer(w, shared, c);
  }
  return result();
}

}  // namespace leafpress::catalog
