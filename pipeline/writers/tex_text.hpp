#pragma once
// Text as the typesetter (LuaLaTeX) reads it: document text that can never become a command,
// and PDF/XMP strings for the file's metadata.
#include <string>
#include <string_view>

namespace leafpress::writers {

/// UTF-8 text for a TeX paragraph: TeX's special characters (\ { } $ & # ^ _ % ~) as
/// \char"HEX{} (the empty group ends the number and keeps a following space), control characters and line ends as
/// spaces; every other character as is.
std::string tex_text(std::string_view utf8);

/// A PDF text string in UTF-16BE hex with its byte order mark: <FEFF…>.
std::string pdf_hex_string(std::string_view utf8);

/// Text for an XML element inside the XMP packet, written into TeX with '#' as an ordinary
/// character: ASCII letters, digits and spaces as they are, everything else as &#N;.
std::string xmp_text(std::string_view utf8);

}  // namespace leafpress::writers
