// leafpress merge DEF.po REF.pot [-o OUT]: msgmerge on single files, outside a project.
#include <chrono>
#include <cstdio>

#include "app/files.hpp"
#include "catalog/merge.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"
#include "cli/command.hpp"

namespace leafpress::cli {
namespace {

struct MergeArgs {
  std::string definitions, reference, output;
  bool no_fuzzy = false;
  bool no_previous = false;
};

Result<catalog::Catalog> load(const std::string& file) {
  auto text = app::read_file(file, file);
  if (!text) return std::unexpected(text.error());
  Diagnostics diagnostics;
  auto catalog = catalog::parse_po(*text, file, &diagnostics);
  if (!catalog && diagnostics.items().size() > 1) std::fprintf(stderr, "%s", diagnostics.to_string().c_str());
  return catalog;
}

int run_merge(const GlobalOptions& global, const MergeArgs& args) {
  auto start = std::chrono::steady_clock::now();
  auto definitions = load(args.definitions);
  if (!definitions) return report(definitions.error());
  auto reference = load(args.reference);
  if (!reference) return report(reference.error());
  catalog::MergeOptions options;
  options.fuzzy_matching = !args.no_fuzzy;
  catalog::MergeStats stats;
  catalog::Catalog result = catalog::merge(*definitions, *reference, options, &stats);
  // Plain msgmerge (without --previous) writes no "#|" lines, not even old ones.
  if (args.no_previous)
    for (auto& message : result.messages) {
      message.prev_msgctxt.reset();
      message.prev_msgid.reset();
      message.prev_msgid_plural.reset();
    }
  std::string merged = catalog::write_po(result);
  if (args.output.empty() || args.output == "-") {
    std::fwrite(merged.data(), 1, merged.size(), stdout);
  } else {
    auto outcome = app::write_file_atomic(args.output, merged);
    if (!outcome) return report(outcome.error());
  }
  if (!global.quiet) {
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "%zu kept, %zu fuzzy, %zu new, %zu obsolete in %.2f s\n", stats.exact, stats.fuzzy,
                 stats.added, stats.obsoleted, seconds);
  }
  return exit_ok;
}

const RegisterCommand k_register{
    Command{65, "merge", "Merge one catalog with a template, like msgmerge (no project needed)",
            [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
              auto args = std::make_shared<MergeArgs>();
              app.add_option("DEF", args->definitions, "The translator's catalog (.po)")->required();
              app.add_option("REF", args->reference, "The template (.pot)")->required();
              app.add_option("-o,--output", args->output, "Write here instead of standard output")->option_text("OUT");
              app.add_flag("--no-fuzzy-matching", args->no_fuzzy, "Do not look for similar old translations");
              app.add_flag("--no-previous", args->no_previous,
                           "Write no #| previous msgids, as msgmerge without --previous");
              app.description(
                  "The same merge as `leafpress update`, on two files: msgmerge --previous semantics with\n"
                  "an indexed fuzzy search, output in msgcat's canonical form.");
              return [&global, args] { return run_merge(global, *args); };
            },
            /*needs_project=*/false}};

}  // namespace
}  // namespace leafpress::cli
