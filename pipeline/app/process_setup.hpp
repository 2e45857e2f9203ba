#pragma once
// What leafpress sets for its whole process before any command runs: the heap and the locale.
// One place, so that no setting of the process hides in a command or a module. (A command that
// stops cleanly on Ctrl-C turns the interrupt signals into a flag: app/interrupt.hpp.)
#include <optional>

namespace leafpress::app {

/// Call once, first thing in main, before any thread starts: the heap policy (see
/// heap_policy()) and the classic "C" locale for C and C++ (so that no number, case or sort
/// order depends on the caller's LANG). Never restarts the process.
void set_up_process();

/// glibc heap settings (mallopt) set_up_process() applies; nullopt: left to glibc, because the
/// caller's environment decides it (MALLOC_TOP_PAD_, MALLOC_ARENA_MAX).
struct HeapPolicy {
  std::optional<int> top_pad;    // bytes the heap grows by beyond each request (M_TOP_PAD)
  std::optional<int> arena_max;  // heaps the threads share (M_ARENA_MAX)
};
[[nodiscard]] HeapPolicy heap_policy();

}  // namespace leafpress::app
