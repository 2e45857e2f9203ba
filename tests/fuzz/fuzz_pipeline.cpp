// libFuzzer target: the whole path, extract → catalog → apply → every writer (see
// pipeline_body.hpp for the input layout and the invariants).
#include <cstdio>

#include "fuzz/pipeline_body.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto outcome = leafpress::fuzz::run_pipeline(data, size);
  if (!outcome.problem.empty()) {
    std::fprintf(stderr, "pipeline invariant broken: %s\n", outcome.problem.c_str());
    std::abort();
  }
  return 0;
}
