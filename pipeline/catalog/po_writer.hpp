#pragma once
// PO writer: the canonical form GNU msgcat 0.21 writes, so that tools stop re-wrapping files.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/message.hpp"

namespace leafpress::catalog {

/// The lines of msgids already written, for writes of several catalogs that share them (a
/// project's catalogs all hold its template's msgids): each is wrapped once. Thread-safe.
class WrapCache {
 public:
  WrapCache();
  ~WrapCache();
  WrapCache(const WrapCache&) = delete;
  WrapCache& operator=(const WrapCache&) = delete;

  /// Appends the lines stored under `key` to `out`; false when there are none.
  bool append(const std::string& key, std::string& out) const;
  void store(std::string key, std::string_view lines);

 private:
  struct Data;
  std::unique_ptr<Data> m_data;
};

struct WriteOptions {
  bool wrap = true;  // false: break strings only after "\n" (msgcat --no-wrap)
  int width = 79;    // page width, as msgcat's --width
  WrapCache* cache = nullptr;
  // For each message of the catalog, the text already written for it with these options
  // (see kept_entry_text), copied instead of writing the message again; empty: write it.
  const std::vector<std::string_view>* verbatim = nullptr;
  unsigned jobs = 1;  // threads to write a long catalog with; the text is the same for any number
};

/// For each message of a merge's result, the text of the old message it equals in every part
/// (`kept`, from merge), or an empty view. `old_text` is parse_po's entry_text of the old
/// catalog, read from a file this writer wrote with the options it will write the result with:
/// only then is the text what writing the message would give.
std::vector<std::string_view> kept_entry_text(const std::vector<size_t>& kept,
                                              const std::vector<std::string_view>& old_text);

/// PO text byte-identical to msgcat 0.21's output for the same content.
std::string write_po(const Catalog& catalog, const WriteOptions& options = {});

}  // namespace leafpress::catalog
