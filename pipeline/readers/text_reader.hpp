#pragma once
// The plain-text statement reader (*.txt). The inference rules are documented in
// text_reader.cpp.
#include <string>

#include "base/result.hpp"
#include "doc/document.hpp"
#include "readers/source_text.hpp"

namespace leafpress::readers {

/// Builds a Document from decoded source text (see source_text.hpp).
Result<doc::Document> read_text(const SourceText& source, const std::string& lang);

}  // namespace leafpress::readers
