#pragma once
// The print gate: nothing broken, unreviewed or incomplete goes to the printer. For each print
// language (leafpress.toml [languages] print) it says pass or fail, and why, unit by unit.
#include <string>
#include <vector>

#include "app/project.hpp"
#include "base/diagnostics.hpp"
#include "base/result.hpp"
#include "base/source_span.hpp"

namespace leafpress::app {

/// One reason a language cannot go to print.
struct Blocker {
  std::string lang;
  SourceSpan where;    // catalog file:line (or leafpress.toml, or the catalog file alone)
  std::string reason;  // e.g. "untranslated: “All human beings are born free…”"
};

struct LanguageVerdict {
  std::string lang;
  size_t units = 0;       // units of the statements template
  size_t translated = 0;  // of those, translated and not fuzzy
  size_t reviewed = 0;    // of those, reviewed and unchanged since
  size_t errors = 0;      // check errors in those units
  bool pass = false;
  std::vector<Blocker> blockers;
};

/// Evaluates every print language (config.print, in order): every unit of the statements
/// template (made from the current source documents) must be in locales/<lang>/statements.po,
/// translated, not fuzzy, free of check errors, reviewed and unchanged since the review; the
/// catalog must not be a draft (`X-Leafpress-Draft:` header); the imprint must be complete;
/// the language printable (text::Language::print_supported), its print fonts and Apache FOP
/// installed. Problems that keep a language from being judged (a catalog that does not parse)
/// are blockers too. The result is an error only when the project's sources or glossary
/// cannot be read. Findings that are not blockers (warnings) go to `diagnostics`.
Result<std::vector<LanguageVerdict>> evaluate_print_gate(const Project& project, Diagnostics& diagnostics);

/// Per failing language, its blockers one per line ("locales/pl/statements.po:57: untranslated …"),
/// then a summary table: language, units, translated, reviewed, errors, verdict.
std::string format_gate_report(const std::vector<LanguageVerdict>& verdicts);

}  // namespace leafpress::app
