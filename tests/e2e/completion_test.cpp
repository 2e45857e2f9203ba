// The bash completion (scripts/completion/leafpress.bash), sourced in bash as bash-completion
// loads it: it completes commands, their options and the project's languages, and knows
// every command and option that `leafpress --help` lists.
#include <gtest/gtest.h>

#include <regex>

#include "test_support/scratch_project.hpp"

using namespace leafpress::testing;

namespace {

const std::string k_script = std::string(LEAFPRESS_SOURCE_DIR) + "/scripts/completion/leafpress.bash";

// COMPREPLY for the words typed so far (the last one being completed), one per line.
std::string complete(const std::string& words, const fs::path& cwd = fs::temp_directory_path()) {
  std::string script = "cd '" + cwd.string() + "' && source '" + k_script + "' && COMP_WORDS=(" + words +
                       ") && COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) && _leafpress && printf '%s\\n' \"${COMPREPLY[@]}\"";
  auto result = run_command("bash -c \"$(cat <<'LEAFPRESS_EOF'\n" + script + "\nLEAFPRESS_EOF\n)\"");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  return result.output;
}

std::string help(const std::string& command) {
  return run_command(std::string(LEAFPRESS_EXE) + " " + command + " --help").output;
}

}  // namespace

TEST(Completion, CompletesCommands) {
  EXPECT_EQ(complete("leafpress bu"), "build\n");
  EXPECT_EQ(complete("leafpress -q st"), "stats\n");
}

TEST(Completion, CompletesACommandsOptions) {
  std::string options = complete("leafpress build --");
  for (const char* option : {"--print\n", "--proof\n", "--pdf\n", "--jobs\n", "--quiet\n"})
    EXPECT_NE(options.find(option), std::string::npos) << option << " in\n" << options;
  EXPECT_EQ(options.find("--statement\n"), std::string::npos) << options;
  EXPECT_EQ(complete("leafpress export ta --format x"), "xliff2\nxliff12\n");
}

TEST(Completion, CompletesTheProjectsLanguages) {
  TempDir dir;
  spit(dir.path() / "leafpress.toml",
       "[languages]\ntargets = [\n  \"fr\",  # French\n  \"zh-Hant\",\n]\nprint = [\"fr\"]\n");
  EXPECT_EQ(complete("leafpress check ''", dir.path()), "fr\nzh-Hant\n");
  EXPECT_EQ(complete("leafpress -C '" + dir.path().string() + "' stats z"), "zh-Hant\n");
  EXPECT_EQ(complete("leafpress sheet -C '" + dir.path().string() + "' f"), "fr\n");
}

// Every command `leafpress --help` lists, and every option of its --help, is in the script.
TEST(Completion, KnowsEveryCommandAndOption) {
  std::string script = slurp(k_script);
  std::string text = help("");
  std::string section = text.substr(text.find("Subcommands:"));
  std::regex line(R"(\n  ([a-z]+) )");
  size_t commands = 0;
  for (auto it = std::sregex_iterator(section.begin(), section.end(), line); it != std::sregex_iterator(); ++it) {
    std::string name = (*it)[1];
    ++commands;
    std::string listed = complete("leafpress " + name + " -");
    EXPECT_NE(complete("leafpress " + name.substr(0, name.size() - 1)).find(name + "\n"), std::string::npos) << name;
    std::string options = help(name);
    std::regex option(R"(\n  (-[a-zA-Z],)?(--[a-z-]+))");
    for (auto o = std::sregex_iterator(options.begin(), options.end(), option); o != std::sregex_iterator(); ++o) {
      std::string flag = (*o)[2];
      if (flag == "--help") continue;
      EXPECT_NE(listed.find(flag + "\n"), std::string::npos) << "`leafpress " << name << " -<TAB>` misses " << flag;
    }
  }
  EXPECT_GE(commands, 14u);
}
