// PoParser: lines, comments and whole entries: where an entry starts and ends, and what makes
// one complete, a duplicate or an error.
#include "catalog/po_parser_state.hpp"

#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/text_hash.hpp"
#include "base/utf8.hpp"
#include "text/plural_forms.hpp"

namespace leafpress::catalog {
namespace {

std::string_view strip_one_space(std::string_view s) {
  if (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

// Lines are checked for UTF-8 as read; only \x and octal escapes can still produce bytes
// that are not UTF-8 (and would make the written catalog unreadable).
bool escapes_made_invalid_utf8(const Message& m) {
  auto bad = [](const std::optional<std::string>& s) { return s && utf8::find_invalid(*s); };
  if (bad(m.msgctxt) || bad(m.msgid_plural) || bad(m.prev_msgctxt) || bad(m.prev_msgid) || bad(m.prev_msgid_plural))
    return true;
  if (utf8::find_invalid(m.msgid)) return true;
  for (const auto& str : m.msgstr)
    if (utf8::find_invalid(str)) return true;
  return false;
}

// A message without msgctxt is keyed apart from any context (as "\x01none").
std::string_view context_key(const Message& m) {
  return m.msgctxt ? std::string_view(*m.msgctxt) : std::string_view("\x01none");
}

size_t key_hash(const Message& m) {
  return text_hash(m.msgid) ^ (text_hash(context_key(m)) * 31 + 0x9E3779B97F4A7C15ULL);
}

}  // namespace

Catalog PoParser::run() {
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

void PoParser::error(uint32_t line, uint32_t column, std::string message) {
  SourceSpan where{m_file, line, column};
  if (!m_first_error) m_first_error = Error{where, message};
  m_diagnostics.error(std::move(where), std::move(message));
}

void PoParser::error_at(const PoLine& line, size_t pos, std::string message) {
  PoPosition where = m_lines.position(line, pos);
  error(where.line, where.column, std::move(message));
}

void PoParser::parse_line(const PoLine& line) {
  if (m_entry_text) note_line_bytes(line);
  parse_line_text(line);
  // Blank lines separate entries; they belong to none.
  if (m_entry_text && m_has_content && skip_po_spaces(line.text, 0) < line.text.size()) {
    m_entry_end = m_line_end;
    m_entry_plain = m_entry_plain && m_line_plain;
  }
}

// Where the line lies in the content, with its line end; "plain" when it is one file line
// ending in LF alone (or the end of the file).
void PoParser::note_line_bytes(const PoLine& line) {
  m_line_plain = line.pieces < 0;
  if (!m_line_plain) return;
  m_line_begin = static_cast<size_t>(line.text.data() - m_content.data());
  m_line_end = m_line_begin + line.text.size();
  if (m_line_end < m_content.size()) {
    if (m_content[m_line_end] == '\n') ++m_line_end;
    else m_line_plain = false;
  }
}

void PoParser::parse_line_text(const PoLine& line) {
  std::string_view text = line.text;
  size_t bad = m_all_utf8 ? std::string_view::npos : utf8::find_invalid(text).value_or(std::string_view::npos);
  if (bad != std::string_view::npos) {
    size_t offset = m_skipped + m_lines.position(line, bad).offset;
    if (m_state == State::msgstr) finish_entry();  // keep the complete entry before it
    error_at(line, bad, fmt::format("invalid UTF-8 (byte offset {})", offset));
    abandon_entry();
    return;
  }
  size_t pos = skip_po_spaces(text, 0);
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

void PoParser::parse_comment(const PoLine& line, size_t pos) {
  std::string_view text = line.text;
  char kind = pos + 1 < text.size() ? text[pos + 1] : '\0';
  if (kind == '~') {
    // Obsolete entry: "#~ msgid …", "#~| msgid …" or an obsolete comment "#~ #, fuzzy".
    size_t after = pos + 2;
    bool previous = after < text.size() && text[after] == '|';
    if (previous) ++after;
    size_t start = skip_po_spaces(text, after);
    if (start == text.size()) return;
    if (!previous && text[start] == '#') {
      parse_comment(line, start);
      return;
    }
    parse_keyword_line(line, start, true, previous);
    return;
  }
  if (kind == '|') {
    parse_keyword_line(line, skip_po_spaces(text, pos + 2), false, true);
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
    case '!': break;  // dropped, as msgcat does
    default: {
      start_part(line);
      std::string_view comment = text.substr(pos + 1);
      m_entry.translator_comments.emplace_back(strip_one_space(comment));
      break;
    }
  }
}

void PoParser::add_references(std::string_view body) {
  size_t i = 0;
  while (i < body.size()) {
    while (i < body.size() && (is_po_space(body[i]))) ++i;
    size_t start = i;
    while (i < body.size() && !is_po_space(body[i])) ++i;
    if (i > start) m_entry.references.emplace_back(body.substr(start, i - start));
  }
}

void PoParser::add_flags(std::string_view body) {
  size_t i = 0;
  while (i < body.size()) {
    while (i < body.size() && (is_po_space(body[i]) || body[i] == ',')) ++i;
    size_t start = i;
    while (i < body.size() && body[i] != ',') ++i;
    std::string_view flag = body.substr(start, i - start);
    while (!flag.empty() && is_po_space(flag.back())) flag.remove_suffix(1);
    if (!flag.empty()) m_entry.flags.emplace_back(flag);
  }
}

void PoParser::start_part(const PoLine& line) {
  if (!m_has_content) {
    m_entry_line = line.number;
    m_entry_begin = m_line_begin;
    m_entry_plain = true;
  }
  m_has_content = true;
}

// The keyword lines of one entry are all obsolete ("#~") or none is, as gettext requires.
bool PoParser::consistent(const PoLine& line, size_t pos, bool obsolete) {
  if (!m_parts_obsolete) {
    m_parts_obsolete = obsolete;
    if (obsolete) m_entry.obsolete = true;
    return true;
  }
  if (*m_parts_obsolete == obsolete) return true;
  error_at(line, pos,
           obsolete ? "an obsolete (#~) line inside an entry that is not obsolete"
                    : "a line without #~ inside an obsolete entry");
  abandon_entry();
  return false;
}

void PoParser::reset_entry() {
  m_awaiting_string.reset();
  m_entry = Message{};
  m_has_content = false;
  m_byte_escape = false;
  m_state = State::start;
  m_target = Target::none;
  m_parts_obsolete.reset();
  if (m_positions) m_entry_positions = {};
}

void PoParser::abandon_entry() {
  reset_entry();
  m_skipping = true;
}

void PoParser::finish_entry() {
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
    else add_message(std::move(m_entry));
  }
  // Comments with no message after them (at the end of a file) are dropped, as msgcat does.
  reset_entry();
}

// Obsolete entries share the key space with active ones: gettext refuses an obsolete entry
// that repeats another entry's (msgctxt, msgid) as it refuses two active ones.
void PoParser::add_message(Message message) {
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

// A Plural-Forms that `msgfmt -c` rejects is an error at its line: an expression nested
// thousands deep would otherwise overflow the stack of whatever evaluates it later.
void PoParser::check_plural_forms() {
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

}  // namespace leafpress::catalog
