#include "catalog/po_positions.hpp"

#include "base/utf8.hpp"
#include "catalog/po_escapes.hpp"

namespace leafpress::catalog {

PoPosition StringPosition::locate(std::optional<size_t> offset) const {
  if (pieces.empty()) return {};
  if (!offset) return pieces.front().quote;
  // Columns count characters from the opening quote; each escape decodes to one byte.
  auto at_byte = [](const QuotedPiece& piece, size_t byte) {
    PoPosition where = piece.quote;
    where.column += static_cast<uint32_t>(1 + utf8::count_characters(std::string_view(piece.raw).substr(0, byte)));
    where.offset += 1 + byte;
    return where;
  };
  size_t decoded = 0;
  std::string scratch;
  for (const QuotedPiece& piece : pieces) {
    for (size_t at = 0; at < piece.raw.size(); ++decoded) {
      if (decoded == *offset) return at_byte(piece, at);
      const size_t here = at;
      if (piece.raw[at] != '\\' || decode_escape(piece.raw, at, scratch) != EscapeError::none) at = here + 1;
    }
  }
  return at_byte(pieces.back(), pieces.back().raw.size());
}

}  // namespace leafpress::catalog
