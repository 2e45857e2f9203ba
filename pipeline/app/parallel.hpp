#pragma once
// parallel_for: runs work(i) for i in [0, count) on up to `jobs` threads. Results must be
// written by index so the output does not depend on scheduling.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

namespace leafpress::app {

/// The default -j: the number of cores (at least 1).
inline unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

/// Calls work(i) for every i; with jobs <= 1 runs in order on the calling thread.
/// `work` must not throw.
inline void parallel_for(size_t count, unsigned jobs, const std::function<void(size_t)>& work) {
  size_t threads = std::min<size_t>(jobs, count);
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) work(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::jthread> pool;
  pool.reserve(threads);
  for (size_t t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      for (size_t i = next++; i < count; i = next++) work(i);
    });
}

}  // namespace leafpress::app
