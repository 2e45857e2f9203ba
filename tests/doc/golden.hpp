#pragma once
// Golden files for extraction tests: tests/golden/extract/<name>. Set LEAFPRESS_UPDATE_GOLDEN=1
// to write the actual output as the new expectation (then review the diff before committing).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace leafpress::testing {

inline std::filesystem::path golden_dir() {
  return std::filesystem::path(LEAFPRESS_SOURCE_DIR) / "tests" / "golden" / "extract";
}

inline std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline void expect_golden(const std::string& name, const std::string& actual) {
  std::filesystem::path path = golden_dir() / name;
  const char* update = std::getenv("LEAFPRESS_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(path)) << "missing golden file " << path
                                             << " (run with LEAFPRESS_UPDATE_GOLDEN=1 to create it)";
  EXPECT_EQ(read_text_file(path), actual) << "output differs from " << path
                                          << " (LEAFPRESS_UPDATE_GOLDEN=1 re-accepts it)";
}

/// ../shared/corpus next to the repository, or empty when it is absent.
inline std::filesystem::path corpus_dir() {
  std::filesystem::path dir = std::filesystem::path(LEAFPRESS_SOURCE_DIR) / ".." / "shared" / "corpus";
  return std::filesystem::is_directory(dir) ? dir : std::filesystem::path();
}

}  // namespace leafpress::testing
