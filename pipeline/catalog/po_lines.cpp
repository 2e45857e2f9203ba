#include "catalog/po_lines.hpp"

#include "base/utf8.hpp"

namespace leafpress::catalog {
namespace {

// Columns count characters, so a column points at the same character in any editor.
uint32_t column_of(std::string_view line, size_t byte) {
  return static_cast<uint32_t>(1 + utf8::count_characters(line.substr(0, std::min(byte, line.size()))));
}

}  // namespace

PoLines::PoLines(std::string_view content) : m_content(content) {
  size_t at = 0;
  uint32_t number = 0;
  while (at < content.size()) {
    size_t end = content.find('\n', at);
    if (end == std::string_view::npos) end = content.size();
    ++number;
    // "\\\n" continues the line; "\\\r\n" does not (gettext then sees an invalid escape).
    if (end == content.size() || end == at || content[end - 1] != '\\') {
      std::string_view text = content.substr(at, end - at);
      if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
      m_lines.push_back({text, number, -1});
      at = end + 1;
      continue;
    }
    std::string& joined = m_joined.emplace_back();
    std::vector<Piece>& pieces = m_pieces.emplace_back();
    const uint32_t first = number;
    for (;;) {
      pieces.push_back({joined.size(), number, at});
      bool continues = end < content.size() && end > at && content[end - 1] == '\\';
      joined.append(content.substr(at, end - at - (continues ? 1 : 0)));
      at = end + 1;
      if (!continues || at >= content.size()) break;
      end = content.find('\n', at);
      if (end == std::string_view::npos) end = content.size();
      ++number;
    }
    std::string_view text = joined;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    m_lines.push_back({text, first, static_cast<int32_t>(m_pieces.size() - 1)});
  }
}

PoPosition PoLines::position(const PoLine& line, size_t pos) const {
  if (line.pieces < 0) {
    return {line.number, column_of(line.text, pos), static_cast<size_t>(line.text.data() - m_content.data()) + pos};
  }
  const std::vector<Piece>& pieces = m_pieces[static_cast<size_t>(line.pieces)];
  size_t k = pieces.size() - 1;
  while (k > 0 && pieces[k].start > pos) --k;
  const Piece& piece = pieces[k];
  std::string_view from = line.text.substr(std::min(piece.start, line.text.size()));
  return {piece.number, column_of(from, pos - piece.start), piece.offset + (pos - piece.start)};
}

}  // namespace leafpress::catalog
