// libFuzzer target: the XLIFF reader (2.x and 1.2), and the writer on whatever it accepts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "xml/xliff.hpp"
#include "xml/xml_writer.hpp"

namespace {

// Stops the run naming the invariant, so the log says which one broke.
[[noreturn]] void broken(const char* invariant) {
  std::fprintf(stderr, "xliff_reader invariant broken: %s\n", invariant);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leafpress;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto read = xml::read_xliff(text, "fuzz.xlf");
  // Every refusal names the file it refuses.
  if (!read) {
    if (read.error().where.file != "fuzz.xlf" || read.error().message.empty()) broken("a refusal without a place");
    return 0;
  }
  // Whatever was read, in either version, is written as well-formed XML that reads again.
  for (xml::XliffVersion version : {xml::XliffVersion::v2, xml::XliffVersion::v1_2}) {
    read->version = version;
    std::string written = xml::write_xliff(*read);
    std::string why;
    if (!xml::is_well_formed(written, &why)) {
      std::fprintf(stderr, "%s\n", why.c_str());
      broken("the written file is not well-formed");
    }
    if (!xml::read_xliff(written, "fuzz-written.xlf")) broken("the written file does not read back");
  }
  return 0;
}
