#include "app/render_plan.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cstdio>
#include <map>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "app/extract.hpp"
#include "app/parallel.hpp"
#include "app/site_pages.hpp"
#include "app/statement_images.hpp"
#include "app/leaflet_design.hpp"
#include "app/ui_template.hpp"
#include "catalog/mo_writer.hpp"
#include "catalog/po_parser.hpp"
#include "l10n/unit.hpp"
#include "readers/reader.hpp"
#include "text/language.hpp"
#include "text/ui_translator.hpp"
#include "writers/fo_writer.hpp"
#include "writers/tex_writer.hpp"
#include "writers/html_writer.hpp"
#include "writers/index_writer.hpp"
#include "writers/sitemap_writer.hpp"

namespace leafpress::app {
namespace {

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

// A regular file, not a link: a link planted in output/ must not count as an up-to-date output.
bool is_plain_file(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(fs::symlink_status(path, ec));
}

// The regular files (not links) in `folders`, each folder read once: cheaper than a status
// call for each of the thousands of outputs a build checks. The entry's own questions use the
// type the folder listing gave, so a regular file costs no further system call.
std::unordered_set<std::string> plain_files_in(const std::vector<fs::path>& folders) {
  std::unordered_set<std::string> out;
  for (const fs::path& folder : folders) {
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
      std::error_code type_ec;
      if (!it->is_symlink(type_ec) && it->is_regular_file(type_ec) && !type_ec) out.insert(it->path().native());
    }
  }
  return out;
}

doc::Role role_from_config(const std::string& name) {
  if (name == "preamble") return doc::Role::preamble;
  if (name == "title") return doc::Role::title;
  if (name == "body") return doc::Role::body;
  if (name == "category") return doc::Role::category;
  return doc::Role::none;
}

writers::Imprint imprint_of(const Config& config) {
  return {config.imprint.printed_by, config.imprint.promoted_by, config.imprint.on_behalf_of,
          config.imprint.translate};
}

// A language's catalogs, parsed once, on first need.
struct LanguageData {
  size_t index = 0;  // in RenderPlan's languages: the source is 0
  std::string tag;
  text::Language info;
  bool is_source = false;
  std::string catalogs_hash;  // statements.po + ui.po bytes
  std::string ui_hash;        // ui.po bytes
  std::once_flag parsed;
  bool usable = true;  // false when a catalog could not be read: the language is skipped
  bool draft = false;
  StatementTranslations statements;
  std::optional<text::UiTranslator> ui;
};

// A statement, parsed once, on first need.
struct DocumentData {
  size_t index = 0;
  const SourceFile* source = nullptr;
  std::once_flag parsed;
  std::once_flag images_copied;
  std::optional<doc::Document> document;
  StatementImages images;  // where its images were copied
  bool images_missing = false;
  std::once_flag units_listed;
  std::vector<std::string> units;  // the source text of each unit, in document order
};

}  // namespace

struct RenderPlan::State {
  const Project& project;
  std::string environment;
  const std::vector<SourceFile>& sources;
  std::vector<std::string> print_languages;
  bool proof = false;
  FileHashes& file_hashes;
  l10n::Segmentation segmentation = l10n::Segmentation::paragraph;
  std::vector<std::unique_ptr<LanguageData>> languages;  // source first, then targets in order
  std::vector<std::unique_ptr<DocumentData>> documents;
  std::vector<std::vector<writers::Availability>> availability;  // [document][language]
  std::unordered_set<std::string> plain_outputs;  // the outputs found as regular files at the start
  std::mutex fo_written_mutex;
  std::unordered_set<std::string> fo_written;  // FO files written by this run
  KnownTranslations known_translations;  // of catalogs this build wrote (each taken once), and the msgid pool
  std::vector<doc::Document> parsed_documents;  // empty, or one per source, in order
  std::mutex diagnostics_mutex;

