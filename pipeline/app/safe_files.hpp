#pragma once
// Opening files and folders for writing without following symbolic links. A link planted in
// the project (output/, locales/, .cache/) must never make leafpress create, replace, truncate
// or lock a file somewhere else: below the project folder every component is opened with
// O_NOFOLLOW relative to its parent's descriptor (openat), and a link on the way is refused
// naming it. Every file leafpress writes, renames into or locks goes through here.
#include <sys/types.h>

#include <filesystem>
#include <string>

#include "base/result.hpp"

namespace leafpress::app {

namespace fs = std::filesystem;

/// A file descriptor, closed on destruction.
class UniqueFd {
 public:
  UniqueFd() = default;
  explicit UniqueFd(int fd) : m_fd(fd) {}
  UniqueFd(UniqueFd&& other) noexcept : m_fd(other.release()) {}
  UniqueFd& operator=(UniqueFd&& other) noexcept;
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  ~UniqueFd();

  [[nodiscard]] int get() const { return m_fd; }
  /// Gives up ownership; the caller closes the descriptor.
  int release() {
    int fd = m_fd;
    m_fd = -1;
    return fd;
  }

 private:
  int m_fd = -1;
};

/// Sets the folder (the project's root) under which no link is followed when writing. Paths
/// outside it (a file named on the command line) are opened with only their last component
/// unfollowed. Set once a project is opened; without it, every path counts as outside.
void confine_writes_to(const fs::path& root);

/// The folder `folder`, opened for *at() calls, with missing folders created (0755 less the
/// umask). Error, naming the component, when a link or a non-folder is in the way below the
/// confining root.
Result<UniqueFd> open_folder_for_writing(const fs::path& folder);

/// The folder that holds `path`, opened for *at() calls, with missing folders created (0755
/// less the umask). Error, naming the component, when a link or a non-folder is in the way
/// below the confining root.
Result<UniqueFd> open_parent_for_writing(const fs::path& path);

/// Opens `path` with `flags` (O_WRONLY or O_RDWR with O_CREAT, O_TRUNC, O_APPEND…, to which
/// O_NOFOLLOW and O_CLOEXEC are added) as open_parent_for_writing walks to it. Error, naming
/// the file, when it is a link or not a regular file.
Result<UniqueFd> open_for_writing(const fs::path& path, int flags, mode_t mode = 0644);

}  // namespace leafpress::app
