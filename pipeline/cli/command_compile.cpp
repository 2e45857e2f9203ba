// leafpress compile [LANG…]: catalogs → GNU .mo files.
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

int run_compile(const GlobalOptions& global, const std::vector<std::string>& langs) {
  auto project = app::Project::open(global.directory);
  if (!project) return report(project.error());
  Diagnostics diagnostics;
  auto result = app::compile_catalogs(*project, langs, diagnostics);
  if (!diagnostics.empty()) std::fprintf(stderr, "%s", diagnostics.to_string().c_str());
  if (!result) return report_once(diagnostics, result.error());
  if (!global.quiet)
    for (const auto& c : *result)
      if (global.verbose || c.written)
        std::printf("%s: %s\n", project->relative(c.mo).c_str(), c.written ? "written" : "unchanged");
  return exit_ok;
}

const RegisterCommand k_register{
    Command{40, "compile", "Compile the catalogs into GNU .mo files under output/mo/",
            [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
              auto langs = std::make_shared<std::vector<std::string>>();
              language_tags(
                  app.add_option("LANG", *langs, "Languages to compile (default: every target in leafpress.toml)"));
              app.description(
                  "Writes output/mo/<lang>/LC_MESSAGES/<domain>.mo for each catalog, as msgfmt does: the\n"
                  "header included, fuzzy and untranslated units left out, contexts and plural forms kept.");
              return [&global, langs] { return run_compile(global, *langs); };
            }}};

}  // namespace
}  // namespace leafpress::cli
