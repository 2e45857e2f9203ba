// libFuzzer target: the PO parser, and the writer, merger and MO compiler on whatever it accepts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "catalog/merge.hpp"
#include "catalog/mo_writer.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leafpress;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics diagnostics;
  auto parsed = catalog::parse_po(text, "fuzz.po", &diagnostics);
  // Every failure must say where it happened.
  if (!parsed && diagnostics.empty()) std::abort();
  if (!parsed) return 0;
  // What the writer prints must read back as the same catalog (the writer is canonical).
  std::string written = catalog::write_po(*parsed);
  auto again = catalog::parse_po(written, "fuzz-written.po");
  if (!again) std::abort();
  if (catalog::write_po(*again) != written) std::abort();
  (void)catalog::write_po(*parsed, {.wrap = false, .width = 79});
  (void)catalog::compile_mo(*parsed);
  (void)catalog::merge(*parsed, *parsed);
  return 0;
}
