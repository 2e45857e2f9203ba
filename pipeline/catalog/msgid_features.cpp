#include "catalog/msgid_features.hpp"

namespace leafpress::catalog {

void MsgidFeatures::Data::build() {
  // Sized once, not grown by doubling: these live for the whole catalog stage.
  size_t most_grams = 0;  // a msgid has no more 4-grams than bytes
  for (const Message& m : messages) most_grams += m.msgid.size();
  entry_of.reserve(messages.size());
  counts.reserve(messages.size());
  hash.reserve(messages.size());
  gram_start.reserve(messages.size() + 1);
  grams.reserve(most_grams);
  std::vector<uint32_t> last_holder;  // per 4-gram: the last entry that held it, plus one
  for (const Message& m : messages) {
    if (m.msgid.empty()) continue;
    const auto e = static_cast<uint32_t>(counts.size());
    if (!entry_of.try_emplace(m.msgid, e).second) continue;  // the same msgid in another context
    counts.push_back(fuzzy::class_counts(m.msgid));
    hash.push_back(text_hash(m.msgid));
    fuzzy::for_each_gram(m.msgid, true, [&](const fuzzy::Gram& g) {
      uint32_t id = table.add(g);
      if (id >= last_holder.size()) last_holder.resize(id + 1, 0);
      if (last_holder[id] == e + 1) return;
      last_holder[id] = e + 1;
      grams.push_back(id);
    });
    gram_start.push_back(static_cast<uint32_t>(grams.size()));
  }
}

MsgidFeatures::MsgidFeatures(const std::vector<Message>& messages) : m_data(std::make_unique<Data>(messages)) {}
MsgidFeatures::~MsgidFeatures() = default;

const MsgidFeatures::Data& MsgidFeatures::ready() const {
  std::call_once(m_data->built, [&] { m_data->build(); });
  return *m_data;
}

}  // namespace leafpress::catalog
