#include "app/site_pages.hpp"

#include <algorithm>

#include "text/segment.hpp"
#include "text/ui_translator.hpp"

namespace leafpress::app {
namespace {

// A localized block's language: its own when it fell back to the source, else the page's.
std::string language_of(const doc::Block& block, const text::Language& page) {
  return block.lang.empty() || block.lang == page.tag ? std::string() : block.lang;
}

// The paragraph a summary is taken from: the first top-level one of the body, or of ordinary
// content (Markdown without statement structure gives its paragraphs no role).
bool is_summary_paragraph(const doc::Block& block) {
  return block.kind == doc::BlockKind::paragraph && !block.caption &&
         (block.role == doc::Role::body || block.role == doc::Role::none);
}

// True when the block is the title or holds it (doc::find_role searches nested blocks too).
bool holds_title(const doc::Block& block) {
  return block.role == doc::Role::title || std::any_of(block.children.begin(), block.children.end(), holds_title);
}

writers::LocalizedText summary_of(const doc::Document& localized, const text::Language& language,
                                  bool source_language) {
  // The front-matter description is not translated: it speaks for the source language only.
  if (source_language)
    if (auto description = localized.meta.find("description"); description != localized.meta.end())
      return {description->second, {}};
  for (const auto& block : localized.blocks) {
    if (!is_summary_paragraph(block)) continue;
    std::string text = doc::plain_text(block.inlines);
    std::string lang = language_of(block, language);
    auto ends = text::sentence_ends(text, lang.empty() ? language.tag : lang);
    std::string first = ends.empty() ? text : text.substr(0, ends.front());
    while (!first.empty() && (first.back() == ' ' || first.back() == '\n')) first.pop_back();
    return {first, lang};
  }
  return {};
}

std::vector<writers::SitemapAlternate> alternates(const std::vector<text::Language>& languages,
                                                  const std::string& base_url, const std::vector<std::string>& paths,
                                                  const std::vector<writers::Availability>* availability) {
  std::vector<writers::SitemapAlternate> out;
  for (size_t i = 0; i < languages.size(); ++i)
    if (!availability || (*availability)[i] == writers::Availability::readable)
      out.push_back({languages[i].tag, base_url + paths[i]});
  out.push_back({"x-default", base_url + paths.front()});
  return out;
}

}  // namespace

writers::Availability availability_of(const StatementShare& share, bool source_language, double readable_percent) {
  if (source_language || share.total == 0) return writers::Availability::readable;
  if (share.translated == 0) return writers::Availability::not_offered;
  // In whole numbers: 4 of 5 units is exactly 80%.
  if (static_cast<double>(share.translated) * 100 >= readable_percent * static_cast<double>(share.total))
    return writers::Availability::readable;
  return writers::Availability::partial;
}

doc::Document index_head(const doc::Document& document) {
  doc::Document head;
  head.path = document.path;
  head.name = document.name;
  head.lang = document.lang;
  head.meta = document.meta;
  bool title_taken = false, summary_taken = false;
  for (const auto& block : document.blocks) {
    const bool title = !title_taken && holds_title(block);
    const bool summary = !summary_taken && is_summary_paragraph(block);
    if (!title && !summary) continue;
    title_taken |= title;
    summary_taken |= summary;
    head.blocks.push_back(block);
    if (title_taken && summary_taken) break;
  }
  return head;
}

writers::IndexEntry index_entry(const doc::Document& localized, const text::Language& language,
                                const std::string& source_tag, std::string href) {
  const bool source_language = language.tag == source_tag;
  writers::IndexEntry entry;
  entry.href = std::move(href);
  if (const doc::Block* title = doc::find_role(localized, doc::Role::title))
    entry.title = {doc::plain_text(title->inlines), language_of(*title, language)};
  else if (auto meta = localized.meta.find("title"); meta != localized.meta.end())
    entry.title = {meta->second, source_language ? std::string() : source_tag};  // front matter is not translated
  else entry.title = {localized.name, {}};
  entry.summary = summary_of(localized, language, source_language);
  if (auto date = localized.meta.find("date"); date != localized.meta.end())
    if (auto formatted = text::format_date(language.tag, date->second)) entry.published_date = *formatted;
  return entry;
}

std::string index_path(const std::vector<text::Language>& languages, size_t language) {
  return language == 0 ? "index.html" : languages[language].tag + "/index.html";
}

std::vector<writers::LanguageVersion> index_versions(const std::vector<text::Language>& languages, bool from_root) {
  std::vector<writers::LanguageVersion> out;
  for (size_t i = 0; i < languages.size(); ++i)
    out.push_back({languages[i], (from_root ? "" : "../") + index_path(languages, i)});
  return out;
}

std::vector<writers::SitemapPage> sitemap_pages(const std::vector<text::Language>& languages,
                                                const std::vector<std::string>& statement_names,
                                                const std::vector<std::vector<writers::Availability>>& availability,
                                                const std::string& base_url) {
  std::vector<writers::SitemapPage> pages;
  std::vector<std::string> paths;
  for (size_t i = 0; i < languages.size(); ++i) paths.push_back(index_path(languages, i));
  for (const auto& path : paths) pages.push_back({base_url + path, alternates(languages, base_url, paths, nullptr)});
  for (size_t statement = 0; statement < statement_names.size(); ++statement) {
    paths.clear();
    for (const auto& language : languages) paths.push_back(language.tag + "/" + statement_names[statement] + ".html");
    for (const auto& path : paths)
      pages.push_back({base_url + path, alternates(languages, base_url, paths, &availability[statement])});
  }
  return pages;
}

}  // namespace leafpress::app
