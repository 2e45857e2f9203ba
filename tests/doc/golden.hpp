#pragma once
// Golden files for extraction tests (tests/golden/extract/<name>).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "test_support/golden.hpp"

namespace leafpress::testing {

inline std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// tests/golden/extract/, where the extraction goldens and their inputs live.
inline std::filesystem::path golden_dir() {
  return std::filesystem::path(LEAFPRESS_SOURCE_DIR) / "tests" / "golden" / "extract";
}

inline void expect_golden(const std::string& name, const std::string& actual) {
  expect_golden_file(std::filesystem::path("golden") / "extract" / name, actual);
}

}  // namespace leafpress::testing
