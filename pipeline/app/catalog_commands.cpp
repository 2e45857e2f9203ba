#include "app/catalog_commands.hpp"

#include "qa/review.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "app/build_cache.hpp"
#include "app/files.hpp"
#include "catalog/merge.hpp"
#include "catalog/mo_writer.hpp"
#include "catalog/new_catalog.hpp"
#include "catalog/po_parser.hpp"
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

// The lock file lives beside the catalog, so its folder must exist first.
Result<void> ensure_parent(const fs::path& path) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) return fail({path.parent_path().string()}, "cannot create the folder: " + ec.message());
  return {};
}

// Writes a catalog under its lock: the merge result must not overwrite a concurrent update.
Result<WriteOutcome> write_locked(const fs::path& path, std::string_view content) {
  auto folder = ensure_parent(path);
  if (!folder) return std::unexpected(folder.error());
  auto lock = FileLock::acquire(path);
  if (!lock) return std::unexpected(lock.error());
  return write_file_atomic(path, content);
}

}  // namespace

size_t UpdateReport::written() const {
  return static_cast<size_t>(std::count_if(catalogs.begin(), catalogs.end(), [](const CatalogUpdate& u) { return u.written; }));
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

Result<std::string> add_target_to_config_text(std::string_view toml_text, const std::string& tag) {
  std::string text(toml_text);
  // Find the [languages] table, then its `targets = [ … ]` array (which may span lines).
  size_t table = std::string::npos;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    std::string_view line(text.data() + pos, (end == std::string::npos ? text.size() : end) - pos);
    size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos && line.substr(first).starts_with("[languages]")) {
      table = end == std::string::npos ? text.size() : end + 1;
      break;
    }
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  if (table == std::string::npos) {
    if (!text.empty() && text.back() != '\n') text += '\n';
    text += fmt::format("\n[languages]\ntargets = [\"{}\"]\n", tag);
    return text;
  }
  size_t pos = table;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    std::string_view line(text.data() + pos, (end == std::string::npos ? text.size() : end) - pos);
    size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos && line[first] == '[') break;  // the next table
    if (first != std::string_view::npos && line.substr(first).starts_with("targets")) {
      size_t open = text.find('[', pos + first);
      if (open == std::string::npos) break;
      // The closing bracket, skipping strings and comments.
      size_t close = std::string::npos;
      bool in_string = false, has_item = false, in_comment = false;
      size_t last_item_end = open + 1;
      for (size_t i = open + 1; i < text.size(); ++i) {
        char c = text[i];
        if (in_comment) {
          if (c == '\n') in_comment = false;
          continue;
        }
        if (in_string) {
          if (c == '\\') ++i;
          else if (c == '"') in_string = false, last_item_end = i + 1;
          continue;
        }
        if (c == '"') {
          in_string = true;
          has_item = true;
          // An existing entry equal to the tag means there is nothing to do.
          size_t quote = text.find('"', i + 1);
          if (quote != std::string::npos && text.compare(i + 1, quote - i - 1, tag) == 0) return std::string(toml_text);
        } else if (c == '#') {
          in_comment = true;
        } else if (c == ']') {
          close = i;
          break;
        }
      }
      if (close == std::string::npos) break;
      std::string item = "\"" + tag + "\"";
      if (!has_item) {
        text.insert(open + 1, item);
      } else {
        // Right after the last entry, so any trailing comma and line layout stay as they are.
        text.insert(last_item_end, ", " + item);
      }
      return text;
    }
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  // No targets key in [languages]: add one right after the table header.
  text.insert(table, fmt::format("targets = [\"{}\"]\n", tag));
  return text;
}

Result<std::vector<fs::path>> init_languages(Project& project, const std::vector<std::string>& tags,
                                             Diagnostics& diagnostics) {
  if (tags.empty()) return fail({}, "name at least one language (a BCP 47 tag such as pl or pt-PT)");
  std::vector<text::Language> languages;
  for (const std::string& tag : tags) {
    auto language = text::language_info(tag);
    if (!language) return fail({}, fmt::format("\"{}\": {}", tag, language.error().message));
    languages.push_back(std::move(*language));
  }
  auto domains = template_domains(project);
  if (!domains) return std::unexpected(domains.error());
  if (domains->empty())
    return fail({project.relative(project.locales_dir())}, "no templates (*.pot) to make catalogs from; run `leafpress extract` first");

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
        diagnostics.error({project.relative(path)}, "already exists; not overwritten (use `leafpress update` to merge it)");
        continue;
      }
      if (auto inside = project.check_in_locales(path); !inside) return std::unexpected(inside.error());
      catalog::Catalog fresh = catalog::new_catalog(templates[d], language, project.config.project_name);
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
        auto edited = add_target_to_config_text(*text, language.tag);
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

  UpdateReport report;
  for (const std::string& domain : *domains) {
    std::optional<catalog::Catalog> parsed;
    const catalog::Catalog* pot = nullptr;
    if (options.templates && options.templates->contains(domain)) {
      pot = &options.templates->at(domain);
    } else {
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
      // The lock covers read, merge and write, so a concurrent update cannot be lost.
      auto folder = ensure_parent(update.path);
      if (!folder) return std::unexpected(folder.error());
      auto lock = FileLock::acquire(update.path);
      if (!lock) return std::unexpected(lock.error());
      std::error_code ec;
      catalog::Catalog result;
      if (!fs::exists(update.path, ec)) {
        auto language = text::language_info(lang);
        if (!language) return fail({}, fmt::format("\"{}\": {}", lang, language.error().message));
        result = catalog::new_catalog(*pot, *language, project.config.project_name);
        update.created = true;
        update.stats.added = static_cast<size_t>(std::count_if(result.messages.begin(), result.messages.end(),
                                                               [](const catalog::Message& m) { return !m.is_header(); }));
      }
      catalog::WriteOptions write_options;
      write_options.cache = options.wrap_cache;
      std::vector<std::string_view> unchanged;
      std::string old_text;
      if (!update.created) {
        std::string name = project.relative(update.path);
        auto text = read_file(update.path, name);
        if (!text) return std::unexpected(text.error());
        old_text = std::move(*text);
        bool ours = options.written_by_leafpress && options.written_by_leafpress(update.path, old_text);
        std::vector<std::string_view> old_entries;
        // A catalog exactly as leafpress wrote it holds only text that was checked as UTF-8.
        auto old = catalog::parse_po(old_text, name, &diagnostics, ours ? &old_entries : nullptr, ours);
        if (!old) return std::unexpected(old.error());
        // Only copied entries point into the bytes; otherwise they can go before the merge.
        if (!ours) std::string().swap(old_text);
        catalog::MergeOptions merge_options;
        merge_options.fuzzy_matching = options.fuzzy_matching;
        merge_options.lcs_memo = options.lcs_memo;
        // The features describe the given templates' msgids, not one read here.
        if (options.msgid_features && !parsed)
          if (auto it = options.msgid_features->find(domain); it != options.msgid_features->end())
            merge_options.msgid_features = &it->second;
        merge_options.jobs = options.fuzzy_jobs;
        merge_options.role = l10n::unit_role;  // a title is not pre-filled from a category
        std::vector<size_t> kept;
        result = catalog::merge(std::move(*old), *pot, merge_options, &update.stats, ours ? &kept : nullptr);
        if (ours) {
          unchanged = catalog::kept_entry_text(kept, old_entries);
          write_options.verbatim = &unchanged;
        }
      }
      std::string bytes = catalog::write_po(result, write_options);
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
        diagnostics.warning({project.relative(compiled.po)}, "no catalog; run `leafpress init " + lang + "` to create it");
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
