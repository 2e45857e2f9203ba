#pragma once
// XmlWriter: a small streaming writer for XML and polyglot HTML5, compact (no whitespace
// added). Every text and attribute value is escaped, and characters XML cannot carry
// (C0 controls other than tab/newline, U+FFFE, U+FFFF, invalid UTF-8) are dropped, so
// nothing from a document or catalog can become markup or make the output ill-formed.
#include <string>
#include <string_view>
#include <vector>

namespace leafpress::xml {

class XmlWriter {
 public:
  enum class Mode {
    xml,   // empty elements self-close: <a/>
    html,  // polyglot: only void elements (br, meta, link, img…) self-close
  };

  explicit XmlWriter(Mode mode = Mode::xml) : m_mode(mode) {}

  /// `<?xml version="1.0" encoding="UTF-8"?>` (xml mode) or `<!DOCTYPE html>` (html mode).
  void declaration();
  void open(std::string_view name);
  void attribute(std::string_view name, std::string_view value);
  void text(std::string_view text);
  /// A line break between elements, for readable output (never inside inline content).
  void newline();
  void comment(std::string_view text);
  /// Closes the innermost open element.
  void close();
  /// `<name attrs…>text</name>` in one call.
  void element(std::string_view name, std::string_view text);

  [[nodiscard]] size_t depth() const { return m_open.size(); }
  /// The document so far; closes any element left open.
  std::string finish();

 private:
  // Ends a start tag still waiting for attributes.
  void seal();
  // `text` without the characters XML cannot carry (a view of `text` itself, or of m_safe).
  std::string_view made_safe(std::string_view text);
  // Safe text escaped onto the output: `&<>`, and in attributes `"'` as well.
  void escaped(std::string_view safe, bool in_attribute);

  Mode m_mode;
  std::string m_out;
  std::vector<std::string> m_open;  // names of open elements
  bool m_start_tag_open = false;    // `<name attrs…` written, `>` not yet
  std::string m_safe;               // text made safe, when some of it had to be dropped; reused
};

/// `text` with characters illegal in XML 1.0 and invalid UTF-8 sequences removed.
std::string xml_safe(std::string_view text);

/// True when `html` re-parses as well-formed XML (tinyxml2); `error` receives the reason.
bool is_well_formed(std::string_view document, std::string* error = nullptr);

}  // namespace leafpress::xml
