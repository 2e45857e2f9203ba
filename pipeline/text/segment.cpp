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

#include "text/charset.hpp"
#include "text/icu_string.hpp"
#include "text/typography.hpp"

namespace leafpress::text {

namespace {

// Decodes the code point at `i` of valid UTF-8 and advances `i`.
UChar32 next_code_point(std::string_view s, size_t& i) {
  UChar32 c = 0;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()), c);
  i = static_cast<size_t>(pos);
  return c;
}

// Abbreviations that CLDR's English suppression list lacks, or that staff commonly write.
constexpr const char* k_english_suppressions[] = {
    "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Cllr.", "Rev.", "Hon.", "St.", "Sr.", "Jr.",
    "e.g.", "i.e.", "cf.", "vs.", "No.", "approx.", "Gov.", "Sen.", "Rep.", "Lt.", "Col.",
};

// A sentence iterator per language, built once; ICU iterators are not thread-safe, so each
// use clones the prototype.
std::unique_ptr<icu::BreakIterator> make_sentence_iterator(std::string_view lang) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(icu::StringPiece(lang.data(), static_cast<int32_t>(lang.size())), status);
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

std::optional<size_t> find_invalid_utf8(std::string_view bytes) {
  size_t at = invalid_utf8_offset(bytes);
  return at == std::string_view::npos ? std::nullopt : std::optional<size_t>(at);
}

std::string to_nfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  // Most text is already NFC, and most of that plainly so: check before converting, and let
  // ICU check valid UTF-8 as it is.
  if (is_plainly_nfc(utf8)) return std::string(utf8);
  const bool valid = !find_invalid_utf8(utf8);
  if (valid && nfc->isNormalizedUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status) &&
      U_SUCCESS(status))
    return std::string(utf8);
  status = U_ZERO_ERROR;
  icu::UnicodeString text = to_icu(utf8);
  // Invalid bytes became U+FFFD: text otherwise in NFC is given back as it came.
  if (!valid && nfc->isNormalized(text, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  icu::UnicodeString normal = nfc->normalize(text, status);
  if (U_FAILURE(status)) return std::string(utf8);
  return to_utf8(normal);
}

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
