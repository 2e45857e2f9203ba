// leafpress sheet: the bilingual review sheet a native speaker reads and ticks.
#include <fmt/format.h>

#include <cstdio>
#include <optional>

#include "app/review_sheet.hpp"
#include "cli/command.hpp"
#include "cli/language_option.hpp"

namespace leafpress::cli {
namespace {

struct SheetArgs {
  std::string lang;
  std::string statement;
  bool pdf = false;
};

int run_sheet(const SheetArgs& args, const GlobalOptions& global) {
  auto project = app::Project::open(global.directory);
  if (!project) return report(project.error());
  std::optional<std::string> statement;
  if (!args.statement.empty()) statement = args.statement;
  auto written = app::write_review_sheets(*project, args.lang, statement, args.pdf);
  if (!written) return report(written.error());
  if (!global.quiet)
    for (const auto& files : *written) {
      std::printf("%s: %zu units\n", project->relative(files.html).c_str(), files.units);
      if (files.pdf) std::printf("%s\n", project->relative(*files.pdf).c_str());
    }
  return exit_ok;
}

const RegisterCommand k_register{Command{
    54, "sheet", "Write the bilingual review sheet of a language's statements",
    [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
      auto args = std::make_shared<SheetArgs>();
      app.description(
          "Writes output/review/<LANG>/<statement>.html for each statement (or the one named): every\n"
          "unit numbered, the English and the translation side by side, each in its own script and\n"
          "direction, the findings of `leafpress check` beside it, a tick box per unit and a sign-off\n"
          "block. It prints on A4 or Letter (the table's header repeats on each page). The reviewer\n"
          "ticks the units that are right; record them with\n"
          "`leafpress review LANG --by NAME --statement DOC --units 3,5-9`.");
      language_tags(app.add_option("LANG", args->lang, "The language to review (e.g. ar, zh-Hans)"))->required();
      app.add_option("--statement", args->statement,
                     "Only this statement (its file name in source-docs/, with or without the extension)")
          ->option_text("DOC");
      app.add_flag("--pdf", args->pdf, "Also print each sheet to <statement>.pdf (headless Chromium)");
      return [args, &global] { return run_sheet(*args, global); };
    }}};

}  // namespace
}  // namespace leafpress::cli
