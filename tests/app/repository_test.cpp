// The README's two commands are the product's front door: CI must run exactly those.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "test_support/command.hpp"

namespace {

std::string read(const std::string& relative) {
  std::ifstream in(std::string(LEAFPRESS_SOURCE_DIR) + "/" + relative);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The scripts named by `sudo scripts/….sh` lines in the README's quick start.
std::vector<std::string> readme_commands() {
  std::string readme = read("README.md");
  size_t start = readme.find("## Quick start");
  size_t end = readme.find("\n## ", start + 1);
  std::string section = readme.substr(start, end - start);
  std::vector<std::string> scripts;
  std::regex command(R"((?:^|\n)sudo (scripts/[a-z-]+\.sh))");
  for (auto it = std::sregex_iterator(section.begin(), section.end(), command); it != std::sregex_iterator(); ++it)
    scripts.push_back((*it)[1]);
  return scripts;
}

}  // namespace

TEST(Repository, ReadmeHasTheTwoCommands) {
  auto scripts = readme_commands();
  ASSERT_EQ(scripts.size(), 2u);
  EXPECT_EQ(scripts[0], "scripts/build.sh");
  EXPECT_EQ(scripts[1], "scripts/test.sh");
}

TEST(Repository, CiRunsTheReadmeTestCommandThenTheMainJob) {
  std::string ci = read(".ci/run");
  auto scripts = readme_commands();
  ASSERT_EQ(scripts.size(), 2u);
  size_t test_at = ci.find("bash " + scripts[1] + "\n");
  size_t build_at = ci.find("bash " + scripts[0] + "\n");
  ASSERT_NE(test_at, std::string::npos) << ".ci/run does not call " << scripts[1];
  ASSERT_NE(build_at, std::string::npos) << ".ci/run does not call " << scripts[0];
  EXPECT_LT(test_at, build_at);
  EXPECT_NE(ci.find("set -euo pipefail"), std::string::npos);
}

TEST(Repository, SeedStatementIsTheOnlySourceDocument) {
  std::string seed = read("source-docs/community-and-diversity.txt");
  EXPECT_EQ(seed.size(), 2384u);
  // The SHA-256 of the statement as published, so the check needs nothing outside the repository.
  auto digest = leafpress::testing::run_command("sha256sum '" + std::string(LEAFPRESS_SOURCE_DIR) +
                                                "/source-docs/community-and-diversity.txt'");
  ASSERT_EQ(digest.exit_code, 0) << digest.output;
  EXPECT_EQ(digest.output.substr(0, 64), "8754c552604952ff340258527b1d4b6770fc765f4483af4f55c6dca1d7bf14f6")
      << "source-docs/ must hold the statement byte for byte as published";
}
