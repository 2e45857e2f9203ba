// The charset a PO file declares, and the header's charset once converted to UTF-8.
#include "catalog/po_charset.hpp"

#include <algorithm>

#include "catalog/po_escapes.hpp"
#include "catalog/po_lines.hpp"

namespace leafpress::catalog {
namespace {

// Characters of a charset name (ISO-8859-2, UTF-8, Shift_JIS, ISO_8859-1…); anything else
// ends it, read raw or decoded alike, so a second read of our own output finds the same name.
bool is_charset_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

// Appends the quoted strings of `text` from `pos`, escapes decoded as the parser decodes them
// and other bytes as they are. False at anything that is not a well-formed string.
bool append_quoted_strings(std::string_view text, size_t pos, std::string& out) {
  for (pos = skip_po_spaces(text, pos); pos < text.size(); pos = skip_po_spaces(text, pos)) {
    if (text[pos] != '"') return false;
    for (++pos;;) {
      if (pos >= text.size()) return false;
      if (text[pos] == '"') break;
      if (text[pos] != '\\') out.push_back(text[pos++]);
      else if (decode_escape(text, pos, out) != EscapeError::none) return false;
    }
    ++pos;
  }
  return true;
}

// The header's msgstr, decoded from the raw bytes the way the parser will decode it (line
// continuations, blank lines and escapes alike), so that the charset is known before the
// strings are: multi-byte charsets can hide a backslash or quote inside a character.
std::string raw_header_text(std::string_view content) {
  // Only the header entry (the first msgid "") can declare it. It ends at the first line that
  // starts another entry or a comment.
  size_t header = content.starts_with("msgid \"\"") ? 0 : content.find("\nmsgid \"\"");
  if (header == std::string_view::npos) return {};
  std::string_view block = content.substr(header);
  size_t end = 1;
  while ((end = block.find('\n', end)) != std::string_view::npos) {
    size_t next = skip_po_spaces(block, end + 1);
    if (next < block.size() &&
        (block[next] == '#' || block.compare(next, 5, "msgid") == 0 || block.compare(next, 7, "msgctxt") == 0))
      break;
    ++end;
  }
  PoLines lines(block.substr(0, std::min(end, block.size())));
  std::string decoded;
  bool in_msgstr = false;
  for (const PoLine& line : lines.lines()) {
    size_t pos = skip_po_spaces(line.text, 0);
    std::string_view rest = line.text.substr(pos);
    if (!in_msgstr) {
      if (!rest.starts_with("msgstr")) continue;
      pos += rest.starts_with("msgstr[0]") ? 9 : 6;
      in_msgstr = true;
    } else if (rest.empty()) {
      continue;
    } else if (rest.front() != '"') {
      break;
    }
    if (!append_quoted_strings(line.text, pos, decoded)) break;
  }
  return decoded;
}

}  // namespace

std::string declared_charset(std::string_view content) { return charset_named_in(raw_header_text(content)); }

std::string charset_named_in(std::string_view header_text) {
  size_t pos = header_text.find("charset=");
  if (pos == std::string_view::npos) return {};
  pos += 8;
  size_t end = pos;
  while (end < header_text.size() && is_charset_char(header_text[end])) ++end;
  return std::string(header_text.substr(pos, end - pos));
}

void name_utf8_charset(Message& header) {
  if (header.msgstr.empty()) return;
  std::string& text = header.msgstr.front();
  for (size_t at = text.find("charset="); at != std::string::npos; at = text.find("charset=", at + 8)) {
    size_t end = at + 8;
    while (end < text.size() && is_charset_char(text[end])) ++end;
    text.replace(at + 8, end - at - 8, "UTF-8");
  }
}

}  // namespace leafpress::catalog
