#pragma once
// The UDHR corpus (tests/data/udhr, eric-muller/udhr XML) read for tests: each
// language's title, preamble and articles as paragraphs, and a Document built from them.
#include <filesystem>
#include <string>
#include <vector>

#include "doc/document.hpp"

namespace leafpress::testing {

struct UdhrArticle {
  std::string title;
  std::vector<std::string> paragraphs;  // <para> elements in document order (list items too)
  bool listed = false;                  // the paragraphs are numbered clauses (orderedlist)
};

struct UdhrText {
  std::string file;  // "udhr_tam.xml"
  std::string tag;   // BCP 47 for leafpress: "ta", "zh-Hans"
  std::string dir;   // "ltr" or "rtl"
  std::string title;
  std::string preamble_title;
  std::vector<std::string> preamble;
  std::vector<UdhrArticle> articles;

  /// Every paragraph of the text (preamble, then articles), in order.
  [[nodiscard]] std::vector<std::string> paragraphs() const;
};

/// The corpus folder, tests/data/udhr (load_udhr throws when it is missing).
std::filesystem::path udhr_folder();

/// Every language in index.xml, English included, sorted by file name. Whitespace inside a
/// paragraph is collapsed as the corpus's align.py does; the text is otherwise as stored.
/// Throws std::runtime_error when a file does not parse.
std::vector<UdhrText> load_udhr(const std::filesystem::path& folder);

/// A statement-shaped Document: the title (role title), the preamble (role preamble, with a
/// heading), each article as a heading and body paragraphs (numbered clauses as an ordered
/// list). When `fallback` is given, the first paragraph of article 1 is replaced by
/// `fallback`'s (marked lang = fallback->tag), as an untranslated unit would be.
doc::Document udhr_document(const UdhrText& text, const UdhrText* fallback = nullptr);

}  // namespace leafpress::testing
