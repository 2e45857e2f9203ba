#pragma once
// The Word reader (*.docx, WordprocessingML): see docx_reader.cpp for what is read.
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "doc/document.hpp"

namespace leafpress::readers {

/// Builds a Document from the bytes of a .docx file named `path`. Errors name the file: not
/// a zip archive (or plain text under the wrong name), a damaged archive, a zip bomb, a part
/// leaving the archive, XML that is not well-formed, declares a DTD or nests too deeply.
Result<doc::Document> read_docx(std::string_view bytes, const std::string& path, const std::string& lang);

}  // namespace leafpress::readers
