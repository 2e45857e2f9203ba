// Hostile project setups: a source folder outside the project, an output path in the config,
// symbolic links in output/ pointing outside it, a read-only output/ and a full disk. None may
// write outside output/ and locales/, and each ends with a clear error or a documented result.
#include <gtest/gtest.h>
#include <sys/mount.h>

#include <cstdlib>

#include "hostile/hostile_project.hpp"

using namespace leafpress::testing;

namespace {

constexpr const char* k_config = "[project]\nname = \"Hostile\"\nsource_language = \"en\"\n";

void with_locales(const HostileProject& project) { fs::create_directories(project.root() / "locales"); }

}  // namespace

TEST(HostileProject, SourceDirOutsideTheProjectIsRefused) {
  for (std::string dir : {"../outside", "/etc", "source-docs/../../outside"}) {
    HostileProject project;
    project.write_config(std::string(k_config) + "source_dir = \"" + dir + "\"\n");
    auto before = project.files();
    auto result = project.leafpress("-q build");
    EXPECT_EQ(result.exit_code, 3) << dir << ": " << result.output;
    EXPECT_NE(result.output.find("leafpress.toml: error: \"project.source_dir\" must stay inside the project folder"),
              std::string::npos)
        << result.output;
    EXPECT_TRUE(changed_files(before, project.files()).empty()) << dir;
  }
}

// There is no output-path setting: output/ is fixed, and an attempt to set one is an unknown key.
TEST(HostileProject, OutputPathInTheConfigIsAnUnknownKey) {
  for (std::string dir : {"../out", "/tmp/out"}) {
    HostileProject project;
    project.write_config(std::string(k_config) + "output_dir = \"" + dir + "\"\n");
    auto result = project.leafpress("-q build");
    EXPECT_EQ(result.exit_code, 3) << result.output;
    EXPECT_NE(result.output.find("leafpress.toml:4:1: error: unknown key \"project.output_dir\""), std::string::npos)
        << result.output;
  }
}

TEST(HostileProject, LinkedFolderInOutputPointingOutsideIsRefused) {
  HostileProject project;
  with_locales(project);
  fs::create_directories(project.root() / "output/html");
  fs::create_directories(project.outside() / "target");
  fs::create_directory_symlink(project.outside() / "target", project.root() / "output/html/pl");
  auto before = project.files();
  auto result = project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("output/html/pl/notice.html: error: refusing to write outside output/"),
            std::string::npos)
      << result.output;
  EXPECT_TRUE(fs::is_empty(project.outside() / "target"));
  expect_writes_confined(before, project.files());
  expect_outputs_well_formed(project.root());
}

TEST(HostileProject, OutputFolderLinkedOutsideIsRefused) {
  HostileProject project;
  with_locales(project);
  fs::create_directories(project.outside() / "target");
  fs::create_directory_symlink(project.outside() / "target", project.root() / "output");
  auto before = project.files();
  auto result = project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("output: error: is a symbolic link to a folder outside the project"), std::string::npos)
      << result.output;
  EXPECT_TRUE(fs::is_empty(project.outside() / "target"));
  EXPECT_TRUE(changed_files(before, project.files()).empty());
}

TEST(HostileProject, CatalogFolderLinkedOutsideIsNeverWritten) {
  HostileProject project;
  fs::create_directories(project.root() / "locales");
  fs::create_directories(project.outside() / "pl");
  fs::create_directory_symlink(project.outside() / "pl", project.root() / "locales/pl");
  auto before = project.files();
  for (const char* command : {"-q build", "-q update pl", "-q init pl"}) {
    auto result = project.leafpress(command);
    EXPECT_EQ(result.exit_code, 3) << command << ": " << result.output;
    EXPECT_NE(result.output.find("locales/pl/statements.po: error: refusing to write outside locales/"),
              std::string::npos)
        << command << ": " << result.output;
  }
  EXPECT_TRUE(fs::is_empty(project.outside() / "pl"));
  expect_writes_confined(before, project.files());
}

