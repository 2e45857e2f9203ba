#pragma once
// PO reader: the whole GNU gettext PO grammar, with every problem reported like msgfmt does.
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/result.hpp"
#include "catalog/message.hpp"
#include "catalog/po_positions.hpp"

namespace leafpress::catalog {

/// Parses PO text. Every problem goes to `diagnostics` (all of them, as msgfmt reports);
/// returns the first error when there is any. `file` names the file in messages.
/// Accepts CRLF line ends and a UTF-8 BOM; a catalog whose header names another charset is
/// converted to UTF-8 (the returned Catalog always holds UTF-8 and says so in its header).
/// `entry_text`, when given, receives for each message the bytes of `content` it was read
/// from, comments to its last line end, or an empty view for one that spans a line
/// continuation, has CRLF ends or was converted from another charset.
/// `known_utf8`: the caller knows `content` is valid UTF-8 (bytes this program wrote, found
/// unchanged by their hash), so it is not checked again.
/// `positions`, when given, receives for each message where its msgid and msgstr strings
/// stand in the file (for findings that point into a translation).
Result<Catalog> parse_po(std::string_view content, const std::string& file, Diagnostics* diagnostics = nullptr,
                         std::vector<std::string_view>* entry_text = nullptr, bool known_utf8 = false,
                         std::vector<MessagePositions>* positions = nullptr);

}  // namespace leafpress::catalog
