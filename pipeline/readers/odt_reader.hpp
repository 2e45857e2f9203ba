#pragma once
// The LibreOffice reader (*.odt, OpenDocument text): see odt_reader.cpp for what is read.
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "doc/document.hpp"

namespace leafpress::readers {

/// Builds a Document from the bytes of a .odt file named `path`. Errors name the file: not
/// a zip archive (or plain text under the wrong name), a damaged archive, a zip bomb, a part
/// leaving the archive, XML that is not well-formed, declares a DTD or nests too deeply.
Result<doc::Document> read_odt(std::string_view bytes, const std::string& path, const std::string& lang);

}  // namespace leafpress::readers
