#include "app/interrupt.hpp"

#include <csignal>

namespace leafpress::app {
namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void on_stop_signal(int /*signal*/) { g_interrupted.store(true); }

}  // namespace

std::atomic<bool>& interrupt_flag() { return g_interrupted; }

void stop_on_signals() {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocked read returns EINTR
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

}  // namespace leafpress::app
