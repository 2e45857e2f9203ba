// Links planted where leafpress writes: a lock file, a folder on the way to the pages, the
// .cache folder and the logs in it. A link used to make leafpress create or replace a file
// anywhere; now each is refused naming the link, and the file it points at is untouched.
#include <gtest/gtest.h>

#include "hostile/hostile_project.hpp"

using namespace leafpress::testing;

namespace {

// A built project, and a file beside it that a link will point at.
struct BuiltWithVictim : BuiltProject {
  BuiltWithVictim() { spit(victim(), "not yours\n"); }
  [[nodiscard]] fs::path victim() const { return project.outside() / "victim"; }
};

}  // namespace

TEST(HostileLinks, LinkedLockFileIsRefused) {
  for (const char* command : {"-q update pl", "-q build", "-q review pl --by Reviewer --domain statements"}) {
    BuiltWithVictim built;
    // Pointing at a file that exists, and at one that does not (which would be created).
    fs::remove(built.root() / "locales/pl/statements.po.lock");
    fs::remove(built.root() / "locales/pl/ui.po.lock");
    fs::create_symlink(built.victim(), built.root() / "locales/pl/statements.po.lock");
    fs::create_symlink(built.project.outside() / "created", built.root() / "locales/pl/ui.po.lock");
    // A changed statement, so that the build has catalogs to update (and locks to take).
    spit(built.root() / "source-docs/notice.txt", std::string(k_statement) + "\nA new paragraph.\n");
    auto before = built.project.files();
    auto result = built.project.leafpress(command);
    EXPECT_EQ(result.exit_code, 3) << command << ": " << result.output;
    EXPECT_NE(result.output.find(".po.lock: error: is a symbolic link; leafpress does not write through links"),
              std::string::npos)
        << command << ": " << result.output;
    EXPECT_EQ(slurp(built.victim()), "not yours\n");
    EXPECT_FALSE(fs::exists(built.project.outside() / "created")) << command;
    expect_writes_confined(before, built.project.files());
  }
}

// A link inside output/ is no way around it: the Polish pages' folder pointing at the Arabic
// one used to put Polish pages among the Arabic ones; it is refused, not followed.
TEST(HostileLinks, LinkedFolderInsideOutputIsRefused) {
  BuiltWithVictim built;
  fs::remove_all(built.root() / "output/html/pl");
  fs::create_directory_symlink(built.root() / "output/html/ar", built.root() / "output/html/pl");
  std::string arabic = slurp(built.root() / "output/html/ar/notice.html");
  spit(built.root() / "source-docs/notice.txt", std::string(k_statement) + "\nA new paragraph.\n");
  auto result = built.project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("output/html/pl: error: is a symbolic link; leafpress does not write through links"),
            std::string::npos)
      << result.output;
  EXPECT_NE(slurp(built.root() / "output/html/ar/notice.html").find("lang=\"ar\""), std::string::npos);
  EXPECT_NE(slurp(built.root() / "output/html/ar/notice.html"), arabic);  // rebuilt as Arabic, with the new paragraph
}

TEST(HostileLinks, CacheFolderLinkedOutsideIsRefused) {
  BuiltWithVictim built;
  fs::create_directories(built.project.outside() / "cache");
  fs::create_directory_symlink(built.project.outside() / "cache", built.root() / ".cache");
  auto result = built.project.leafpress("-q build --pdf");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find(".cache: error: is a symbolic link to a folder outside the project"),
            std::string::npos)
      << result.output;
  EXPECT_TRUE(fs::is_empty(built.project.outside() / "cache"));
}

// The logs of the PDF stage: the runner's compile log and each batch's log.
TEST(HostileLinks, LinkedLogsInTheCacheAreRefused) {
  if (!fs::exists("/usr/bin/fop") || !fs::exists("/usr/bin/javac"))
    GTEST_SKIP() << "Apache FOP or a Java compiler is not installed; the PDF stage cannot run";
  for (const char* log : {".cache/fop-runner/javac.log", ".cache/fop-batch-0.log"}) {
    BuiltWithVictim built;
    if (std::string(log).find("batch") != std::string::npos) {
      auto warm = built.project.leafpress("-q build --pdf", "", 300);  // compiles the runner first
      ASSERT_EQ(warm.exit_code, 0) << warm.output;
    }
    fs::path link = built.root() / log;
    fs::create_directories(link.parent_path());
    fs::remove(link);
    fs::create_symlink(built.victim(), link);
    auto result = built.project.leafpress("-q build --pdf", "", 300);
    EXPECT_NE(result.exit_code, 0) << log << ": " << result.output;
    EXPECT_NE(result.output.find(std::string(log) + ": error: cannot write the log: is a symbolic link"),
              std::string::npos)
        << log << ": " << result.output;
    EXPECT_EQ(slurp(built.victim()), "not yours\n") << log;
  }
}
