#pragma once
// What the print folder holds and why: a record of each leaflet the gate passed (kept in
// output/.leafpress-print-record), and the order files written from it for the printer,
// output/print/ORDER.txt and ORDER.json. Nothing else may stand in output/print/.
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "app/project.hpp"
#include "base/result.hpp"

namespace leafpress::app {

/// One print-ready leaflet, in one edition, as the gate passed it.
struct PrintRecord {
  std::string statement;  // its name (file name without extension)
  std::string source;     // source-docs/udhr.txt
  std::string lang;
  std::string variant = "standard";  // the edition ([print] variants): "standard" or "large"
  std::string fingerprint;           // of what passed (app/print_fingerprint)
  std::string inputs;                // hash of the files it was made from, to skip the exact check when unchanged
  std::string gated_at;              // ISO 8601 UTC: when the gate passed it
  unsigned pdf_pages = 0;            // the PDF's page count; 0 when there is no PDF or it is not known
  std::vector<std::string> files;    // relative to the project: output/print/<lang>/<statement>.fo, .tex, .pdf
                                     // (<statement>-large.* for large print)
};

/// The records of the last gated runs; empty when there are none. An unreadable or damaged
/// record is an error naming the file.
Result<std::vector<PrintRecord>> read_print_records(const Project& project);

/// Writes the records and, from them, output/print/ORDER.txt and ORDER.json, each atomically.
/// Sorted by statement, then language, the standard edition first; the same records give the
/// same bytes. ORDER.json names the edition of a large-print leaflet ("edition": "large").
Result<void> write_print_order(const Project& project, std::vector<PrintRecord> records);

/// The gate's clock: SOURCE_DATE_EPOCH when set (for reproducible orders), else now. The one
/// time leafpress writes into an output.
std::time_t gate_time();

/// `time` as 2026-12-06T07:20:51Z and as 2026-12-06.
std::string iso_timestamp(std::time_t time);
std::string iso_date(std::time_t time);

}  // namespace leafpress::app
