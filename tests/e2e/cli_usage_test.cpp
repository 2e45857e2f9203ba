// The command line as someone new to it meets it: no command, a misspelt one, options after
// the command, a language tag in any case, a folder that is no project, `leafpress new`.
#include <gtest/gtest.h>

#include "test_support/scratch_project.hpp"

using namespace leafpress::testing;

namespace {

// A project of one statement in French and Chinese (Traditional), as `leafpress -C` sees it.
class SmallProject {
 public:
  SmallProject() {
    spit(root() / "leafpress.toml",
         "[project]\nname = \"Small\"\nsource_language = \"en\"\n\n[languages]\n"
         "targets = [\"fr\", \"zh-Hant\"]\nprint = [\"fr\"]\n");
    spit(root() / "source-docs/notice.txt",
         "Library opening hours\n\nThe library opens at nine in the morning.\n\nChildren's books are upstairs.\n");
  }
  [[nodiscard]] fs::path root() const { return m_dir.path() / "project"; }
  [[nodiscard]] CommandResult leafpress(const std::string& args) const {
    return run_command(std::string(LEAFPRESS_EXE) + " -C '" + root().string() + "' " + args);
  }

 private:
  TempDir m_dir;
};

}  // namespace

TEST(CliUsage, OutputNamesAreSafeInWebAddresses) {
  SmallProject project;
  spit(project.root() / "source-docs/open day (draft).md", "# Open day\n\nThe garden opens to visitors.\n");
  auto result = project.leafpress("-q build");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_TRUE(fs::exists(project.root() / "output/html/en/open-day-draft.html"));
  EXPECT_TRUE(fs::exists(project.root() / "output/html/fr/open-day-draft.html"));
  EXPECT_TRUE(fs::exists(project.root() / "output/proof/fr/open-day-draft.fo"));
  EXPECT_NE(slurp(project.root() / "output/html/index.html").find("href=\"en/open-day-draft.html\""),
            std::string::npos);
  // The published name names the statement on the command line too.
  EXPECT_EQ(project.leafpress("sheet fr --statement open-day-draft").exit_code, 0);
  EXPECT_TRUE(fs::exists(project.root() / "output/review/fr/open-day-draft.html"));
}

TEST(CliUsage, TwoSourcesWithOneOutputNameAreAnError) {
  SmallProject project;
  spit(project.root() / "source-docs/open day.md", "# Open day\n\nThe garden opens to visitors.\n");
  spit(project.root() / "source-docs/open-day.txt", "Open day\n\nThe garden opens to visitors.\n");
  auto result = project.leafpress("build");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("source-docs/open-day.txt: error: would be published as open-day.html, as "
                               "source-docs/open day.md is; rename one of them"),
            std::string::npos)
      << result.output;
  EXPECT_FALSE(fs::exists(project.root() / "output"));
}

TEST(CliUsage, FilesNoReaderTakesAreNamed) {
  SmallProject project;
  spit(project.root() / "source-docs/plan.pdf", "%PDF-1.4\n");
  spit(project.root() / "source-docs/minutes.doc", "not read\n");
  spit(project.root() / "source-docs/park.jpg", "a picture a statement shows\n");
  spit(project.root() / "source-docs/.DS_Store", "");
  auto result = project.leafpress("build");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("source-docs/plan.pdf: warning: is a .pdf file, which leafpress cannot read: it is "
                               "left out of the catalogs and pages; copy its text into"),
            std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find("source-docs/minutes.doc: warning: is a .doc file, which leafpress cannot read: it is "
                               "left out of the catalogs and pages; open it in the word processor and save it as Word "
                               "(.docx)"),
            std::string::npos)
      << result.output;
  EXPECT_EQ(result.output.find("park.jpg"), std::string::npos) << result.output;
  EXPECT_EQ(result.output.find("DS_Store"), std::string::npos) << result.output;
  auto extract = project.leafpress("extract");
  EXPECT_EQ(extract.exit_code, 0) << extract.output;
  EXPECT_NE(extract.output.find("source-docs/plan.pdf: warning:"), std::string::npos) << extract.output;
}
