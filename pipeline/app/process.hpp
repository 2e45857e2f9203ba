#pragma once
// Outside programs, run the one way leafpress runs them: an argument list (never a shell), a
// clean environment, output to a log file, the child killed if leafpress dies or is stopped.
#include <sys/types.h>

#include <atomic>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.hpp"

namespace leafpress::app {

namespace fs = std::filesystem;

struct ProcessSpec {
  std::vector<std::string> argv;  // argv[0] is an absolute path (system_program)
  fs::path working_dir;           // empty: leafpress's own
  // The child's whole environment: nothing of leafpress's is passed on unless listed here.
  std::vector<std::pair<std::string, std::string>> environment;
  fs::path log;  // standard output and error, truncated first
};

/// How a child ended: its exit code, or the signal that killed it.
struct ExitStatus {
  int code = -1;   // exit code when it exited
  int signal = 0;  // non-zero when a signal ended it
  [[nodiscard]] bool ok() const { return signal == 0 && code == 0; }
  /// "exited with status 1", "was killed by signal 9 (Killed)", for messages.
  [[nodiscard]] std::string describe() const;
};

/// A program installed by the system (/usr/bin or /bin, never $PATH, which a project or a
/// shell may have changed), or nullopt.
std::optional<fs::path> system_program(std::string_view name);

/// Starts the process; its pid. Error names the program when it cannot be started.
Result<pid_t> start_process(const ProcessSpec& spec);

/// Waits for `pid`; kills it first as soon as `interrupted` becomes true (Ctrl-C).
ExitStatus wait_process(pid_t pid, const std::atomic<bool>* interrupted = nullptr);

/// start_process and wait_process in one.
Result<ExitStatus> run_process(const ProcessSpec& spec, const std::atomic<bool>* interrupted = nullptr);

}  // namespace leafpress::app
