#pragma once
// `leafpress new DIR`: a project that builds straight away.
#include <filesystem>
#include <vector>

#include "base/result.hpp"

namespace leafpress::app {

namespace fs = std::filesystem;

/// Creates a project in `dir`, making the folder when it is missing: leafpress.toml (every
/// section explained; app/config_template), source-docs/ with a short sample statement
/// (none with `empty`, nor when the folder already holds files), locales/, and a .gitignore
/// for what builds make (kept when there is one). Returns the files and folders made, in the
/// order made. Error, with nothing touched, when `dir` already holds a leafpress.toml or is
/// not a folder.
Result<std::vector<fs::path>> create_project(const fs::path& dir, bool empty);

}  // namespace leafpress::app
