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
  for (const char* command : {"-q update pl", "-q build", "-q review pl --by Reviewer --domain statements --all"}) {
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
  EXPECT_NE(result.output.find(".cache: error: is a symbolic link to a folder outside the project"), std::string::npos)
      << result.output;
  EXPECT_TRUE(fs::is_empty(built.project.outside() / "cache"));
}

// The logs of the PDF stage: the runner's compile log and each batch's log.
TEST(HostileLinks, LinkedFilesOfThePdfStepAreRefused) {
  if (!fs::exists("/usr/bin/lualatex")) FAIL() << "LuaLaTeX is not installed (scripts/setup.sh)";
  // The font cache is shared by every test build (built on first use, outside the project).
  ::setenv("LEAFPRESS_TEXMFVAR", (fs::path(LEAFPRESS_BINARY_DIR) / "texmf-var").c_str(), 0);
  // The typesetter's logs live in fresh private folders; the names a planted link can wait
  // for are the PDF step's lock and a leftover scratch folder, which is removed as a link.
  BuiltWithVictim built;
  fs::path lock = built.root() / ".cache/render.lock";
  fs::create_directories(lock.parent_path());
  fs::create_symlink(built.victim(), lock);
  fs::create_directory_symlink(built.project.outside(), built.root() / ".cache/typeset-AAAAAA");
  auto result = built.project.leafpress("-q build --pdf", "", 300);
  EXPECT_NE(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find(".cache/render.lock: error: "), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("symbolic link"), std::string::npos) << result.output;
  EXPECT_EQ(slurp(built.victim()), "not yours\n");
  fs::remove(lock);
  result = built.project.leafpress("-q build --pdf", "", 300);
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(slurp(built.victim()), "not yours\n");
  EXPECT_TRUE(fs::exists(built.project.outside())) << "the linked folder's target is not removed";
  EXPECT_FALSE(fs::is_symlink(built.root() / ".cache/typeset-AAAAAA"));
}