  State(const Project& p, std::string env, const std::vector<SourceFile>& s, std::vector<std::string> print, bool pr,
        FileHashes& hashes)
      : project(p), environment(std::move(env)), sources(s), print_languages(std::move(print)), proof(pr),
        file_hashes(hashes) {}

  void report(Diagnostics& diagnostics, const Error& error) {
    std::lock_guard lock(diagnostics_mutex);
    diagnostics.error(error.where, error.message);
  }

  bool prints(const std::string& lang) const {
    return std::find(print_languages.begin(), print_languages.end(), lang) != print_languages.end();
  }

  const doc::Document* document(DocumentData& data, Diagnostics& diagnostics) {
    std::call_once(data.parsed, [&] {
      auto parsed = readers::read_document(data.source->bytes, data.source->relative, project.config.source_language);
      if (parsed) data.document = std::move(*parsed);
      else report(diagnostics, parsed.error());
    });
    return data.document ? &*data.document : nullptr;
  }

  // The parsed statement with its images copied into output/html/media/ (once, by whichever
  // thread gets here first); null when it does not parse or an image is missing: such a
  // statement is not rendered.
  const doc::Document* document_with_images(DocumentData& data, BuildCache& cache, Diagnostics& diagnostics,
                                             OutputLog& log) {
    const doc::Document* document = this->document(data, diagnostics);
    std::call_once(data.images_copied, [&] {
      if (!document) return;
      auto images = copy_statement_images(project, *document, [&](const fs::path& path, std::string_view bytes) {
        auto written = write_output(project, path, bytes, log);
        if (!written) return Result<void>(std::unexpected(written.error()));
        file_hashes.record(path, content_hash(bytes));
        cache.put(output_key(path), content_hash(bytes));
        return Result<void>();
      });
      if (images) {
        data.images = std::move(*images);
        record_images(cache, *data.source, data.images);
      } else {
        report(diagnostics, images.error());
        data.images_missing = true;
      }
    });
    return data.images_missing ? nullptr : document;
  }

  // True when every copy is as the last build wrote it; the record and copies are kept.
  bool media_intact(const StatementImages& images, BuildCache& cache, const DocumentData& data,
                    Diagnostics& diagnostics) {
    for (const auto& [url, file] : images.files)
      if (!output_intact(cache, media_path(project, file), diagnostics)) return false;
    keep_image_record(cache, *data.source);
    for (const auto& [url, file] : images.files) cache.keep(output_key(media_path(project, file)));
    return true;
  }

  const std::vector<std::string>& units(DocumentData& data, const doc::Document& document) {
    std::call_once(data.units_listed, [&] {
      for (auto& unit : l10n::extract_units(document, segmentation)) data.units.push_back(std::move(unit.source));
    });
    return data.units;
  }

