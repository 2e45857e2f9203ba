// RenderPlan: one (statement, language) pair's web page and leaflet, redone only when its inputs
// changed.
#include "app/render_plan_state.hpp"

#include <fmt/format.h>

#include <cctype>

#include "app/extract.hpp"
#include "app/leaflet_design.hpp"
#include "app/print_pictures.hpp"
#include "app/site_pages.hpp"
#include "writers/fo_writer.hpp"
#include "writers/html_writer.hpp"
#include "writers/tex_writer.hpp"

namespace leafpress::app {

// A page's file name as links write it, percent-encoded (all but
// letters, digits and -._~), so that "#", "?", "%" or a space in a source's name cannot cut
// the link short or turn it into a query.
std::string page_file(std::string_view doc_name) {
  std::string file;
  for (unsigned char c : std::string(doc_name) + ".html") {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') file += static_cast<char>(c);
    else file += fmt::format("%{:02X}", c);
  }
  return file;
}

std::string page_href(std::string_view prefix, std::string_view tag, std::string_view doc_name) {
  return std::string(prefix) + std::string(tag) + "/" + page_file(doc_name);
}

writers::Imprint imprint_of(const Config& config) {
  return {config.imprint.printed_by, config.imprint.promoted_by, config.imprint.on_behalf_of, config.imprint.translate};
}

namespace {

doc::Role role_from_config(const std::string& name) {
  if (name == "preamble") return doc::Role::preamble;
  if (name == "title") return doc::Role::title;
  if (name == "body") return doc::Role::body;
  if (name == "category") return doc::Role::category;
  return doc::Role::none;
}

}  // namespace

std::string RenderPlan::State::unit_key(DocumentData& doc_data, const doc::Document& document,
                                        const LanguageData& language, bool with_fo, bool proof) {
  HashStream key;
  key.add(environment);
  key.add(doc_data.source->hash);
  key.add(language.ui_hash);
  key.add(language.statements.draft ? "draft" : "");
  key.add(proof ? "proof" : "");
  key.add(with_fo ? "fo" : "");
  // Each unit's source, then its translation and review state, or "-" for none.
  for (const auto& source : units(doc_data, document)) {
    key.add(source);
    const auto* found = language.statements.find(source);
    key.add(!found ? "-" : found->unreviewed ? "+?" : "+");
    if (found) key.add(found->msgstr);
  }
  return key.digest();
}

std::vector<writers::LanguageVersion> RenderPlan::State::versions(const DocumentData& doc_data,
                                                                  const std::string& prefix) const {
  std::vector<writers::LanguageVersion> out;
  for (const auto& language : languages)
    out.push_back({language->info, page_href(prefix, language->tag, doc_data.source->name),
                   availability[doc_data.index][language->index]});
  return out;
}

std::string RenderPlan::State::availability_signature(const DocumentData& doc_data) const {
  std::string out;
  for (auto state : availability[doc_data.index]) out += static_cast<char>('0' + static_cast<int>(state));
  return out;
}

doc::Document RenderPlan::State::localize(const doc::Document& document, LanguageData& language,
                                          Diagnostics& diagnostics, l10n::ApplyReport& applied) {
  if (language.is_source) return document;
  doc::Document localized = l10n::apply_translations(
      document, segmentation,
      [&](std::string_view text) -> std::optional<std::string> {
        const auto* found = language.statements.find(text);
        if (!found) return std::nullopt;
        return std::string(found->msgstr);
      },
      language.tag, &applied);
  for (const auto& problem : applied.problems) {
    std::lock_guard lock(diagnostics_mutex);
    diagnostics.warning({project.relative(project.catalog_path(language.tag, k_statements_domain))}, problem);
  }
  return localized;
}

void RenderPlan::State::render(DocumentData& doc_data, LanguageData& language, BuildCache& cache, OutputLog& log,
                               Diagnostics& diagnostics) {
  const SourceFile& source = *doc_data.source;
  const Leaflet kind = language.is_source ? Leaflet::none : leaflet(source.name, language.tag);
  bool with_fo = kind != Leaflet::none;
  bool proof = kind != Leaflet::print_ready;
  bool with_tex = with_fo && typeset;
  std::string switcher = availability_signature(doc_data);
  // Each edition of the leaflet ([print] variants), in its own files beside the others.
  struct Edition {
    std::string_view variant;
    fs::path fo, tex;
  };
  std::vector<Edition> editions;
  std::string edition_names;
  for (const auto& variant : variants()) {
    if (!with_fo) break;
    fs::path fo = fo_path(source.name, language.tag, variant);
    editions.push_back({variant, fo, fs::path(fo).replace_extension(".tex")});
    edition_names += variant + ",";
  }
  // Without a record of its images (a new or edited statement) the key cannot match.
  auto recorded = recorded_images(cache, source);
  auto key_with = [&](const std::string& images) {
    return combined_hash({environment, source.hash, images, language.catalogs_hash, proof ? "proof" : "",
                          with_fo ? "fo" : "", with_tex ? "tex" : "", switcher, edition_names});
  };
  std::string key = key_with(recorded ? images_signature(*recorded, project, file_hashes) : "unknown");
  fs::path html_path = project.html_path(language.tag, source.name);
  std::string cache_key = "render:" + language.tag + "/" + source.relative;
  std::string units_cache_key = "render-units:" + language.tag + "/" + source.relative;
  bool outputs_exist = recorded && media_intact(*recorded, cache, doc_data, diagnostics) &&
                       output_intact(cache, html_path, diagnostics);
  for (const Edition& edition : editions)
    outputs_exist = outputs_exist && output_intact(cache, edition.fo, diagnostics) &&
                    (!with_tex || output_intact(cache, edition.tex, diagnostics));
  auto keep_outputs = [&] {
    cache.keep(output_key(html_path));
    for (const Edition& edition : editions) {
      cache.keep(output_key(edition.fo));
      if (with_tex) cache.keep(output_key(edition.tex));
    }
    log.reused(1 + editions.size() * (with_tex ? 2 : 1));
  };
  if (outputs_exist && cache.matches(cache_key, key)) {
    cache.keep(cache_key);
    cache.keep(units_cache_key);
    keep_outputs();
    return;
  }

  const doc::Document* document = document_with_images(doc_data, cache, diagnostics, log);
  if (!document) return;
  load_language(language, diagnostics);
  if (!language.usable) return;
  std::string images = images_signature(doc_data.images, project, file_hashes);
  key = key_with(images);
  // The catalog changed, but perhaps not in this document's entries.
  std::string units_key = language.is_source ? std::string()
                                             : combined_hash({unit_key(doc_data, *document, language, with_fo, proof),
                                                              switcher, images, edition_names});
  if (!language.is_source && outputs_exist && cache.matches(units_cache_key, units_key)) {
    cache.put(cache_key, key);
    cache.keep(units_cache_key);
    keep_outputs();
    return;
  }

  l10n::ApplyReport applied;
  doc::Document localized = localize(*document, language, diagnostics, applied);

  writers::PageContext page;
  page.language = language.info;
  page.source_language = languages.front()->info;
  page.versions = versions(doc_data, "../");
  page.x_default_href = page_href("../", languages.front()->tag, source.name);
  // Each language's pages lead back to its own index; the source language's to the site's.
  page.index_href = language.is_source ? "../index.html" : "index.html";
  if (!project.config.web.base_url.empty())
    page.page_url = project.config.web.base_url + page_href("", language.tag, source.name);
  // A page is a draft while its catalog says so or any of its translations awaits review.
  bool awaiting_review = false;
  if (!language.is_source)
    for (const auto& source_text : units(doc_data, *document))
      if (const auto* found = language.statements.find(source_text); found && found->unreviewed) awaiting_review = true;
  page.draft = language.statements.draft || awaiting_review;
  page.fallback_units = applied.fallback;
  page.imprint = imprint_of(project.config);
  page.ui = make_ui_lookup(*language.ui);
  if (auto date = document->meta.find("date"); date != document->meta.end()) {
    auto formatted = text::format_date(language.tag, date->second);
    if (formatted) page.published_date = *formatted;
  }
  log.rendered(language.tag + "/" + source.name);
  bool ok = true;
  // Pages in output/html/<lang>/ and leaflets in output/print/<lang>/ reach the same copies.
  point_images_at(localized, doc_data.images.files, "../media/");
  if (!write_recorded(cache, html_path, writers::write_html(localized, page), log, diagnostics)) ok = false;

  if (with_fo) {
    writers::PrintContext print;
    print.language = language.info;
    print.source_language = languages.front()->info;
    print.imprint = page.imprint;
    print.ui = page.ui;
    print.page = project.config.print_settings.page;
    print.body_size_pt = project.config.print_settings.body_size_pt;
    print.roles.clear();
    for (const auto& role : project.config.print_settings.roles) print.roles.push_back(role_from_config(role));
    // Only a pair the print gate passed goes without the proof mark.
    print.proof = proof;
    if (const doc::Block* title = doc::find_role(localized, doc::Role::title))
      print.title = doc::plain_text(title->inlines);
    std::vector<writers::PrintContext> designed(editions.size(), print);
    for (size_t i = 0; i < editions.size(); ++i)
      design_leaflet(designed[i], project.config, page_href("", language.tag, source.name),
                     editions[i].variant == "large");
    repoint_images(localized, doc_data.images.files, "../media/", "../../html/media/");
    // The FO for FO processors, the TeX for the PDF step: one layout model, two notations.
    std::vector<bool> written(editions.size());
    for (size_t i = 0; i < editions.size(); ++i)
      written[i] = write_recorded(cache, editions[i].fo, writers::write_fo(localized, designed[i]), log, diagnostics);
    if (with_tex) {
      // The typesetter sees the pictures' print copies as media/ next to its input (app/typesetter).
      point_at_print_pictures(localized, doc_data.images.files, "../../html/media/");
      for (size_t i = 0; i < editions.size(); ++i)
        if (written[i])
          written[i] = write_recorded(cache, editions[i].tex, writers::write_tex(localized, designed[i]), log,
                                      diagnostics);
    }
    for (size_t i = 0; i < editions.size(); ++i) {
      if (!written[i]) {
        ok = false;
      } else {
        std::lock_guard lock(fo_written_mutex);
        fo_written.insert(editions[i].fo.native());
      }
    }
  }
  if (ok) {
    cache.put(cache_key, key);
    if (!language.is_source) cache.put(units_cache_key, units_key);
  }
}

}  // namespace leafpress::app
