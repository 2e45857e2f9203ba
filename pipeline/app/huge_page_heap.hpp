#pragma once
// A heap on transparent huge pages, through glibc's start-up tunable.
#include <optional>
#include <string>

namespace leafpress::app {

/// glibc puts malloc's heaps on transparent huge pages only when `glibc.malloc.hugetlb` is in
/// GLIBC_TUNABLES as the program starts. When it is not, and the kernel offers huge pages on
/// request, this restarts leafpress (same process, same arguments) with it set; the restarted
/// process puts GLIBC_TUNABLES back as the caller had it (call this first thing in main), so
/// that programs leafpress runs see the caller's environment. Returns when nothing is to be
/// done or the restart failed. A GLIBC_TUNABLES that names the tunable (e.g.
/// `glibc.malloc.hugetlb=0`) is left alone.
void use_huge_page_heap(char** argv);

/// GLIBC_TUNABLES with huge pages asked for, from its current value (nullptr: unset); nullopt
/// when the value already says something about them.
std::optional<std::string> tunables_with_huge_pages(const char* current);

/// In a process restarted by use_huge_page_heap: GLIBC_TUNABLES restored; true. Otherwise false.
bool restore_tunables_after_restart();

}  // namespace leafpress::app
