#pragma once
// PO string escapes as GNU gettext's lexer reads them: one home for the parser and for the
// positions of findings inside a string. Inline: the parser decodes every escape with it.
#include <cctype>
#include <string>
#include <string_view>

namespace leafpress::catalog {

/// Why an escape sequence could not be read.
enum class EscapeError { none, at_line_end, hex_without_digits, unknown };

/// Decodes the escape at text[pos] == '\\' into `out` and advances pos past it, as gettext does.
inline EscapeError decode_escape(std::string_view text, size_t& pos, std::string& out) {
  if (pos + 1 >= text.size()) return EscapeError::at_line_end;
  char c = text[pos + 1];
  pos += 2;
  switch (c) {
    case 'n': out.push_back('\n'); return EscapeError::none;
    case 't': out.push_back('\t'); return EscapeError::none;
    case 'r': out.push_back('\r'); return EscapeError::none;
    case 'a': out.push_back('\a'); return EscapeError::none;
    case 'b': out.push_back('\b'); return EscapeError::none;
    case 'f': out.push_back('\f'); return EscapeError::none;
    case 'v': out.push_back('\v'); return EscapeError::none;
    case '\\':
    case '"':
    case '\'':
    case '?': out.push_back(c); return EscapeError::none;
    case 'x': {
      unsigned value = 0;
      size_t digits = 0;
      while (pos < text.size() && std::isxdigit(static_cast<unsigned char>(text[pos]))) {
        char d = text[pos];
        value = value * 16 + static_cast<unsigned>(d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
        ++pos;
        ++digits;
      }
      if (digits == 0) return EscapeError::hex_without_digits;
      out.push_back(static_cast<char>(value & 0xFF));
      return EscapeError::none;
    }
    default:
      if (c < '0' || c > '7') return EscapeError::unknown;
      unsigned value = static_cast<unsigned>(c - '0');
      for (int k = 0; k < 2 && pos < text.size() && text[pos] >= '0' && text[pos] <= '7'; ++k, ++pos)
        value = value * 8 + static_cast<unsigned>(text[pos] - '0');
      out.push_back(static_cast<char>(value & 0xFF));
      return EscapeError::none;
  }
}

}  // namespace leafpress::catalog
