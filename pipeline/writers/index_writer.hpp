#pragma once
// The index pages: output/html/<lang>/index.html lists the statements a reader of that
// language can read, in that language, and names the others as not yet available;
// output/html/index.html is the source language's, with a list of every language's index.
#include <string>
#include <vector>

#include "writers/html_writer.hpp"

namespace leafpress::writers {

/// A text with the language it is in (a title not yet translated stays in the source language).
struct LocalizedText {
  std::string text;
  std::string lang;  // BCP 47 tag; empty: the page's language
};

struct IndexEntry {
  LocalizedText title;
  LocalizedText summary;       // opening sentence or front-matter description; may be empty
  std::string published_date;  // formatted for the page's language, or empty
  std::string href;            // relative to the index page
  bool readable = true;        // false: listed under "not yet available in <language>"
};

/// A polyglot HTML5 index page in `context.language` (title, headings and footer from
/// `context.ui`): readable entries with title, date and summary, then the others by title
/// only. `context.versions` (every language's index page) become the switcher and hreflang
/// alternates, or, with `read_in_your_language`, a list in the page itself (for the source
/// language's index at the top of the site). Deterministic.
std::string write_index(const std::vector<IndexEntry>& entries, const PageContext& context,
                        bool read_in_your_language = false);

}  // namespace leafpress::writers
