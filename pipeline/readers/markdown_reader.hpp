#pragma once
// The Markdown reader (*.md): GitHub-flavoured Markdown through cmark-gfm (tables,
// strikethrough, autolinks).
#include <string>

#include "base/result.hpp"
#include "doc/document.hpp"
#include "readers/source_text.hpp"

namespace leafpress::readers {

/// Deepest nesting of blocks or inlines a reader accepts (deeper input is an error, which
/// keeps every later recursive walk safe on pathological input).
inline constexpr int k_max_nesting = 64;

/// Builds a Document from decoded Markdown source text (see source_text.hpp).
Result<doc::Document> read_markdown(const SourceText& source, const std::string& lang);

}  // namespace leafpress::readers
