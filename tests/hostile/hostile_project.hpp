#pragma once
// A small leafpress project in a temporary folder for the hostile-input cases, with a
// sentinel folder beside it, and the checks every case ends with: nothing written outside
// output/ and locales/, nothing outside the project touched, every page and leaflet
// well-formed XML made only of characters XML allows.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "test_support/scratch_project.hpp"
#include "test_support/temp_dir.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::testing {

/// Neutral statement text (no real person's words).
inline constexpr std::string_view k_statement =
    "Library opening hours\n"
    "\n"
    "The library opens at nine in the morning.\n"
    "\n"
    "Children's books are on the first floor.\n";

class HostileProject {
 public:
  /// A project with `targets` as its languages (all of them print languages) and one
  /// statement, source-docs/notice.txt.
  explicit HostileProject(const std::string& targets = R"("pl", "ar")") {
    fs::create_directories(root() / "source-docs");
    fs::create_directories(outside());
    spit(outside() / "keep.txt", "outside the project\n");
    write_config("[project]\nname = \"Hostile\"\nsource_language = \"en\"\n\n[languages]\ntargets = [" + targets +
                 "]\n");
    spit(root() / "source-docs" / "notice.txt", std::string(k_statement));
  }

  [[nodiscard]] fs::path root() const { return m_dir.path() / "project"; }
  /// A folder beside the project that no command may touch.
  [[nodiscard]] fs::path outside() const { return m_dir.path() / "outside"; }
  void write_config(const std::string& toml) const { spit(root() / "leafpress.toml", toml); }

  /// Runs `leafpress -C <root> ARGS` with a time limit (exit 124 when it hangs), `env`
  /// prefixed as shell assignments.
  [[nodiscard]] CommandResult leafpress(const std::string& args, const std::string& env = {}, int seconds = 120) const {
    return run_command(env + " timeout -s KILL " + std::to_string(seconds) + " " + std::string(LEAFPRESS_EXE) +
                       " -C '" + root().string() + "' " + args);
  }

  /// Every regular file under the temporary folder (project and sentinel), path → bytes.
  [[nodiscard]] std::map<std::string, std::string> files() const {
    std::map<std::string, std::string> out;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(m_dir.path(), ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->is_symlink(ec) || !it->is_regular_file(ec)) continue;
      out[fs::relative(it->path(), m_dir.path()).generic_string()] = slurp(it->path());
    }
    return out;
  }

 private:
  TempDir m_dir;
};

/// A HostileProject built once, so that its catalogs and outputs exist.
struct BuiltProject {
  HostileProject project;
  BuiltProject() {
    fs::create_directories(project.root() / "locales");
    auto first = project.leafpress("-q build");
    EXPECT_EQ(first.exit_code, 0) << first.output;
  }
  [[nodiscard]] fs::path root() const { return project.root(); }
  /// The Polish statements catalog.
  [[nodiscard]] fs::path po() const { return project.root() / "locales/pl/statements.po"; }
};

/// Files added or changed between two snapshots, and files removed.
inline std::vector<std::string> changed_files(const std::map<std::string, std::string>& before,
                                              const std::map<std::string, std::string>& after) {
  std::vector<std::string> changed;
  for (const auto& [path, bytes] : after) {
    auto it = before.find(path);
    if (it == before.end() || it->second != bytes) changed.push_back(path);
  }
  for (const auto& [path, bytes] : before)
    if (!after.contains(path)) changed.push_back(path);
  return changed;
}

/// Fails the test for any change outside project/output/ and project/locales/.
inline void expect_writes_confined(const std::map<std::string, std::string>& before,
                                   const std::map<std::string, std::string>& after) {
  for (const auto& path : changed_files(before, after)) {
    bool allowed = path.starts_with("project/output/") || path.starts_with("project/locales/");
    EXPECT_TRUE(allowed) << "written outside output/ and locales/: " << path;
  }
}

/// Empty when `text` is UTF-8 made only of characters XML 1.0 allows (no C0 controls but
/// tab/LF/CR, no surrogates, no U+FFFE/U+FFFF); otherwise what is wrong and where.
inline std::string xml_character_problem(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    auto byte = static_cast<unsigned char>(text[i]);
    uint32_t cp = 0;
    size_t length = 0;
    if (byte < 0x80) {
      cp = byte;
      length = 1;
    } else if ((byte & 0xE0) == 0xC0) {
      cp = byte & 0x1Fu;
      length = 2;
    } else if ((byte & 0xF0) == 0xE0) {
      cp = byte & 0x0Fu;
      length = 3;
    } else if ((byte & 0xF8) == 0xF0) {
      cp = byte & 0x07u;
      length = 4;
    } else return "invalid UTF-8 lead byte at offset " + std::to_string(i);
    if (i + length > text.size()) return "truncated UTF-8 at offset " + std::to_string(i);
    for (size_t k = 1; k < length; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return "invalid UTF-8 continuation at offset " + std::to_string(i);
      cp = (cp << 6) | (next & 0x3Fu);
    }
    static constexpr uint32_t k_min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < k_min[length] || cp > 0x10FFFF) return "overlong or out-of-range UTF-8 at offset " + std::to_string(i);
    if (cp >= 0xD800 && cp <= 0xDFFF) return "surrogate at offset " + std::to_string(i);
    if (cp == 0xFFFE || cp == 0xFFFF) return "noncharacter U+FFFE/U+FFFF at offset " + std::to_string(i);
    if (cp < 0x20 && cp != 0x09 && cp != 0x0A && cp != 0x0D)
      return "control character U+00" + std::to_string(cp) + " at offset " + std::to_string(i);
    i += length;
  }
  return {};
}

/// Every .html and .fo file under output/ re-parses as XML and holds only XML characters.
/// Returns how many files were checked.
inline size_t expect_outputs_well_formed(const fs::path& root) {
  size_t checked = 0;
  std::error_code ec;
  fs::path output = root / "output";
  if (!fs::is_directory(output, ec)) return 0;
  for (const auto& entry : fs::recursive_directory_iterator(output)) {
    auto ext = entry.path().extension();
    if (!entry.is_regular_file() || (ext != ".html" && ext != ".fo" && ext != ".xml")) continue;
    std::string text = slurp(entry.path());
    std::string error;
    EXPECT_TRUE(xml::is_well_formed(text, &error)) << entry.path() << ": " << error;
    EXPECT_EQ(xml_character_problem(text), "") << entry.path();
    ++checked;
  }
  return checked;
}

}  // namespace leafpress::testing
