#include "text/analysis.hpp"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include <map>
#include <memory>

#include "text/icu_string.hpp"
#include "text/utf8_decode.hpp"

namespace leafpress::text {
namespace {

EndMark classify(UChar32 c) {
  switch (c) {
    case U'.':
    case U'\u3002':
    case U'\uFF0E':
    case U'\uFF61':
    case U'\u1362':
    case U'\u06D4':
    case U'\u0964':
    case U'\u0965': return EndMark::full_stop;
    case U'?':
    case U'\uFF1F':
    case U'\u061F':
    case U'\u1367':
    case U'\u037E':
    case U'\u2E2E': return EndMark::question;
    case U'!':
    case U'\uFF01': return EndMark::exclamation;
    case U':':
    case U'\uFF1A':
    case U'\u1365':
    case U'\u1366': return EndMark::colon;
    case U';':
    case U'\uFF1B':
    case U'\u061B':
    case U'\u1364': return EndMark::semicolon;
    case U'\u2026':
    case U'\u22EF': return EndMark::ellipsis;
    default: return EndMark::none;
  }
}

// Closing quotes and brackets that may follow a sentence's final mark.
bool is_closing(UChar32 c) {
  if (c == U'"' || c == U'\'' || c == U'\u00AB' || c == U'\u00BB' || c == U'\u201E' || c == U'\u201C') return true;
  int8_t type = u_charType(c);
  return type == U_FINAL_PUNCTUATION || type == U_END_PUNCTUATION || type == U_INITIAL_PUNCTUATION;
}

// Length of a placeholder tag ("</12>" or "<3/>") ending at `end`, or 0.
size_t placeholder_tag_before(std::string_view utf8, size_t end) {
  if (end == 0 || utf8[end - 1] != '>') return 0;
  size_t open = utf8.rfind('<', end - 1);
  if (open == std::string_view::npos) return 0;
  std::string_view tag = utf8.substr(open + 1, end - open - 2);
  if (!tag.empty() && tag.front() == '/') tag.remove_prefix(1);
  else if (!tag.empty() && tag.back() == '/') tag.remove_suffix(1);
  else return 0;
  if (tag.empty()) return 0;
  for (char c : tag)
    if (c < '0' || c > '9') return 0;
  return end - open;
}

}  // namespace

std::string fold_digits(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  size_t offset = 0;
  while (offset < utf8.size()) {
    size_t start = offset;
    UChar32 c = next_code_point(utf8, offset);
    if (c >= 0x80 && u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
      out += static_cast<char>('0' + u_charDigitValue(c));
    } else {
      out.append(utf8.substr(start, offset - start));
    }
  }
  return out;
}

std::vector<WordSpan> split_words(std::string_view utf8, std::string_view lang) {
  std::vector<WordSpan> words;
  UErrorCode status = U_ZERO_ERROR;
  // Making a word iterator loads rules and dictionaries (tens of microseconds); the checks
  // split every unit, so each thread keeps one per language.
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>, std::less<>> cache;
  auto cached = cache.find(lang);
  if (cached == cache.end()) {
    std::unique_ptr<icu::BreakIterator> made(
        icu::BreakIterator::createWordInstance(icu::Locale(std::string(lang).c_str()), status));
    if (U_FAILURE(status)) return words;
    cached = cache.emplace(std::string(lang), std::move(made)).first;
  }
  icu::BreakIterator* breaker = cached->second.get();
  // A UTF-8 UText makes the iterator's indices byte offsets into `utf8`.
  UText* ut = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status)) return words;
  breaker->setText(ut, status);
  if (U_SUCCESS(status)) {
    int32_t start = breaker->first();
    for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; start = end, end = breaker->next()) {
      if (breaker->getRuleStatus() >= UBRK_WORD_NONE_LIMIT)
        words.push_back({static_cast<size_t>(start), static_cast<size_t>(end - start)});
    }
  }
  utext_close(ut);
  return words;
}

std::string fold_case(std::string_view utf8) {
  icu::UnicodeString text = to_icu(utf8);
  text.foldCase();
  return to_utf8(text);
}

size_t count_code_points(std::string_view utf8) {
  size_t count = 0;
  size_t offset = 0;
  while (offset < utf8.size()) {
    next_code_point(utf8, offset);
    ++count;
  }
  return count;
}

const char* end_mark_name(EndMark mark) {
  switch (mark) {
    case EndMark::none: return "no end punctuation";
    case EndMark::full_stop: return "a full stop";
    case EndMark::question: return "a question mark";
    case EndMark::exclamation: return "an exclamation mark";
    case EndMark::colon: return "a colon";
    case EndMark::semicolon: return "a semicolon";
    case EndMark::ellipsis: return "an ellipsis";
  }
  return "";
}

