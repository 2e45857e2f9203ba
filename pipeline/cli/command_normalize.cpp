// leafpress normalize FILE…: rewrites catalogs in the canonical form GNU msgcat writes.
#include <cstdio>
#include <filesystem>
#include <optional>

#include "app/files.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"
#include "cli/command.hpp"

namespace leafpress::cli {
namespace {

struct NormalizeArgs {
  std::vector<std::string> files;
  bool to_stdout = false;
  bool check = false;
  bool no_wrap = false;
};

int run_normalize(const GlobalOptions& global, const NormalizeArgs& args) {
  catalog::WriteOptions options;
  options.wrap = !args.no_wrap;
  bool bad_input = false;
  std::vector<std::string> not_canonical;
  for (const std::string& file : args.files) {
    // A rewrite locks the catalog before reading it, as update does: an update running at the
    // same time then finishes first and its work is normalized rather than lost. (A missing
    // file gets no lock file; reading it reports the error.)
    std::optional<app::FileLock> lock;
    std::error_code ec;
    if (!args.to_stdout && !args.check && std::filesystem::exists(file, ec)) {
      auto taken = app::FileLock::acquire(file);
      if (!taken) return report(taken.error());
      lock.emplace(std::move(*taken));
    }
    auto text = app::read_file(file, file);
    if (!text) {
      report(text.error());
      bad_input = true;
      continue;
    }
    Diagnostics diagnostics;
    auto catalog = catalog::parse_po(*text, file, &diagnostics);
    if (!catalog) {
      std::fprintf(stderr, "%s", diagnostics.to_string().c_str());
      bad_input = true;
      continue;
    }
    std::string canonical = catalog::write_po(*catalog, options);
    if (args.to_stdout) {
      std::fwrite(canonical.data(), 1, canonical.size(), stdout);
    } else if (args.check) {
      if (canonical != *text) not_canonical.push_back(file);
    } else {
      auto outcome = app::write_file_atomic(file, canonical);
      if (!outcome) return report(outcome.error());
      if (global.verbose || (*outcome == app::WriteOutcome::written && !global.quiet))
        std::printf("%s: %s\n", file.c_str(), *outcome == app::WriteOutcome::written ? "normalized" : "unchanged");
    }
  }
  for (const auto& file : not_canonical) std::printf("%s: not in canonical form\n", file.c_str());
  if (bad_input) return exit_bad_input;
  return not_canonical.empty() ? exit_ok : exit_findings;
}

const RegisterCommand k_register{
    Command{60, "normalize", "Rewrite PO files in the canonical form (as GNU msgcat writes them)",
            [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
              auto args = std::make_shared<NormalizeArgs>();
              app.add_option("FILE", args->files, "PO or POT files")->required();
              app.add_flag("--stdout", args->to_stdout, "Print the canonical form instead of rewriting the files");
              app.add_flag("--check", args->check, "Change nothing; list the files not in canonical form and exit 1");
              app.add_flag("--no-wrap", args->no_wrap, "Break strings only after \\n (msgcat --no-wrap)");
              app.description(
                  "Rewrites each catalog byte for byte as GNU msgcat 0.21 would: strings wrapped at 79\n"
                  "columns where Unicode line breaking allows, comments in gettext's order, obsolete entries\n"
                  "last. Files already canonical are not touched. Ends wrapping disputes between tools.");
              return [&global, args] { return run_normalize(global, *args); };
            },
            /*needs_project=*/false}};

}  // namespace
}  // namespace leafpress::cli
