#pragma once
// File I/O for the app layer: whole-file reads, atomic writes that skip unchanged content,
// and advisory locks. No module below app touches the disk.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace leafpress::app {

namespace fs = std::filesystem;

/// No size limit for read_file.
inline constexpr size_t k_any_size = SIZE_MAX;

/// The whole file as bytes; error names the file when it cannot be read, is not a regular
/// file (a FIFO or device would block or never end), is larger than `max_bytes`, or the run
/// was interrupted (app/interrupt.hpp) while reading.
Result<std::string> read_file(const fs::path& path, const std::string& display_name = {},
                              size_t max_bytes = k_any_size);

enum class WriteOutcome { unchanged, written };

enum class Durability {
  synced,    // fsync before the rename: the new content is on disk when the call returns
  deferred,  // no fsync: for many outputs at once, flushed together afterwards (syncfs)
};

/// Writes `content` to `path` atomically (temporary file in the same folder, rename),
/// creating parent folders; refuses to replace anything but a regular file. A replaced file
/// keeps its permission bits; a new one gets 0644 less the umask. When the file already
/// holds exactly `content`, nothing is touched and `unchanged` is returned.
Result<WriteOutcome> write_file_atomic(const fs::path& path, std::string_view content,
                                       Durability durability = Durability::synced);

/// An exclusive advisory lock (flock) on `path` + ".lock", released on destruction.
/// Waits for another process holding it.
class FileLock {
 public:
  static Result<FileLock> acquire(const fs::path& path);
  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&& other) noexcept;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock();

 private:
  explicit FileLock(int fd) : m_fd(fd) {}
  int m_fd = -1;
};

/// True when `path`, once symlinks are resolved, lies inside `root`.
bool is_inside(const fs::path& root, const fs::path& path);

}  // namespace leafpress::app
