#pragma once
// Text primitives for readers and l10n: UTF-8 validation, NFC normalisation and
// sentence segmentation (ICU, kept inside text/). Code points, case folding and term search
// are in qa_text.hpp.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/qa_text.hpp"  // count_code_points, fold_case, find_term

namespace leafpress::text {

/// Byte offset of the first byte that does not start a well-formed UTF-8 sequence
/// (overlong forms, surrogates and values above U+10FFFF are ill-formed), or nullopt.
std::optional<size_t> find_invalid_utf8(std::string_view bytes);

/// The text in Unicode Normalization Form C. Input must be valid UTF-8.
std::string to_nfc(std::string_view utf8);

/// Sentence boundaries of `utf8` in language `lang` (BCP 47), as ascending byte offsets of
/// each sentence's end (the last one is utf8.size()). Uses ICU's sentence break iterator
/// wrapped with CLDR abbreviation suppressions plus a few more for English ("Mr.", "Dr.",
/// "e.g."), so "Mr. Bell" and "Dr. Smith" do not split. Trailing spaces belong to the
/// sentence they follow. Empty text gives no boundaries.
std::vector<size_t> sentence_ends(std::string_view utf8, std::string_view lang);

}  // namespace leafpress::text
