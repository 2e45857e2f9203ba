#pragma once
// Readers: source documents (bytes) → Document. One file per input format, chosen by the
// path's extension.
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "doc/document.hpp"

namespace leafpress::readers {

/// Reads one source document. `path` is relative to the project root (used in spans and
/// Document::path); `lang` the source language. Errors: invalid UTF-8 (with byte offset), NUL
/// byte, empty or whitespace-only file, UTF-16, an unknown extension, bad front matter — each
/// with file/line/column.
Result<doc::Document> read_document(std::string_view bytes, const std::string& path, const std::string& lang);

/// True when some reader handles this path's extension (.txt, .md, .docx, .odt).
bool has_reader_for(std::string_view path);

}  // namespace leafpress::readers
