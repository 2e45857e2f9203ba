#pragma once
// Keeps output/print/ exactly what the last print gate passed for the current sources,
// catalogs, imprint and design: every build moves out what no longer matches, and every
// gated build records what it passed and rewrites the order files.
#include <functional>
#include <string>
#include <vector>

#include "app/print_gate.hpp"
#include "app/print_order.hpp"
#include "app/project.hpp"
#include "base/diagnostics.hpp"

namespace leafpress::app {

/// Run by every build once the catalogs are current: a record whose leaflet's fingerprint
/// changed (statement, its units or their review, imprint, design, leafpress itself), whose
/// statement is gone or whose language no longer prints has its files moved to
/// output/print-superseded/<date>/<lang>/ and is dropped; so is any file in output/print/<lang>/
/// that no record lists. The order files are rewritten when anything changed. `moved` receives
/// the new paths of the files moved; `records` the records kept.
Result<void> supersede_stale_leaflets(const Project& project, std::vector<PrintRecord>& records,
                                      std::vector<std::string>& moved, Diagnostics& diagnostics);

/// After a gated build has written its leaflets: each verdict that passed replaces its pair's
/// record (its files as they now stand in output/print/, the PDF's pages from `pdf_pages`);
/// each refused pair's earlier leaflet is moved out as superseded. Then the order files.
Result<void> record_gated_leaflets(const Project& project, std::vector<PrintRecord>& records,
                                   const std::vector<PrintVerdict>& verdicts,
                                   const std::function<unsigned(const fs::path&)>& pdf_pages,
                                   std::vector<std::string>& moved);

}  // namespace leafpress::app
