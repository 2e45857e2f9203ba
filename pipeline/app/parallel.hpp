#pragma once
// parallel_for: runs work(i) for i in [0, count) on up to `jobs` threads. Results must be
// written by index so the output does not depend on scheduling.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace leafpress::app {

/// The default -j: the number of cores (at least 1).
inline unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

/// Calls work(i) for every i; with jobs <= 1 runs in order on the calling thread.
/// `work` reports failures as values; should it throw all the same (std::bad_alloc), no new
/// work starts and the first exception is rethrown on the calling thread once every thread has
/// stopped, instead of ending the process from a worker.
inline void parallel_for(size_t count, unsigned jobs, const std::function<void(size_t)>& work) {
  size_t threads = std::min<size_t>(jobs, count);
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) work(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  {
    std::vector<std::jthread> pool;
    pool.reserve(threads);
    for (size_t t = 0; t < threads; ++t)
      pool.emplace_back([&] {
        try {
          for (size_t i = next++; i < count; i = next++) work(i);
        } catch (...) {
          next = count;
          std::lock_guard lock(failure_mutex);
          if (!failure) failure = std::current_exception();
        }
      });
  }
  if (failure) std::rethrow_exception(failure);
}

}  // namespace leafpress::app
