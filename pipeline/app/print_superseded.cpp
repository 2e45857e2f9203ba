#include "app/print_superseded.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

#include "app/safe_files.hpp"

namespace leafpress::app {

Result<std::vector<std::string>> move_to_superseded(const Project& project, const std::vector<std::string>& files,
                                                    const std::string& date) {
  std::vector<std::string> moved;
  for (const auto& relative : files) {
    fs::path from = project.root / relative;
    struct stat info {};
    if (::lstat(from.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) continue;  // gone, or not a plain file
    std::string lang = from.parent_path().filename().string();
    fs::path folder = project.output_dir() / "print-superseded" / date / lang;
    auto source_folder = open_folder_for_writing(from.parent_path());
    if (!source_folder) return std::unexpected(source_folder.error());
    auto target_folder = open_folder_for_writing(folder);
    if (!target_folder) return std::unexpected(target_folder.error());
    std::string stem = from.stem().string(), extension = from.extension().string();
    for (unsigned n = 1;; ++n) {
      std::string name = n == 1 ? from.filename().string() : fmt::format("{}-{}{}", stem, n, extension);
      // RENAME_NOREPLACE: a file superseded earlier the same day under this name stays.
      if (::renameat2(source_folder->get(), from.filename().c_str(), target_folder->get(), name.c_str(),
                      RENAME_NOREPLACE) == 0) {
        moved.push_back(project.relative(folder / name));
        break;
      }
      if (errno != EEXIST)
        return fail({relative},
                    fmt::format("cannot move it to {}: {}", project.relative(folder), std::strerror(errno)));
    }
  }
  return moved;
}

std::vector<std::string> unlisted_print_files(const Project& project, const std::vector<PrintRecord>& records) {
  std::set<std::string> listed;
  for (const auto& record : records) listed.insert(record.files.begin(), record.files.end());
  std::vector<std::string> out;
  std::error_code ec;
  for (fs::directory_iterator lang(project.output_dir() / "print", ec), end; !ec && lang != end; lang.increment(ec)) {
    std::error_code type_ec;
    if (lang->is_symlink(type_ec) || !lang->is_directory(type_ec)) continue;
    std::error_code inner;
    for (fs::directory_iterator file(lang->path(), inner); !inner && file != end; file.increment(inner)) {
      std::string name = file->path().filename().string();
      if (name.find(".tmp-") != std::string::npos) continue;  // a write in progress or left by a killed run
      std::string relative = project.relative(file->path());
      if (!file->is_symlink(type_ec) && file->is_regular_file(type_ec) && !listed.contains(relative))
        out.push_back(relative);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace leafpress::app
