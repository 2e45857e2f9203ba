#include "app/new_project.hpp"

#include <string_view>

#include "app/config.hpp"
#include "app/files.hpp"
#include "app/safe_files.hpp"

namespace leafpress::app {

namespace {

// Neutral words of no real person: a sample to build, translate and replace.
constexpr std::string_view k_sample = R"(Library opening hours

From Monday 2 March the library opens at nine in the morning and closes at seven in the evening, Monday to Saturday.

Children's books are on the first floor. The reading room is open to everyone, with step-free access from the side door.

Joining the library is free: ask at the front desk.

Community notices
)";

// What a build writes and what it keeps between runs: not the project's sources.
constexpr std::string_view k_gitignore = R"(# Written by `leafpress build`: made again from the sources at any time.
/output/
# The typesetter's scratch folders and the leaflets' converted logo.
/.cache/
# Left by a catalog being written while an editor or a second build had it.
*.po.lock
)";

// The folder's name as a TOML string's contents.
std::string toml_escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
  }
  return out;
}

bool has_files(const fs::path& folder) {
  std::error_code ec;
  return fs::is_directory(folder, ec) && !fs::is_empty(folder, ec);
}

}  // namespace

Result<std::vector<fs::path>> create_project(const fs::path& dir, bool empty) {
  std::error_code ec;
  fs::path root = fs::absolute(dir, ec).lexically_normal();
  if (!root.has_filename() && root.has_parent_path()) root = root.parent_path();
  if (fs::exists(root / "leafpress.toml", ec))
    return fail({(dir / "leafpress.toml").string()},
                "a project is already here; nothing was changed (run `leafpress build` in it, or choose a new folder)");
  if (fs::exists(root, ec) && !fs::is_directory(root, ec))
    return fail({dir.string()}, "is a file, not a folder; choose a new folder for the project");
  std::vector<fs::path> made;
  if (!fs::exists(root, ec)) {
    fs::create_directories(root, ec);
    if (ec) return fail({dir.string()}, "cannot create the folder: " + ec.message());
    made.push_back(root);
  }
  confine_writes_to(root);  // as for any project: nothing written through a link inside it
  fs::path sources = root / "source-docs";
  bool sample = !empty && !has_files(sources);
  for (const fs::path& folder : {sources, root / "locales"}) {
    bool existed = fs::is_directory(folder, ec);
    if (auto opened = open_folder_for_writing(folder); !opened) return std::unexpected(opened.error());
    if (!existed) made.push_back(folder);
  }
  if (sample) {
    fs::path statement = sources / "opening-hours.txt";
    if (auto written = write_file_atomic(statement, k_sample); !written) return std::unexpected(written.error());
    made.push_back(statement);
  }
  if (!fs::exists(root / ".gitignore", ec)) {
    if (auto written = write_file_atomic(root / ".gitignore", k_gitignore); !written)
      return std::unexpected(written.error());
    made.push_back(root / ".gitignore");
  }
  // Last: a run that failed on the way leaves no leafpress.toml, so it can simply be run again.
  std::string config = default_config_text(toml_escaped(root.filename().string()));
  if (auto written = write_file_atomic(root / "leafpress.toml", config); !written)
    return std::unexpected(written.error());
  made.push_back(root / "leafpress.toml");
  return made;
}

}  // namespace leafpress::app
