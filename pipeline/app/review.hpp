#pragma once
// `leafpress review LANG --by NAME`: records a native speaker's review in the catalog, unit by
// unit (qa/review.hpp describes the record), so a changed paragraph needs re-review without
// invalidating the rest.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/project.hpp"
#include "base/diagnostics.hpp"
#include "base/result.hpp"
#include "catalog/message.hpp"
#include "l10n/glossary.hpp"
#include "qa/check_list.hpp"

namespace leafpress::app {

struct ReviewReport {
  std::string file;                                     // relative to the project root
  size_t units = 0;                                     // active units in the catalog
  size_t marked = 0;                                    // newly marked reviewed (including re-reviews of stale ones)
  size_t kept = 0;                                      // already reviewed and unchanged since
  size_t stale_cleared = 0;                             // stale reviews removed from units that cannot be reviewed now
  size_t untranslated = 0, fuzzy = 0, with_errors = 0;  // units left unreviewed, and why
  size_t catalog_units = 0, catalog_reviewed = 0;       // the whole catalog afterwards (units = those asked for)
  bool draft_cleared = false;                           // every unit reviewed: the X-Leafpress-Draft header was removed
  bool written = false;                                 // the catalog file changed
  std::vector<Diagnostic> skipped;                      // one note per unit left unreviewed, at its catalog line

  [[nodiscard]] size_t reviewed() const { return marked + kept; }
};

/// Which units a review records.
struct ReviewScope {
  std::optional<std::string> statement;  // a statement (as --statement names it): numbers count its units
  std::optional<std::string> units;      // unit numbers as on the review sheet ("3,5-9"); nullopt: every unit
  bool dry_run = false;                  // count what would be recorded; write nothing
};

/// Checks that `name` can be stored in a review comment: not empty, one line. Error otherwise.
Result<void> validate_reviewer(std::string_view name);

/// The review applied to a parsed catalog in memory (`po_text` only for locations): marks
/// translated units without check errors as reviewed by `reviewer`, keeps current reviews,
/// removes stale reviews from units it cannot mark, and removes the draft header once every
/// unit is reviewed. With `only` (positions in catalog.messages), no other unit is looked at.
/// Error when `lang` is unknown.
Result<ReviewReport> review_catalog_text(catalog::Catalog& catalog, std::string_view po_text, const std::string& file,
                                         const std::string& lang, const std::string& reviewer,
                                         const l10n::Glossary& glossary, const qa::SeverityTable& severities,
                                         const std::vector<size_t>* only = nullptr);

/// Reviews locales/<lang>/<domain>.po under its file lock and writes it back atomically
/// (untouched when nothing changed), recording only the units `scope` names. Error when the
/// catalog is missing, unreadable or invalid, or a unit number or the statement does not exist.
Result<ReviewReport> review_catalog(const Project& project, const std::string& lang, const std::string& domain,
                                    const std::string& reviewer, Diagnostics& diagnostics,
                                    const ReviewScope& scope = {});

}  // namespace leafpress::app
