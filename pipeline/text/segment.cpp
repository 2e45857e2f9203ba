#include "text/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <map>
#include <memory>
#include <mutex>

#include "base/utf8.hpp"
#include "text/icu_string.hpp"
#include "text/typography.hpp"
#include "text/utf8_decode.hpp"

namespace leafpress::text {

namespace {

// Abbreviations that CLDR's English suppression list lacks, or that staff commonly write.
constexpr const char* k_english_suppressions[] = {
    "Mr.",  "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.",   "Cllr.", "Rev.", "Hon.", "St.", "Sr.",  "Jr.",
    "e.g.", "i.e.", "cf.", "vs.", "No.", "approx.", "Gov.",  "Sen.", "Rep.", "Lt.", "Col.",
};

// A sentence iterator per language, built once; ICU iterators are not thread-safe, so each
// use clones the prototype.
std::unique_ptr<icu::BreakIterator> make_sentence_iterator(std::string_view lang) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(icu::StringPiece(lang.data(), static_cast<int32_t>(lang.size())),
                                                   status);
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    locale = icu::Locale::getRoot();
  }
  std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status) || !base) return nullptr;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  if (U_FAILURE(status) || !builder) return base;
  if (std::string_view(locale.getLanguage()) == "en" || lang.empty()) {
    for (const char* abbreviation : k_english_suppressions) {
      UErrorCode ignored = U_ZERO_ERROR;  // already present is not an error worth reporting
      builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation), ignored);
    }
  }
  std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(base.release(), status));
  if (U_FAILURE(status)) return nullptr;
  return filtered;
}

std::unique_ptr<icu::BreakIterator> sentence_iterator(std::string_view lang) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<icu::BreakIterator>, std::less<>> prototypes;
  std::lock_guard lock(mutex);
  auto it = prototypes.find(lang);
  if (it == prototypes.end()) it = prototypes.emplace(std::string(lang), make_sentence_iterator(lang)).first;
  if (!it->second) return nullptr;
  return std::unique_ptr<icu::BreakIterator>(it->second->clone());
}

}  // namespace

std::vector<size_t> sentence_ends(std::string_view utf8, std::string_view lang) {
  std::vector<size_t> ends;
  if (utf8.empty()) return ends;
  std::unique_ptr<icu::BreakIterator> it = sentence_iterator(lang);
  if (!it) {
    ends.push_back(utf8.size());
    return ends;
  }
  icu::UnicodeString text = to_icu(utf8);
  it->setText(text);
  // Map UTF-16 offsets back to UTF-8 byte offsets by walking both in step.
  size_t byte = 0;
  int32_t unit = 0;
  for (int32_t boundary = it->next(); boundary != icu::BreakIterator::DONE; boundary = it->next()) {
    while (unit < boundary && byte < utf8.size()) {
      UChar32 c = next_code_point(utf8, byte);
      unit += U16_LENGTH(c);
    }
    ends.push_back(byte);
  }
  if (ends.empty() || ends.back() != utf8.size()) ends.push_back(utf8.size());
  return ends;
}

}  // namespace leafpress::text
