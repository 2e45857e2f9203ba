#pragma once
// `leafpress sheet LANG`: the bilingual review sheet of each statement, from the language's
// statements catalog and the checks' findings (writers/review_sheet_writer.hpp draws it).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/project.hpp"
#include "base/diagnostics.hpp"
#include "base/result.hpp"
#include "writers/review_sheet_writer.hpp"

namespace leafpress::app {

/// The sheet of one statement (`statement` its reference path) in `lang`: units numbered as
/// `review --units` takes them, with each unit's state and check findings. Error when the
/// language is not a target or its catalog is missing or invalid.
Result<writers::ReviewSheet> make_review_sheet(const Project& project, const std::string& lang,
                                               const std::string& statement);

struct SheetFiles {
  fs::path html;
  std::optional<fs::path> pdf;
  size_t units = 0;
};

/// Writes output/review/<lang>/<statement>.html for the statement named (every statement
/// when nullopt), atomically, and with `pdf` also <statement>.pdf, printed from the page by
/// headless Chromium (the system's /usr/bin/chromium) with its creation dates fixed so that
/// the same sheet gives the same bytes.
Result<std::vector<SheetFiles>> write_review_sheets(const Project& project, const std::string& lang,
                                                    const std::optional<std::string>& statement, bool pdf);

}  // namespace leafpress::app
