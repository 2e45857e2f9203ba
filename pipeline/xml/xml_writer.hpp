#pragma once
// XmlWriter: a small streaming writer for XML and polyglot HTML5 (tinyxml2's XMLPrinter
// underneath). Every text and attribute value is escaped, and characters XML cannot carry
// (C0 controls other than tab/newline, U+FFFE, U+FFFF, invalid UTF-8) are dropped, so
// nothing from a document or catalog can become markup or make the output ill-formed.
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tinyxml2 {
class XMLPrinter;
}

namespace leafpress::xml {

class XmlWriter {
 public:
  enum class Mode {
    xml,   // empty elements self-close: <a/>
    html,  // polyglot: only void elements (br, meta, link, img…) self-close
  };

  explicit XmlWriter(Mode mode = Mode::xml);
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

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
  Mode m_mode;
  std::unique_ptr<tinyxml2::XMLPrinter> m_printer;
  // Names of open elements; a deque because XMLPrinter keeps pointers to them.
  std::deque<std::string> m_open;
  std::vector<bool> m_has_content;     // whether each open element has content yet
  std::string m_name, m_safe;          // an attribute's name and the last text made safe, reused
};

/// `text` with characters illegal in XML 1.0 and invalid UTF-8 sequences removed.
std::string xml_safe(std::string_view text);

/// True when `html` re-parses as well-formed XML (tinyxml2); `error` receives the reason.
bool is_well_formed(std::string_view document, std::string* error = nullptr);

}  // namespace leafpress::xml
