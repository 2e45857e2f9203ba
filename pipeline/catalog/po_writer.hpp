#pragma once
// PO writer: the canonical form GNU msgcat 0.21 writes, so that tools stop re-wrapping files.
#include <memory>
#include <string>
#include <string_view>

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
};

/// PO text byte-identical to msgcat 0.21's output for the same content.
std::string write_po(const Catalog& catalog, const WriteOptions& options = {});

}  // namespace leafpress::catalog
