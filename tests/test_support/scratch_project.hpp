#pragma once
// A scratch copy of a leafpress project in a temporary folder, and a way to run the
// leafpress executable on it.
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "test_support/command.hpp"
#include "test_support/temp_dir.hpp"

namespace leafpress::testing {

namespace fs = std::filesystem;

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
