#pragma once
// The PO parser's state as it reads a catalog line by line. Inside catalog only (parse_po is
// the interface); its functions live in po_parser_*.cpp by what they read: entries and comments
// (po_parser_entries.cpp), keyword lines and their quoted strings (po_parser_keywords.cpp).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/result.hpp"
#include "base/utf8.hpp"
#include "catalog/message.hpp"
#include "catalog/po_lines.hpp"
#include "catalog/po_positions.hpp"

namespace leafpress::catalog {

class PoParser {
 public:
  /// `skipped`: bytes of the file before `content` (a byte order mark), for byte offsets.
  PoParser(std::string_view content, size_t skipped, const std::string& file, Diagnostics& diagnostics, bool known_utf8)
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

  /// Reads every line; the catalog holds every entry read without error.
  Catalog run();

  [[nodiscard]] bool failed() const { return m_first_error.has_value(); }
  [[nodiscard]] const Error& first_error() const { return *m_first_error; }

 private:
  // The grammar of one entry, as gettext's: comments, then [#| msgctxt] #| msgid
  // [#| msgid_plural], then [msgctxt] msgid, then msgstr or msgid_plural and msgstr[N]…
  enum class State {
    start,         // between entries (comments may come)
    prev_msgctxt,  // after "#| msgctxt"
    prev_msgid,    // after "#| msgid" or "#| msgid_plural"
    msgctxt,
    msgid,   // after msgid or msgid_plural
    msgstr,  // after msgstr or msgstr[N]: the entry is complete
  };

  // Where a string goes once read.
  enum class Target { none, msgctxt, msgid, msgid_plural, msgstr, prev_msgctxt, prev_msgid, prev_msgid_plural };

  static bool is_previous(Target t) {
    return t == Target::prev_msgctxt || t == Target::prev_msgid || t == Target::prev_msgid_plural;
  }

  // Inside an entry's keywords, before its msgstr, where gettext allows no comment.
  [[nodiscard]] bool inside_message() const { return m_state != State::start && m_state != State::msgstr; }

  // po_parser_entries.cpp: lines, comments and whole entries.
  void error(uint32_t line, uint32_t column, std::string message);
  void error_at(const PoLine& line, size_t pos, std::string message);
  void parse_line(const PoLine& line);
  void note_line_bytes(const PoLine& line);
  void parse_line_text(const PoLine& line);
  void parse_comment(const PoLine& line, size_t pos);
  void add_references(std::string_view body);
  void add_flags(std::string_view body);
  void start_part(const PoLine& line);
  bool consistent(const PoLine& line, size_t pos, bool obsolete);
  void reset_entry();
  void abandon_entry();
  void finish_entry();
  void add_message(Message message);
  void check_plural_forms();

  // po_parser_keywords.cpp: keyword lines and the quoted strings after them.
  void parse_keyword_line(const PoLine& line, size_t pos, bool obsolete, bool previous);
  std::string* target_string();
  [[nodiscard]] size_t string_bound(const PoLine& line, size_t pos) const;
  void read_strings(const PoLine& line, size_t pos, bool after_keyword = true);
  StringPosition* string_position();
  bool read_escape(const PoLine& line, size_t& pos, std::string& out);

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
  std::optional<bool> m_parts_obsolete;                   // whether the entry's keyword lines are "#~" ones
  bool m_line_obsolete = false, m_line_previous = false;  // the kind of keyword line being read
  size_t m_line_index = 0;                                // of the line being read, in m_lines
  struct KeywordPlace {
    uint32_t line, column;
  };
  std::optional<KeywordPlace> m_awaiting_string;   // a keyword whose string is on a later line
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

}  // namespace leafpress::catalog