EndPunctuation end_punctuation(std::string_view utf8) {
  size_t end = utf8.size();
  // Look through what may follow the mark: spaces, closing quotes, brackets, placeholders.
  while (end > 0) {
    if (size_t tag = placeholder_tag_before(utf8, end)) {
      end -= tag;
      continue;
    }
    size_t before = end;
    UChar32 c = previous_code_point(utf8, before);
    if (c >= 0 && (u_isUWhiteSpace(c) || is_closing(c))) {
      end = before;
      continue;
    }
    break;
  }
  EndPunctuation result;
  result.offset = end;
  if (end == 0) return result;
  size_t start = end;
  UChar32 c = previous_code_point(utf8, start);
  result.mark = c < 0 ? EndMark::none : classify(c);
  if (result.mark == EndMark::none) return result;
  // "..." and "……" are one ellipsis; "?!" counts as its first mark's class only loosely, so
  // keep the last mark.
  if (result.mark == EndMark::full_stop && c == U'.' && start >= 2 && utf8.substr(start - 2, 2) == "..") {
    start -= 2;
    result.mark = EndMark::ellipsis;
  }
  result.offset = start;
  result.text = std::string(utf8.substr(start, end - start));
  return result;
}

std::string native_end_mark(const Language& language, EndMark mark) {
  std::string_view tag = language.tag;
  std::string_view primary = tag.substr(0, tag.find('-'));
  const std::string& script = language.script;
  if (script == "Hans" || script == "Hant" || script == "Jpan" || primary == "zh" || primary == "ja") {
    switch (mark) {
      case EndMark::full_stop: return "\u3002";
      case EndMark::question: return "\uFF1F";
      case EndMark::exclamation: return "\uFF01";
      case EndMark::colon: return "\uFF1A";
      case EndMark::semicolon: return "\uFF1B";
      default: return {};
    }
  }
  if (script == "Arab") {
    if (mark == EndMark::question) return "\u061F";
    if (mark == EndMark::semicolon) return "\u061B";
    if (mark == EndMark::full_stop && primary == "ur") return "\u06D4";
    return {};
  }
  if (script == "Ethi") {
    if (mark == EndMark::full_stop) return "\u1362";
    if (mark == EndMark::semicolon) return "\u1364";
    return {};
  }
  // The Greek question mark U+037E is canonically ";", which NFC text always holds.
  if (script == "Grek" && mark == EndMark::question) return ";";
  if ((script == "Beng" || script == "Deva") && mark == EndMark::full_stop) return "\u0964";
  return {};
}

bool is_bidi_control(char32_t c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }

}  // namespace leafpress::text

namespace leafpress::text {
namespace {

bool is_word_part(UChar32 c) {
  if (c < 0) return false;
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

// Scripts written without spaces between words: a term there is found anywhere.
bool unspaced_script(UScriptCode script) {
  switch (script) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
    case USCRIPT_TIBETAN: return true;
    default: return false;
  }
}

UScriptCode script_of(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &status);
  return U_FAILURE(status) ? USCRIPT_INVALID_CODE : script;
}

// True when `neighbour` glues onto a term whose edge character is `edge`.
bool joins(UChar32 edge, UChar32 neighbour) {
  if (!is_word_part(edge) || !is_word_part(neighbour)) return false;
  UScriptCode edge_script = script_of(edge);
  if (unspaced_script(edge_script)) return false;
  UScriptCode other = script_of(neighbour);
  return other == edge_script || other == USCRIPT_COMMON || other == USCRIPT_INHERITED ||
         edge_script == USCRIPT_COMMON || edge_script == USCRIPT_INHERITED;
}

}  // namespace

std::vector<size_t> find_term(std::string_view haystack, std::string_view needle, bool prefix) {
  std::vector<size_t> found;
  if (needle.empty()) return found;
  size_t first_end = 0;
  UChar32 first = next_code_point(needle, first_end);
  size_t last_start = needle.size();
  UChar32 last = previous_code_point(needle, last_start);
  for (size_t at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) {
    size_t before = at;
    if (before > 0 && joins(first, previous_code_point(haystack, before))) continue;
    size_t after = at + needle.size();
    if (!prefix && after < haystack.size() && joins(last, next_code_point(haystack, after))) continue;
    found.push_back(at);
  }
  return found;
}

size_t count_letters(std::string_view utf8) {
  size_t count = 0;
  size_t offset = 0;
  while (offset < utf8.size()) {
    UChar32 c = next_code_point(utf8, offset);
    if (c >= 0 && u_isalpha(c)) ++count;
  }
  return count;
}

bool has_letters(std::string_view utf8) {
  size_t offset = 0;
  while (offset < utf8.size()) {
    UChar32 c = next_code_point(utf8, offset);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

}  // namespace leafpress::text
