// leafpress build: the whole batch over a project.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <set>

#include "app/build.hpp"
#include "app/interrupt.hpp"
#include "cli/command.hpp"
#include "cli/terminal.hpp"

namespace leafpress::cli {
namespace {

struct BuildArgs {
  bool print = false;
  bool proof = false;
  bool pdf = false;
  unsigned jobs = 0;
  std::vector<std::string> statements;
};

int run_build_command(const BuildArgs& args, const GlobalOptions& global) {
  auto project = app::Project::open(global.directory);
  if (!project) return report(project.error());
  if (!args.statements.empty() && (!args.print || args.proof)) {
    std::fprintf(stderr,
                 "leafpress build: statements are named only with --print (a proof build makes every leaflet)\n");
    return exit_usage;
  }

  app::stop_on_signals();
  app::BuildOptions options;
  options.print = args.print;
  options.proof = args.proof;
  options.pdf = args.pdf || args.print;
  options.statements = args.statements;
  options.jobs = args.jobs;
  options.interrupted = &app::interrupt_flag();
  // Progress is drawn only on a terminal; elsewhere the renderer is spared the calls.
  if (!global.quiet && stderr_is_terminal()) options.progress = show_progress;

  Diagnostics diagnostics;
  auto result = app::run_build(*project, options, diagnostics);
  end_progress();
  // A broken catalog is found by more than one stage; say so once.
  std::set<std::string> said;
  for (const auto& item : diagnostics.items())
    if ((!global.quiet || item.severity == Severity::error) && said.insert(item.to_string()).second)
      std::fprintf(stderr, "%s\n", item.to_string().c_str());
  if (app::interrupted()) {
    std::fprintf(stderr, "leafpress: interrupted; files already written are complete, nothing is half-written\n");
    return exit_interrupted;
  }
  if (!result) return report(result.error());

  if (global.verbose) {
    for (const auto& file : result->written) std::printf("wrote %s\n", file.c_str());
    std::string stages;
    for (const auto& [stage, seconds] : result->stage_seconds)
      stages += fmt::format("{}{} {:.2f} s", stages.empty() ? "" : ", ", stage, seconds);
    std::printf("Time: %s\n", stages.c_str());
  }
  if (result->gate_ran) std::printf("%s", app::format_gate_report(result->gate).c_str());
  if (!global.quiet) {
    std::printf(
        "Built %zu statement%s in %zu languages (+ source): %zu file%s written, %zu unchanged, %zu up to date.\n",
        result->documents, result->documents == 1 ? "" : "s", result->languages, result->written.size(),
        result->written.size() == 1 ? "" : "s", result->unchanged, result->reused);
    std::printf("Web pages: %s\n", project->relative(project->output_dir() / "html" / "index.html").c_str());
    const auto& variants = project->config.print_settings.variants;
    const bool large = std::find(variants.begin(), variants.end(), "large") != variants.end();
    const bool standard = std::find(variants.begin(), variants.end(), "standard") != variants.end();
    std::string kind = std::string(standard ? "/<lang>/<statement>.fo" : "/<lang>/<statement>-large.fo") +
                       (options.pdf ? " and .pdf" : "") +
                       (large && standard ? ", large print as <statement>-large.*" : "");
    if (!result->superseded.empty())
      std::printf("Superseded: %zu file%s moved from %s to %s (no longer what the print gate passed)\n",
                  result->superseded.size(), result->superseded.size() == 1 ? "" : "s",
                  project->relative(project->output_dir() / "print").c_str(),
                  project->relative(project->output_dir() / "print-superseded").c_str());
    if (result->gate_ran) {
      std::string passed;
      for (const auto& verdict : result->gate)
        if (verdict.pass) passed += (passed.empty() ? "" : ", ") + verdict.statement + " (" + verdict.lang + ")";
      if (passed.empty()) std::printf("Leaflets for print: none (no leaflet passed the gate)\n");
      else
        std::printf("Leaflets for print: %s (%s%s; the order: %s)\n", passed.c_str(),
                    project->relative(project->output_dir() / "print").c_str(), kind.c_str(),
                    project->relative(project->output_dir() / "print" / "ORDER.txt").c_str());
    } else {
      std::printf(
          "Proofs:    %s%s, every page marked PROOF – NOT FOR PRINT (print-ready leaflets come only from "
          "`leafpress build --print`)\n",
          project->relative(project->output_dir() / "proof").c_str(), kind.c_str());
    }
  }
  if (diagnostics.has_errors()) return exit_bad_input;
  if (result->gate_refused()) return exit_findings;
  return exit_ok;
}

const RegisterCommand k_register{
    Command{70, "build", "Extract, update catalogs and write web pages and leaflets for every language",
            [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
              auto args = std::make_shared<BuildArgs>();
              app.description(
                  "Runs the whole batch: extracts locales/statements.pot from source-docs/, updates every\n"
                  "target language's catalogs, then writes output/html/<lang>/<doc>.html for the source and\n"
                  "every target language, output/html/index.html, and output/proof/<lang>/<doc>.fo for the\n"
                  "print languages, marked PROOF – NOT FOR PRINT. Only what changed since the last build is redone.\n"
                  "Print-ready leaflets come only through the print gate (--print), in output/print/<lang>/ with\n"
                  "output/print/ORDER.txt; any build moves one whose inputs changed to output/print-superseded/.");
              app.add_option("STATEMENT", args->statements,
                             "With --print: the statements to print, by name (default: all)");
              app.add_flag("--print", args->print,
                           "The print gate: print-ready leaflets (FO and PDF) of each statement in each print\n"
                           "language where it is fully translated, reviewed, free of check errors, with the imprint\n"
                           "configured; exit 1 when any was refused");
              app.add_flag("--proof", args->proof,
                           "Write leaflets for every print language, marked PROOF – NOT FOR PRINT, even with --print");
              app.add_flag("--pdf", args->pdf, "Also typeset the leaflets to PDF (LuaLaTeX)");
              app.add_option("-j,--jobs", args->jobs, "Parallel jobs (default: the number of cores)")
                  ->check(CLI::Range(1u, 256u));
              return [args, &global] { return run_build_command(*args, global); };
            }}};

}  // namespace
}  // namespace leafpress::cli
