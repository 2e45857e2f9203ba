// `leafpress --help`, each command's --help and the README's command table tell the same story:
// every command is documented, every documented command exists, and every option a command
// takes is in its README row.
#include <gtest/gtest.h>

#include <regex>

#include "test_support/scratch_project.hpp"

using namespace leafpress::testing;

namespace {

std::string readme() { return slurp(fs::path(LEAFPRESS_SOURCE_DIR) / "README.md"); }

// The README's "| `command …` | … |" rows, by command name.
std::map<std::string, std::string> readme_rows() {
  std::map<std::string, std::string> rows;
  std::string text = readme();
  std::regex row(R"(\n\| `([a-z]+)([^`]*)` \|)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), row); it != std::sregex_iterator(); ++it)
    rows[(*it)[1]] = (*it)[2];
  return rows;
}

CommandResult help(const std::string& command) {
  return run_command(std::string(LEAFPRESS_EXE) + " " + command + " --help");
}

std::vector<std::string> subcommands() {
  std::string text = help("").output;
  size_t start = text.find("Subcommands:");
  size_t end = text.find("\n\n", start);
  std::vector<std::string> names;
  std::regex line(R"(\n  ([a-z]+) )");
  std::string section = text.substr(start, end - start);
  for (auto it = std::sregex_iterator(section.begin(), section.end(), line); it != std::sregex_iterator(); ++it)
    names.push_back((*it)[1]);
  return names;
}

}  // namespace

TEST(Help, EveryCommandIsInTheReadmeAndEveryReadmeCommandExists) {
  auto names = subcommands();
  ASSERT_GE(names.size(), 8u);
  auto rows = readme_rows();
  for (const auto& name : names) EXPECT_TRUE(rows.contains(name)) << "README has no row for `" << name << "`";
  for (const auto& [name, _] : rows)
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << "README documents `" << name << "`";
}

TEST(Help, EveryOptionOfACommandIsInItsReadmeRow) {
  auto rows = readme_rows();
  for (const auto& name : subcommands()) {
    auto result = help(name);
    ASSERT_EQ(result.exit_code, 0) << name;
    // "  -j,--jobs …": the row may give either spelling.
    std::regex option(R"(\n  (-[a-zA-Z],)?(--[a-z-]+))");
    for (auto it = std::sregex_iterator(result.output.begin(), result.output.end(), option);
         it != std::sregex_iterator(); ++it) {
      std::string flag = (*it)[2], short_flag = std::string((*it)[1]).substr(0, 2);
      if (flag == "--help") continue;
      bool documented = rows[name].find(flag) != std::string::npos ||
                        (!short_flag.empty() && rows[name].find(short_flag + " ") != std::string::npos);
      EXPECT_TRUE(documented) << "`leafpress " << name << "` takes " << flag << " but its README row does not say so";
    }
  }
}

TEST(Help, ExitStatusesAgree) {
  std::string text = help("").output;
  std::string doc = readme();
  for (const char* code : {"0", "1", "2", "3", "130"}) {
    EXPECT_NE(text.find(std::string("\n  ") + code + " "), std::string::npos) << code;
    EXPECT_NE(doc.find(std::string(" ") + code + " "), std::string::npos) << code;
  }
}

// leafpress sets its heap from inside the process (app/process_setup.hpp): it must run, and
// exit, whatever the caller's glibc heap settings say.
TEST(Startup, RunsWithAnyGlibcTunables) {
  for (const char* tunables :
       {"", "GLIBC_TUNABLES=", "GLIBC_TUNABLES=glibc.malloc.hugetlb=0", "GLIBC_TUNABLES=glibc.malloc.arena_max=2"}) {
    std::string prefix = std::string("env -u GLIBC_TUNABLES ") + tunables + " ";
    CommandResult result = run_command(prefix + LEAFPRESS_EXE + " --version");
    EXPECT_EQ(result.exit_code, 0) << tunables;
    EXPECT_NE(result.output.find("leafpress"), std::string::npos) << tunables;
  }
}
