// leafpress check: the translation checks over the catalogs, reported like a compiler.
#include <fmt/format.h>

#include <cstdio>

#include "app/check.hpp"
#include "cli/command.hpp"
#include "cli/language_option.hpp"

namespace leafpress::cli {
namespace {

struct CheckArgs {
  std::vector<std::string> langs;
  std::string format = "text";
  bool list = false;
};

int run_check(const CheckArgs& args, const GlobalOptions& global) {
  auto project = app::Project::open(global.directory);
  if (!project) return report(project.error());
  if (args.list) {
    std::printf("%s", app::format_check_list(app::severity_table(project->config)).c_str());
    return exit_ok;
  }
  auto result = app::check_project(*project, args.langs);
  if (!result) return report(result.error());
  if (args.format == "json") {
    std::printf("%s", app::format_check_json(*result).c_str());
  } else {
    // Findings on stdout so they can be piped to an editor's quickfix list.
    std::string text = app::format_check_text(*result, !global.quiet);
    std::printf("%s", text.c_str());
    if (!global.quiet)
      std::printf("%zu errors, %zu warnings, %zu notes in %zu catalogs\n", result->count(Severity::error),
                  result->count(Severity::warning), result->count(Severity::note), result->catalogs.size());
  }
  if (!result->unreadable.empty()) {
    if (args.format == "json")  // the text format has listed them with the findings
      for (const auto& d : result->unreadable) std::fprintf(stderr, "%s\n", d.to_string().c_str());
    return exit_bad_input;
  }
  return result->count(Severity::error) > 0 ? exit_findings : exit_ok;
}

const RegisterCommand k_register{Command{
    50, "check", "Check translations: placeholders, numbers, names, punctuation, quotes…",
    [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
      auto args = std::make_shared<CheckArgs>();
      app.description(
          "Runs every translation check over locales/<lang>/*.po (all target languages, or the\n"
          "ones named) and prints each finding at its catalog line and column, like a compiler:\n"
          "  locales/pl/statements.po:57:8: error: [number] \"2026\" is missing from the translation\n"
          "Silence a false positive with a translator comment above the unit:\n"
          "  # leafpress-ignore: CHECK-ID reason\n"
          "Change a check's severity in leafpress.toml: [checks] length = \"off\" (or \"error\", \"warning\").\n"
          "Exit status 1 when any error is found, 3 when a catalog cannot be read (the others are\n"
          "still checked).");
      language_tags(app.add_option("LANG", args->langs, "Languages to check (default: every target)"));
      app.add_option("--format", args->format, "Output format")->check(CLI::IsMember({"text", "json"}));
      app.add_flag("--list", args->list, "List the checks with their id, severity and explanation");
      return [args, &global] { return run_check(*args, global); };
    }}};

}  // namespace
}  // namespace leafpress::cli
