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
  if (it == m_folders_inside.end())
    it = m_folders_inside.emplace(folder, m_project.holds(m_project.output_dir(), folder)).first;
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

}  // namespace

Result<WriteOutcome> write_output(const Project& project, const fs::path& path, std::string_view content,
                                  OutputLog& log) {
  // The folder must lie inside output/; the file itself may not be "..", nor a link (which
  // write_file_atomic refuses).
  fs::path name = path.filename();
  if (name.empty() || name == "." || name == ".." || !log.folder_inside_output(path.parent_path()))
    return fail({project.relative(path)},
                "refusing to write outside output/ (check for \"..\" in names or a symbolic link in output/)");
  // Not flushed one by one: sync_outputs() flushes every output at once before the build
  // cache vouches for them.
  auto outcome = write_file_atomic(path, content, Durability::deferred);
  // The error names the file, or the link on the way to it that was refused.
  if (!outcome) return fail({project.relative(outcome.error().where.file)}, outcome.error().message);
  log.record(path, *outcome);
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
  // write_file_atomic's `.tmp-XXXXXX`, and `.tmp-fop` left by the FOP step of earlier versions.
  static const std::regex temporary(R"(.*\.tmp-([A-Za-z0-9]{6}|fop))");
  for (const fs::path& root : {project.output_dir(), project.locales_dir()}) {
    std::error_code ec;
    if (!fs::is_directory(root, ec)) continue;
    std::vector<fs::path> stale;
    for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      // Most names hold no ".tmp-" at all: they are not given to the regex.
      const std::string name = it->path().filename().string();
      if (name.find(".tmp-") != std::string::npos && it->is_regular_file(ec) && std::regex_match(name, temporary))
        stale.push_back(it->path());
    }
    for (const auto& file : stale) fs::remove(file, ec);
  }
}

}  // namespace leafpress::app
