// libFuzzer target: the .docx reader (zip archive and XML) and everything downstream of it.
#include "readers/fuzz_reader_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return leafpress::fuzz::run_reader(data, size, "source-docs/fuzz.docx");
}
