#include "readers/reader.hpp"

#include <array>
#include <functional>

#include "readers/docx_reader.hpp"
#include "readers/markdown_reader.hpp"
#include "readers/odt_reader.hpp"
#include "readers/source_text.hpp"
#include "readers/text_reader.hpp"

namespace leafpress::readers {

namespace {

using ReadFunction = Result<doc::Document> (*)(const SourceText&, const std::string&);
// Formats that are not text (zip archives) read the file's bytes themselves.
using ReadBytesFunction = Result<doc::Document> (*)(std::string_view, const std::string&, const std::string&);

struct Format {
  std::string_view extension;
  ReadFunction read = nullptr;
  ReadBytesFunction read_bytes = nullptr;
};

// The registry of input formats: one line per reader.
constexpr std::array k_formats{
    Format{".txt", &read_text},
    Format{".md", &read_markdown},
    Format{".docx", nullptr, &read_docx},
    Format{".odt", nullptr, &read_odt},
};

const Format* format_for(std::string_view path) {
  for (const auto& format : k_formats)
    if (path.ends_with(format.extension)) return &format;
  return nullptr;
}

}  // namespace

bool has_reader_for(std::string_view path) { return format_for(path) != nullptr; }

Result<doc::Document> read_document(std::string_view bytes, const std::string& path, const std::string& lang) {
  const Format* format = format_for(path);
  if (!format) return fail({path}, "no reader for this kind of file (use .txt, .md, .docx or .odt)");
  if (format->read_bytes) return format->read_bytes(bytes, path, lang);
  auto source = decode_source(bytes, path);
  if (!source) return std::unexpected(source.error());
  return format->read(*source, lang);
}

}  // namespace leafpress::readers
