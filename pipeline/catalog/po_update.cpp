#include "catalog/po_update.hpp"

#include <string_view>
#include <utility>
#include <vector>

#include "catalog/po_parser.hpp"

namespace leafpress::catalog {

Result<PoUpdate> update_po(std::string old_text, const std::string& file, const Catalog& reference,
                           const MergeOptions& merge_options, const WriteOptions& write, bool written_here,
                           Diagnostics* diagnostics) {
  std::vector<std::string_view> old_entries;
  auto old = parse_po(old_text, file, diagnostics, written_here ? &old_entries : nullptr, written_here);
  if (!old) return std::unexpected(old.error());
  // Only copied entries point into the bytes; otherwise they can go before the merge.
  if (!written_here) std::string().swap(old_text);
  PoUpdate update;
  std::vector<size_t> kept;
  update.catalog = merge(std::move(*old), reference, merge_options, &update.stats, written_here ? &kept : nullptr);
  if (!written_here) {
    update.text = write_po(update.catalog, write);
    return update;
  }
  const std::vector<std::string_view> unchanged = kept_entry_text(kept, old_entries);
  WriteOptions copying = write;
  copying.verbatim = &unchanged;
  update.text = write_po(update.catalog, copying);
  return update;
}

}  // namespace leafpress::catalog
