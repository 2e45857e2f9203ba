#include "app/process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "app/safe_files.hpp"

namespace leafpress::app {

std::string ExitStatus::describe() const {
  if (signal != 0) return "was killed by signal " + std::to_string(signal) + " (" + ::strsignal(signal) + ")";
  if (code < 0) return "could not be waited for";
  return "exited with status " + std::to_string(code);
}

std::optional<fs::path> system_program(std::string_view name) {
  for (const char* dir : {"/usr/bin", "/bin"}) {
    fs::path candidate = fs::path(dir) / name;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return std::nullopt;
}

Result<pid_t> start_process(const ProcessSpec& spec) {
  if (spec.argv.empty()) return fail({}, "no program to run");
  auto opened = open_for_writing(spec.log, O_WRONLY | O_CREAT | O_TRUNC);  // never through a planted link
  if (!opened) return fail(opened.error().where, "cannot write the log: " + opened.error().message);
  int fd = opened->release();
  // Everything the child needs is prepared before fork: after it, only async-signal-safe calls.
  std::vector<char*> args;
  for (const std::string& arg : spec.argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  std::vector<std::string> env_strings;
  for (const auto& [name, value] : spec.environment) env_strings.push_back(name + "=" + value);
  std::vector<char*> env;
  for (std::string& entry : env_strings) env.push_back(entry.data());
  env.push_back(nullptr);
  pid_t parent = ::getpid();
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fd);
    return fail({}, "cannot start " + spec.argv[0] + ": " + std::strerror(errno));
  }
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(127);  // leafpress died before the line above
    ::setpgid(0, 0);                          // its own group, so a stop reaches its children too
    ::dup2(fd, STDOUT_FILENO);
    ::dup2(fd, STDERR_FILENO);
    int null = ::open("/dev/null", O_RDONLY);
    if (null >= 0) ::dup2(null, STDIN_FILENO);
    if (!spec.working_dir.empty() && ::chdir(spec.working_dir.c_str()) != 0) ::_exit(126);
    ::execve(args[0], args.data(), env.data());
    ::_exit(127);
  }
  ::close(fd);
  return pid;
}

ExitStatus wait_process(pid_t pid, const std::atomic<bool>* interrupted) {
  bool killed = false;
  for (;;) {
    int status = 0;
    pid_t done = ::waitpid(pid, &status, killed || !interrupted ? 0 : WNOHANG);
    if (done == pid) {
      ExitStatus out;
      if (WIFEXITED(status)) out.code = WEXITSTATUS(status);
      if (WIFSIGNALED(status)) out.signal = WTERMSIG(status);
      return out;
    }
    if (done < 0 && errno != EINTR) return {};
    if (!killed && interrupted && interrupted->load()) {
      ::kill(-pid, SIGKILL);
      ::kill(pid, SIGKILL);
      killed = true;
      continue;
    }
    if (done == 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

Result<ExitStatus> run_process(const ProcessSpec& spec, const std::atomic<bool>* interrupted) {
  auto pid = start_process(spec);
  if (!pid) return std::unexpected(pid.error());
  return wait_process(*pid, interrupted);
}

}  // namespace leafpress::app
