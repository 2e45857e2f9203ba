#include "text/word_count.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <memory>
#include <string>

#include "text/icu_string.hpp"

namespace leafpress::text {

size_t count_words(std::string_view utf8, std::string_view lang) {
  if (utf8.empty()) return 0;
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(icu::StringPiece(lang.data(), static_cast<int32_t>(lang.size())),
                                                   status);
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    locale = icu::Locale::getRoot();
  }
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(locale, status));
  if (U_FAILURE(status) || !words) return 0;
  icu::UnicodeString text = to_icu(utf8);
  words->setText(text);
  size_t count = 0;
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next()) {
    // Rule status tells what the segment just ended is: spaces and punctuation are "none".
    int32_t kind = words->getRuleStatus();
    if (kind >= UBRK_WORD_NUMBER && kind < UBRK_WORD_IDEO_LIMIT) ++count;
  }
  return count;
}

}  // namespace leafpress::text
