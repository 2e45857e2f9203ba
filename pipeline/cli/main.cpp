// leafpress: statements → gettext catalogs → localized HTML and print-ready XSL-FO/PDF.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <new>

#include "app/process_setup.hpp"
#include "cli/command.hpp"
#include "cli/command_word.hpp"

namespace leafpress::cli {

std::vector<Command>& command_registry() {
  static std::vector<Command> commands;
  return commands;
}

int report(const Error& error) {
  std::fprintf(stderr, "%s\n", error.to_string().c_str());
  return exit_bad_input;
}

}  // namespace leafpress::cli

namespace {

constexpr const char* k_footer = R"(Exit status:
  0    success
  1    findings: check errors, a refused print gate, a stats threshold missed
  2    usage error (no command, an unknown command or option)
  3    unreadable or invalid input (config, source document, catalog), or no
       leafpress.toml where a command needs a project
  130  interrupted (Ctrl-C)

Run `leafpress COMMAND --help` for a command's options.)";

}  // namespace

namespace {

using namespace leafpress::cli;

// The command word is checked before parsing: a missing one shows the list of commands and a
// misspelt one names the nearest (CLI11 would only say the argument was not expected).
std::optional<int> refuse_command_word(int argc, char** argv, CLI::App& app, const std::vector<Command>& commands) {
  bool asks_for_help = false;
  std::optional<std::string> word = command_word(argc, argv, asks_for_help);
  if (asks_for_help) return std::nullopt;
  if (!word) {
    std::fputs(app.help().c_str(), stdout);
    return exit_usage;
  }
  std::vector<std::string> names;
  for (const auto& command : commands) names.push_back(command.name);
  if (std::find(names.begin(), names.end(), *word) != names.end()) return std::nullopt;
  std::string nearest = nearest_name(*word, names);
  std::string hint = nearest.empty() ? std::string("`leafpress --help` lists the commands")
                                     : fmt::format("did you mean '{}'?", nearest);
  std::fprintf(stderr, "leafpress: error: unknown command '%s'; %s\n", word->c_str(), hint.c_str());
  return exit_usage;
}

// Every command but new, merge and normalize works on a project: without its leafpress.toml
// it would quietly use the defaults of a folder that is no project at all.
bool project_is_there(const GlobalOptions& global) {
  std::error_code ec;
  // Anything by that name counts: a pipe or folder there is refused by name when it is read.
  std::filesystem::path config = std::filesystem::path(global.directory) / "leafpress.toml";
  if (std::filesystem::exists(std::filesystem::symlink_status(config, ec))) return true;
  const std::string& dir = global.directory;
  std::fprintf(stderr,
               "leafpress: error: no leafpress.toml in %s: run `leafpress new %s` to start a project, or -C to name "
               "one\n",
               dir == "." ? "this folder" : dir.c_str(), dir.c_str());
  return false;
}

int run_cli(int argc, char** argv) {
  CLI::App app{
      "leafpress: turns a campaign's statements into gettext catalogs, localized web pages\n"
      "and print-ready leaflets in the community languages of Lewisham.",
      "leafpress"};
  app.require_subcommand(1);
  app.footer(k_footer);
  app.set_version_flag("--version", std::string("leafpress ") + LEAFPRESS_VERSION);
  // -C, -q and -v may also follow the command (`leafpress build -q`): a command passes the
  // options it does not know to leafpress itself.
  app.fallthrough();
  GlobalOptions global;
  app.add_option("-C", global.directory, "Run as if started in DIR (the project folder)")->option_text("DIR");
  app.add_flag("-q,--quiet", global.quiet, "Print only errors");
  app.add_flag("-v,--verbose", global.verbose, "Print every file written and every finding");

  auto& commands = command_registry();
  std::sort(commands.begin(), commands.end(), [](const Command& a, const Command& b) { return a.order < b.order; });
  std::function<int()> run;
  const Command* chosen = nullptr;
  for (auto& command : commands) {
    CLI::App* sub = app.add_subcommand(command.name, command.summary);
    auto runner = std::make_shared<std::function<int()>>();
    auto setup = command.setup;
    *runner = setup(*sub, global);
    // `leafpress --help` lists each command by its one-line summary; the command's own
    // --help gives the long description after its options.
    std::string details = sub->get_description();
    sub->description(command.summary);
    sub->footer(details == command.summary ? std::string(k_footer) : details + "\n\n" + k_footer);
    sub->callback([runner, &run, &chosen, &command] {
      run = *runner;
      chosen = &command;
    });
  }
  if (auto refused = refuse_command_word(argc, argv, app, commands)) return *refused;

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return exit_usage;
  }
  if (!run || !chosen) return exit_usage;
  if (chosen->needs_project && !project_is_there(global)) return exit_bad_input;
  return run();
}

}  // namespace

int main(int argc, char** argv) {
  leafpress::app::set_up_process();  // the locale: app/process_setup.hpp (the heap: cli/heap.cpp)
  // Modules report failures as Result values; anything thrown past them (e.g. std::bad_alloc)
  // ends the run with a message instead of an abort.
  try {
    return run_cli(argc, argv);
  } catch (const std::bad_alloc&) {
    // Every file is written to a temporary name and renamed, so what is on disk is whole.
    std::fputs(
        "leafpress: error: out of memory; files already written are complete and nothing is "
        "half-written. Close other programs or build with fewer jobs (-j 1), then run again.\n",
        stderr);
    return leafpress::cli::exit_bad_input;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "leafpress: error: %s\n", e.what());
    return leafpress::cli::exit_bad_input;
  }
}
