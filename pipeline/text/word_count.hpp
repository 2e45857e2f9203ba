#pragma once
// Word counting by ICU word boundaries (so Chinese and Tamil count sensibly).
#include <cstddef>
#include <string_view>

namespace leafpress::text {

/// Number of words (segments holding a letter, number or ideograph) in UTF-8 text, with the
/// word-break rules of language `lang` (a BCP 47 tag; "" for the root rules).
size_t count_words(std::string_view utf8, std::string_view lang);

}  // namespace leafpress::text
