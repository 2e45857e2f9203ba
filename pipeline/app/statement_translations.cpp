#include "app/statement_translations.hpp"

#include "qa/review.hpp"

namespace leafpress::app {

StatementTranslations statement_translations(const catalog::Catalog& catalog) {
  StatementTranslations out;
  out.draft = qa::draft_note(catalog).has_value();
  for (const auto& message : catalog.messages) {
    if (message.obsolete || message.is_header() || message.msgctxt || !message.is_translated()) continue;
    out.translations.emplace(message.msgid, message.msgstr.front());
    if (qa::review_state(message) != qa::ReviewState::reviewed) out.unreviewed.insert(message.msgid);
  }
  return out;
}

}  // namespace leafpress::app
