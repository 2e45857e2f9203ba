#include "app/huge_page_heap.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>


using namespace leafpress::app;

namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "(unset)";
}

}  // namespace

TEST(HugePageHeap, AsksForHugePagesAfterTheCallersTunables) {
  EXPECT_EQ(tunables_with_huge_pages(nullptr), "glibc.malloc.hugetlb=1");
  EXPECT_EQ(tunables_with_huge_pages(""), "glibc.malloc.hugetlb=1");
  EXPECT_EQ(tunables_with_huge_pages("glibc.malloc.arena_max=2"), "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
}

TEST(HugePageHeap, LeavesAChoiceAboutHugePagesAlone) {
  EXPECT_EQ(tunables_with_huge_pages("glibc.malloc.hugetlb=0"), std::nullopt);
  EXPECT_EQ(tunables_with_huge_pages("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2"), std::nullopt);
}

TEST(HugePageHeap, AsksForLargerThreadCachesUnlessTold) {
  EXPECT_EQ(tunables_with_thread_caches(""), "glibc.malloc.tcache_count=400");
  EXPECT_EQ(tunables_with_thread_caches("glibc.malloc.hugetlb=1"), "glibc.malloc.hugetlb=1:glibc.malloc.tcache_count=400");
  EXPECT_EQ(tunables_with_thread_caches("glibc.malloc.tcache_count=7"), std::nullopt);
  EXPECT_EQ(tunables_with_thread_caches("glibc.malloc.arena_max=2:glibc.malloc.tcache_count=0"), std::nullopt);
}

TEST(HugePageHeap, TheRestartedProcessPutsTheCallersEnvironmentBack) {
  setenv("GLIBC_TUNABLES", "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1", 1);
  setenv("LEAFPRESS_SAVED_GLIBC_TUNABLES", "=glibc.malloc.arena_max=2", 1);
  EXPECT_TRUE(restore_tunables_after_restart());
  EXPECT_EQ(env("GLIBC_TUNABLES"), "glibc.malloc.arena_max=2");
  EXPECT_EQ(env("LEAFPRESS_SAVED_GLIBC_TUNABLES"), "(unset)");

  setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1);
  setenv("LEAFPRESS_SAVED_GLIBC_TUNABLES", "unset", 1);
  EXPECT_TRUE(restore_tunables_after_restart());
  EXPECT_EQ(env("GLIBC_TUNABLES"), "(unset)");
  EXPECT_EQ(env("LEAFPRESS_SAVED_GLIBC_TUNABLES"), "(unset)");
}

TEST(HugePageHeap, AProcessNotRestartedKeepsItsEnvironment) {
  unsetenv("LEAFPRESS_SAVED_GLIBC_TUNABLES");
  setenv("GLIBC_TUNABLES", "glibc.malloc.arena_max=2", 1);
  EXPECT_FALSE(restore_tunables_after_restart());
  EXPECT_EQ(env("GLIBC_TUNABLES"), "glibc.malloc.arena_max=2");
  unsetenv("GLIBC_TUNABLES");
}
