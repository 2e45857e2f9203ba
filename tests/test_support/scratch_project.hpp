#pragma once
// A scratch copy of a leafpress project in a temporary folder, and a way to run the
// leafpress executable on it.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "test_support/temp_dir.hpp"

namespace leafpress::testing {

namespace fs = std::filesystem;

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

/// Runs a shell command, capturing its output and exit code.
inline CommandResult run_command(const std::string& command) {
  CommandResult result;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  int status = ::pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

inline std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void spit(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

/// Every regular file under `root` (relative path → bytes), the build cache excluded.
inline std::map<std::string, std::string> snapshot(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::string relative = fs::relative(entry.path(), root).generic_string();
    if (relative.find(".leafpress-cache") != std::string::npos || relative.ends_with(".lock")) continue;
    files[relative] = slurp(entry.path());
  }
  return files;
}

/// A copy of the repository's project (leafpress.toml, source-docs/, locales/).
class ScratchProject {
 public:
  ScratchProject() {
    fs::path source = LEAFPRESS_SOURCE_DIR;
    fs::copy_file(source / "leafpress.toml", root() / "leafpress.toml");
    fs::copy(source / "source-docs", root() / "source-docs", fs::copy_options::recursive);
    fs::copy(source / "locales", root() / "locales", fs::copy_options::recursive);
  }
  [[nodiscard]] const fs::path& root() const { return m_dir.path(); }
  /// Runs `leafpress -C <root> ARGS`.
  [[nodiscard]] CommandResult leafpress(const std::string& args) const {
    return run_command(std::string(LEAFPRESS_EXE) + " -C '" + root().string() + "' " + args);
  }

 private:
  TempDir m_dir;
};

}  // namespace leafpress::testing
