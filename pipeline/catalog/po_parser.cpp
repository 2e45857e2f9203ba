#include "catalog/po_parser.hpp"

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>

#include "catalog/po_charset.hpp"
#include "catalog/po_parser_state.hpp"
#include "text/charset.hpp"

namespace leafpress::catalog {

Result<Catalog> parse_po(std::string_view content, const std::string& file, Diagnostics* diagnostics,
                         std::vector<std::string_view>* entry_text, bool known_utf8,
                         std::vector<MessagePositions>* positions) {
  Diagnostics local;
  Diagnostics& sink = diagnostics ? *diagnostics : local;
  // The byte order mark is no part of the text, but byte offsets in messages count it.
  size_t skipped = 0;
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3), skipped = 3;
  std::string converted;
  std::string charset = declared_charset(content);
  bool convert = !text::is_utf8_charset(charset);
  if (convert) {
    auto utf8 = text::to_utf8_from(content, charset);
    if (!utf8) {
      SourceSpan where;
      where.file = file;
      sink.error(where, utf8.error().message);
      return fail(std::move(where), utf8.error().message);
    }
    converted = std::move(*utf8);
    content = converted;
  }
  PoParser parser(content, convert ? 0 : skipped, file, sink, known_utf8 && !convert);
  if (entry_text) entry_text->clear();
  // Converted text lives only in this function, and is not what the file holds anyway.
  parser.keep_entry_text(convert ? nullptr : entry_text);
  if (positions) positions->clear();
  parser.keep_positions(positions);
  Catalog catalog = parser.run();
  if (entry_text && convert) entry_text->assign(catalog.messages.size(), std::string_view());
  if (parser.failed()) return std::unexpected(parser.first_error());
  if (const Message* header = catalog.header()) {
    // A header whose charset reads differently once decoded would be read another way next
    // time; such a header is refused rather than guessed at.
    std::string decoded = header->msgstr.empty() ? std::string() : charset_named_in(header->msgstr.front());
    if (decoded != charset) {
      std::string message = fmt::format(
          "the header's charset reads as \"{}\" before its strings are decoded and as \"{}\" after; "
          "write \"charset=\" and its name in one plain string",
          charset, decoded);
      SourceSpan where{file, header->line, 1};
      sink.error(where, message);
      return fail(std::move(where), message);
    }
  }
  if (convert) {
    // The text is UTF-8 now: the header must say so, or a second read would convert again.
    if (Message* header = catalog.header()) name_utf8_charset(*header);
  }
  return catalog;
}

}  // namespace leafpress::catalog
