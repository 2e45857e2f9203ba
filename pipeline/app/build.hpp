#pragma once
// `leafpress build`: the whole batch. Templates from the sources, catalogs updated, then every
// statement × language rendered to HTML and (for print languages) XSL-FO, optionally PDF.
// Incremental: each stage re-runs only when the content of one of its inputs changed.
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "app/print_gate.hpp"
#include "app/project.hpp"
#include "base/diagnostics.hpp"

namespace leafpress::app {

struct BuildOptions {
  // Leaflets are print-ready (no PROOF mark) only through the gate: with `print` and not
  // `proof`. Otherwise every print language gets a leaflet marked PROOF – NOT FOR PRINT.
  bool print = false;  // the print gate: FO + PDF only for languages that pass it
  bool proof = false;  // FO (and PDF with `pdf`) for every print language, marked PROOF
  bool pdf = false;    // typeset the leaflets to PDF with LuaLaTeX
  /// With `print`: the statements to print, by name ("udhr") or file name; empty: all.
  std::vector<std::string> statements;
  unsigned jobs = 0;  // worker threads; 0 = one per core
  /// Called after each finished piece of work (thread-safe callers only: it runs on the
  /// calling thread between stages and under a lock during parallel work).
  std::function<void(size_t done, size_t total, std::string_view what)> progress;
  /// Set from a signal handler to stop between files; the build then fails with "interrupted".
  const std::atomic<bool>* interrupted = nullptr;
};

struct BuildReport {
  size_t documents = 0;
  size_t languages = 0;              // target languages (the source language not counted)
  std::vector<std::string> written;  // files written, relative to the project root, sorted
  size_t unchanged = 0;              // outputs whose bytes were already right
  size_t reused = 0;                 // outputs skipped because none of their inputs changed
  // The work done, for tests and benchmarks: whether the template was extracted again, the
  // languages whose catalogs were merged again, and the "<lang>/<statement>" pairs rendered.
  bool extracted = false;
  std::vector<std::string> updated;
  std::vector<std::string> rendered;
  bool gate_ran = false;
  std::vector<PrintVerdict> gate;  // with BuildOptions::print: one per (statement, language)
  // Print-ready files moved to output/print-superseded/ (their new paths), as they no longer
  // matched what the gate passed (or this gate refused them).
  std::vector<std::string> superseded;
  // Wall-clock seconds of each stage that ran, in order ("templates", "catalogs", …), for
  // `--verbose` and for finding where a slow build spends its time.
  std::vector<std::pair<std::string, double>> stage_seconds;
  [[nodiscard]] bool gate_refused() const;
};

/// Runs the batch over `project`. Failures of single documents or catalogs are reported to
/// `diagnostics` and the rest still builds; the result is an error when input was unusable.
Result<BuildReport> run_build(const Project& project, const BuildOptions& options, Diagnostics& diagnostics);

/// Where the build keeps what it read last time.
fs::path build_cache_path(const Project& project);

}  // namespace leafpress::app
