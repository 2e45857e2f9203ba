#pragma once
// A heap on transparent huge pages, through glibc's start-up tunable.
#include <optional>
#include <string>

namespace leafpress::app {

/// glibc puts malloc's heaps on transparent huge pages only when `glibc.malloc.hugetlb` is in
/// GLIBC_TUNABLES as the program starts, and its per-thread caches of freed memory take more
/// than a few blocks of a size only with `glibc.malloc.tcache_count`. When either is missing
/// (huge pages only if the kernel offers them on request), this restarts leafpress (same
/// process, same arguments) with it set; the restarted process puts GLIBC_TUNABLES back as the
/// caller had it (call this first thing in main), so that programs leafpress runs see the
/// caller's environment. Returns when nothing is to be done or the restart failed. A tunable
/// GLIBC_TUNABLES names already (e.g. `glibc.malloc.hugetlb=0`) is left as it is.
void use_huge_page_heap(char** argv);

/// GLIBC_TUNABLES with huge pages asked for, from its current value (nullptr: unset); nullopt
/// when the value already says something about them.
std::optional<std::string> tunables_with_huge_pages(const char* current);

/// GLIBC_TUNABLES (`current`, as it stands) with larger per-thread caches asked for; nullopt
/// when it already says something about them.
std::optional<std::string> tunables_with_thread_caches(const std::string& current);

/// In a process restarted by use_huge_page_heap: GLIBC_TUNABLES restored; true. Otherwise false.
bool restore_tunables_after_restart();

}  // namespace leafpress::app
