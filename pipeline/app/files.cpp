#include "app/files.hpp"

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <random>

#include "app/interrupt.hpp"
#include "app/safe_files.hpp"

namespace leafpress::app {
namespace {

std::string name_of(const fs::path& path, const std::string& display_name) {
  return display_name.empty() ? path.string() : display_name;
}

std::string errno_text() { return std::strerror(errno); }

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// Test hook, for the crash tests only: with LEAFPRESS_TEST_KILL_AFTER_WRITES=N in the
// environment, the process kills itself with SIGKILL during the (N+1)th file write, once its
// temporary file is complete and before its rename: N writes have been committed (other
// threads' writes may be cut short anywhere) and stray temporaries are left behind, as after a
// real crash. Unset (always, outside tests): no effect.
void test_hook_kill_before_rename() {
  static const long limit = [] {
    const char* value = std::getenv("LEAFPRESS_TEST_KILL_AFTER_WRITES");
    return value && *value ? std::strtol(value, nullptr, 10) : -1L;
  }();
  if (limit < 0) return;
  static std::atomic<long> finished{0};
  if (finished.fetch_add(1) == limit) ::raise(SIGKILL);
}

// Creates `base` + ".tmp-" + six random letters or digits in the folder `dir`, exclusively
// (never through a link), with mode 0644 as the umask allows (mkstemp would make it 0600);
// returns the descriptor (-1 on failure) and sets `name`.
int create_temporary(int dir, const std::string& base, std::string& name) {
  static constexpr std::string_view k_letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  thread_local std::mt19937_64 random(std::random_device{}() ^ (static_cast<uint64_t>(::getpid()) << 32));
  for (int attempt = 0; attempt < 100; ++attempt) {
    name = base + ".tmp-";
    for (int i = 0; i < 6; ++i) name += k_letters[random() % k_letters.size()];
    int fd = ::openat(dir, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

// Reads the open file `fd` whole and closes it (see read_file).
Result<std::string> read_descriptor(int fd, const fs::path& path, const std::string& display_name, size_t max_bytes) {
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return fail({name_of(path, display_name)}, "is not a regular file (a pipe, device or folder); refusing to read it");
  }
  if (static_cast<uint64_t>(info.st_size) > max_bytes) {
    ::close(fd);
    return fail({name_of(path, display_name)},
                fmt::format("is {} bytes, more than the {} this file may have; refusing to read it", info.st_size,
                            max_bytes));
  }
  // One read into a string of the file's size (a stream copy was a tenth of a big merge).
  auto expected = static_cast<size_t>(info.st_size);
  std::string content;
  size_t got = 0;
  int error = 0;
  // The bytes are read straight into the string, never zeroed first: one pass over them. A
  // file that grows while it is read stops at `max_bytes`.
  for (size_t room = std::max<size_t>(expected + 1, 4096); error == 0; room *= 2) {
    content.resize_and_overwrite(room, [&](char* data, size_t size) {
      while (got < size) {
        ssize_t n = ::read(fd, data + got, size - got);
        if (n == 0) break;
        if (n < 0) {
          if (errno == EINTR && !interrupted()) continue;
          error = errno;
          break;
        }
        got += static_cast<size_t>(n);
      }
      return got;
    });
    if (got < room) break;  // the end of the file (or an error) came before the room ran out
    if (got > max_bytes || interrupted()) error = got > max_bytes ? EFBIG : EINTR;
  }
  ::close(fd);
  if (error == EINTR) return fail({name_of(path, display_name)}, "interrupted");
  if (error != 0) {
    errno = error;
    return fail({name_of(path, display_name)}, "cannot read the file: " + errno_text());
  }
  return content;
}

}  // namespace

Result<std::string> read_file(const fs::path& path, const std::string& display_name, size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused unread).
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return fail({name_of(path, display_name)}, "cannot open the file: " + errno_text());
  return read_descriptor(fd, path, display_name, max_bytes);
}

Result<WriteOutcome> write_file_atomic(const fs::path& path, std::string_view content, Durability durability) {
  // Everything is done relative to the folder's descriptor, never through a link.
  auto folder = open_parent_for_writing(path);
  if (!folder) return std::unexpected(folder.error());
  int dir = folder->get();
  std::string name = path.filename().string();
  struct stat existing {};
  bool exists = ::fstatat(dir, name.c_str(), &existing, AT_SYMLINK_NOFOLLOW) == 0;
  if (exists && !S_ISREG(existing.st_mode))
    return fail({path.string()}, "is not a regular file (a folder, device or link); refusing to replace it");
  if (exists && static_cast<size_t>(existing.st_size) == content.size()) {
    int fd = ::openat(dir, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    auto bytes = fd >= 0 ? read_descriptor(fd, path, {}, k_any_size) : Result<std::string>(std::string());
    if (fd >= 0 && bytes && *bytes == content) return WriteOutcome::unchanged;
  }
  // A replaced file keeps its permissions; a new one gets 0644 less the umask.
  std::optional<mode_t> keep_mode;
  if (exists) keep_mode = existing.st_mode & 07777;
  std::string temp;
  int fd = create_temporary(dir, name, temp);
  if (fd < 0) return fail({path.string()}, "cannot create a temporary file beside it: " + errno_text());
  bool ok = (!keep_mode || ::fchmod(fd, *keep_mode) == 0) && write_all(fd, content) &&
            (durability == Durability::deferred || ::fsync(fd) == 0);
  std::string why = ok ? std::string() : errno_text();
  ok = (::close(fd) == 0) && ok;
  if (ok) test_hook_kill_before_rename();
  if (!ok || ::renameat(dir, temp.c_str(), dir, name.c_str()) != 0) {
    if (why.empty()) why = errno_text();
    ::unlinkat(dir, temp.c_str(), 0);
    return fail({path.string()}, "cannot write the file: " + why);
  }
  return WriteOutcome::written;
}

Result<FileLock> FileLock::acquire(const fs::path& path) {
  fs::path lock_path = path.string() + ".lock";
  auto opened = open_for_writing(lock_path, O_RDWR | O_CREAT);
  if (!opened) return std::unexpected(opened.error());
  int fd = opened->release();
  while (::flock(fd, LOCK_EX) != 0) {
    if (errno != EINTR) {
      std::string why = errno_text();
      ::close(fd);
      return fail({lock_path.string()}, "cannot lock: " + why);
    }
  }
  return FileLock(fd);
}

FileLock::FileLock(FileLock&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }

FileLock& FileLock::operator=(FileLock&& other) noexcept {
  if (this != &other) {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = other.m_fd;
    other.m_fd = -1;
  }
  return *this;
}

FileLock::~FileLock() {
  if (m_fd >= 0) ::close(m_fd);  // closing releases the flock
}

bool is_inside(const fs::path& root, const fs::path& path) {
  std::error_code ec;
  fs::path base = fs::weakly_canonical(root, ec);
  fs::path target = fs::weakly_canonical(path, ec);
  auto [root_end, _] = std::mismatch(base.begin(), base.end(), target.begin(), target.end());
  return root_end == base.end();
}

}  // namespace leafpress::app
