#pragma once
// RenderPlan: every (statement, language) pair of a build, rendered in parallel to HTML and,
// for print languages, XSL-FO. A pair is redone only when the statement, that language's
// catalogs, the configuration or leafpress itself changed; parsing is lazy and shared.
#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/build_cache.hpp"
#include "app/output_files.hpp"
#include "app/project.hpp"
#include "app/statement_translations.hpp"
#include "base/diagnostics.hpp"
#include "doc/document.hpp"

namespace leafpress::app {

class RenderPlan {
 public:
  /// `environment` hashes leafpress and the configuration; `print_languages` get FO files,
  /// marked PROOF – NOT FOR PRINT when `proof` (anything but a build through the print gate).
  /// Catalogs are hashed through `file_hashes`, which knows those the build just wrote.
  RenderPlan(const Project& project, std::string environment, const std::vector<SourceFile>& sources,
             std::vector<std::string> print_languages, bool proof, FileHashes& file_hashes);
  ~RenderPlan();
  RenderPlan(const RenderPlan&) = delete;
  RenderPlan& operator=(const RenderPlan&) = delete;

  /// The statements of catalogs the caller has just written, used instead of reading them.
  void use_known_translations(KnownTranslations known);
  /// Also writes, beside each FO file, the TeX the PDF step typesets (only a build that makes
  /// PDFs needs it).
  void write_typesetter_input();
  /// The sources already parsed, one per source file in the same order, used instead of
  /// parsing them again.
  void use_parsed_documents(std::vector<doc::Document> documents);

  /// Renders what is out of date on `jobs` threads. `fo_files` receives every FO file of the
  /// print languages (rendered now or earlier), in a fixed order.
  Result<void> run(BuildCache& cache, OutputLog& log, Diagnostics& diagnostics, unsigned jobs,
                   const std::function<void(size_t, size_t, std::string_view)>& progress,
                   const std::atomic<bool>* interrupted, std::vector<fs::path>& fo_files);

 private:
  struct State;
  std::unique_ptr<State> m_state;
};

}  // namespace leafpress::app
