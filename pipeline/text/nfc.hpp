#pragma once
// Unicode Normalization Form C, in one place: the test readers, typography and the checks
// ask, the conversion, and the table of characters plainly in NFC that spares ICU most text.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace leafpress::text {

/// The text in Unicode Normalization Form C. Text already in NFC comes back as it is, invalid
/// bytes included; otherwise invalid bytes become U+FFFD.
std::string to_nfc(std::string_view utf8);

/// The text in NFC with every invalid byte as U+FFFD.
std::string to_nfc_replacing_invalid(std::string_view utf8);

/// Whether `utf8` is valid UTF-8 and in NFC.
bool is_valid_nfc(std::string_view utf8);

/// The byte offset of the first character that keeps `utf8` from being in Unicode
/// Normalization Form C, or nullopt when the text is NFC (ill-formed UTF-8 is reported at 0).
std::optional<size_t> first_non_nfc(std::string_view utf8);

/// Whether `text` is valid UTF-8 made only of characters that are in NFC wherever they stand
/// (NFC quick check Yes, combining class 0), by a table of ranges of the scripts served: then
/// it is in NFC without asking ICU. False means only "not known so" (ICU's check decides).
bool is_plainly_nfc(std::string_view text);
/// Whether `c` is in that table (exposed for the test that checks the table against ICU).
bool is_plainly_nfc_character(char32_t c);

}  // namespace leafpress::text
