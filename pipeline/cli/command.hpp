#pragma once
// Subcommands register themselves here, one file each (command_<name>.cpp).
#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

#include "base/result.hpp"

namespace leafpress::cli {

/// Exit codes, documented in `leafpress --help` and the README.
enum ExitCode : int {
  exit_ok = 0,         // success
  exit_findings = 1,   // check findings, a refused print gate, a stats threshold missed
  exit_usage = 2,      // bad command line
  exit_bad_input = 3,  // unreadable or invalid input (config, document, catalog)
  exit_interrupted = 130,
};

struct GlobalOptions {
  std::string directory = ".";  // -C DIR
  bool quiet = false;
  bool verbose = false;
};

/// Sets up a subcommand's options on `app` and returns the function that runs it.
using CommandSetup = std::function<std::function<int()>(CLI::App& app, const GlobalOptions& global)>;

struct Command {
  int order;  // position in --help
  std::string name;
  std::string summary;
  CommandSetup setup;
  // False for the commands that work on files named on the command line (new, merge,
  // normalize): the others stop at once, saying so, when there is no leafpress.toml.
  bool needs_project = true;
};

std::vector<Command>& command_registry();

/// Adds a command at static-initialisation time: `static RegisterCommand r{{…}};`
struct RegisterCommand {
  explicit RegisterCommand(Command command) { command_registry().push_back(std::move(command)); }
};

/// Prints an error like a compiler ("file:line:col: error: …") to stderr; returns exit_bad_input.
int report(const Error& error);

}  // namespace leafpress::cli
