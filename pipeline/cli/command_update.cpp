// leafpress update [LANG…]: merges the catalogs with the templates, as msgmerge does.
#include <cstdio>

#include "app/catalog_commands.hpp"
#include "cli/command.hpp"
#include "cli/language_option.hpp"

namespace leafpress::cli {
namespace {

// Reports `error` unless it is already among the printed diagnostics (a catalog's parse error is).
int report_once(const Diagnostics& diagnostics, const Error& error) {
  for (const auto& item : diagnostics.items())
    if (item.severity == Severity::error && item.where == error.where && item.message == error.message)
      return exit_bad_input;
  return report(error);
}

struct UpdateArgs {
  std::vector<std::string> langs;
  bool no_fuzzy = false;
};

int run_update(const GlobalOptions& global, const UpdateArgs& args) {
  auto project = app::Project::open(global.directory);
  if (!project) return report(project.error());
  Diagnostics diagnostics;
  app::UpdateOptions options;
  options.fuzzy_matching = !args.no_fuzzy;
  auto result = app::update_catalogs(*project, args.langs, diagnostics, options);
  if (!diagnostics.empty()) std::fprintf(stderr, "%s", diagnostics.to_string().c_str());
  if (!result) return report_once(diagnostics, result.error());
  if (!global.quiet) {
    for (const auto& u : result->catalogs) {
      if (!global.verbose && !u.written) continue;
      std::printf("%s: %zu kept, %zu fuzzy, %zu new, %zu obsolete (%s)\n", project->relative(u.path).c_str(),
                  u.stats.exact, u.stats.fuzzy, u.stats.added, u.stats.obsoleted,
                  u.created   ? "created"
                  : u.written ? "written"
                              : "unchanged");
    }
    std::printf("%zu of %zu catalogs changed\n", result->written(), result->catalogs.size());
  }
  return exit_ok;
}

const RegisterCommand k_register{
    Command{30, "update", "Merge the catalogs with the templates (msgmerge semantics, fast)",
            [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
              auto args = std::make_shared<UpdateArgs>();
              language_tags(
                  app.add_option("LANG", args->langs, "Languages to update (default: every target in leafpress.toml)"));
              app.add_flag("--no-fuzzy-matching", args->no_fuzzy, "Do not look for similar old translations");
              app.description(
                  "For every locales/<lang>/<domain>.po: units unchanged in the template keep their\n"
                  "translation; a changed unit gets the most similar old translation marked fuzzy with the\n"
                  "previous msgid (#|); units gone from the template become obsolete (#~) entries; a\n"
                  "catalog missing for a target language is created. Each file is locked while it is\n"
                  "merged, written atomically, and not rewritten when its content is unchanged.");
              return [&global, args] { return run_update(global, *args); };
            }}};

}  // namespace
}  // namespace leafpress::cli
