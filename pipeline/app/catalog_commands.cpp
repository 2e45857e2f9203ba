#include "app/catalog_commands.hpp"

#include "qa/review.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "app/build_cache.hpp"
#include "app/config_editor.hpp"
#include "app/files.hpp"
#include "app/glossary_loader.hpp"
#include "catalog/merge.hpp"
#include "catalog/mo_writer.hpp"
#include "catalog/new_catalog.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_update.hpp"
#include "catalog/po_writer.hpp"
#include "l10n/template.hpp"
#include "text/language.hpp"

namespace leafpress::app {
namespace {

Result<catalog::Catalog> load_catalog(const Project& project, const fs::path& path, Diagnostics& diagnostics) {
  std::string name = project.relative(path);
  auto text = read_file(path, name);
  if (!text) return std::unexpected(text.error());
  return catalog::parse_po(*text, name, &diagnostics);
}

// Canonical tags for the languages asked for, or every configured target when none are.
Result<std::vector<std::string>> languages_or_targets(const Project& project, const std::vector<std::string>& langs) {
  if (langs.empty()) return project.config.targets;
  std::vector<std::string> out;
  for (const std::string& tag : langs) {
    auto language = text::language_info(tag);
    if (!language) return fail({}, fmt::format("\"{}\": {}", tag, language.error().message));
    if (std::find(out.begin(), out.end(), language->tag) == out.end()) out.push_back(language->tag);
  }
  return out;
}

// Writes a catalog under its lock: the merge result must not overwrite a concurrent update.
// (The lock creates the catalog's folder.)
Result<WriteOutcome> write_locked(const fs::path& path, std::string_view content) {
  auto lock = FileLock::acquire(path);
  if (!lock) return std::unexpected(lock.error());
  return write_file_atomic(path, content);
}

// A new catalog for `language` from a template (as msginit), each unit also showing the
// glossary's approved renderings in that language, as `update` keeps them.
catalog::Catalog fresh_catalog(const catalog::Catalog& pot, const text::Language& language, const Project& project,
                               const l10n::Glossary& glossary) {
  catalog::Catalog fresh = catalog::new_catalog(pot, language, project.config.project_name);
  for (catalog::Message& message : fresh.messages) {
    if (message.is_header()) continue;
    for (std::string& line : l10n::glossary_comments(glossary, language.tag, message.msgid))
      message.extracted_comments.push_back(std::move(line));
  }
  return fresh;
}

}  // namespace

size_t UpdateReport::written() const {
  return static_cast<size_t>(
      std::count_if(catalogs.begin(), catalogs.end(), [](const CatalogUpdate& u) { return u.written; }));
}

std::string locale_folder(const std::string& tag) { return tag; }

Result<std::vector<std::string>> template_domains(const Project& project) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(project.locales_dir(), ec)) return out;
  for (const auto& entry : fs::directory_iterator(project.locales_dir(), ec))
    if (entry.is_regular_file(ec) && entry.path().extension() == ".pot") out.push_back(entry.path().stem().string());
  if (ec) return fail({project.relative(project.locales_dir())}, "cannot list the folder: " + ec.message());
  std::sort(out.begin(), out.end());
  return out;
}

