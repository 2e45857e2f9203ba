#pragma once
// What leafpress sets for its whole process before any command runs: the locale. One place, so
// that no setting of the process hides in a command or a module. (The heap is chosen and
// configured at link time: pipeline/cli/heap.cpp. A command that stops cleanly on Ctrl-C turns
// the interrupt signals into a flag: app/interrupt.hpp.)

namespace leafpress::app {

/// Call once, first thing in main, before any thread starts: the classic "C" locale for C and
/// C++, so that no number, case or sort order depends on the caller's LANG. Never restarts the
/// process.
void set_up_process();

}  // namespace leafpress::app
