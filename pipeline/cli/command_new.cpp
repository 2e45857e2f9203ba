// leafpress new DIR: start a project.
#include <cstdio>

#include "app/new_project.hpp"
#include "app/project.hpp"
#include "cli/command.hpp"

namespace leafpress::cli {
namespace {

struct NewArgs {
  std::string directory;
  bool empty = false;
};

int run_new(const NewArgs& args, const GlobalOptions& global) {
  // DIR is named relative to -C, as every path leafpress is given.
  std::filesystem::path dir = (std::filesystem::path(global.directory) / args.directory).lexically_normal();
  auto made = app::create_project(dir, args.empty);
  if (!made) return report(made.error());
  if (!global.quiet) {
    // Named as the user named the folder, not by the absolute paths made.
    std::filesystem::path base = std::filesystem::absolute(dir).lexically_normal();
    if (!base.has_filename()) base = base.parent_path();
    for (const auto& path : *made)
      std::printf("%s: created\n", (dir / path.lexically_relative(base)).lexically_normal().generic_string().c_str());
    std::printf("Next: put the statements in %s, then run `leafpress -C %s build`.\n",
                (dir / "source-docs").string().c_str(), dir.string().c_str());
  }
  return exit_ok;
}

const RegisterCommand k_register{
    Command{5, "new", "Start a project in a new folder (leafpress.toml, source-docs/, locales/)",
            [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
              auto args = std::make_shared<NewArgs>();
              app.add_option("DIR", args->directory, "The project's folder (made when missing)")->required();
              app.add_flag("--empty", args->empty, "Put no sample statement in source-docs/");
              app.description(
                  "Creates a project that builds straight away: leafpress.toml (every section explained,\n"
                  "the 17 default languages), source-docs/ with a short sample statement (replace it with\n"
                  "yours), locales/ and a .gitignore for output/ and .cache/. DIR may exist already, but\n"
                  "not with a leafpress.toml in it: then nothing is changed (exit status 3).");
              return [args, &global] { return run_new(*args, global); };
            },
            /*needs_project=*/false}};

}  // namespace
}  // namespace leafpress::cli
