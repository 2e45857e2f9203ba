#include "app/huge_page_heap.hpp"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string_view>

namespace leafpress::app {
namespace {

constexpr const char* k_tunables = "GLIBC_TUNABLES";
constexpr std::string_view k_huge_pages = "glibc.malloc.hugetlb=1";
// Threads free much of what others allocated (a catalog read on one, merged on another) and
// glibc keeps 7 freed blocks of a size per thread, after which each free takes its heap's lock:
// the catalog stage of one edited paragraph spent a fifth of its time waiting on those locks.
constexpr std::string_view k_thread_caches = "glibc.malloc.tcache_count=400";
// Set across the restart: GLIBC_TUNABLES as it was ("=" + value), or "unset".
constexpr const char* k_saved = "LEAFPRESS_SAVED_GLIBC_TUNABLES";

// Sanitizers bring their own allocator: the tunable would do nothing.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool k_glibc_heap = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
constexpr bool k_glibc_heap = false;
#else
constexpr bool k_glibc_heap = true;
#endif
#else
constexpr bool k_glibc_heap = true;
#endif

// "always" or "madvise" (the kernel's default on Debian) let glibc ask; "never" does not.
bool kernel_offers_huge_pages() {
  std::ifstream setting("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string line;
  return std::getline(setting, line) && line.find("[never]") == std::string::npos;
}

void put_back(const std::string& saved) {
  if (saved.starts_with('=')) setenv(k_tunables, saved.c_str() + 1, 1);
  else unsetenv(k_tunables);
  unsetenv(k_saved);
}

}  // namespace

std::optional<std::string> tunables_with_huge_pages(const char* current) {
  std::string tunables = current ? current : "";
  if (tunables.find("glibc.malloc.hugetlb") != std::string::npos) return std::nullopt;
  return tunables.empty() ? std::string(k_huge_pages) : tunables + ":" + std::string(k_huge_pages);
}

std::optional<std::string> tunables_with_thread_caches(const std::string& current) {
  if (current.find("glibc.malloc.tcache_count") != std::string::npos) return std::nullopt;
  return current.empty() ? std::string(k_thread_caches) : current + ":" + std::string(k_thread_caches);
}

bool restore_tunables_after_restart() {
  const char* saved = std::getenv(k_saved);
  if (!saved) return false;
  put_back(saved);
  return true;
}

void use_huge_page_heap(char** argv) {
  if (restore_tunables_after_restart()) return;
  if (!k_glibc_heap || argv == nullptr || argv[0] == nullptr) return;
  const char* current = std::getenv(k_tunables);
  std::string wanted = current ? current : "";
  bool changed = false;
  if (auto with_huge_pages = tunables_with_huge_pages(current); with_huge_pages && kernel_offers_huge_pages())
    wanted = *with_huge_pages, changed = true;
  if (auto with_caches = tunables_with_thread_caches(wanted)) wanted = *with_caches, changed = true;
  if (!changed) return;
  std::string saved = current ? "=" + std::string(current) : "unset";
  if (setenv(k_saved, saved.c_str(), 1) != 0 || setenv(k_tunables, wanted.c_str(), 1) != 0) return;
  execv("/proc/self/exe", argv);
  put_back(saved);  // no restart (no /proc, say): carry on with the ordinary heap
}

}  // namespace leafpress::app
