// The program's heap: jemalloc, linked in by CMake (LEAFPRESS_JEMALLOC) and configured here,
// at link time, through the options it reads when it starts. The caller's MALLOC_CONF still
// overrides any of them.
//
// Why: a build reads, merges and writes catalogs of megabytes on every core. With 4 KiB pages
// each fresh megabyte costs 256 page faults, which on a virtual machine took more time than
// the merges themselves. `thp:always` puts jemalloc's memory on transparent huge pages (2 MiB)
// where the kernel allows it (its `madvise` mode, Debian's default), so the same memory costs
// a few faults. bench/compare.sh measures it: see the README's Benchmarks section.
#ifdef LEAFPRESS_JEMALLOC

// jemalloc looks this symbol up by name; it must not be mangled, and it is never read here.
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables,readability-identifier-naming)
extern "C" const char* malloc_conf;
const char* malloc_conf = "thp:always,metadata_thp:auto,percpu_arena:phycpu";

#endif
