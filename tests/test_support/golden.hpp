#pragma once
// Golden files: expected outputs kept under tests/. LEAFPRESS_UPDATE_GOLDEN=1 writes the
// actual output as the new expectation instead of comparing (then review the diff).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace leafpress::testing {

/// Compares `actual` with the file tests/<relative>.
inline void expect_golden_file(const std::filesystem::path& relative, const std::string& actual) {
  std::filesystem::path path = std::filesystem::path(LEAFPRESS_SOURCE_DIR) / "tests" / relative;
  const char* update = std::getenv("LEAFPRESS_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << "missing golden file " << path << " (run with LEAFPRESS_UPDATE_GOLDEN=1 to create it)";
  std::ostringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(expected.str(), actual) << "output differs from " << path << " (LEAFPRESS_UPDATE_GOLDEN=1 re-accepts it)";
}

}  // namespace leafpress::testing
