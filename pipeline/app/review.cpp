#include "app/review.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "app/catalog_units.hpp"
#include "app/check.hpp"
#include "app/extract.hpp"
#include "app/files.hpp"
#include "app/glossary_loader.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"
#include "qa/message_checks.hpp"
#include "qa/review.hpp"
#include "text/language.hpp"

namespace leafpress::app {

Result<void> validate_reviewer(std::string_view name) {
  bool blank = name.find_first_not_of(" \t") == std::string_view::npos;
  if (blank) return fail({}, "--by needs the reviewer's name");
  if (name.find_first_of("\n\r") != std::string_view::npos) return fail({}, "--by: the name must be one line");
  return {};
}

Result<ReviewReport> review_catalog_text(catalog::Catalog& catalog, std::string_view po_text, const std::string& file,
                                         const std::string& lang, const std::string& reviewer,
                                         const l10n::Glossary& glossary, const qa::SeverityTable& severities,
                                         const std::vector<size_t>* only) {
  if (auto valid = validate_reviewer(reviewer); !valid) return std::unexpected(valid.error());
  auto language = text::language_info(lang);
  if (!language) return fail({file}, fmt::format("\"{}\": {}", lang, language.error().message));
  qa::CheckContext context{*language, glossary_for(glossary, language->tag)};
  int nplurals = catalog.nplurals() > 0 ? catalog.nplurals() : language->nplurals;
  MsgstrLocator locator(po_text, file);
  ReviewReport report;
  report.file = file;
  for (size_t position = 0; position < catalog.messages.size(); ++position) {
    auto& message = catalog.messages[position];
    if (message.is_header() || message.obsolete) continue;
    if (only && std::find(only->begin(), only->end(), position) == only->end()) continue;
    ++report.units;
    auto state = qa::review_state(message);
    SourceSpan at{file, message.line, 0};
    auto leave = [&](std::string why) {
      if (state == qa::ReviewState::stale && qa::clear_review(message)) ++report.stale_cleared;
      report.skipped.push_back({Severity::note, at, std::move(why), "review"});
    };
    if (message.is_fuzzy()) {
      ++report.fuzzy;
      // A fuzzy unit's translation belongs to an older source: no review of it stands.
      if (qa::clear_review(message)) ++report.stale_cleared;
      report.skipped.push_back({Severity::note, at, "not reviewed: fuzzy", "review"});
      continue;
    }
    if (!message.is_translated()) {
      ++report.untranslated;
      if (qa::clear_review(message)) ++report.stale_cleared;
      report.skipped.push_back({Severity::note, at, "not reviewed: untranslated", "review"});
      continue;
    }
    auto findings = qa::check_message(message, context, severities, nplurals);
    if (qa::has_error(findings)) {
      ++report.with_errors;
      for (const auto& f : findings)
        if (f.severity == Severity::error) {
          leave(fmt::format("not reviewed: [{}] {}", f.check_id, f.message));
          report.skipped.back().where = locator.locate(message.line, f.form, f.offset);
          state = qa::ReviewState::unreviewed;  // cleared once is enough
        }
      continue;
    }
    if (state == qa::ReviewState::reviewed) {
      ++report.kept;
      continue;
    }
    qa::mark_reviewed(message, reviewer);
    ++report.marked;
  }
  report.catalog_reviewed = qa::count_reviewed(catalog);
  report.catalog_units = static_cast<size_t>(
      std::count_if(catalog.messages.begin(), catalog.messages.end(),
                    [](const auto& m) { return !m.is_header() && !m.obsolete; }));
  if (report.catalog_reviewed == report.catalog_units && qa::clear_draft(catalog)) report.draft_cleared = true;
  return report;
}

Result<ReviewReport> review_catalog(const Project& project, const std::string& lang, const std::string& domain,
                                    const std::string& reviewer, Diagnostics& diagnostics, const ReviewScope& scope) {
  if (auto valid = validate_reviewer(reviewer); !valid) return std::unexpected(valid.error());
  fs::path path = project.catalog_path(lang, domain);
  std::string file = project.relative(path);
  std::error_code ec;
  if (!fs::exists(path, ec))
    return fail({file}, fmt::format("no catalog for \"{}\" (run `leafpress init {}`)", lang, lang));
  auto glossary = load_glossary(project);
  if (!glossary) return std::unexpected(glossary.error());
  std::vector<Diagnostic> setup;
  auto severities = severity_table(project.config, &setup);
  for (auto& d : setup) diagnostics.add(std::move(d));
  if (auto inside = project.check_in_locales(path); !inside) return std::unexpected(inside.error());
  auto lock = FileLock::acquire(path);
  if (!lock) return std::unexpected(lock.error());
  auto text = read_file(path, file);
  if (!text) return std::unexpected(text.error());
  auto catalog = catalog::parse_po(*text, file, &diagnostics);
  if (!catalog) return std::unexpected(catalog.error());
  std::optional<std::vector<size_t>> only;
  if (scope.units || scope.statement) {
    std::optional<std::string> statement;
    if (scope.statement) {
      auto found = find_statement(project, *scope.statement);
      if (!found) return std::unexpected(found.error());
      statement = *found;
    }
    auto numbered = numbered_units(*catalog, statement);
    if (!scope.units) {
      only = std::move(numbered);  // every unit of the statement
    } else {
      auto numbers = parse_unit_numbers(*scope.units, numbered.size(), statement ? *statement : file);
      if (!numbers) return std::unexpected(numbers.error());
      only.emplace();
      for (size_t n : *numbers) only->push_back(numbered[n - 1]);
    }
  }
  auto report = review_catalog_text(*catalog, *text, file, lang, reviewer, *glossary, severities,
                                    only ? &*only : nullptr);
  if (!report || scope.dry_run) return report;
  std::string new_text = catalog::write_po(*catalog);
  auto written = write_file_atomic(path, new_text);
  if (!written) return std::unexpected(written.error());
  report->written = *written == WriteOutcome::written;
  if (report->written) {
    // Point the notes at the lines of the file as now written: a second pass over it changes
    // nothing (every mark it could make is made) and locates what is left.
    auto reparsed = catalog::parse_po(new_text, file);
    if (!reparsed) return std::unexpected(reparsed.error());
    // The same units (positions do not move: a review changes comments, not entries).
    auto located = review_catalog_text(*reparsed, new_text, file, lang, reviewer, *glossary, severities,
                                       only ? &*only : nullptr);
    if (!located) return std::unexpected(located.error());
    report->skipped = std::move(located->skipped);
  }
  return report;
}

}  // namespace leafpress::app
