#pragma once
// Where a message's strings stand in the PO file it was read from, recorded by the parser on
// request, so that a finding about a translation points at its character in the file.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/po_lines.hpp"

namespace leafpress::catalog {

/// One quoted piece of a string ("…" on one line), as the file holds it.
struct QuotedPiece {
  PoPosition quote;  // its opening quote
  std::string raw;   // the bytes between the quotes, escapes as written
};

/// A string (msgid, msgstr or msgstr[n]): its quoted pieces in file order.
struct StringPosition {
  std::vector<QuotedPiece> pieces;

  /// Where byte `offset` of the decoded string lies in the file (an escape's backslash for a
  /// byte it makes; the last closing quote for an offset past the end). Without an offset,
  /// the first opening quote. Line 0 when the string has no piece.
  [[nodiscard]] PoPosition locate(std::optional<size_t> offset) const;
};

/// Where the strings of one message stand.
struct MessagePositions {
  uint32_t line = 0;  // the msgid keyword's line, as Message::line
  StringPosition msgid;
  std::vector<StringPosition> msgstr;  // msgstr, or one per msgstr[n]
};

}  // namespace leafpress::catalog
