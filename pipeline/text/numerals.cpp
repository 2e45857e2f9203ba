#include "text/numerals.hpp"

#include <unicode/rbnf.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>

#include "text/analysis.hpp"
#include "text/icu_string.hpp"
#include "text/utf8_decode.hpp"

namespace leafpress::text {
namespace {

// The digit value of a CJK numeral character (financial forms included), or -1.
int cjk_digit(UChar32 c) {
  switch (c) {
    case U'〇':
    case U'零': return 0;
    case U'一':
    case U'壹': return 1;
    case U'二':
    case U'两':
    case U'兩':
    case U'贰':
    case U'貳': return 2;
    case U'三':
    case U'叁':
    case U'參': return 3;
    case U'四':
    case U'肆': return 4;
    case U'五':
    case U'伍': return 5;
    case U'六':
    case U'陆':
    case U'陸': return 6;
    case U'七':
    case U'柒': return 7;
    case U'八':
    case U'捌': return 8;
    case U'九':
    case U'玖': return 9;
    default: return -1;
  }
}

// The multiplier of a CJK unit character (十 百 千 within a section; 万 億 between
// sections), or 0.
uint64_t cjk_unit(UChar32 c) {
  switch (c) {
    case U'十':
    case U'拾': return 10;
    case U'百':
    case U'佰': return 100;
    case U'千':
    case U'仟': return 1000;
    case U'万':
    case U'萬': return 10000;
    case U'亿':
    case U'億': return 100000000;
    default: return 0;
  }
}

// The value of a run of CJK numerals: positional when it has no unit ("一九四八" is 1948),
// else by units ("十二" 12, "三百零五" 305, "一萬" 10000).
uint64_t cjk_value(const std::vector<UChar32>& run) {
  bool positional = true;
  for (UChar32 c : run)
    if (cjk_unit(c) != 0) positional = false;
  uint64_t total = 0;
  if (positional) {
    for (UChar32 c : run) total = total * 10 + static_cast<uint64_t>(cjk_digit(c));
    return total;
  }
  uint64_t section = 0, number = 0;
  for (UChar32 c : run) {
    if (int digit = cjk_digit(c); digit >= 0) {
      number = static_cast<uint64_t>(digit);
      continue;
    }
    uint64_t unit = cjk_unit(c);
    if (unit >= 10000) {
      total = (total + section + number) * unit;
      section = number = 0;
    } else {
      section += (number == 0 ? 1 : number) * unit;
      number = 0;
    }
  }
  return total + section + number;
}

int roman_digit(char c) {
  switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    case 'M': return 1000;
    default: return 0;
  }
}

std::string roman(uint64_t value) {
  static constexpr std::pair<uint64_t, const char*> k_parts[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
                                                                 {100, "C"},  {90, "XC"},  {50, "L"},  {40, "XL"},
                                                                 {10, "X"},   {9, "IX"},   {5, "V"},   {4, "IV"},
                                                                 {1, "I"}};
  std::string out;
  for (const auto& [part, letters] : k_parts)
    for (; value >= part; value -= part) out += letters;
  return out;
}

// The value of a Roman numeral written in its one canonical form, or 0.
uint64_t roman_value(std::string_view word) {
  if (word.empty() || word.size() > 15) return 0;
  uint64_t total = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    int value = roman_digit(word[i]);
    if (value == 0) return 0;
    int next = i + 1 < word.size() ? roman_digit(word[i + 1]) : 0;
    if (value < next) total -= static_cast<uint64_t>(value);
    else total += static_cast<uint64_t>(value);
  }
  return total > 0 && total < 4000 && roman(total) == word ? total : 0;
}

bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

}  // namespace

