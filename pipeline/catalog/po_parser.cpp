#include "catalog/po_parser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>
#include <functional>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "base/text_hash.hpp"
#include "base/utf8.hpp"
#include "catalog/po_escapes.hpp"
#include "catalog/po_lines.hpp"
#include "catalog/po_positions.hpp"
#include "text/charset.hpp"
#include "text/plural_forms.hpp"

namespace leafpress::catalog {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r'; }

bool is_keyword_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

size_t skip_spaces(std::string_view s, size_t pos) {
  while (pos < s.size() && is_space(s[pos])) ++pos;
  return pos;
}

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
  size_t pos = skip_spaces(text, 0);
  if (text.substr(pos).starts_with("#~|")) pos = skip_spaces(text, pos + 3);
  else if (text.substr(pos).starts_with("#~") || text.substr(pos).starts_with("#|")) pos = skip_spaces(text, pos + 2);
  return pos < text.size() && text[pos] == '"';
}

// Where a string goes once read.
enum class Target { none, msgctxt, msgid, msgid_plural, msgstr, prev_msgctxt, prev_msgid, prev_msgid_plural };

bool is_previous(Target t) {
  return t == Target::prev_msgctxt || t == Target::prev_msgid || t == Target::prev_msgid_plural;
}

class Parser {
 public:
  /// `skipped`: bytes of the file before `content` (a byte order mark), for byte offsets.
  Parser(std::string_view content, size_t skipped, const std::string& file, Diagnostics& diagnostics, bool known_utf8)
      : m_content(content),
        m_lines(content),
        m_skipped(skipped),
        m_file(file),
        m_diagnostics(diagnostics),
        m_all_utf8(known_utf8 || !utf8::find_invalid(content)) {}

  /// Asks for the text of each message as read (see parse_po's `entry_text`).
  void keep_entry_text(std::vector<std::string_view>* entry_text) { m_entry_text = entry_text; }
  /// Asks for where each message's strings stand (see parse_po's `positions`).
  void keep_positions(std::vector<MessagePositions>* positions) { m_positions = positions; }

  Catalog run() {
    // Room for every entry up front, so that no message is moved as the list grows. A line
    // starting "msgid " starts an entry in any catalog written the usual way; others only
    // make the guess low.
    size_t entries = 0;
    for (const PoLine& line : m_lines.lines())
      if (line.text.starts_with("msgid ") || line.text.starts_with("#~ msgid ")) ++entries;
    m_catalog.messages.reserve(entries);
    m_seen.reserve(entries);
    if (m_entry_text) m_entry_text->reserve(entries);
    if (m_positions) m_positions->reserve(entries);
    const std::vector<PoLine>& lines = m_lines.lines();
    for (m_line_index = 0; m_line_index < lines.size(); ++m_line_index) parse_line(lines[m_line_index]);
    finish_entry();
    check_plural_forms();
    // A msgstr[N] count that differs from the header's nplurals is read as it is, as gettext
    // reads it; the "plurals" check reports it at the entry.
    return std::move(m_catalog);
  }

  [[nodiscard]] bool failed() const { return m_first_error.has_value(); }
  [[nodiscard]] const Error& first_error() const { return *m_first_error; }

 private:
  using Line = PoLine;

  // The grammar of one entry, as gettext's: comments, then [#| msgctxt] #| msgid
  // [#| msgid_plural], then [msgctxt] msgid, then msgstr or msgid_plural and msgstr[N]…
  enum class State {
    start,              // between entries (comments may come)
    prev_msgctxt,       // after "#| msgctxt"
    prev_msgid,         // after "#| msgid" or "#| msgid_plural"
    msgctxt,
    msgid,              // after msgid or msgid_plural
    msgstr,             // after msgstr or msgstr[N]: the entry is complete
  };

  void error(uint32_t line, uint32_t column, std::string message) {
    SourceSpan where{m_file, line, column};
    if (!m_first_error) m_first_error = Error{where, message};
    m_diagnostics.error(std::move(where), std::move(message));
  }

  void error_at(const Line& line, size_t pos, std::string message) {
    PoPosition where = m_lines.position(line, pos);
    error(where.line, where.column, std::move(message));
  }

  // Inside an entry's keywords, before its msgstr, where gettext allows no comment.
  [[nodiscard]] bool inside_message() const { return m_state != State::start && m_state != State::msgstr; }

