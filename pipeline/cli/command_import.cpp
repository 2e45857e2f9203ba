// leafpress import: an XLIFF file from a CAT tool or an agency merged into its catalog.
#include <fmt/format.h>

#include <cstdio>
#include <optional>

#include "app/files.hpp"
#include "app/xliff_exchange.hpp"
#include "cli/command.hpp"
#include "cli/language_option.hpp"

namespace leafpress::cli {
namespace {

struct ImportArgs {
  std::string file;
  std::string lang;
};

int run_import(const ImportArgs& args, const GlobalOptions& global) {
  auto project = app::Project::open(global.directory);
  if (!project) return report(project.error());
  auto bytes = app::read_file(args.file, args.file);
  if (!bytes) return report(bytes.error());
  std::optional<std::string> lang;
  if (!args.lang.empty()) lang = args.lang;
  auto result = app::import_xliff(*project, *bytes, args.file, lang);
  if (!result) return report(result.error());
  for (const auto& refused : result->refused) std::fprintf(stderr, "%s\n", refused.to_string().c_str());
  if (!global.quiet) {
    std::printf("%s: %zu units from %s: %zu changed, %zu unchanged, %zu refused", result->catalog.c_str(),
                result->units, args.file.c_str(), result->changed, result->unchanged, result->refused.size());
    if (result->kept) std::printf(", %zu without a translation in the file (the catalog's kept)", result->kept);
    std::printf("\n");
    if (result->review_not_recorded)
      std::printf(
          "%zu units are marked reviewed in the file; a review is recorded only by `leafpress review %s "
          "--by NAME --units …`\n",
          result->review_not_recorded, result->lang.c_str());
  }
  return result->refused.empty() ? exit_ok : exit_findings;
}

const RegisterCommand k_register{
    Command{53, "import", "Merge an XLIFF file from a CAT tool or a translation agency into its catalog",
            [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
              auto args = std::make_shared<ImportArgs>();
              app.description(
                  "Reads an XLIFF 2.x or 1.2 file (as `leafpress export` wrote it, after a CAT tool) and\n"
                  "merges its translations into locales/<LANG>/statements.po, the language named by the file.\n"
                  "A changed translation loses its review and takes the file's state (fuzzy or not); a unit\n"
                  "left as it was keeps its review; an empty target never deletes a translation. A unit whose\n"
                  "source changed since the export, whose source text was edited, or whose codes (placeholders)\n"
                  "were removed or invented is refused, named with its place in the file, and left as it was.\n"
                  "Exit status 1 when a unit was refused, 3 when the file cannot be used at all.");
              app.add_option("FILE", args->file, "The XLIFF file")->required();
              language_tags(app.add_option("--lang", args->lang,
                                           "The language, for a file that names none (e.g. one made by another tool)"))
                  ->option_text("LANG");
              return [args, &global] { return run_import(*args, global); };
            }}};

}  // namespace
}  // namespace leafpress::cli
