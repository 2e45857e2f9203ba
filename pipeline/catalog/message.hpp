#pragma once
// Message and Catalog: the gettext PO model, knowing nothing of documents.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace leafpress::catalog {

struct Message {
  std::vector<std::string> translator_comments;  // "# " lines, without the "# "
  std::vector<std::string> extracted_comments;   // "#." lines
  std::vector<std::string> references;           // "#:" entries, one per file:line
  std::vector<std::string> flags;                // "#," flags: fuzzy, c-format, no-wrap…
  std::optional<std::string> prev_msgctxt;       // "#| msgctxt"
  std::optional<std::string> prev_msgid;         // "#| msgid"
  std::optional<std::string> prev_msgid_plural;  // "#| msgid_plural"
  std::optional<std::string> msgctxt;
  std::string msgid;
  std::optional<std::string> msgid_plural;
  std::vector<std::string> msgstr;  // one element, or one per plural form
  bool obsolete = false;            // "#~" entry
  uint32_t line = 0;                // line of the msgid keyword in the file read (0 if made)

  [[nodiscard]] bool is_header() const { return msgid.empty() && !msgctxt && !obsolete; }
  [[nodiscard]] bool has_flag(std::string_view flag) const;
  void set_flag(std::string_view flag, bool on);
  [[nodiscard]] bool is_fuzzy() const { return has_flag("fuzzy"); }
  /// True when every msgstr is non-empty (and the message is not fuzzy).
  [[nodiscard]] bool is_translated() const;

  friend bool operator==(const Message&, const Message&) = default;
  /// Equal in every part a PO file holds, the line it was read from aside.
  [[nodiscard]] bool same_entry(const Message& other) const;
};

/// A catalog in file order: the header first (if any), then messages, obsolete ones last.
struct Catalog {
  std::vector<Message> messages;

  /// The header entry (msgid ""), or nullptr.
  [[nodiscard]] const Message* header() const;
  Message* header();
  /// Value of a header field such as "Plural-Forms", or empty.
  [[nodiscard]] std::string header_field(std::string_view name) const;
  /// Sets or adds a header field, creating the header entry if needed.
  void set_header_field(std::string_view name, std::string_view value);
  /// The active (not obsolete) message with this context and msgid, or nullptr.
  [[nodiscard]] const Message* find(const std::optional<std::string>& msgctxt, std::string_view msgid) const;
  /// nplurals from the Plural-Forms header, or 0 when absent or unreadable.
  [[nodiscard]] int nplurals() const;

  friend bool operator==(const Catalog&, const Catalog&) = default;
};

}  // namespace leafpress::catalog