  void parse_line(const Line& line) {
    if (m_entry_text) note_line_bytes(line);
    parse_line_text(line);
    // Blank lines separate entries; they belong to none.
    if (m_entry_text && m_has_content && skip_spaces(line.text, 0) < line.text.size()) {
      m_entry_end = m_line_end;
      m_entry_plain = m_entry_plain && m_line_plain;
    }
  }

  // Where the line lies in the content, with its line end; "plain" when it is one file line
  // ending in LF alone (or the end of the file).
  void note_line_bytes(const Line& line) {
    m_line_plain = line.pieces < 0;
    if (!m_line_plain) return;
    m_line_begin = static_cast<size_t>(line.text.data() - m_content.data());
    m_line_end = m_line_begin + line.text.size();
    if (m_line_end < m_content.size()) {
      if (m_content[m_line_end] == '\n') ++m_line_end;
      else m_line_plain = false;
    }
  }

  void parse_line_text(const Line& line) {
    std::string_view text = line.text;
    size_t bad = m_all_utf8 ? std::string_view::npos : utf8::find_invalid(text).value_or(std::string_view::npos);
    if (bad != std::string_view::npos) {
      size_t offset = m_skipped + m_lines.position(line, bad).offset;
      if (m_state == State::msgstr) finish_entry();  // keep the complete entry before it
      error_at(line, bad, fmt::format("invalid UTF-8 (byte offset {})", offset));
      abandon_entry();
      return;
    }
    size_t pos = skip_spaces(text, 0);
    if (pos == text.size()) {
      // A blank line ends a broken entry's recovery but is otherwise insignificant.
      m_skipping = false;
      return;
    }
    if (text[pos] == '#') {
      parse_comment(line, pos);
      return;
    }
    parse_keyword_line(line, pos, false, false);
  }

  void parse_comment(const Line& line, size_t pos) {
    std::string_view text = line.text;
    char kind = pos + 1 < text.size() ? text[pos + 1] : '\0';
    if (kind == '~') {
      // Obsolete entry: "#~ msgid …", "#~| msgid …" or an obsolete comment "#~ #, fuzzy".
      size_t after = pos + 2;
      bool previous = after < text.size() && text[after] == '|';
      if (previous) ++after;
      size_t start = skip_spaces(text, after);
      if (start == text.size()) return;
      if (!previous && text[start] == '#') {
        parse_comment(line, start);
        return;
      }
      parse_keyword_line(line, start, true, previous);
      return;
    }
    if (kind == '|') {
      parse_keyword_line(line, skip_spaces(text, pos + 2), false, true);
      return;
    }
    // A comment after a complete msgstr starts the next entry; inside one it is an error.
    if (m_state == State::msgstr) finish_entry();
    if (inside_message()) {
      error_at(line, pos, "a comment inside an entry: comments go before its #| lines and msgctxt/msgid");
      abandon_entry();
      return;
    }
    m_skipping = false;
    std::string_view body = text.substr(pos + std::min<size_t>(2, text.size() - pos));
    switch (kind) {
      case '.':
        start_part(line);
        m_entry.extracted_comments.emplace_back(strip_one_space(body));
        break;
      case ':':
        start_part(line);
        add_references(body);
        break;
      case ',':
        start_part(line);
        // As in GNU gettext 0.21, a later "#," line replaces the flags of an earlier one.
        m_entry.flags.clear();
        add_flags(body);
        break;
      case '!':
        break;  // dropped, as msgcat does
      default: {
        start_part(line);
        std::string_view comment = text.substr(pos + 1);
        m_entry.translator_comments.emplace_back(strip_one_space(comment));
        break;
      }
    }
  }

