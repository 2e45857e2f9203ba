#include "app/process_setup.hpp"
#include "app/interrupt.hpp"

#include <gtest/gtest.h>

#include <clocale>
#include <csignal>
#include <cstdlib>
#include <string>

using namespace leafpress::app;

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