Result<std::vector<fs::path>> init_languages(Project& project, const std::vector<std::string>& tags,
                                             Diagnostics& diagnostics) {
  if (tags.empty()) return fail({}, "name at least one language (a BCP 47 tag such as pl or pt-PT)");
  std::vector<text::Language> languages;
  for (const std::string& tag : tags) {
    auto language = text::language_info(tag);
    if (!language) return fail({}, fmt::format("\"{}\": {}", tag, language.error().message));
    if (language->tag == project.config.source_language)
      return fail({}, fmt::format("\"{}\" is the source language; its pages are the originals, not a translation",
                                  language->tag));
    languages.push_back(std::move(*language));
  }
  auto domains = template_domains(project);
  if (!domains) return std::unexpected(domains.error());
  if (domains->empty())
    return fail({project.relative(project.locales_dir())},
                "no templates (*.pot) to make catalogs from; run `leafpress extract` first");

  auto glossary = load_glossary(project);
  if (!glossary) return std::unexpected(glossary.error());
  std::vector<catalog::Catalog> templates;
  for (const std::string& domain : *domains) {
    auto pot = load_catalog(project, project.template_path(domain), diagnostics);
    if (!pot) return std::unexpected(pot.error());
    templates.push_back(std::move(*pot));
  }

  std::vector<fs::path> written;
  std::error_code ec;
  for (const text::Language& language : languages) {
    for (size_t d = 0; d < domains->size(); ++d) {
      fs::path path = project.catalog_path(locale_folder(language.tag), (*domains)[d]);
      if (fs::exists(path, ec)) {
        diagnostics.error({project.relative(path)},
                          "already exists; not overwritten (use `leafpress update` to merge it)");
        continue;
      }
      if (auto inside = project.check_in_locales(path); !inside) return std::unexpected(inside.error());
      catalog::Catalog fresh = fresh_catalog(templates[d], language, project, *glossary);
      auto outcome = write_locked(path, catalog::write_po(fresh));
      if (!outcome) return std::unexpected(outcome.error());
      written.push_back(path);
    }
    if (std::find(project.config.targets.begin(), project.config.targets.end(), language.tag) ==
        project.config.targets.end()) {
      fs::path config = project.config_path();
      if (fs::exists(config, ec)) {
        auto text = read_file(config, "leafpress.toml");
        if (!text) return std::unexpected(text.error());
        auto edited = add_target_to_config_text(*text, language.tag, "leafpress.toml");
        if (!edited) return std::unexpected(edited.error());
        auto outcome = write_file_atomic(config, *edited);
        if (!outcome) return std::unexpected(outcome.error());
      }
      project.config.targets.push_back(language.tag);
    }
  }
  return written;
}

std::map<std::string, catalog::Catalog> parse_templates(const Project& project, Diagnostics& diagnostics) {
  std::map<std::string, catalog::Catalog> templates;
  auto domains = template_domains(project);
  if (!domains) return templates;
  for (const std::string& domain : *domains) {
    Diagnostics findings;
    auto pot = load_catalog(project, project.template_path(domain), findings);
    if (!pot) continue;
    diagnostics.append(findings);
    templates.emplace(domain, std::move(*pot));
  }
  return templates;
}

Result<UpdateReport> update_catalogs(const Project& project, const std::vector<std::string>& langs,
                                     Diagnostics& diagnostics, const UpdateOptions& options) {
  auto targets = languages_or_targets(project, langs);
  if (!targets) return std::unexpected(targets.error());
  auto domains = template_domains(project);
  if (!domains) return std::unexpected(domains.error());
  auto glossary = load_glossary(project);
  if (!glossary) return std::unexpected(glossary.error());

  UpdateReport report;
  for (const std::string& domain : *domains) {
    std::optional<catalog::Catalog> parsed;
    const catalog::Catalog* pot = options.session ? options.session->shared_template(domain) : nullptr;
    if (!pot) {
      auto loaded = load_catalog(project, project.template_path(domain), diagnostics);
      if (!loaded) return std::unexpected(loaded.error());
      pot = &parsed.emplace(std::move(*loaded));
    }
    for (const std::string& lang : *targets) {
      CatalogUpdate update;
      update.lang = lang;
      update.domain = domain;
      update.path = project.catalog_path(locale_folder(lang), domain);
      if (auto inside = project.check_in_locales(update.path); !inside) return std::unexpected(inside.error());
      // The lock covers read, merge and write, so a concurrent update cannot be lost (taking it
      // creates the catalog's folder).
      auto lock = FileLock::acquire(update.path);
      if (!lock) return std::unexpected(lock.error());
      std::error_code ec;
      catalog::Catalog result;
      if (!fs::exists(update.path, ec)) {
        auto language = text::language_info(lang);
        if (!language) return fail({}, fmt::format("\"{}\": {}", lang, language.error().message));
        result = fresh_catalog(*pot, *language, project, *glossary);
        update.created = true;
        update.stats.added = static_cast<size_t>(
            std::count_if(result.messages.begin(), result.messages.end(),
                          [](const catalog::Message& m) { return !m.is_header(); }));
      }
      catalog::WriteOptions write_options;
      if (options.session) write_options.cache = &options.session->wrap_cache();
      std::string bytes;
      if (update.created) {
        bytes = catalog::write_po(result, write_options);
      } else {
        std::string name = project.relative(update.path);
        auto text = read_file(update.path, name);
        if (!text) return std::unexpected(text.error());
        const bool ours = options.written_by_leafpress && options.written_by_leafpress(update.path, *text);
        catalog::MergeOptions merge_options;
        merge_options.fuzzy_matching = options.fuzzy_matching;
        merge_options.session = options.session;
        merge_options.jobs = options.fuzzy_jobs;
        merge_options.role = l10n::unit_role;  // a title is not pre-filled from a category
        merge_options.extra_comments = [&glossary, &lang](const catalog::Message& unit) {
          return l10n::glossary_comments(*glossary, lang, unit.msgid);
        };
        auto merged = catalog::update_po(std::move(*text), name, *pot, merge_options, write_options, ours,
                                         &diagnostics);
        if (!merged) return std::unexpected(merged.error());
        result = std::move(merged->catalog);
        bytes = std::move(merged->text);
        update.stats = merged->stats;
      }
      update.content_hash = content_hash(bytes);
      auto outcome = write_file_atomic(update.path, bytes);
      if (!outcome) return std::unexpected(outcome.error());
      update.written = *outcome == WriteOutcome::written;
      if (options.on_merged) options.on_merged(update, result);
      report.catalogs.push_back(std::move(update));
    }
  }
  return report;
}