  static std::string_view strip_one_space(std::string_view s) {
    if (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    return s;
  }

  void add_references(std::string_view body) {
    size_t i = 0;
    while (i < body.size()) {
      while (i < body.size() && (is_space(body[i]))) ++i;
      size_t start = i;
      while (i < body.size() && !is_space(body[i])) ++i;
      if (i > start) m_entry.references.emplace_back(body.substr(start, i - start));
    }
  }

  void add_flags(std::string_view body) {
    size_t i = 0;
    while (i < body.size()) {
      while (i < body.size() && (is_space(body[i]) || body[i] == ',')) ++i;
      size_t start = i;
      while (i < body.size() && body[i] != ',') ++i;
      std::string_view flag = body.substr(start, i - start);
      while (!flag.empty() && is_space(flag.back())) flag.remove_suffix(1);
      if (!flag.empty()) m_entry.flags.emplace_back(flag);
    }
  }

  void start_part(const Line& line) {
    if (!m_has_content) {
      m_entry_line = line.number;
      m_entry_begin = m_line_begin;
      m_entry_plain = true;
    }
    m_has_content = true;
  }

  // The keyword lines of one entry are all obsolete ("#~") or none is, as gettext requires.
  bool consistent(const Line& line, size_t pos, bool obsolete) {
    if (!m_parts_obsolete) {
      m_parts_obsolete = obsolete;
      if (obsolete) m_entry.obsolete = true;
      return true;
    }
    if (*m_parts_obsolete == obsolete) return true;
    error_at(line, pos, obsolete ? "an obsolete (#~) line inside an entry that is not obsolete"
                                 : "a line without #~ inside an obsolete entry");
    abandon_entry();
    return false;
  }

  // Reads `keyword "string"…` or a continuation `"string"`.
  void parse_keyword_line(const Line& line, size_t pos, bool obsolete, bool previous) {
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
    while (word_end < text.size() && !is_space(text[word_end]) && text[word_end] != '"') ++word_end;
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
        return refuse(fmt::format("#| {} out of place: an entry's previous text comes first, as #| msgctxt, "
                                  "#| msgid, #| msgid_plural", word));
      start_part(line);
      if (!consistent(line, pos, obsolete)) return;
      m_target = target;
      m_state = target == Target::prev_msgctxt ? State::prev_msgctxt : State::prev_msgid;
      read_strings(line, word_end);
      return;
    }
    if (word == "msgctxt" || word == "msgid") {
      if (m_state == State::msgstr) finish_entry();
      if (word == "msgid" && m_state == State::msgid)
        return refuse("missing msgstr before the next msgid");
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
        if (m_entry.msgid_plural)
          return refuse("a message with msgid_plural needs msgstr[0], msgstr[1]…, not msgstr");
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

  std::string* target_string() {
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
  size_t string_bound(const Line& line, size_t pos) const {
    size_t bytes = line.text.size() - pos;
    const std::vector<PoLine>& lines = m_lines.lines();
    for (size_t next = m_line_index + 1; next < lines.size() && continues_string(lines[next].text); ++next)
      bytes += lines[next].text.size();
    return bytes;
  }

  // Reads one or more quoted strings from `pos` to the end of the line: after a keyword, or
  // continuing the string before. Room is made once, after the keyword, so that a run of
  // lines is measured once (a run of empty strings would otherwise be measured at each line).
  void read_strings(const Line& line, size_t pos, bool after_keyword = true) {
    std::string_view text = line.text;
    std::string* out = target_string();
    if (out && after_keyword) out->reserve(string_bound(line, pos));
    pos = skip_spaces(text, pos);
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
        position->pieces.push_back({m_lines.position(line, opening), std::string(text.substr(opening + 1, pos - opening - 2))});
      pos = skip_spaces(text, pos);
      after_string = true;
    }
  }

  // Where the pieces of the string being read are recorded, when positions are asked for:
  // the msgid's and each msgstr's.
  StringPosition* string_position() {
    if (!m_positions) return nullptr;
    if (m_target == Target::msgid) return &m_entry_positions.msgid;
    if (m_target != Target::msgstr) return nullptr;
    m_entry_positions.msgstr.resize(m_entry.msgstr.size());
    return &m_entry_positions.msgstr.back();
  }

  // Decodes the escape at text[pos] == '\\'; advances pos. False after reporting a bad one.
  bool read_escape(const Line& line, size_t& pos, std::string& out) {
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

  void reset_entry() {
    m_awaiting_string.reset();
    m_entry = Message{};
    m_has_content = false;
    m_byte_escape = false;
    m_state = State::start;
    m_target = Target::none;
    m_parts_obsolete.reset();
    if (m_positions) m_entry_positions = {};
  }

  void abandon_entry() {
    reset_entry();
    m_skipping = true;
  }

  void finish_entry() {
    if (m_awaiting_string) {
      error(m_awaiting_string->line, m_awaiting_string->column, "expected a quoted string after the keyword");
      m_awaiting_string.reset();
      reset_entry();
      return;
    }
    if (!m_has_content) return;
    const uint32_t line = m_entry.line ? m_entry.line : m_entry_line;
    if (m_state == State::msgid || m_state == State::msgctxt) {
      error(line, 1, m_state == State::msgid ? "missing msgstr after the msgid" : "msgctxt without a msgid");
    } else if (m_state == State::prev_msgid || m_state == State::prev_msgctxt) {
      error(line, 1, "previous text (#|) with no message after it");
    } else if (m_state == State::msgstr) {
      if (m_entry.msgid_plural && m_entry.msgstr.empty()) m_entry.msgstr.emplace_back();
      if (m_byte_escape && escapes_made_invalid_utf8(m_entry))
        error(line, 1, "an escape sequence (\\x or octal) makes the text invalid UTF-8; type the character itself");
      else
        add_message(std::move(m_entry));
    }
    // Comments with no message after them (at the end of a file) are dropped, as msgcat does.
    reset_entry();
  }

  // Lines are checked for UTF-8 as read; only \x and octal escapes can still produce bytes
  // that are not UTF-8 (and would make the written catalog unreadable).
  static bool escapes_made_invalid_utf8(const Message& m) {
    auto bad = [](const std::optional<std::string>& s) { return s && utf8::find_invalid(*s); };
    if (bad(m.msgctxt) || bad(m.msgid_plural) || bad(m.prev_msgctxt) || bad(m.prev_msgid) || bad(m.prev_msgid_plural))
      return true;
    if (utf8::find_invalid(m.msgid)) return true;
    for (const auto& str : m.msgstr)
      if (utf8::find_invalid(str)) return true;
    return false;
  }

  // Obsolete entries share the key space with active ones: gettext refuses an obsolete entry
  // that repeats another entry's (msgctxt, msgid) as it refuses two active ones.
  void add_message(Message message) {
    // Messages are found by hash and compared in place, so no key strings are copied.
    size_t hash = key_hash(message);
    auto [begin, end] = m_seen.equal_range(hash);
    for (auto it = begin; it != end; ++it) {
      const Message& first = m_catalog.messages[it->second];
      if (context_key(first) == context_key(message) && first.msgid == message.msgid) {
        error(message.line, 1, fmt::format("duplicate message definition (first defined on line {})", first.line));
        return;
      }
    }
    m_seen.emplace(hash, m_catalog.messages.size());
    if (m_positions) {
      m_entry_positions.line = message.line;
      m_positions->push_back(std::move(m_entry_positions));
    }
    m_catalog.messages.push_back(std::move(message));
    if (m_entry_text)
      m_entry_text->push_back(m_entry_plain ? m_content.substr(m_entry_begin, m_entry_end - m_entry_begin)
                                            : std::string_view());
  }

  // A message without msgctxt is keyed apart from any context (as "\x01none").
  static std::string_view context_key(const Message& m) {
    return m.msgctxt ? std::string_view(*m.msgctxt) : std::string_view("\x01none");
  }

  static size_t key_hash(const Message& m) {
    return text_hash(m.msgid) ^ (text_hash(context_key(m)) * 31 + 0x9E3779B97F4A7C15ULL);
  }

  // A Plural-Forms that `msgfmt -c` rejects is an error at its line: an expression nested
  // thousands deep would otherwise overflow the stack of whatever evaluates it later.
  void check_plural_forms() {
    const Message* header = m_catalog.header();
    std::string forms = m_catalog.header_field("Plural-Forms");
    if (!header || forms.empty() || text::is_template_plural_forms(forms)) return;
    auto parsed = text::PluralForms::parse(forms);
    if (parsed) return;
    uint32_t line = header->line;
    for (const PoLine& candidate : m_lines.lines()) {
      if (candidate.number < header->line) continue;
      if (candidate.text.find("Plural-Forms:") != std::string_view::npos) {
        line = candidate.number;
        break;
      }
      if (candidate.text.empty()) break;  // the end of the header entry
    }
    error(line, 1, parsed.error().message);
  }

  std::string_view m_content;
  PoLines m_lines;
  size_t m_skipped = 0;
  const std::string& m_file;
  Diagnostics& m_diagnostics;
  Catalog m_catalog;
  Message m_entry;
  uint32_t m_entry_line = 0;
  bool m_has_content = false;
  bool m_byte_escape = false;  // the entry has a \x or octal escape, which can make bytes that are not UTF-8
  bool m_skipping = false;
  State m_state = State::start;
  Target m_target = Target::none;
  std::optional<bool> m_parts_obsolete;  // whether the entry's keyword lines are "#~" ones
  bool m_line_obsolete = false, m_line_previous = false;  // the kind of keyword line being read
  size_t m_line_index = 0;                                // of the line being read, in m_lines
  struct KeywordPlace {
    uint32_t line, column;
  };
  std::optional<KeywordPlace> m_awaiting_string;  // a keyword whose string is on a later line
  std::unordered_multimap<size_t, size_t> m_seen;  // key hash -> index in m_catalog.messages
  std::optional<Error> m_first_error;
  bool m_all_utf8 = false;  // the whole text is valid UTF-8: no line need be checked again
  // The text of each message as read, when asked for: the current line's bytes and the
  // current entry's.
  std::vector<std::string_view>* m_entry_text = nullptr;
  // Where each message's strings stand, when asked for, and the current entry's.
  std::vector<MessagePositions>* m_positions = nullptr;
  MessagePositions m_entry_positions;
  size_t m_line_begin = 0, m_line_end = 0, m_entry_begin = 0, m_entry_end = 0;
  bool m_line_plain = false, m_entry_plain = false;
};

// Characters of a charset name (ISO-8859-2, UTF-8, Shift_JIS, ISO_8859-1…); anything else
// ends it, read raw or decoded alike, so a second read of our own output finds the same name.
bool is_charset_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.';
}

// The charset a header's text names ("…charset=ISO-8859-2\n"), or "" when it names none.
std::string charset_named_in(std::string_view header_text) {
  size_t pos = header_text.find("charset=");
  if (pos == std::string_view::npos) return {};
  pos += 8;
  size_t end = pos;
  while (end < header_text.size() && is_charset_char(header_text[end])) ++end;
  return std::string(header_text.substr(pos, end - pos));
}

// Appends the quoted strings of `text` from `pos`, escapes decoded as the parser decodes them
// and other bytes as they are. False at anything that is not a well-formed string.
bool append_quoted_strings(std::string_view text, size_t pos, std::string& out) {
  for (pos = skip_spaces(text, pos); pos < text.size(); pos = skip_spaces(text, pos)) {
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
    size_t next = skip_spaces(block, end + 1);
    if (next < block.size() && (block[next] == '#' || block.compare(next, 5, "msgid") == 0 ||
                                block.compare(next, 7, "msgctxt") == 0))
      break;
    ++end;
  }
  PoLines lines(block.substr(0, std::min(end, block.size())));
  std::string decoded;
  bool in_msgstr = false;
  for (const PoLine& line : lines.lines()) {
    size_t pos = skip_spaces(line.text, 0);
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

Result<Catalog> parse_po(std::string_view content, const std::string& file, Diagnostics* diagnostics,
                         std::vector<std::string_view>* entry_text, bool known_utf8,
                         std::vector<MessagePositions>* positions) {
  Diagnostics local;
  Diagnostics& sink = diagnostics ? *diagnostics : local;
  // The byte order mark is no part of the text, but byte offsets in messages count it.
  size_t skipped = 0;
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3), skipped = 3;
  std::string converted;
  std::string charset = charset_named_in(raw_header_text(content));
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
  Parser parser(content, convert ? 0 : skipped, file, sink, known_utf8 && !convert);
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
    // The text is UTF-8 now: every "charset=" in the header (gettext looks for it anywhere
    // there, not only in Content-Type) must say so, or a second read would convert again.
    if (Message* header = catalog.header(); header && !header->msgstr.empty()) {
      std::string& text = header->msgstr.front();
      for (size_t at = text.find("charset="); at != std::string::npos; at = text.find("charset=", at + 8)) {
        size_t end = at + 8;
        while (end < text.size() && is_charset_char(text[end])) ++end;
        text.replace(at + 8, end - at - 8, "UTF-8");
      }
    }
  }
  return catalog;
}

}  // namespace leafpress::catalog
