#include "app/output_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <regex>

namespace leafpress::app {

void OutputLog::record(const fs::path& path, WriteOutcome outcome) {
  std::lock_guard lock(m_mutex);
  if (outcome == WriteOutcome::written) m_written.push_back(m_project.relative(path));
  else ++m_unchanged;
}

void OutputLog::reused(size_t count) {
  std::lock_guard lock(m_mutex);
  m_reused += count;
}

void OutputLog::rendered(std::string pair) {
  std::lock_guard lock(m_mutex);
  m_rendered.push_back(std::move(pair));
}

std::vector<std::string> OutputLog::rendered_pairs() const {
  std::lock_guard lock(m_mutex);
  std::vector<std::string> sorted = m_rendered;
  std::sort(sorted.begin(), sorted.end());
  return sorted;
}

bool OutputLog::folder_inside_output(const fs::path& folder) {
  std::lock_guard lock(m_mutex);
  auto it = m_folders_inside.find(folder);
  if (it == m_folders_inside.end()) it = m_folders_inside.emplace(folder, is_inside(m_project.output_dir(), folder)).first;
  return it->second;
}

std::vector<std::string> OutputLog::written() const {
  std::lock_guard lock(m_mutex);
  std::vector<std::string> sorted = m_written;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  return sorted;
}

size_t OutputLog::unchanged() const {
  std::lock_guard lock(m_mutex);
  return m_unchanged;
}

size_t OutputLog::reused_count() const {
  std::lock_guard lock(m_mutex);
  return m_reused;
}

namespace {

std::string errno_text() { return std::strerror(errno); }

// write_file_atomic without the fsync: a build writes hundreds of outputs, and one flush per
// file cost more than rendering them. sync_outputs() flushes them all at once.
Result<WriteOutcome> replace_file(const Project& project, const fs::path& path, std::string_view content) {
  std::error_code ec;
  auto status = fs::symlink_status(path, ec);
  if (fs::exists(status) && !fs::is_regular_file(status))
    return fail({project.relative(path)}, "is not a regular file (a folder, device or link); refusing to replace it");
  if (fs::exists(status) && fs::file_size(path, ec) == content.size()) {
    auto existing = read_file(path);
    if (existing && *existing == content) return WriteOutcome::unchanged;
  }
  fs::create_directories(path.parent_path(), ec);
  if (ec) return fail({project.relative(path.parent_path())}, "cannot create the folder: " + ec.message());
  std::string temp = path.string() + ".tmp-XXXXXX";
  int fd = ::mkstemp(temp.data());
  if (fd < 0) return fail({project.relative(path)}, "cannot create a temporary file beside it: " + errno_text());
  bool ok = true;
  std::string_view rest = content;
  while (ok && !rest.empty()) {
    ssize_t n = ::write(fd, rest.data(), rest.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) ok = false;
    else rest.remove_prefix(static_cast<size_t>(n));
  }
  std::string why = ok ? std::string() : errno_text();
  ::fchmod(fd, 0644);  // mkstemp creates 0600
  ok = (::close(fd) == 0) && ok;
  if (!ok || ::rename(temp.c_str(), path.c_str()) != 0) {
    if (why.empty()) why = errno_text();
    ::unlink(temp.c_str());
    return fail({project.relative(path)}, "cannot write the file: " + why);
  }
  return WriteOutcome::written;
}

}  // namespace

Result<WriteOutcome> write_output(const Project& project, const fs::path& path, std::string_view content,
                                  OutputLog& log) {
  // The folder must lie inside output/; the file itself may not be "..", nor a link (which
  // replace_file refuses).
  fs::path name = path.filename();
  if (name.empty() || name == "." || name == ".." || !log.folder_inside_output(path.parent_path()))
    return fail({project.relative(path)},
                "refusing to write outside output/ (check for \"..\" in names or a symbolic link in output/)");
  auto outcome = replace_file(project, path, content);
  if (outcome) log.record(path, *outcome);
  return outcome;
}

Result<void> sync_outputs(const Project& project) {
  int fd = ::open(project.output_dir().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return {};  // nothing was written
  bool ok = ::syncfs(fd) == 0;
  std::string why = ok ? std::string() : errno_text();
  ::close(fd);
  if (!ok) return fail({project.relative(project.output_dir())}, "cannot flush the outputs to disk: " + why);
  return {};
}

void remove_stale_temporaries(const Project& project) {
  static const std::regex temporary(R"(.*\.tmp-[A-Za-z0-9]{6})");
  for (const fs::path& root : {project.output_dir(), project.locales_dir()}) {
    std::error_code ec;
    if (!fs::is_directory(root, ec)) continue;
    std::vector<fs::path> stale;
    for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file(ec) && std::regex_match(it->path().filename().string(), temporary))
        stale.push_back(it->path());
    }
    for (const auto& file : stale) fs::remove(file, ec);
  }
}

}  // namespace leafpress::app
