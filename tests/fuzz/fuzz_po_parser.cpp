// libFuzzer target: the PO parser, and the writer, merger and MO compiler on whatever it accepts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "catalog/merge.hpp"
#include "catalog/mo_writer.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"

namespace {

// Stops the run naming the invariant, so the log says which one broke.
[[noreturn]] void broken(const char* invariant) {
  std::fprintf(stderr, "po_parser invariant broken: %s\n", invariant);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leafpress;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics diagnostics;
  auto parsed = catalog::parse_po(text, "fuzz.po", &diagnostics);
  // Every failure must say where it happened.
  if (!parsed && diagnostics.empty()) broken("a refusal without a diagnostic");
  if (!parsed) return 0;
  // What the writer prints must read back as the same catalog (the writer is canonical).
  std::string written = catalog::write_po(*parsed);
  Diagnostics rereading;
  auto again = catalog::parse_po(written, "fuzz-written.po", &rereading);
  if (!again) {
    std::fprintf(stderr, "%s\n", again.error().message.c_str());
    broken("the written catalog does not read back");
  }
  if (catalog::write_po(*again) != written) broken("the catalog read back is written differently");
  (void)catalog::write_po(*parsed, {.wrap = false, .width = 79});
  (void)catalog::compile_mo(*parsed);
  (void)catalog::merge(*parsed, *parsed);
  return 0;
}
