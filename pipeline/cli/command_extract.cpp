// leafpress extract: source documents → locales/statements.pot.
#include <fmt/format.h>

#include <cstdio>

#include "app/extract.hpp"
#include "cli/command.hpp"

namespace leafpress::cli {
namespace {

int run_extract(const GlobalOptions& global) {
  auto project = app::Project::open(global.directory);
  if (!project) return report(project.error());
  Diagnostics diagnostics;
  auto result = app::extract_templates(*project, diagnostics);
  // Each unreadable document is reported at its place before the summary error.
  if (!diagnostics.empty()) std::fprintf(stderr, "%s", diagnostics.to_string().c_str());
  if (!result) return report(result.error());
  if (!global.quiet) {
    std::printf("%s: %zu messages from %zu units in %zu documents (%s)\n",
                project->relative(result->template_path).c_str(), result->messages, result->units, result->documents,
                result->written ? "written" : "unchanged");
  }
  return exit_ok;
}

const RegisterCommand k_register{
    Command{20, "extract", "Extract the statements' translation units into locales/statements.pot",
            [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
              // The long text goes above the exit codes; the summary stays one line in `leafpress --help`.
              app.footer(
                  "Reads every statement in the source folder (*.txt, *.md) and writes the template\n"
                  "locales/statements.pot: one unit per paragraph (or sentence, with\n"
                  "segmentation = \"sentence\" in leafpress.toml), in document order, documents sorted by\n"
                  "path; a paragraph used in several documents appears once with every reference.\n"
                  "Comments give each unit's role and the glossary terms to keep (locales/glossary.toml).\n"
                  "The file is rewritten only when its content changes; POT-Creation-Date comes from\n"
                  "SOURCE_DATE_EPOCH when set. Exit status 3 when a document cannot be read.\n\n" +
                  app.get_footer());
              return [&global] { return run_extract(global); };
            }}};

}  // namespace
}  // namespace leafpress::cli
