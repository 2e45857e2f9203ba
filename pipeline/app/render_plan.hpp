#pragma once
// RenderPlan: every (statement, language) pair of a build, rendered in parallel to HTML and,
// for print languages, XSL-FO. A pair is redone only when the statement, that language's
// catalogs, the configuration or leafpress itself changed; parsing is lazy and shared.
#include <atomic>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "app/build_cache.hpp"
#include "app/output_files.hpp"
#include "app/project.hpp"
#include "app/statement_translations.hpp"
#include "base/diagnostics.hpp"
#include "doc/document.hpp"

namespace leafpress::app {

/// Which leaflets a build writes. Proofs and print-ready leaflets never share a path: proofs
/// go to output/proof/<lang>/, print-ready ones to output/print/<lang>/.
struct LeafletPlan {
  /// Every statement gets a leaflet marked PROOF – NOT FOR PRINT in these languages.
  std::vector<std::string> proof_languages;
  /// (statement name, language) pairs that passed the print gate: leaflets without the mark.
  std::set<std::pair<std::string, std::string>> print_ready;
};

class RenderPlan {
 public:
  /// `environment` hashes leafpress and the configuration; `leaflets` says which leaflets to
  /// write. Catalogs are hashed through `file_hashes`, which knows those the build just wrote.
  RenderPlan(const Project& project, std::string environment, const std::vector<SourceFile>& sources,
             LeafletPlan leaflets, FileHashes& file_hashes);
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
  /// plan's leaflets (rendered now or earlier), in a fixed order.
  Result<void> run(BuildCache& cache, OutputLog& log, Diagnostics& diagnostics, unsigned jobs,
                   const std::function<void(size_t, size_t, std::string_view)>& progress,
                   const std::atomic<bool>* interrupted, std::vector<fs::path>& fo_files);

 private:
  struct State;
  std::unique_ptr<State> m_state;
};

}  // namespace leafpress::app
