// leafpress installed with `cmake --install` runs from its prefix alone: `new` then
// `build --pdf` in a folder outside the repository, in French with the sample statement.
#include <gtest/gtest.h>

#include <regex>

#include "test_support/command.hpp"
#include "test_support/temp_dir.hpp"

using namespace leafpress::testing;

TEST(Install, TheInstalledProgramMakesAndPrintsAProject) {
  TempDir dir;
  fs::path prefix = dir.path() / "prefix";
  auto installed = run_command("cmake --install '" + std::string(LEAFPRESS_BINARY_DIR) + "' --prefix '" +
                               prefix.string() + "'");
  ASSERT_EQ(installed.exit_code, 0) << installed.output;
  fs::path exe = prefix / "bin/leafpress";
  ASSERT_TRUE(fs::is_regular_file(exe)) << installed.output;
  EXPECT_TRUE(fs::is_regular_file(prefix / "share/bash-completion/completions/leafpress"));

  // From a folder outside the repository, with the repository out of reach of its name.
  std::string in_dir = "cd '" + dir.path().string() + "' && '" + exe.string() + "' ";
  auto made = run_command(in_dir + "new campaign");
  ASSERT_EQ(made.exit_code, 0) << made.output;
  fs::path config = dir.path() / "campaign/leafpress.toml";
  std::string text = slurp(config);
  text = std::regex_replace(text, std::regex(R"(\ntargets = \[[^\]]*\])"), "\ntargets = [\"fr\"]");
  text = std::regex_replace(text, std::regex(R"(\nprint = \[[^\]]*\])"), "\nprint = [\"fr\"]");
  spit(config, text);

  auto built = run_command(in_dir + "-C campaign build --pdf");
  EXPECT_EQ(built.exit_code, 0) << built.output;
  EXPECT_EQ(built.output.find("repository"), std::string::npos) << built.output;
  fs::path pdf = dir.path() / "campaign/output/proof/fr/opening-hours.pdf";
  ASSERT_TRUE(fs::is_regular_file(pdf)) << built.output;
  EXPECT_EQ(slurp(pdf).substr(0, 5), "%PDF-");
}
