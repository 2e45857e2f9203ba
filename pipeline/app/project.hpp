#pragma once
// Project: a leafpress project on disk (its root, config and the paths of everything in it).
#include <filesystem>
#include <string>
#include <vector>

#include "app/config.hpp"
#include "base/result.hpp"

namespace leafpress::app {

namespace fs = std::filesystem;

struct Project {
  fs::path root;  // absolute
  Config config;

  /// Loads root/leafpress.toml (defaults when the file is absent).
  static Result<Project> open(const fs::path& root);

  [[nodiscard]] fs::path config_path() const { return root / "leafpress.toml"; }
  [[nodiscard]] fs::path source_dir() const { return root / config.source_dir; }
  [[nodiscard]] fs::path locales_dir() const { return root / "locales"; }
  [[nodiscard]] fs::path output_dir() const { return root / "output"; }
  /// .cache/: derived files worth keeping between runs (build cache, the typesetter's scratch folders).
  [[nodiscard]] fs::path work_dir() const { return root / ".cache"; }
  /// locales/<domain>.pot
  [[nodiscard]] fs::path template_path(const std::string& domain) const;
  /// locales/<lang>/<domain>.po
  [[nodiscard]] fs::path catalog_path(const std::string& lang, const std::string& domain) const;
  /// output/html/<lang>/<doc>.html
  [[nodiscard]] fs::path html_path(const std::string& lang, const std::string& doc) const;
  /// output/print/<lang>/<doc>.fo (or .pdf with `extension`): a print-ready leaflet, written
  /// only by a build through the print gate
  [[nodiscard]] fs::path print_path(const std::string& lang, const std::string& doc,
                                    const std::string& extension = ".fo") const;
  /// output/proof/<lang>/<doc>.fo (or .pdf with `extension`): a leaflet marked PROOF
  [[nodiscard]] fs::path proof_path(const std::string& lang, const std::string& doc,
                                    const std::string& extension = ".fo") const;
  /// True when `path`, with every link resolved, lies inside `folder` (a folder of the project
  /// such as output_dir()) where the project names it: a `folder` that is itself a link to
  /// somewhere else holds nothing.
  [[nodiscard]] bool holds(const fs::path& folder, const fs::path& path) const;
  /// Error unless `path` may be written by a catalog command: inside locales/ (see holds).
  [[nodiscard]] Result<void> check_in_locales(const fs::path& path) const;
  /// A path relative to the root, for messages and references ("locales/pl/statements.po").
  [[nodiscard]] std::string relative(const fs::path& path) const;
  /// The source documents (*.txt, *.md) under source_dir, sorted by path.
  [[nodiscard]] Result<std::vector<fs::path>> source_documents() const;
};

}  // namespace leafpress::app