Result<std::vector<CompiledCatalog>> compile_catalogs(const Project& project, const std::vector<std::string>& langs,
                                                      Diagnostics& diagnostics) {
  auto targets = languages_or_targets(project, langs);
  if (!targets) return std::unexpected(targets.error());
  auto domains = template_domains(project);
  if (!domains) return std::unexpected(domains.error());
  std::vector<CompiledCatalog> out;
  std::error_code ec;
  for (const std::string& lang : *targets) {
    for (const std::string& domain : *domains) {
      CompiledCatalog compiled;
      compiled.po = project.catalog_path(locale_folder(lang), domain);
      compiled.mo = project.output_dir() / "mo" / locale_folder(lang) / "LC_MESSAGES" / (domain + ".mo");
      if (!fs::exists(compiled.po, ec)) {
        diagnostics.warning({project.relative(compiled.po)},
                            "no catalog; run `leafpress init " + lang + "` to create it");
        continue;
      }
      auto catalog = load_catalog(project, compiled.po, diagnostics);
      if (!catalog) return std::unexpected(catalog.error());
      auto outcome = write_file_atomic(compiled.mo, catalog::compile_mo(*catalog));
      if (!outcome) return std::unexpected(outcome.error());
      compiled.written = *outcome == WriteOutcome::written;
      out.push_back(std::move(compiled));
    }
  }
  return out;
}

Result<std::vector<LanguageStats>> project_stats(const Project& project, const std::vector<std::string>& langs,
                                                 Diagnostics& diagnostics) {
  auto targets = languages_or_targets(project, langs);
  if (!targets) return std::unexpected(targets.error());
  auto domains = template_domains(project);
  if (!domains) return std::unexpected(domains.error());
  std::vector<LanguageStats> out;
  std::error_code ec;
  for (const std::string& lang : *targets) {
    LanguageStats total;
    total.lang = lang;
    bool any = false;
    for (const std::string& domain : *domains) {
      LanguageStats row;
      row.lang = lang;
      row.domain = domain;
      fs::path path = project.catalog_path(locale_folder(lang), domain);
      if (!fs::exists(path, ec)) {
        row.missing = true;
        out.push_back(std::move(row));
        continue;
      }
      auto catalog = load_catalog(project, path, diagnostics);
      if (!catalog) return std::unexpected(catalog.error());
      row.stats = catalog::catalog_stats(*catalog, project.config.source_language, lang);
      row.reviewed = qa::count_reviewed(*catalog);
      any = true;
      total.reviewed += row.reviewed;
      total.stats.units += row.stats.units;
      total.stats.translated += row.stats.translated;
      total.stats.fuzzy += row.stats.fuzzy;
      total.stats.untranslated += row.stats.untranslated;
      total.stats.obsolete += row.stats.obsolete;
      total.stats.source_words += row.stats.source_words;
      total.stats.translated_words += row.stats.translated_words;
      total.stats.translation_words += row.stats.translation_words;
      out.push_back(std::move(row));
    }
    total.missing = !any;
    out.push_back(std::move(total));
  }
  return out;
}

}  // namespace leafpress::app
