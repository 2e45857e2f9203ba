#include "app/interrupt.hpp"
#include "app/process_setup.hpp"

#include <gtest/gtest.h>

#include <clocale>
#include <csignal>
#include <cstdlib>
#include <string>

using namespace leafpress::app;

TEST(ProcessSetup, SetsTheHeapUnlessTheCallerDoes) {
  unsetenv("MALLOC_TOP_PAD_");
  unsetenv("MALLOC_ARENA_MAX");
  HeapPolicy ours = heap_policy();
  EXPECT_EQ(ours.top_pad, 32 << 20);
  ASSERT_TRUE(ours.arena_max.has_value());
  EXPECT_GE(*ours.arena_max, 2);

  setenv("MALLOC_TOP_PAD_", "0", 1);
  setenv("MALLOC_ARENA_MAX", "1", 1);
  HeapPolicy callers = heap_policy();
  EXPECT_EQ(callers.top_pad, std::nullopt);
  EXPECT_EQ(callers.arena_max, std::nullopt);
  unsetenv("MALLOC_TOP_PAD_");
  unsetenv("MALLOC_ARENA_MAX");
}

TEST(ProcessSetup, UsesTheClassicLocaleWhateverTheCallersLanguage) {
  setenv("LC_ALL", "C.UTF-8", 1);
  std::setlocale(LC_ALL, "");
  set_up_process();
  EXPECT_EQ(std::string(std::setlocale(LC_ALL, nullptr)), "C");
  unsetenv("LC_ALL");
}

TEST(ProcessSetup, AnInterruptSetsTheFlagInsteadOfEndingTheProcess) {
  stop_on_signals();
  interrupt_flag() = false;
  EXPECT_FALSE(interrupted());
  std::raise(SIGINT);
  EXPECT_TRUE(interrupted());
  interrupt_flag() = false;
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
}
