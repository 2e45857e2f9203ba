// PoParser: keyword lines (msgctxt, msgid, msgid_plural, msgstr[N] and their "#|" previous
// forms) and the quoted strings after them, escapes decoded.
#include "catalog/po_parser_state.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cstring>
#include <string>
#include <string_view>

#include "catalog/po_escapes.hpp"

namespace leafpress::catalog {
namespace {

bool is_keyword_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Where the bytes from `pos` that hold no quote and no backslash end. `quote` is where the
// next quote at or after `pos` is (text.size() when there is none); it is searched again only
// once passed (an escaped quote), so a line is searched once however many escapes it holds.
size_t plain_run_end(std::string_view text, size_t pos, size_t& quote) {
  const char* data = text.data();
  if (quote < pos || quote == std::string_view::npos) {
    const void* found = std::memchr(data + pos, '"', text.size() - pos);
    quote = found ? static_cast<size_t>(static_cast<const char*>(found) - data) : text.size();
  }
  const void* backslash = std::memchr(data + pos, '\\', quote - pos);
  return backslash ? static_cast<size_t>(static_cast<const char*>(backslash) - data) : quote;
}

// Whether a line holds only the continuation of a string: `"…"`, `#~ "…"` or `#| "…"`.
bool continues_string(std::string_view text) {
  size_t pos = skip_po_spaces(text, 0);
  if (text.substr(pos).starts_with("#~|")) pos = skip_po_spaces(text, pos + 3);
  else if (text.substr(pos).starts_with("#~") || text.substr(pos).starts_with("#|"))
    pos = skip_po_spaces(text, pos + 2);
  return pos < text.size() && text[pos] == '"';
}

}  // namespace

// Reads `keyword "string"…` or a continuation `"string"`.
void PoParser::parse_keyword_line(const PoLine& line, size_t pos, bool obsolete, bool previous) {
  std::string_view text = line.text;
  if (pos >= text.size()) return;  // a bare "#|" or "#~": nothing to read
  m_line_obsolete = obsolete;
  m_line_previous = previous;
  if (m_awaiting_string && text[pos] != '"') {
    // gettext allows the string on the line after its keyword, but not no string at all.
    KeywordPlace place = *m_awaiting_string;
    m_awaiting_string.reset();
    error(place.line, place.column, "expected a quoted string after the keyword");
    abandon_entry();
  }
  m_awaiting_string.reset();
  if (m_skipping) {
    // Recovery after an error: skip the broken entry's remaining lines.
    if (text[pos] == '"' || (text.substr(pos).starts_with("msgstr") && !previous)) return;
    if (!text.substr(pos).starts_with("msgid") && !text.substr(pos).starts_with("msgctxt")) return;
    m_skipping = false;
  }
  if (text[pos] == '"') {
    if (m_target == Target::none || is_previous(m_target) != previous) {
      if (m_state == State::msgstr) finish_entry();
      error_at(line, pos, previous ? "a #| string with no #| keyword before it" : "a string with no keyword before it");
      abandon_entry();
      return;
    }
    if (!consistent(line, pos, obsolete)) return;
    read_strings(line, pos, false);
    return;
  }
  size_t word_end = pos;
  while (word_end < text.size() && !is_po_space(text[word_end]) && text[word_end] != '"') ++word_end;
  std::string_view word = text.substr(pos, word_end - pos);
  // Refuses the keyword: the entry so far is dropped.
  auto refuse = [&](std::string message) {
    error_at(line, pos, std::move(message));
    abandon_entry();
  };
  if (previous) {
    Target target = word == "msgctxt"        ? Target::prev_msgctxt
                    : word == "msgid"        ? Target::prev_msgid
                    : word == "msgid_plural" ? Target::prev_msgid_plural
                                             : Target::none;
    if (target == Target::none)
      return refuse(fmt::format("unknown keyword \"{}\" in a previous-message comment", word));
    if (m_state == State::msgstr) finish_entry();
    bool in_order = target == Target::prev_msgctxt ? m_state == State::start
                    : target == Target::prev_msgid ? m_state == State::start || m_state == State::prev_msgctxt
                                                   : m_state == State::prev_msgid && !m_entry.prev_msgid_plural;
    if (!in_order)
      return refuse(
          fmt::format("#| {} out of place: an entry's previous text comes first, as #| msgctxt, "
                      "#| msgid, #| msgid_plural",
                      word));
    start_part(line);
    if (!consistent(line, pos, obsolete)) return;
    m_target = target;
    m_state = target == Target::prev_msgctxt ? State::prev_msgctxt : State::prev_msgid;
    read_strings(line, word_end);
    return;
  }
  if (word == "msgctxt" || word == "msgid") {
    if (m_state == State::msgstr) finish_entry();
    if (word == "msgid" && m_state == State::msgid) return refuse("missing msgstr before the next msgid");
    if (word == "msgctxt" && (m_state == State::msgctxt || m_state == State::msgid))
      return refuse("msgctxt in the middle of an entry");
    if (m_state == State::prev_msgctxt)
      return refuse(fmt::format("{} after #| msgctxt: the previous text needs its #| msgid", word));
    start_part(line);
    if (!consistent(line, pos, obsolete)) return;
    if (word == "msgctxt") {
      m_entry.msgctxt.emplace();
      m_target = Target::msgctxt;
      m_state = State::msgctxt;
    } else {
      m_entry.line = m_lines.position(line, pos).line;
      m_target = Target::msgid;
      m_state = State::msgid;
    }
    read_strings(line, word_end);
    return;
  }
  if (word == "msgid_plural") {
    if (m_state == State::msgstr) finish_entry();
    if (m_state != State::msgid || m_entry.msgid_plural) return refuse("msgid_plural without a msgid before it");
    if (!consistent(line, pos, obsolete)) return;
    m_entry.msgid_plural.emplace();
    m_target = Target::msgid_plural;
    read_strings(line, word_end);
    return;
  }
  if (word.starts_with("msgstr")) {
    if (m_state != State::msgid && m_state != State::msgstr) return refuse("msgstr without a msgid before it");
    std::string_view index = word.substr(6);
    if (index.empty()) {
      if (m_entry.msgid_plural) return refuse("a message with msgid_plural needs msgstr[0], msgstr[1]…, not msgstr");
      if (!m_entry.msgstr.empty()) return refuse("a second msgstr for the same msgid");
    } else {
      size_t n = 0;
      auto [end, ec] = std::from_chars(index.data() + 1, index.data() + index.size(), n);
      bool well_formed = index.front() == '[' && ec == std::errc() && end + 1 == index.data() + index.size() &&
                         index.back() == ']' && end != index.data() + 1;
      if (!well_formed) return refuse(fmt::format("unknown keyword \"{}\"", word));
      if (!m_entry.msgid_plural) return refuse("msgstr[N] in a message without msgid_plural");
      if (n != m_entry.msgstr.size())
        return refuse(fmt::format("msgstr[{}] out of order: expected msgstr[{}]", n, m_entry.msgstr.size()));
    }
    if (!consistent(line, pos, obsolete)) return;
    m_entry.msgstr.emplace_back();
    m_target = Target::msgstr;
    m_state = State::msgstr;
    read_strings(line, word_end);
    return;
  }
  if (m_state == State::msgstr) finish_entry();
  refuse(fmt::format("unknown keyword \"{}\"", word));
}

std::string* PoParser::target_string() {
  switch (m_target) {
    case Target::msgctxt: return &*m_entry.msgctxt;
    case Target::msgid: return &m_entry.msgid;
    case Target::msgid_plural: return &*m_entry.msgid_plural;
    case Target::msgstr: return &m_entry.msgstr.back();
    case Target::prev_msgctxt:
      if (!m_entry.prev_msgctxt) m_entry.prev_msgctxt.emplace();
      return &*m_entry.prev_msgctxt;
    case Target::prev_msgid:
      if (!m_entry.prev_msgid) m_entry.prev_msgid.emplace();
      return &*m_entry.prev_msgid;
    case Target::prev_msgid_plural:
      if (!m_entry.prev_msgid_plural) m_entry.prev_msgid_plural.emplace();
      return &*m_entry.prev_msgid_plural;
    case Target::none: return nullptr;
  }
  return nullptr;
}

// At most the bytes of the string that starts at `pos` of the line being read: the rest of
// that line and of the lines that continue it. A string read line by line otherwise grows by
// doubling, and a parsed catalog held a third more memory than its text.
size_t PoParser::string_bound(const PoLine& line, size_t pos) const {
  size_t bytes = line.text.size() - pos;
  const std::vector<PoLine>& lines = m_lines.lines();
  for (size_t next = m_line_index + 1; next < lines.size() && continues_string(lines[next].text); ++next)
    bytes += lines[next].text.size();
  return bytes;
}

// Reads one or more quoted strings from `pos` to the end of the line: after a keyword, or
// continuing the string before. Room is made once, after the keyword, so that a run of
// lines is measured once (a run of empty strings would otherwise be measured at each line).
void PoParser::read_strings(const PoLine& line, size_t pos, bool after_keyword) {
  std::string_view text = line.text;
  std::string* out = target_string();
  if (out && after_keyword) out->reserve(string_bound(line, pos));
  pos = skip_po_spaces(text, pos);
  if (pos == text.size()) {
    // The string may come on the next line ("msgid" newline "\"a\""), as gettext reads it.
    PoPosition where = m_lines.position(line, pos);
    m_awaiting_string = KeywordPlace{where.line, where.column};
    return;
  }
  size_t quote = std::string_view::npos;
  StringPosition* position = string_position();
  bool after_string = false;
  while (pos < text.size()) {
    // The next keyword on the same line: `msgid "a" msgstr "b"`, as gettext reads it.
    if (after_string && is_keyword_start(text[pos])) {
      parse_keyword_line(line, pos, m_line_obsolete, m_line_previous);
      return;
    }
    if (text[pos] != '"') {
      error_at(line, pos, "expected a quoted string");
      abandon_entry();
      return;
    }
    const size_t opening = pos;
    ++pos;
    bool closed = false;
    while (pos < text.size()) {
      // Plain bytes up to the next quote or backslash go in at once.
      size_t plain_end = plain_run_end(text, pos, quote);
      out->append(text.data() + pos, plain_end - pos);
      pos = plain_end;
      if (pos == text.size()) break;
      if (text[pos] == '"') {
        closed = true;
        ++pos;
        break;
      }
      if (!read_escape(line, pos, *out)) {
        abandon_entry();
        return;
      }
    }
    if (!closed) {
      error_at(line, text.size(), "missing closing quote");
      abandon_entry();
      return;
    }
    if (position)
      position->pieces.push_back(
          {m_lines.position(line, opening), std::string(text.substr(opening + 1, pos - opening - 2))});
    pos = skip_po_spaces(text, pos);
    after_string = true;
  }
}

// Where the pieces of the string being read are recorded, when positions are asked for:
// the msgid's and each msgstr's.
StringPosition* PoParser::string_position() {
  if (!m_positions) return nullptr;
  if (m_target == Target::msgid) return &m_entry_positions.msgid;
  if (m_target != Target::msgstr) return nullptr;
  m_entry_positions.msgstr.resize(m_entry.msgstr.size());
  return &m_entry_positions.msgstr.back();
}

// Decodes the escape at text[pos] == '\\'; advances pos. False after reporting a bad one.
bool PoParser::read_escape(const PoLine& line, size_t& pos, std::string& out) {
  const size_t at = pos;
  if (at + 1 < line.text.size() && (line.text[at + 1] == 'x' || (line.text[at + 1] >= '0' && line.text[at + 1] <= '7')))
    m_byte_escape = true;
  switch (decode_escape(line.text, pos, out)) {
    case EscapeError::none: return true;
    case EscapeError::at_line_end:
      error_at(line, at, "a backslash at the end of the line (missing closing quote?)");
      return false;
    case EscapeError::hex_without_digits:
      error_at(line, at, "invalid escape sequence \"\\x\" (no hexadecimal digits)");
      return false;
    case EscapeError::unknown:
      error_at(line, at, fmt::format("invalid escape sequence \"\\{}\"", line.text[at + 1]));
      return false;
  }
  return false;
}

}  // namespace leafpress::catalog
