#pragma once
// Numbers written without ASCII-compatible decimal digits: CJK numerals (二〇二六, 第十二条,
// 三百, 一萬), Roman numerals (XII, Ⅻ), other numeric characters (①, ௰) and numbers the
// language spells out in words (ICU's rule-based spellout). Decimal digits of any script are
// fold_digits' (analysis.hpp) job.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace leafpress::text {

/// A number written in numerals that are not decimal digits.
struct NumeralValue {
  uint64_t value = 0;
  size_t offset = 0;  // bytes, of its first character
  size_t length = 0;  // bytes
};

/// Every CJK numeral run, Roman numeral word (upper case, well formed: "XIV", not "IIII" or
/// "MIX" inside "MIXED") and single numeric character other than a decimal digit in `utf8`,
/// with its value, in text order. Ill-formed bytes are skipped.
std::vector<NumeralValue> numeral_values(std::string_view utf8);

/// The numbers a text spells out in words of language `lang` as ICU's spellout rules write
/// them (cardinal, ordinal, each gender and case ICU has: "vingt-six", "premier", "dwa"),
/// as whole terms, case-insensitively. Only values up to 100 are looked for (larger numbers
/// are written in figures); none when ICU has no spellout rules for the language. Spellings
/// in Han characters are numeral_values' (exact) job and are not looked for here.
class SpelledNumbers {
 public:
  SpelledNumbers(std::string_view utf8, std::string_view lang);
  /// True when the text spells out `value`.
  bool contains(uint64_t value);

 private:
  std::string m_folded;
  std::string m_lang;
  std::vector<signed char> m_known;  // per value: -1 not yet looked for, 0 no, 1 yes
};

}  // namespace leafpress::text
