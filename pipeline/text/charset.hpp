#pragma once
// Charset conversion for catalogs written in legacy encodings (ICU converters).
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace leafpress::text {

/// True when `charset` (a MIME name such as "UTF-8", "utf8", "ASCII") needs no conversion.
bool is_utf8_charset(std::string_view charset);

/// Converts `bytes` in `charset` to UTF-8. Error (without a location) when ICU does not know
/// the charset or the bytes are not valid in it.
Result<std::string> to_utf8_from(std::string_view bytes, std::string_view charset);

}  // namespace leafpress::text
