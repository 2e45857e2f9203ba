// leafpress review: records a native speaker's review of a language's catalog.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "app/extract.hpp"
#include "app/review.hpp"
#include "app/ui_template.hpp"
#include "cli/command.hpp"

namespace leafpress::cli {
namespace {

struct ReviewArgs {
  std::string lang;
  std::string by;
  std::vector<std::string> domains;  // empty: every domain the language has a catalog for
};

// The domains to review: those asked for, else every one with a catalog (statements, ui).
std::vector<std::string> domains_to_review(const app::Project& project, const ReviewArgs& args) {
  if (!args.domains.empty()) return args.domains;
  std::vector<std::string> out;
  for (const char* domain : {app::k_statements_domain, app::k_ui_domain}) {
    std::error_code ec;
    if (std::filesystem::exists(project.catalog_path(args.lang, domain), ec)) out.emplace_back(domain);
  }
  if (out.empty()) out.emplace_back(app::k_statements_domain);  // its absence is then reported
  return out;
}

int run_review(const ReviewArgs& args, const GlobalOptions& global) {
  auto project = app::Project::open(global.directory);
  if (!project) return report(project.error());
  bool all_reviewed = true;
  for (const auto& domain : domains_to_review(*project, args)) {
    Diagnostics diagnostics;
    auto result = app::review_catalog(*project, args.lang, domain, args.by, diagnostics);
    for (const auto& item : diagnostics.items())
      if (!global.quiet || item.severity == Severity::error) std::fprintf(stderr, "%s\n", item.to_string().c_str());
    if (!result) return report(result.error());
    if (!global.quiet)
      for (const auto& skipped : result->skipped) std::printf("%s\n", skipped.to_string().c_str());
    std::printf("%s: %zu of %zu units reviewed (%zu newly by %s, %zu unchanged since their review)",
                result->file.c_str(), result->reviewed(), result->units, result->marked, args.by.c_str(),
                result->kept);
    std::printf("; left unreviewed: %zu untranslated, %zu fuzzy, %zu with check errors\n", result->untranslated,
                result->fuzzy, result->with_errors);
    if (result->stale_cleared) std::printf("%zu stale reviews removed\n", result->stale_cleared);
    if (result->draft_cleared) std::printf("every unit is reviewed: the draft mark was removed from the header\n");
    all_reviewed = all_reviewed && result->reviewed() == result->units;
  }
  return all_reviewed ? exit_ok : exit_findings;
}

const RegisterCommand k_register{
    Command{55, "review", "Record a native speaker's review of a language's translation",
            [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
              auto args = std::make_shared<ReviewArgs>();
              app.description(
                  "Marks every translated unit of locales/<LANG>/statements.po and ui.po that has no check\n"
                  "error as reviewed by NAME, with a fingerprint of its source and translation, in a\n"
                  "translator comment (# leafpress-reviewed: NAME FINGERPRINT) that gettext tools, Poedit and\n"
                  "Weblate keep. A unit whose source or translation changes afterwards needs review again;\n"
                  "reviews made stale are removed. When every unit of a catalog is reviewed, its draft mark\n"
                  "(X-Leafpress-Draft) is removed. Run it after reading the translation through, e.g. in Poedit.\n"
                  "Exit status 1 when some units remain unreviewed.");
              app.add_option("LANG", args->lang, "The language whose catalog was reviewed")->required();
              app.add_option("--by", args->by, "The reviewer's name, as it should be recorded")->required();
              app.add_option("--domain", args->domains,
                             "Review only this catalog: statements or ui (default: both; may be repeated)")
                  ->check(CLI::IsMember({app::k_statements_domain, app::k_ui_domain}));
              return [args, &global] { return run_review(*args, global); };
            }}};

}  // namespace
}  // namespace leafpress::cli
