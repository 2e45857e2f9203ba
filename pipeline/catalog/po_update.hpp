#pragma once
// A translator's catalog, read from its text, merged with its template and written again: the
// one place that knows how a catalog this program wrote is updated without writing again
// what did not change.
#include <string>

#include "base/diagnostics.hpp"
#include "base/result.hpp"
#include "catalog/merge.hpp"
#include "catalog/message.hpp"
#include "catalog/po_writer.hpp"

namespace leafpress::catalog {

struct PoUpdate {
  Catalog catalog;   // the merged catalog
  std::string text;  // as write_po writes it with the given options
  MergeStats stats;
};

/// Parses `old_text` (the catalog's bytes, `file` naming it in messages; findings go to
/// `diagnostics`), merges it with `reference` and writes the result. `written_here`: the caller
/// knows `old_text` is byte for byte what write_po wrote with `write` (its hash was recorded
/// then): its UTF-8 is not checked again and its unchanged entries are copied rather than
/// written again, which gives the same text. Fails, naming the line, when the text does not
/// parse.
Result<PoUpdate> update_po(std::string old_text, const std::string& file, const Catalog& reference,
                           const MergeOptions& merge_options, const WriteOptions& write, bool written_here,
                           Diagnostics* diagnostics);

}  // namespace leafpress::catalog
