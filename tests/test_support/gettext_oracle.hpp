#pragma once
// Shared pieces of the oracle tests, where GNU gettext 0.21's tools judge our catalog engine:
// the real corpus, file loading and a readable first difference between two outputs.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "catalog/po_parser.hpp"
#include "test_support/command.hpp"
#include "test_support/test_data.hpp"

namespace leafpress::testing {

/// The first line where two texts differ, for a readable failure message.
inline std::string first_difference(const std::string& a, const std::string& b) {
  std::istringstream x(a), y(b);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool more_a = static_cast<bool>(std::getline(x, la));
    bool more_b = static_cast<bool>(std::getline(y, lb));
    if (!more_a && !more_b) return "identical";
    if (la != lb || more_a != more_b)
      return "line " + std::to_string(line) + ":\n  ours:   " + (more_a ? la : "<end>") +
             "\n  theirs: " + (more_b ? lb : "<end>");
  }
}

/// The real catalogs of tests/data/po-real, sorted; empty when the folder is missing.
inline std::vector<fs::path> corpus_catalogs() {
  std::vector<fs::path> out;
  fs::path root = test_data_dir() / "po-real";
  if (!fs::is_directory(root)) return out;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && entry.path().extension() == ".po") out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

/// A path quoted for the shell.
inline std::string quote(const fs::path& path) { return "'" + path.string() + "'"; }

/// The catalog in `path`, or an empty one (and a test failure) when it does not parse.
inline catalog::Catalog load(const fs::path& path) {
  Diagnostics diagnostics;
  auto parsed = catalog::parse_po(slurp(path), path.filename().string(), &diagnostics);
  EXPECT_TRUE(parsed.has_value()) << diagnostics.to_string();
  return parsed ? *parsed : catalog::Catalog{};
}

}  // namespace leafpress::testing

// The catalogs are part of the repository: their absence is a failure, never a skip.
#define REQUIRE_CORPUS(files)                                                                           \
  do {                                                                                                  \
    if ((files).empty()) {                                                                              \
      FAIL() << "no real catalogs in " << (::leafpress::testing::test_data_dir() / "po-real").string(); \
    }                                                                                                   \
  } while (false)
