#include "app/statement_translations.hpp"

#include <algorithm>
#include <cstring>

#include "qa/review.hpp"
#include "text/minor_edit.hpp"

namespace leafpress::app {

void TextArena::add_block(size_t bytes) {
  // Not zeroed: every byte is copied in before it is read.
  m_blocks.push_back(std::make_unique_for_overwrite<char[]>(bytes));
  m_used = 0;
  m_capacity = bytes;
  m_total += bytes;
}

void TextArena::reserve(size_t bytes) {
  if (m_capacity - m_used < bytes) add_block(bytes);
}

std::string_view TextArena::store(std::string_view text) {
  if (text.empty()) return {};
  if (m_capacity - m_used < text.size())
    add_block(std::max(text.size(), std::clamp(m_total * 2, k_first_block, k_largest_block)));
  char* at = m_blocks.back().get() + m_used;
  std::memcpy(at, text.data(), text.size());
  m_used += text.size();
  return {at, text.size()};
}

void MsgidPool::intern(std::vector<std::string_view>& msgids) {
  std::lock_guard lock(m_mutex);
  for (std::string_view& msgid : msgids) {
    if (auto found = m_strings.find(msgid); found != m_strings.end()) msgid = *found;
    else msgid = *m_strings.insert(m_text.store(msgid)).first;
  }
}

namespace {

// A fuzzy unit whose English changed only in punctuation, white space or quotation style
// since its translation was made: the pages keep that translation, awaiting review (the
// print gate still refuses it, as it refuses every fuzzy unit).
bool minor_edit_of_translated(const catalog::Message& m) {
  return m.is_fuzzy() && m.prev_msgid && m.prev_msgctxt == m.msgctxt && !m.msgid_plural && !m.msgstr.empty() &&
         !m.msgstr.front().empty() && text::is_minor_edit(*m.prev_msgid, m.msgid);
}

bool comes_before(const StatementTranslations::Translation& a, uint64_t hash, std::string_view msgid) {
  return a.msgid_hash < hash || (a.msgid_hash == hash && a.msgid < msgid);
}
}  // namespace

const StatementTranslations::Translation* StatementTranslations::find(std::string_view msgid) const {
  const uint64_t hash = text_hash(msgid);
  auto at = std::lower_bound(translations.begin(), translations.end(), msgid,
                             [&](const Translation& t, std::string_view key) { return comes_before(t, hash, key); });
  return at != translations.end() && at->msgid_hash == hash && at->msgid == msgid ? &*at : nullptr;
}

StatementTranslations statement_translations(const catalog::Catalog& catalog, MsgidPool& pool) {
  StatementTranslations out;
  out.draft = qa::draft_note(catalog).has_value();
  auto wanted = [](const catalog::Message& m) {
    return !m.obsolete && !m.is_header() && !m.msgctxt && (m.is_translated() || minor_edit_of_translated(m));
  };
  std::vector<const catalog::Message*> kept;
  size_t bytes = 0;
  for (const auto& message : catalog.messages)
    if (wanted(message)) kept.push_back(&message), bytes += message.msgstr.front().size();
  out.translations.reserve(kept.size());
  out.text.reserve(bytes);
  std::vector<std::string_view> msgids;
  msgids.reserve(kept.size());
  for (const catalog::Message* message : kept) msgids.emplace_back(message->msgid);
  pool.intern(msgids);
  for (size_t i = 0; i < kept.size(); ++i) {
    const catalog::Message& message = *kept[i];
    out.translations.push_back({msgids[i], out.text.store(message.msgstr.front()), text_hash(msgids[i]),
                                message.is_fuzzy() || qa::review_state(message) != qa::ReviewState::reviewed});
  }
  // Without contexts each msgid is there once (a catalog with a repeated one is not read).
  std::sort(out.translations.begin(), out.translations.end(),
            [](const auto& a, const auto& b) { return comes_before(a, b.msgid_hash, b.msgid); });
  return out;
}

}  // namespace leafpress::app
