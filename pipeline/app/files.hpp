#pragma once
// File I/O for the app layer: whole-file reads, atomic writes that skip unchanged content,
// and advisory locks. No module below app touches the disk.
#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace leafpress::app {

namespace fs = std::filesystem;

/// The whole file as bytes; error names the file when it cannot be read.
Result<std::string> read_file(const fs::path& path, const std::string& display_name = {});

enum class WriteOutcome { unchanged, written };

/// Writes `content` to `path` atomically (temporary file in the same folder, fsync, rename),
/// creating parent folders. When the file already holds exactly `content`, nothing is
/// touched and `unchanged` is returned.
Result<WriteOutcome> write_file_atomic(const fs::path& path, std::string_view content);

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
