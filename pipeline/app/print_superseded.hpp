#pragma once
// Leaflets that no longer match what the print gate passed leave output/print/ for
// output/print-superseded/<date>/<lang>/: nothing stale stays where the printer looks, and
// nothing is deleted.
#include <string>
#include <vector>

#include "app/print_order.hpp"
#include "app/project.hpp"
#include "base/result.hpp"

namespace leafpress::app {

/// Moves each of `files` (relative to the project, output/print/<lang>/<name>) that exists
/// into output/print-superseded/<date>/<lang>/<name>, never replacing a file there (the
/// second of a name becomes <stem>-2<ext>, and so on). Links are neither followed nor moved.
/// Returns where each moved file went, relative to the project; an error names the file.
Result<std::vector<std::string>> move_to_superseded(const Project& project, const std::vector<std::string>& files,
                                                    const std::string& date);

/// The files in output/print/<lang>/ folders that no record lists: what an earlier leafpress
/// left there (proofs included), relative to the project, sorted.
std::vector<std::string> unlisted_print_files(const Project& project, const std::vector<PrintRecord>& records);

}  // namespace leafpress::app
