// The README's two commands are the product's front door: CI must run exactly those.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

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
  std::ifstream shared(std::string(LEAFPRESS_SOURCE_DIR) + "/../shared/seed/community-and-diversity.txt");
  if (shared) {
    std::stringstream original;
    original << shared.rdbuf();
    EXPECT_EQ(seed, original.str()) << "source-docs/ must hold the statement byte for byte as published";
  }
}