TEST(HostileProject, LinkedPageInOutputPointingOutsideIsRefused) {
  HostileProject project;
  with_locales(project);
  spit(project.outside() / "victim.html", "not yours\n");
  fs::create_directories(project.root() / "output/html/pl");
  fs::create_symlink(project.outside() / "victim.html", project.root() / "output/html/pl/notice.html");
  auto before = project.files();
  auto result = project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  // Refused either by the inside-output/ check or as a link that is not a regular file.
  EXPECT_NE(result.output.find("output/html/pl/notice.html: error: "), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("refusing to"), std::string::npos) << result.output;
  EXPECT_EQ(slurp(project.outside() / "victim.html"), "not yours\n");
  expect_writes_confined(before, project.files());
}

// Root ignores permission bits, so output/ is made immutable with chattr +i instead.
TEST(HostileProject, ReadOnlyOutputGivesAClearError) {
  HostileProject project;
  with_locales(project);
  ASSERT_EQ(project.leafpress("-q build").exit_code, 0);
  std::string folder = (project.root() / "output/html/pl").string();
  if (run_command("chattr +i '" + folder + "'").exit_code != 0)
    GTEST_SKIP() << "chattr +i is not available here; cannot make output/ read-only for root";
  spit(project.root() / "source-docs/notice.txt", std::string(k_statement) + "\nA new paragraph.\n");
  auto result = project.leafpress("-q build");
  run_command("chattr -i '" + folder + "'");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("output/html/pl/notice.html: error: cannot create a temporary file beside it: "
                               "Operation not permitted"),
            std::string::npos)
      << result.output;
  // The old page is still there, whole; the next run (writable again) completes.
  EXPECT_GE(expect_outputs_well_formed(project.root()), 6u);
  auto again = project.leafpress("-q build");
  EXPECT_EQ(again.exit_code, 0) << again.output;
  EXPECT_NE(slurp(project.root() / "output/html/pl/notice.html").find("A new paragraph."), std::string::npos);
}

// A 20 KiB tmpfs as output/: the build stops with "No space left on device", leaves no
// partial or temporary file, and completes once there is room.
TEST(HostileProject, FullDiskGivesAClearErrorAndNoPartialFile) {
  HostileProject project;
  with_locales(project);
  fs::path output = project.root() / "output";
  fs::create_directories(output);
  if (::mount("tmpfs", output.c_str(), "tmpfs", 0, "size=20k") != 0)
    GTEST_SKIP() << "cannot mount a small tmpfs here (needs root and mount rights); full-disk case not run";
  auto result = project.leafpress("-q build");
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(output)) {
    if (!entry.is_regular_file()) continue;
    files.push_back(entry.path().filename().string());
  }
  size_t well_formed = expect_outputs_well_formed(project.root());
  ::umount(output.c_str());
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("error: cannot write the file: No space left on device"), std::string::npos)
      << result.output;
  for (const auto& name : files) EXPECT_EQ(name.find(".tmp-"), std::string::npos) << name;
  EXPECT_EQ(well_formed + (std::find(files.begin(), files.end(), ".leafpress-cache") != files.end() ? 1 : 0),
            files.size())
      << "a file that is neither a whole page nor the build cache among: " << ::testing::PrintToString(files);
  auto again = project.leafpress("-q build");
  EXPECT_EQ(again.exit_code, 0) << again.output;
  EXPECT_GE(expect_outputs_well_formed(project.root()), 6u);
}

// Documented: a link inside source-docs/ to a file elsewhere in the project is followed
// (staff put it there), read like any document and held to the same checks; nothing is
// written beside its target. A link to a file outside the project is refused (see
// hostile_attack_test.cpp).
TEST(HostileProject, LinkedDocumentInSourceDocsIsReadNotWritten) {
  HostileProject project;
  with_locales(project);
  fs::create_directories(project.root() / "drafts");
  spit(project.root() / "drafts/linked.txt", "Linked notice\n\nA paragraph kept elsewhere.\n");
  fs::create_symlink(project.root() / "drafts/linked.txt", project.root() / "source-docs/linked.txt");
  auto before = project.files();
  auto result = project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_TRUE(fs::exists(project.root() / "output/html/en/linked.html"));
  expect_writes_confined(before, project.files());
}
