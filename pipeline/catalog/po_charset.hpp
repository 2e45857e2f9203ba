#pragma once
// The charset a PO file declares, read before its strings are decoded (a multi-byte charset can
// hide a backslash or a quote inside a character), and the header's charset once converted.
#include <string>
#include <string_view>

#include "catalog/message.hpp"

namespace leafpress::catalog {

/// The charset that the header entry of raw PO text names, or "" when it names none. Its
/// msgstr is decoded as the parser will decode it (line continuations, blank lines, escapes).
std::string declared_charset(std::string_view content);

/// The charset a header's text names ("…charset=ISO-8859-2\n"), or "" when it names none.
std::string charset_named_in(std::string_view header_text);

/// Makes every "charset=" in the header's msgstr name UTF-8 (gettext looks for it anywhere
/// there, not only in Content-Type), for text converted to UTF-8 as it was read.
void name_utf8_charset(Message& header);

}  // namespace leafpress::catalog
