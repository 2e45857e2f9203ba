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
      return "line " + std::to_string(line) + ":\n  ours:   " + (more_a ? la : "<end>") + "\n  theirs: " + (more_b ? lb : "<end>");
  }
}

inline fs::path corpus_dir() { return fs::path(LEAFPRESS_SOURCE_DIR) / ".." / "shared" / "corpus"; }

/// The real catalogs copied into tests/data/po-real, sorted.
inline std::vector<fs::path> corpus_catalogs() {
  std::vector<fs::path> out;
  fs::path root = fs::path(LEAFPRESS_SOURCE_DIR) / "tests" / "data" / "po-real";
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

#define REQUIRE_CORPUS(files)                                                                                 \
  do {                                                                                                        \
    if ((files).empty()) {                                                                                    \
      GTEST_SKIP() << "no corpus at " << ::leafpress::testing::corpus_dir().string()                          \
                   << " (po-real/ holds the real catalogs)";                                                  \
    }                                                                                                         \
  } while (false)
