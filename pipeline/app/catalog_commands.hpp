#pragma once
// Project-level catalog work: creating, updating, compiling and counting the catalogs in
// locales/. Used by the init/update/compile/stats commands and by `leafpress build`.
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "app/project.hpp"
#include "base/diagnostics.hpp"
#include "base/result.hpp"
#include "catalog/merge.hpp"
#include "catalog/po_writer.hpp"
#include "catalog/stats.hpp"

namespace leafpress::app {

namespace fs = std::filesystem;

/// The domains of a project: the stems of locales/*.pot, sorted.
Result<std::vector<std::string>> template_domains(const Project& project);

/// init: writes locales/<lang>/<domain>.po for every template locales/<domain>.pot; refuses to
/// overwrite; adds the language to leafpress.toml's [languages] targets if missing (edit the
/// TOML text minimally, keeping comments). Returns the files written.
Result<std::vector<fs::path>> init_languages(Project& project, const std::vector<std::string>& tags,
                                             Diagnostics& diagnostics);

struct CatalogUpdate {
  fs::path path;
  std::string lang, domain;
  bool created = false;      // the catalog did not exist and was made from the template
  bool written = false;      // false when the merged bytes equal the file's
  std::string content_hash;  // of the catalog's bytes now (app::content_hash)
  catalog::MergeStats stats;
};

struct UpdateReport {
  std::vector<CatalogUpdate> catalogs;
  [[nodiscard]] size_t written() const;
};

struct UpdateOptions {
  bool fuzzy_matching = true;
  // Threads for each merge's fuzzy search (catalog::MergeOptions::jobs).
  unsigned fuzzy_jobs = 0;
  // What the updates of several languages share (their catalogs hold the same msgids): the
  // templates parsed once (shared_template by domain, else each is read here) and the work of
  // their merges and writes.
  catalog::MergeSession* session = nullptr;
  // Called with each catalog as written (or found already right), so that a caller can use
  // its content without reading the file again.
  std::function<void(const CatalogUpdate&, const catalog::Catalog&)> on_merged;
  // Whether a catalog's bytes are exactly what leafpress last wrote there: its unchanged
  // entries are then copied rather than written again.
  std::function<bool(const fs::path&, std::string_view)> written_by_leafpress;
};

/// Every template of the project that can be read and parsed, by domain (for
/// MergeSession::share_template); one that cannot is left out, for update_catalogs to report.
std::map<std::string, catalog::Catalog> parse_templates(const Project& project, Diagnostics& diagnostics);

/// update: merges every locales/<lang>/<domain>.po with its template, under FileLock, atomic
/// write, no rewrite when the bytes are unchanged; creates missing catalogs for configured
/// targets. `langs` empty means every configured target.
Result<UpdateReport> update_catalogs(const Project& project, const std::vector<std::string>& langs,
                                     Diagnostics& diagnostics, const UpdateOptions& options = {});

struct CompiledCatalog {
  fs::path po, mo;
  bool written = false;
};

/// compile: locales/<lang>/<domain>.po → output/mo/<lang>/LC_MESSAGES/<domain>.mo for the given
/// languages (every configured target when empty; missing catalogs are skipped with a warning).
Result<std::vector<CompiledCatalog>> compile_catalogs(const Project& project, const std::vector<std::string>& langs,
                                                      Diagnostics& diagnostics);

struct LanguageStats {
  std::string lang;
  std::string domain;  // "" in the per-language total
  catalog::CatalogStats stats;
  size_t reviewed = 0;   // units whose native-speaker review is current (leafpress review)
  bool missing = false;  // no catalog for this language and domain
};

/// stats: one row per language and domain plus a total per language (domain ""), for the given
/// languages (every configured target when empty).
Result<std::vector<LanguageStats>> project_stats(const Project& project, const std::vector<std::string>& langs,
                                                 Diagnostics& diagnostics);

/// The language folder name under locales/ for a tag: the tag as configured ("pt-PT").
std::string locale_folder(const std::string& tag);

}  // namespace leafpress::app
