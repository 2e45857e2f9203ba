// leafpress export: a language's statements catalog as XLIFF, for a CAT tool or an agency.
#include <fmt/format.h>

#include <cstdio>
#include <optional>

#include "app/xliff_exchange.hpp"
#include "cli/command.hpp"
#include "cli/language_option.hpp"

namespace leafpress::cli {
namespace {

struct ExportArgs {
  std::string lang;
  std::string statement;
  std::string format;
  std::string output;
};

int run_export(const ExportArgs& args, const GlobalOptions& global) {
  auto project = app::Project::open(global.directory);
  if (!project) return report(project.error());
  auto version = xml::parse_xliff_version(args.format);
  if (!version) return report(Error{{}, "--format must be xliff2 or xliff12"});
  std::optional<std::string> statement;
  if (!args.statement.empty()) statement = args.statement;
  auto result = app::export_xliff(*project, args.lang, statement, *version, args.output);
  if (!result) return report(result.error());
  if (!global.quiet) {
    std::printf("%s: %zu units of %s (%zu untranslated, %zu fuzzy, %zu translated, %zu reviewed)\n",
                args.output.c_str(), result->units, result->catalog.c_str(), result->untranslated, result->fuzzy,
                result->translated, result->reviewed);
    if (result->plurals_left_out)
      std::printf("%zu units with plural forms left out (XLIFF has none): translate them in %s\n",
                  result->plurals_left_out, result->catalog.c_str());
  }
  return exit_ok;
}

const RegisterCommand k_register{Command{
    52, "export", "Write a language's statements as XLIFF for a CAT tool or a translation agency",
    [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
      auto args = std::make_shared<ExportArgs>();
      app.description(
          "Writes locales/<LANG>/statements.po as an XLIFF file that CAT tools (Trados, memoQ, Phrase,\n"
          "OmegaT, Okapi) open. Each unit keeps its id, context, role, places in the statements,\n"
          "glossary terms and review as notes; placeholders such as <1>…</1> and {1} become codes the\n"
          "tool protects. States: untranslated → initial (1.2: needs-translation), fuzzy → initial\n"
          "with subState leafpress:fuzzy (needs-review-translation), translated → translated,\n"
          "reviewed → reviewed (signed-off, approved=\"yes\"). Take the work back with\n"
          "`leafpress import FILE`.");
      language_tags(app.add_option("LANG", args->lang, "The language to export (e.g. ta, zh-Hant)"))->required();
      app.add_option("--statement", args->statement,
                     "Only the units of this statement (its file name in source-docs/, with or without "
                     "the extension)")
          ->option_text("DOC");
      app.add_option("--format", args->format, "xliff2 (XLIFF 2.1) or xliff12 (XLIFF 1.2)")
          ->required()
          ->check(CLI::IsMember({"xliff2", "xliff12"}));
      app.add_option("-o,--output", args->output, "The XLIFF file to write")->required()->option_text("FILE");
      return [args, &global] { return run_export(*args, global); };
    }}};

}  // namespace
}  // namespace leafpress::cli
