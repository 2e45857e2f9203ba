#pragma once
// tests/data/: the real texts and catalogs the tests read (their sources and licences are in
// tests/data/README.md). Tests read nothing outside the repository, so a fresh clone runs them all.
#include <filesystem>

namespace leafpress::testing {

/// tests/data/ of this repository: udhr/ (the UDHR texts), po-real/ (published catalogs),
/// bench/ (the synthetic corpus generator).
inline std::filesystem::path test_data_dir() { return std::filesystem::path(LEAFPRESS_SOURCE_DIR) / "tests" / "data"; }

}  // namespace leafpress::testing
