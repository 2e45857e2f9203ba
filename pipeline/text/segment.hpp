#pragma once
// Sentence segmentation for readers and l10n (ICU, kept inside text/). Code points, case
// folding and term search are in analysis.hpp, NFC in nfc.hpp, UTF-8 validation in base/utf8.hpp.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/analysis.hpp"  // count_code_points, fold_case, find_term

namespace leafpress::text {

/// Sentence boundaries of `utf8` in language `lang` (BCP 47), as ascending byte offsets of
/// each sentence's end (the last one is utf8.size()). Uses ICU's sentence break iterator
/// wrapped with CLDR abbreviation suppressions plus a few more for English ("Mr.", "Dr.",
/// "e.g."), so "Mr. Bell" and "Dr. Smith" do not split. Trailing spaces belong to the
/// sentence they follow. Empty text gives no boundaries.
std::vector<size_t> sentence_ends(std::string_view utf8, std::string_view lang);

}  // namespace leafpress::text
