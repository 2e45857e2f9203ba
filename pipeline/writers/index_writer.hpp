#pragma once
// The site index: output/html/index.html, every statement with a link to each language.
#include <string>
#include <vector>

#include "writers/html_writer.hpp"

namespace leafpress::writers {

struct IndexEntry {
  std::string title;                      // in the source language
  std::vector<LanguageVersion> versions;  // hrefs relative to the index page
};

/// A polyglot HTML5 index page in `context.language` (its title, headings and footer from
/// `context.ui`), listing each entry with links labelled by autonym, each with its own
/// lang/dir. `context.versions` (other-language index pages), when given, become the switcher
/// and hreflang alternates. Deterministic.
std::string write_index(const std::vector<IndexEntry>& entries, const PageContext& context);

}  // namespace leafpress::writers
