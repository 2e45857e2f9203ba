#pragma once
// PO writer: the canonical form GNU msgcat 0.21 writes, so that tools stop re-wrapping files.
#include <string>

#include "catalog/message.hpp"

namespace leafpress::catalog {

struct WriteOptions {
  bool wrap = true;  // false: break strings only after "\n" (msgcat --no-wrap)
  int width = 79;    // page width, as msgcat's --width
};

/// PO text byte-identical to msgcat 0.21's output for the same content.
std::string write_po(const Catalog& catalog, const WriteOptions& options = {});

}  // namespace leafpress::catalog
