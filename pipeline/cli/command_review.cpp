// leafpress review: records a native speaker's review of a language's catalog.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>

#include "app/extract.hpp"
#include "app/review.hpp"
#include "app/ui_template.hpp"
#include "cli/command.hpp"
#include "cli/language_option.hpp"

namespace leafpress::cli {
namespace {

struct ReviewArgs {
  std::string lang;
  std::string by;
  std::vector<std::string> domains;  // empty: every domain the language has a catalog for
  std::string units;                 // "3,5-9": only these units of the statements catalog
  std::string statement;
  bool all = false;
};

// The domains to review: those asked for, else every one with a catalog (statements, ui).
std::vector<std::string> domains_to_review(const app::Project& project, const ReviewArgs& args) {
  // Sheet numbers and statements name units of the statements catalog.
  if (!args.units.empty() || !args.statement.empty()) return {app::k_statements_domain};
  if (!args.domains.empty()) return args.domains;
  std::vector<std::string> out;
  for (const char* domain : {app::k_statements_domain, app::k_ui_domain}) {
    std::error_code ec;
    if (std::filesystem::exists(project.catalog_path(args.lang, domain), ec)) out.emplace_back(domain);
  }
  if (out.empty()) out.emplace_back(app::k_statements_domain);  // its absence is then reported
  return out;
}

app::ReviewScope scope_of(const ReviewArgs& args) {
  app::ReviewScope scope;
  if (!args.units.empty()) scope.units = args.units;
  if (!args.statement.empty()) scope.statement = args.statement;
  return scope;
}

// Without --units a review stamps every unit that can be: on a terminal the reviewer says yes
// to the count first; elsewhere --all must say it.
std::optional<int> confirm_everything(const app::Project& project, const ReviewArgs& args) {
  if (!args.units.empty() || args.all) return std::nullopt;
  if (!::isatty(STDIN_FILENO)) {
    std::fprintf(stderr,
                 "leafpress: error: review without --units records %s's review of every translated unit of %s; "
                 "name the units read with --units (numbers as on the review sheet, `leafpress sheet %s`), or "
                 "pass --all to confirm every one\n",
                 args.by.c_str(), args.lang.c_str(), args.lang.c_str());
    return exit_usage;
  }
  std::string summary;
  for (const auto& domain : domains_to_review(project, args)) {
    Diagnostics ignored;
    app::ReviewScope dry = scope_of(args);
    dry.dry_run = true;
    auto counted = app::review_catalog(project, args.lang, domain, args.by, ignored, dry);
    if (!counted) return report(counted.error());
    summary += fmt::format("  {}: {} units not yet reviewed by anyone would be marked reviewed by {}\n", counted->file,
                           counted->marked, args.by);
  }
  std::printf("%sHas %s read every one of them? [y/N] ", summary.c_str(), args.by.c_str());
  std::fflush(stdout);
  std::string answer;
  std::getline(std::cin, answer);
  if (answer == "y" || answer == "Y" || answer == "yes") return std::nullopt;
  std::printf("Nothing recorded. Name the units read with --units 3,5-9 (numbers as on the review sheet).\n");
  return exit_findings;
}

int run_review(const ReviewArgs& args, const GlobalOptions& global) {
  auto project = app::Project::open(global.directory);
  if (!project) return report(project.error());
  if (auto valid = app::validate_reviewer(args.by); !valid) return report(valid.error());
  if (auto stop = confirm_everything(*project, args)) return *stop;
  bool all_reviewed = true;
  for (const auto& domain : domains_to_review(*project, args)) {
    Diagnostics diagnostics;
    auto result = app::review_catalog(*project, args.lang, domain, args.by, diagnostics, scope_of(args));
    for (const auto& item : diagnostics.items())
      if (!global.quiet || item.severity == Severity::error) std::fprintf(stderr, "%s\n", item.to_string().c_str());
    if (!result) return report(result.error());
    if (!global.quiet)
      for (const auto& skipped : result->skipped) std::printf("%s\n", skipped.to_string().c_str());
    const char* file = result->file.c_str();
    if (!args.units.empty())
      std::printf("%s: units %s: %zu newly reviewed by %s, %zu unchanged since their review, %zu left unreviewed\n",
                  file, args.units.c_str(), result->marked, args.by.c_str(), result->kept,
                  result->units - result->reviewed());
    else
      std::printf(
          "%s: %zu newly reviewed by %s, %zu unchanged since their review; left unreviewed: %zu untranslated, "
          "%zu fuzzy, %zu with check errors\n",
          file, result->marked, args.by.c_str(), result->kept, result->untranslated, result->fuzzy,
          result->with_errors);
    if (result->stale_cleared) std::printf("%s: %zu stale reviews removed\n", file, result->stale_cleared);
    std::printf("%s: %zu of %zu units reviewed\n", file, result->catalog_reviewed, result->catalog_units);
    if (result->draft_cleared)
      std::printf("%s: every unit is reviewed: the draft mark was removed from its header\n", file);
    all_reviewed = all_reviewed && result->reviewed() == result->units;
  }
  return all_reviewed ? exit_ok : exit_findings;
}

const RegisterCommand k_register{
    Command{55, "review", "Record a native speaker's review of a language's translation",
            [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
              auto args = std::make_shared<ReviewArgs>();
              app.description(
                  "Marks translated units without a check error as reviewed by NAME, with a fingerprint of\n"
                  "their source and translation, in a translator comment (# leafpress-reviewed: NAME\n"
                  "FINGERPRINT) that gettext tools, Poedit and Weblate keep. A unit whose source or translation\n"
                  "changes afterwards needs review again; reviews made stale are removed. When every unit of\n"
                  "a catalog is reviewed, its draft mark (X-Leafpress-Draft) is removed.\n"
                  "With --units, only the units named (numbers as on `leafpress sheet`'s review sheet, of\n"
                  "locales/<LANG>/statements.po). Without it, every unit of statements.po and ui.po: on a\n"
                  "terminal leafpress asks first, elsewhere --all must confirm it.\n"
                  "Exit status 1 when some units named remain unreviewed.");
              language_tags(app.add_option("LANG", args->lang, "The language whose catalog was reviewed"))->required();
              app.add_option("--by", args->by, "The reviewer's name, as it should be recorded")->required();
              app.add_option("--units", args->units, "Only these units, numbered as on the review sheet: 3,5-9")
                  ->option_text("LIST");
              app.add_option("--statement", args->statement,
                             "Only this statement's units; with --units, numbered as on its review sheet")
                  ->option_text("DOC");
              app.add_flag("--all", args->all, "Record the review of every unit that can be (no question asked)");
              app.add_option("--domain", args->domains,
                             "Review only this catalog: statements or ui (default: both; may be repeated)")
                  ->check(CLI::IsMember({app::k_statements_domain, app::k_ui_domain}));
              return [args, &global] { return run_review(*args, global); };
            }}};

}  // namespace
}  // namespace leafpress::cli
