#pragma once
// The print gate: nothing broken, unreviewed or incomplete goes to the printer. It judges each
// (statement, language) pair on its own, so that a statement just added, still untranslated,
// never holds back another that is ready; for each it says pass or fail, and why, unit by unit.
#include <string>
#include <vector>

#include "app/project.hpp"
#include "base/diagnostics.hpp"
#include "base/result.hpp"
#include "base/source_span.hpp"

namespace leafpress::app {

/// One reason a leaflet cannot go to print.
struct Blocker {
  std::string lang;
  SourceSpan where;    // catalog file:line (or leafpress.toml, or the catalog file alone)
  std::string reason;  // e.g. "untranslated: “All human beings are born free…”"
};

/// The gate's verdict on one statement in one language.
struct PrintVerdict {
  std::string statement;  // the statement's name: its file name without the extension
  std::string source;     // its file, relative to the project (source-docs/udhr.txt)
  std::string lang;
  size_t units = 0;       // the statement's units
  size_t translated = 0;  // of those, translated and not fuzzy
  size_t reviewed = 0;    // of those, reviewed and unchanged since
  size_t errors = 0;      // check errors in those units
  bool pass = false;
  std::vector<Blocker> blockers;  // the language's own (imprint, fonts, catalogs) first, then the units'
  std::string fingerprint;        // what was judged (app/print_fingerprint); empty without a catalog
};

/// Which pairs to judge.
struct GateScope {
  std::vector<std::string> statements;  // by name or file name; empty: every statement
  std::vector<std::string> languages;   // empty: the print languages (config.print), in order
};

/// Evaluates each statement in scope (in source order) in each language in scope: every unit
/// of the statement (as the current source makes it) must be in locales/<lang>/statements.po,
/// translated, not fuzzy, free of check errors, reviewed and unchanged since the review; the
/// imprint must be complete; the language printable (text::Language::print_supported), its
/// print fonts, the typesetter and the CMYK profile installed; with `[imprint] translate`, the
/// printed units of ui.po must pass the same tests. The catalog's draft mark
/// (`X-Leafpress-Draft:`) does not block: a statement whose units are all reviewed is ready,
/// whatever the rest of the catalog. A catalog that does not parse blocks its language. The
/// result is an error when the sources, glossary or config cannot be read, or a statement in
/// scope names no source (the error names it). Warnings go to `diagnostics`.
Result<std::vector<PrintVerdict>> evaluate_print_gate(const Project& project, Diagnostics& diagnostics,
                                                      const GateScope& scope = {});

/// Blockers grouped by statement, then by language, one per line with its catalog file:line
/// ("  pl: not ready for print (1 blocker)" / "    locales/pl/statements.po:57: untranslated …"),
/// then a summary table: statement, language, units, translated, reviewed, errors, verdict.
std::string format_gate_report(const std::vector<PrintVerdict>& verdicts);

}  // namespace leafpress::app
