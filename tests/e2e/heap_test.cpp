// The program's heap (pipeline/cli/heap.cpp): jemalloc with leafpress's options, which the
// caller's MALLOC_CONF still overrides. Built only where the program links jemalloc (not under
// the sanitizers, which bring their own malloc).
#include <gtest/gtest.h>

#include "test_support/command.hpp"

using namespace leafpress::testing;

namespace {
// jemalloc prints its options at exit when asked to.
std::string heap_options(const std::string& malloc_conf) {
  auto result = run_command("MALLOC_CONF=" + malloc_conf + " " + std::string(LEAFPRESS_EXE) + " --version");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  return result.output;
}
}  // namespace

TEST(Heap, TheProgramRunsOnJemallocWithHugePagesAndAHeapPerCore) {
  std::string options = heap_options("stats_print:true");
  EXPECT_NE(options.find("opt.thp: \"always\""), std::string::npos) << options.substr(0, 2000);
  EXPECT_NE(options.find("opt.percpu_arena: \"phycpu\""), std::string::npos) << options.substr(0, 2000);
}

TEST(Heap, TheCallersMallocConfWins) {
  std::string options = heap_options("stats_print:true,thp:never");
  EXPECT_NE(options.find("opt.thp: \"never\""), std::string::npos) << options.substr(0, 2000);
}
