#pragma once
// Writing the build's outputs: inside output/ (or locales/) only, atomically, and logged.
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "app/files.hpp"
#include "app/project.hpp"

namespace leafpress::app {

/// A source document as read at the start of a build.
struct SourceFile {
  fs::path path;
  std::string relative;  // e.g. "source-docs/community-and-diversity.txt"
  std::string name;      // file stem, used in output names
  std::string bytes;
  std::string hash;
};

/// What a build wrote, found unchanged or reused (thread-safe).
class OutputLog {
 public:
  explicit OutputLog(const Project& project) : m_project(project) {}
  void record(const fs::path& path, WriteOutcome outcome);
  void reused(size_t count);
  /// Notes that a (document, language) pair was rendered, as "<lang>/<statement>".
  void rendered(std::string pair);
  /// Relative paths of the files written, sorted.
  [[nodiscard]] std::vector<std::string> written() const;
  [[nodiscard]] size_t unchanged() const;
  [[nodiscard]] size_t reused_count() const;
  /// The pairs rendered, sorted.
  [[nodiscard]] std::vector<std::string> rendered_pairs() const;
  /// is_inside(output/, folder), worked out once per folder (resolving links is costly).
  bool folder_inside_output(const fs::path& folder);

 private:
  const Project& m_project;
  mutable std::mutex m_mutex;
  std::vector<std::string> m_written;
  std::vector<std::string> m_rendered;
  std::map<fs::path, bool> m_folders_inside;
  size_t m_unchanged = 0;
  size_t m_reused = 0;
};

/// Writes an output file under output/, refusing any path that would leave it (`..`, a
/// symlink pointing elsewhere), and records the outcome. Like write_file_atomic (temporary
/// file, rename; unchanged bytes are not rewritten) but without a flush per file: call
/// sync_outputs() before recording the outputs as built.
Result<WriteOutcome> write_output(const Project& project, const fs::path& path, std::string_view content,
                                  OutputLog& log);

/// Makes every output written so far durable (one syncfs of the file system holding output/).
Result<void> sync_outputs(const Project& project);

/// Removes temporary files left by a run that was killed mid-write (`*.tmp-XXXXXX`, and
/// FOP's partial PDFs `*.pdf.tmp-fop`, under output/ and locales/); the files they would have
/// replaced are intact.
void remove_stale_temporaries(const Project& project);

}  // namespace leafpress::app
