#pragma once
// Ctrl-C and SIGTERM during a run: a flag that reads, waits and stages check, so that the run
// stops at the next file with nothing half-written and exits 130.
#include <atomic>

namespace leafpress::app {

/// The flag set by SIGINT and SIGTERM once stop_on_signals() has been called.
std::atomic<bool>& interrupt_flag();

/// True once SIGINT or SIGTERM has arrived.
inline bool interrupted() { return interrupt_flag().load(std::memory_order_relaxed); }

/// Catches SIGINT and SIGTERM, setting interrupt_flag(). The handlers do not restart system
/// calls, so a read or wait that would block returns and sees the flag.
void stop_on_signals();

}  // namespace leafpress::app
