#include "app/output_files.hpp"

#include <algorithm>
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

Result<WriteOutcome> write_output(const Project& project, const fs::path& path, std::string_view content,
                                  OutputLog& log) {
  if (!is_inside(project.output_dir(), path))
    return fail({project.relative(path)},
                "refusing to write outside output/ (check for \"..\" in names or a symbolic link in output/)");
  auto outcome = write_file_atomic(path, content);
  if (outcome) log.record(path, *outcome);
  return outcome;
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
