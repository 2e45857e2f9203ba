#pragma once
// What the pages about the pages need: how readable each statement is in each language, the
// entries of each language's index, the language lists of the index pages, and the sitemap.
// Plain data for the writers, computed from localized documents (never from catalogs).
#include <string>
#include <vector>

#include "doc/document.hpp"
#include "text/language.hpp"
#include "writers/html_writer.hpp"
#include "writers/index_writer.hpp"
#include "writers/sitemap_writer.hpp"

namespace leafpress::app {

/// How many of a statement's units a language has translated (fuzzy ones do not count).
struct StatementShare {
  size_t translated = 0;
  size_t total = 0;
};

/// readable at or above `readable_percent` (and always for the source language or a statement
/// without units), not_offered when nothing is translated, partial in between.
writers::Availability availability_of(const StatementShare& share, bool source_language, double readable_percent);

/// What of a statement its index entry reads: its metadata, the top-level block holding its
/// title and its first body paragraph. Localizing this instead of the whole statement gives
/// the same entry for a fraction of the work.
doc::Document index_head(const doc::Document& document);

/// The index entry of one statement in `language`: title, date and summary from the localized
/// document, whose source language is `source_tag` (summary: the front-matter description in the source language, else
/// the opening sentence of the first body paragraph), each with the language it is really in.
writers::IndexEntry index_entry(const doc::Document& localized, const text::Language& language,
                                const std::string& source_tag, std::string href);

/// The index pages of every language (`languages`: source first) as seen from the source
/// language's index at output/html/index.html (`from_root`) or from a <lang>/index.html.
std::vector<writers::LanguageVersion> index_versions(const std::vector<text::Language>& languages, bool from_root);

/// Path below output/html/ of a language's index: "index.html" for the source, "<tag>/index.html".
std::string index_path(const std::vector<text::Language>& languages, size_t language);

/// Every index and statement page with its language alternates (for a statement, the languages
/// it is readable in: `availability[statement][language]`) and x-default (the source
/// language's). URLs start with `base_url` ("" leaves them relative to output/html/).
std::vector<writers::SitemapPage> sitemap_pages(const std::vector<text::Language>& languages,
                                                const std::vector<std::string>& statement_names,
                                                const std::vector<std::vector<writers::Availability>>& availability,
                                                const std::string& base_url);

}  // namespace leafpress::app