  // The second-level key of a target-language pair: everything its outputs depend on, with
  // only this document's translations instead of the whole catalog, so that an edit to one
  // entry of a catalog redoes only the documents using that entry.
  std::string unit_key(DocumentData& doc_data, const doc::Document& document, const LanguageData& language,
                       bool with_fo) {
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

  // One of the language's catalogs, read and parsed; an error names the file.
  Result<catalog::Catalog> read_catalog(const std::string& tag, const std::string& domain) const {
    fs::path path = project.catalog_path(tag, domain);
    auto bytes = read_file(path, project.relative(path));
    if (!bytes) return std::unexpected(bytes.error());
    return catalog::parse_po(*bytes, project.relative(path));
  }

  void load_language(LanguageData& data, Diagnostics& diagnostics) {
    std::call_once(data.parsed, [&] {
      if (data.is_source) {
        data.ui.emplace(data.tag);
        return;
      }
      if (auto known = known_translations.by_language.find(data.tag); known != known_translations.by_language.end()) {
        data.statements = std::move(known->second);
      } else {
        auto parsed = read_catalog(data.tag, k_statements_domain);
        if (!parsed) {
          report(diagnostics, parsed.error());
          data.usable = false;
          return;
        }
        data.statements = statement_translations(*parsed, *known_translations.pool);
      }

      // Page furniture: the ui catalog compiled to MO in memory and read through Boost.Locale.
      // A ui.po that does not parse (a Plural-Forms nested too deep for its evaluator, say)
      // stops its own language, as a broken statements catalog does.
      auto ui_catalog = read_catalog(data.tag, k_ui_domain);
      if (!ui_catalog) {
        report(diagnostics, ui_catalog.error());
        data.ui.emplace(data.tag);
        std::error_code ec;
        if (fs::exists(project.catalog_path(data.tag, k_ui_domain), ec)) data.usable = false;
        return;
      }
      auto translator = text::UiTranslator::from_mo(data.tag, catalog::compile_mo(*ui_catalog),
                                                    project.relative(project.catalog_path(data.tag, k_ui_domain)));
      if (translator) data.ui.emplace(std::move(*translator));
      else {
        report(diagnostics, translator.error());
        data.ui.emplace(data.tag);
      }
    });
  }

  std::vector<writers::LanguageVersion> versions(const DocumentData& doc_data, const std::string& prefix) const {
    std::vector<writers::LanguageVersion> out;
    for (const auto& language : languages)
      out.push_back({language->info, page_href(prefix, language->tag, doc_data.source->name),
                     availability[doc_data.index][language->index]});
    return out;
  }

  // Which languages a statement's switcher offers, as one character each: its pages change
  // when another language's catalog makes the statement readable or not.
  std::string availability_signature(const DocumentData& doc_data) const {
    std::string out;
    for (auto state : availability[doc_data.index]) out += static_cast<char>('0' + static_cast<int>(state));
    return out;
  }

  std::vector<text::Language> language_infos() const {
    std::vector<text::Language> out;
    for (const auto& language : languages) out.push_back(language->info);
    return out;
  }

  // How much of the statement the language has translated, kept in the cache with the hashes
  // it depends on, so that a build reads a catalog only when it or the statement changed.
  void measure_share(DocumentData& doc_data, LanguageData& language, BuildCache& cache, Diagnostics& diagnostics) {
    writers::Availability& state = availability[doc_data.index][language.index];
    if (language.is_source) return;
    std::string cache_key = "share:" + language.tag + "/" + doc_data.source->relative;
    std::string inputs = combined_hash({environment, doc_data.source->hash, language.catalogs_hash});
    StatementShare share;
    auto last = cache.get(cache_key);
    if (last && last->starts_with(inputs + ' ') &&
        std::sscanf(last->c_str() + inputs.size() + 1, "%zu/%zu", &share.translated, &share.total) == 2) {
      cache.keep(cache_key);
    } else {
      const doc::Document* document = this->document(doc_data, diagnostics);
      if (!document) return;
      load_language(language, diagnostics);
      if (!language.usable) return;
      for (const auto& source_text : units(doc_data, *document)) {
        ++share.total;
        if (language.statements.find(source_text)) ++share.translated;
      }
      cache.put(cache_key, fmt::format("{} {}/{}", inputs, share.translated, share.total));
    }
    state = availability_of(share, false, project.config.web.readable_percent);
  }

  // The document in the language: translations applied, untranslated units left in the source
  // language; problems with a translation are warnings naming the catalog.
  doc::Document localize(const doc::Document& document, LanguageData& language, Diagnostics& diagnostics,
                         l10n::ApplyReport& applied) {
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

  // Renders one (document, language) pair; returns the FO path when one belongs to it.
  void render(DocumentData& doc_data, LanguageData& language, BuildCache& cache, OutputLog& log,
              Diagnostics& diagnostics) {
    const SourceFile& source = *doc_data.source;
    bool with_fo = !language.is_source && prints(language.tag);
    std::string switcher = availability_signature(doc_data);
    // Without a record of its images (a new or edited statement) the key cannot match.
    auto recorded = recorded_images(cache, source);
    auto key_with = [&](const std::string& images) {
      return combined_hash({environment, source.hash, images, language.catalogs_hash, proof ? "proof" : "",
                            with_fo ? "fo" : "", switcher});
    };
    std::string key = key_with(recorded ? images_signature(*recorded, project, file_hashes) : "unknown");
    fs::path html_path = project.html_path(language.tag, source.name);
    fs::path fo_path = project.print_path(language.tag, source.name);
    std::string cache_key = "render:" + language.tag + "/" + source.relative;
    std::string units_cache_key = "render-units:" + language.tag + "/" + source.relative;
    fs::path tex_path = fs::path(fo_path).replace_extension(".tex");
    bool outputs_exist = recorded && media_intact(*recorded, cache, doc_data, diagnostics) &&
                         output_intact(cache, html_path, diagnostics) &&
                         (!with_fo || (output_intact(cache, fo_path, diagnostics) && output_intact(cache, tex_path, diagnostics)));
    auto keep_outputs = [&] {
      cache.keep(output_key(html_path));
      if (with_fo) {
        cache.keep(output_key(fo_path));
        cache.keep(output_key(tex_path));
      }
      log.reused(with_fo ? 3 : 1);
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
    std::string units_key = language.is_source
                                ? std::string()
                                : combined_hash({unit_key(doc_data, *document, language, with_fo), switcher, images});
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
      // A draft never leaves the building without the proof mark (it cannot pass the gate).
      print.proof = proof || language.statements.draft;
      if (const doc::Block* title = doc::find_role(localized, doc::Role::title))
        print.title = doc::plain_text(title->inlines);
      design_leaflet(print, project.config, page_href("", language.tag, source.name), false);
      repoint_images(localized, doc_data.images.files, "../media/", "../../html/media/");
      // The FO for FO processors, the TeX for the PDF step: one layout model, two notations.
      bool written = write_recorded(cache, fo_path, writers::write_fo(localized, print), log, diagnostics);
      if (written) {
        // The typesetter sees the copies as media/ next to its input (app/typesetter).
        repoint_images(localized, doc_data.images.files, "../../html/media/", "media/");
        written = write_recorded(cache, tex_path, writers::write_tex(localized, print), log, diagnostics);
      }
      if (!written) {
        ok = false;
      } else {
        std::lock_guard lock(fo_written_mutex);
        fo_written.insert(fo_path.native());
      }
    }
    if (ok) {
      cache.put(cache_key, key);
      if (!language.is_source) cache.put(units_cache_key, units_key);
    }
  }

  // A language's index: every statement, readable ones with title, date and summary in the
  // language. Redone when the statements, the language's catalogs or a readability changed.
  void render_index(LanguageData& language, BuildCache& cache, OutputLog& log, Diagnostics& diagnostics) {
    std::string all;
    for (const auto& data : documents)
      all += data->source->relative + '\t' + data->source->hash + '\t' +
             static_cast<char>('0' + static_cast<int>(availability[data->index][language.index])) + '\n';
    const auto infos = language_infos();
    const bool root = language.is_source;
    std::string key = combined_hash({environment, all, language.catalogs_hash, project.config.web.base_url});
    std::string cache_key = "render:index:" + language.tag;
    fs::path index_path = project.output_dir() / "html" / app::index_path(infos, language.index);
    if (cache.matches(cache_key, key) && output_intact(cache, index_path, diagnostics)) {
      cache.keep(cache_key);
      cache.keep(output_key(index_path));
      log.reused(1);
      return;
    }
    load_language(language, diagnostics);
    if (!language.usable) return;
    std::vector<writers::IndexEntry> entries;
    const std::string prefix = root ? language.tag + "/" : "";
    const std::string source_prefix = root ? prefix : "../" + languages.front()->tag + "/";
    for (auto& data : documents) {
      const doc::Document* document = this->document(*data, diagnostics);
      if (!document) continue;
      bool readable = availability[data->index][language.index] == writers::Availability::readable;
      l10n::ApplyReport applied;
      if (readable) {
        doc::Document localized = localize(*document, language, diagnostics, applied);
        entries.push_back(index_entry(localized, language.info, languages.front()->tag,
                                      prefix + page_file(data->source->name)));
      } else {
        // Not yet readable in the language: named in the source language, linked to its page there.
        entries.push_back(index_entry(*document, languages.front()->info, languages.front()->tag,
                                      source_prefix + page_file(data->source->name)));
        entries.back().title.lang = languages.front()->tag;
        entries.back().readable = false;
      }
    }
    writers::PageContext page;
    page.language = language.info;
    page.source_language = languages.front()->info;
    page.versions = index_versions(infos, root);
    page.x_default_href = root ? "index.html" : "../index.html";
    page.imprint = imprint_of(project.config);
    page.ui = make_ui_lookup(*language.ui);
    if (!project.config.web.base_url.empty())
      page.page_url = project.config.web.base_url + app::index_path(infos, language.index);
    if (write_recorded(cache, index_path, writers::write_index(entries, page, root), log, diagnostics))
      cache.put(cache_key, key);
  }

  void render_sitemap(BuildCache& cache, OutputLog& log, Diagnostics& diagnostics) {
    std::vector<std::string> names;
    for (const auto& source : sources) names.push_back(source.name);
    std::string sitemap = writers::write_sitemap(
        sitemap_pages(language_infos(), names, availability, project.config.web.base_url));
    std::string key = combined_hash({environment, sitemap});
    fs::path path = project.output_dir() / "html" / "sitemap.xml";
    if (cache.matches("render:sitemap", key) && output_intact(cache, path, diagnostics)) {
      cache.keep("render:sitemap");
      cache.keep(output_key(path));
      log.reused(1);
      return;
    }
    if (write_recorded(cache, path, sitemap, log, diagnostics)) cache.put("render:sitemap", key);
  }

  // The cache key under which the hash of an output's bytes, as this build wrote them, is kept.
  std::string output_key(const fs::path& path) const { return "output:" + project.relative(path); }

  // Writes an output and records the hash of its bytes; false (reported) when it failed.
  bool write_recorded(BuildCache& cache, const fs::path& path, const std::string& bytes, OutputLog& log,
                      Diagnostics& diagnostics) {
    auto written = write_output(project, path, bytes, log);
    if (!written) {
      file_hashes.forget(path);
      report(diagnostics, written.error());
      return false;
    }
    std::string hash = content_hash(bytes);
    cache.put(output_key(path), hash);
    file_hashes.record(path, std::move(hash));  // the PDF step reads the TeX's hash from here
    return true;
  }

  // True when `path` is a regular file holding exactly the bytes the last build wrote there.
  // An output changed by hand (a leaflet's FO edited before its PDF is made) is not trusted:
  // it is written again from the sources, and the build says so.
  bool output_intact(const BuildCache& cache, const fs::path& path, Diagnostics& diagnostics) {
    if (!plain_outputs.contains(path.native()) && !is_plain_file(path)) return false;
    auto recorded = cache.get(output_key(path));
    if (!recorded) return false;
    if (file_hashes.of(path) == *recorded) return true;
    std::lock_guard lock(diagnostics_mutex);
    diagnostics.warning({project.relative(path)},
                        "changed since leafpress wrote it; writing it again from the sources");
    return false;
  }
};

RenderPlan::RenderPlan(const Project& project, std::string environment, const std::vector<SourceFile>& sources,
                       std::vector<std::string> print_languages, bool proof, FileHashes& file_hashes)
    : m_state(std::make_unique<State>(project, std::move(environment), sources, std::move(print_languages), proof,
                                      file_hashes)) {}

RenderPlan::~RenderPlan() = default;

void RenderPlan::use_known_translations(KnownTranslations known) { m_state->known_translations = std::move(known); }

void RenderPlan::use_parsed_documents(std::vector<doc::Document> documents) {
  m_state->parsed_documents = std::move(documents);
}

Result<void> RenderPlan::run(BuildCache& cache, OutputLog& log, Diagnostics& diagnostics, unsigned jobs,
                             const std::function<void(size_t, size_t, std::string_view)>& progress,
                             const std::atomic<bool>* interrupted, std::vector<fs::path>& fo_files) {
  State& state = *m_state;
  const Project& project = state.project;
  auto segmentation = project_segmentation(project);
  if (!segmentation) return std::unexpected(segmentation.error());
  state.segmentation = *segmentation;

  std::vector<std::string> tags{project.config.source_language};
  tags.insert(tags.end(), project.config.targets.begin(), project.config.targets.end());
  for (const auto& tag : tags) {
    auto info = text::language_info(tag);
    if (!info) return fail({"leafpress.toml"}, info.error().message);
    auto data = std::make_unique<LanguageData>();
    data->tag = tag;
    data->info = std::move(*info);
    data->is_source = state.languages.empty();
    data->index = state.languages.size();
    if (!data->is_source) {
      data->ui_hash = state.file_hashes.of(project.catalog_path(tag, k_ui_domain));
      data->catalogs_hash =
          combined_hash({state.file_hashes.of(project.catalog_path(tag, k_statements_domain)), data->ui_hash});
    }
    state.languages.push_back(std::move(data));
  }
  std::vector<fs::path> output_folders{project.output_dir() / "html" / "media"};
  for (const auto& language : state.languages) {
    output_folders.push_back(project.html_path(language->tag, "x").parent_path());
    output_folders.push_back(project.print_path(language->tag, "x").parent_path());
  }
  state.plain_outputs = plain_files_in(output_folders);
  const bool parsed = state.parsed_documents.size() == state.sources.size();
  for (size_t i = 0; i < state.sources.size(); ++i) {
    auto data = std::make_unique<DocumentData>();
    data->index = i;
    data->source = &state.sources[i];
    if (parsed) std::call_once(data->parsed, [&] { data->document = std::move(state.parsed_documents[i]); });
    state.documents.push_back(std::move(data));
  }

  size_t total = state.documents.size() * state.languages.size();
  // How readable each statement is in each language, first: every page's switcher shows it.
  state.availability.assign(state.documents.size(),
                            std::vector<writers::Availability>(state.languages.size(), writers::Availability::readable));
  parallel_for(state.languages.size(), jobs, [&](size_t language) {
    for (auto& document : state.documents) state.measure_share(*document, *state.languages[language], cache, diagnostics);
  });
  std::mutex progress_mutex;
  size_t done = 0;
  // With documents enough to keep every thread busy, a task is a document in all languages,
  // so that no thread waits for another to parse the document it needs; otherwise (a campaign
  // of one statement) a task is one pair.
  const size_t pairs_per_task = state.documents.size() >= 4 * size_t{std::max(1u, jobs)} ? state.languages.size() : 1;
  parallel_for(total / pairs_per_task, jobs, [&](size_t task) {
    for (size_t i = task * pairs_per_task; i < (task + 1) * pairs_per_task; ++i) {
      if (interrupted && interrupted->load()) return;
      DocumentData& document = *state.documents[i / state.languages.size()];
      LanguageData& language = *state.languages[i % state.languages.size()];
      state.render(document, language, cache, log, diagnostics);
      if (progress) {
        std::lock_guard lock(progress_mutex);
        progress(++done, total, document.source->name + " (" + language.tag + ")");
      }
    }
  });
  if (interrupted && interrupted->load()) return fail({}, "interrupted");
  parallel_for(state.languages.size(), jobs,
               [&](size_t language) { state.render_index(*state.languages[language], cache, log, diagnostics); });
  state.render_sitemap(cache, log, diagnostics);

  for (const auto& language : state.languages) {
    if (language->is_source || !state.prints(language->tag)) continue;
    for (const auto& source : state.sources) {
      fs::path fo = project.print_path(language->tag, source.name);
      if (state.plain_outputs.contains(fo.native()) || state.fo_written.contains(fo.native())) fo_files.push_back(fo);
    }
  }
  return {};
}

}  // namespace leafpress::app
