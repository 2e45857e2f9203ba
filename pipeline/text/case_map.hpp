#pragma once
// Case mapping by the language's own rules (ICU), never byte-wise or by a formatter's
// text-transform, which ignores them (Turkish i → İ, Lithuanian dot retention, Greek accents).
#include <string>
#include <string_view>

namespace leafpress::text {

/// `text` upper-cased with the casing rules of `language_tag` (BCP 47, e.g. "tr"). An
/// unknown or empty tag uses the root rules. Invalid UTF-8 becomes U+FFFD.
std::string to_upper(std::string_view text, std::string_view language_tag);

/// `text` lower-cased with the casing rules of `language_tag`.
std::string to_lower(std::string_view text, std::string_view language_tag);

}  // namespace leafpress::text
