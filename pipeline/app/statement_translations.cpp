#include "app/statement_translations.hpp"

#include "qa/review.hpp"

namespace leafpress::app {

std::string_view MsgidPool::intern(const std::string& msgid) {
  std::lock_guard lock(m_mutex);
  return *m_strings.insert(msgid).first;
}

StatementTranslations statement_translations(const catalog::Catalog& catalog, MsgidPool& pool) {
  StatementTranslations out;
  out.draft = qa::draft_note(catalog).has_value();
  for (const auto& message : catalog.messages) {
    if (message.obsolete || message.is_header() || message.msgctxt || !message.is_translated()) continue;
    std::string_view msgid = pool.intern(message.msgid);
    out.translations.emplace(msgid, message.msgstr.front());
    if (qa::review_state(message) != qa::ReviewState::reviewed) out.unreviewed.insert(msgid);
  }
  return out;
}

}  // namespace leafpress::app