std::vector<NumeralValue> numeral_values(std::string_view utf8) {
  std::vector<NumeralValue> found;
  size_t offset = 0;
  std::vector<UChar32> run;
  size_t run_start = 0;
  auto end_run = [&](size_t end) {
    if (!run.empty()) found.push_back({cjk_value(run), run_start, end - run_start});
    run.clear();
  };
  while (offset < utf8.size()) {
    size_t start = offset;
    if (is_ascii_letter(utf8[start])) {
      end_run(start);
      size_t end = start;
      while (end < utf8.size() && is_ascii_letter(utf8[end])) ++end;
      if (uint64_t value = roman_value(utf8.substr(start, end - start))) found.push_back({value, start, end - start});
      offset = end;
      continue;
    }
    UChar32 c = next_code_point(utf8, offset);
    if (c < 0) {
      end_run(start);
      continue;
    }
    if (cjk_digit(c) >= 0 || cjk_unit(c) != 0) {
      if (run.empty()) run_start = start;
      run.push_back(c);
      continue;
    }
    end_run(start);
    // Roman numeral characters (Ⅻ), circled and Tamil numbers (①, ௰): whole values.
    int8_t type = u_charType(c);
    if (type == U_LETTER_NUMBER || type == U_OTHER_NUMBER) {
      double value = u_getNumericValue(c);
      if (value >= 1 && value < 1e15 && value == static_cast<double>(static_cast<uint64_t>(value)))
        found.push_back({static_cast<uint64_t>(value), start, offset - start});
    }
  }
  end_run(utf8.size());
  return found;
}

namespace {

constexpr uint64_t k_max_spelled = 100;

bool has_han(const icu::UnicodeString& text) {
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UErrorCode status = U_ZERO_ERROR;
    if (uscript_getScript(text.char32At(i), &status) == USCRIPT_HAN) return true;
  }
  return false;
}

// Every spelling of 0…100 by every public spellout rule set ICU has for `lang`, case-folded;
// empty when it has none. Made once per language and thread (a few milliseconds).
const std::vector<std::vector<std::string>>& spellings(std::string_view lang) {
  thread_local std::map<std::string, std::vector<std::vector<std::string>>, std::less<>> cache;
  if (auto it = cache.find(lang); it != cache.end()) return it->second;
  std::vector<std::vector<std::string>> forms;
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(std::string(lang).c_str());
  auto format = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, locale, status);
  // ICU falls back to the root rules (English words) for a language it has none for.
  bool own_rules = U_SUCCESS(status) && std::string_view(format->getLocale(ULOC_ACTUAL_LOCALE, status).getLanguage()) ==
                                            std::string_view(locale.getLanguage());
  if (own_rules && U_SUCCESS(status)) {
    forms.resize(k_max_spelled + 1);
    for (int32_t set = 0; set < format->getNumberOfRuleSetNames(); ++set) {
      icu::UnicodeString name = format->getRuleSetName(set);
      UErrorCode set_status = U_ZERO_ERROR;
      format->setDefaultRuleSet(name, set_status);
      if (U_FAILURE(set_status) || name.indexOf(u"spellout") < 0 || name.indexOf(u"year") >= 0) continue;
      for (uint64_t n = 0; n <= k_max_spelled; ++n) {
        icu::UnicodeString written;
        format->format(static_cast<int64_t>(n), written);
        std::string folded = fold_case(to_utf8(written));
        if (has_han(written)) continue;
        auto& list = forms[n];
        if (!folded.empty() && std::find(list.begin(), list.end(), folded) == list.end()) list.push_back(folded);
        // Arabic 3…10 take the gender opposite to the noun's: ICU writes only "خمسة", a
        // feminine noun takes "خمس" (five minutes: "خمس دقائق").
        constexpr std::string_view k_teh_marbuta = "\u0629";
        if (locale.getLanguage() == std::string_view("ar") && n >= 3 && n <= 10 && folded.ends_with(k_teh_marbuta)) {
          std::string bare = folded.substr(0, folded.size() - k_teh_marbuta.size());
          if (std::find(list.begin(), list.end(), bare) == list.end()) list.push_back(bare);
        }
      }
    }
  }
  return cache.emplace(std::string(lang), std::move(forms)).first->second;
}

}  // namespace

SpelledNumbers::SpelledNumbers(std::string_view utf8, std::string_view lang)
    : m_folded(fold_case(utf8)), m_lang(lang), m_known(k_max_spelled + 1, -1) {}

bool SpelledNumbers::contains(uint64_t value) {
  if (value > k_max_spelled) return false;
  if (m_known[value] < 0) {
    m_known[value] = 0;
    const auto& forms = spellings(m_lang);
    if (!forms.empty())
      for (const auto& form : forms[value])
        if (!find_term(m_folded, form).empty()) m_known[value] = 1;
  }
  return m_known[value] == 1;
}

}  // namespace leafpress::text
