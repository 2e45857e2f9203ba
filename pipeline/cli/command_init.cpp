// leafpress init LANG…: a new catalog per template for each language.
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

int run_init(const GlobalOptions& global, const std::vector<std::string>& tags) {
  auto project = app::Project::open(global.directory);
  if (!project) return report(project.error());
  Diagnostics diagnostics;
  auto written = app::init_languages(*project, tags, diagnostics);
  if (!diagnostics.empty()) std::fprintf(stderr, "%s", diagnostics.to_string().c_str());
  if (!written) return report_once(diagnostics, written.error());
  if (!global.quiet)
    for (const auto& path : *written) std::printf("%s: created\n", project->relative(path).c_str());
  // A catalog that already existed was left alone: say so in the exit status.
  return diagnostics.has_errors() ? exit_findings : exit_ok;
}

const RegisterCommand k_register{Command{
    10, "init", "Create the catalogs of new languages from the templates",
    [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
      auto tags = std::make_shared<std::vector<std::string>>();
      language_tags(app.add_option("LANG", *tags, "Languages as BCP 47 tags (pl, pt-PT, zh-Hant…)"))->required();
      app.description(
          "Writes locales/<lang>/<domain>.po for every template locales/<domain>.pot, with a complete\n"
          "header (Language, Language-Team, UTF-8, Plural-Forms for the language) and adds the\n"
          "language to [languages] targets in leafpress.toml, keeping the file's comments.\n"
          "An existing catalog is never overwritten (exit status 1); use `leafpress update`.");
      return [&global, tags] { return run_init(global, *tags); };
    }}};

}  // namespace
}  // namespace leafpress::cli
