#include "app/safe_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>

namespace leafpress::app {
namespace {

std::mutex g_root_mutex;
fs::path g_root;  // empty: no confining root

fs::path confining_root() {
  std::lock_guard lock(g_root_mutex);
  return g_root;
}

std::string errno_text() { return std::strerror(errno); }

// Why `name` in the folder `dir` could not be opened as a folder or file without following it.
std::string refusal(int dir, const std::string& name, int error) {
  struct stat info {};
  if (::fstatat(dir, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0) {
    if (S_ISLNK(info.st_mode)) return "is a symbolic link; leafpress does not write through links (remove the link)";
    if (!S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode))
      return "is not a regular file (a folder, device or pipe); refusing to write to it";
  }
  if (error == ENOTDIR) return "is not a folder";
  return std::strerror(error);
}

}  // namespace

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept {
  if (this != &other) {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = other.release();
  }
  return *this;
}

UniqueFd::~UniqueFd() {
  if (m_fd >= 0) ::close(m_fd);
}

void confine_writes_to(const fs::path& root) {
  std::lock_guard lock(g_root_mutex);
  g_root = root.empty() ? fs::path() : fs::absolute(root).lexically_normal();
  if (!g_root.has_filename() && g_root.has_parent_path()) g_root = g_root.parent_path();
}

// The folder `folder`, opened; below the confining root one component at a time.
Result<UniqueFd> open_folder_for_writing(const fs::path& folder) {
  std::error_code ec;
  fs::path target = fs::absolute(folder, ec).lexically_normal();
  if (!target.has_filename() && target.has_parent_path()) target = target.parent_path();
  fs::path root = confining_root();
  fs::path below = root.empty() ? fs::path() : target.lexically_relative(root);
  if (root.empty() || below.empty() || *below.begin() == "..") {
    // Outside the project: a folder the user named; created as asked.
    fs::create_directories(target, ec);
    if (ec) return fail({target.string()}, "cannot create the folder: " + ec.message());
    UniqueFd fd(::open(target.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0) return fail({target.string()}, "cannot open the folder: " + errno_text());
    return fd;
  }
  UniqueFd fd(::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() < 0) return fail({root.string()}, "cannot open the project folder: " + errno_text());
  fs::path walked = root;
  for (const fs::path& part : below) {
    std::string name = part.string();
    if (name == "." || name.empty()) continue;
    walked /= part;
    constexpr int k_flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
    int next = ::openat(fd.get(), name.c_str(), k_flags);
    if (next < 0 && errno == ENOENT) {
      if (::mkdirat(fd.get(), name.c_str(), 0755) != 0 && errno != EEXIST)
        return fail({walked.string()}, "cannot create the folder: " + errno_text());
      next = ::openat(fd.get(), name.c_str(), k_flags);
    }
    if (next < 0) return fail({walked.string()}, refusal(fd.get(), name, errno));
    fd = UniqueFd(next);
  }
  return fd;
}

Result<UniqueFd> open_parent_for_writing(const fs::path& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec).lexically_normal();
  return open_folder_for_writing(absolute.parent_path());
}

Result<UniqueFd> open_for_writing(const fs::path& path, int flags, mode_t mode) {
  auto folder = open_parent_for_writing(path);
  if (!folder) return std::unexpected(folder.error());
  std::string name = path.filename().string();
  // O_NONBLOCK: a FIFO planted under the name must not hang the open (it is refused below).
  int raw = ::openat(folder->get(), name.c_str(), flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, mode);
  if (raw < 0) return fail({path.string()}, refusal(folder->get(), name, errno));
  UniqueFd fd(raw);
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode))
    return fail({path.string()}, "is not a regular file (a folder, device or pipe); refusing to write to it");
  ::fcntl(fd.get(), F_SETFL, ::fcntl(fd.get(), F_GETFL) & ~O_NONBLOCK);
  return fd;
}

}  // namespace leafpress::app
