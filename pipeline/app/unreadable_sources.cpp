#include "app/unreadable_sources.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "base/strings.hpp"
#include "readers/reader.hpp"

namespace leafpress::app {

namespace {

// Pictures sit beside the statements that show them (`![…](park.jpg)`).
constexpr std::array<std::string_view, 7> k_pictures{".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".tif"};

bool passed_over(const fs::path& path) {
  std::string name = path.filename().string();
  if (name.starts_with('.') || name.starts_with("~$") || name.ends_with('~')) return true;
  std::string extension = ascii_lower(path.extension().string());
  return std::find(k_pictures.begin(), k_pictures.end(), extension) != k_pictures.end();
}

// What to do with a file of this kind, in words for whoever saved it.
std::string advice(const fs::path& path) {
  std::string extension = ascii_lower(path.extension().string());
  if (extension == ".pdf")
    return "copy its text into a plain text (.txt) or Markdown (.md) file, or save the document it was made from "
           "as .docx or .odt";
  if (extension == ".doc" || extension == ".rtf" || extension == ".pages" || extension == ".wpd")
    return "open it in the word processor and save it as Word (.docx) or LibreOffice (.odt)";
  return "save it as plain text (.txt), Markdown (.md), Word (.docx) or LibreOffice (.odt), or move it out of the "
         "folder";
}

}  // namespace

void warn_unreadable_sources(const Project& project, Diagnostics& diagnostics) {
  std::error_code ec;
  std::vector<fs::path> found;
  for (auto it = fs::recursive_directory_iterator(project.source_dir(), ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec) || passed_over(it->path())) continue;
    if (!readers::has_reader_for(it->path().filename().string())) found.push_back(it->path());
  }
  std::sort(found.begin(), found.end());  // the order of the listing is the file system's
  for (const fs::path& path : found) {
    std::string what = path.extension().empty()
                           ? std::string("has no extension, so leafpress cannot tell what it holds")
                           : "is a " + path.extension().string() + " file, which leafpress cannot read";
    diagnostics.warning({project.relative(path)},
                        fmt::format("{}: it is left out of the catalogs and pages; {}", what, advice(path)));
  }
}

}  // namespace leafpress::app
