#pragma once
// SourceText: a source file's bytes checked and decoded once for every reader: UTF-8
// validated, BOM removed, line ends normalised to \n, text in NFC, front matter split off.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace leafpress::readers {

struct FrontMatter {
  std::map<std::string, std::string> values;  // key → value, as written (trimmed)
  std::map<std::string, uint32_t> lines;      // key → its line, for errors
};

struct SourceText {
  std::string path;         // relative to the project root
  std::string text;         // the body after the front matter: NFC, \n line ends
  uint32_t first_line = 1;  // line number of text's first line in the file
  FrontMatter front;
  std::vector<size_t> line_starts;  // byte offset of each line of `text`

  /// A span for a byte offset into `text` (line and code-point column in the file).
  [[nodiscard]] SourceSpan span_at(size_t offset) const;
};

/// Checks and decodes a source file. Errors (with file, line, column): UTF-16, invalid
/// UTF-8 (message gives the byte offset), a NUL byte, an empty or whitespace-only file,
/// an unterminated or malformed front-matter block.
Result<SourceText> decode_source(std::string_view bytes, const std::string& path);

}  // namespace leafpress::readers
