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

CommandResult run_leafpress(const std::string& args) { return run_command(std::string(LEAFPRESS_EXE) + " " + args); }

}  // namespace

TEST(CliUsage, NoCommandListsTheCommands) {
  auto result = run_leafpress("");
  EXPECT_EQ(result.exit_code, 2) << result.output;
  EXPECT_NE(result.output.find("Subcommands:"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("  build "), std::string::npos) << result.output;
  EXPECT_EQ(run_leafpress("-q").exit_code, 2);
}

TEST(CliUsage, AnUnknownCommandIsNamedWithTheNearest) {
  auto result = run_leafpress("biuld");
  EXPECT_EQ(result.exit_code, 2) << result.output;
  EXPECT_NE(result.output.find("unknown command 'biuld'; did you mean 'build'?"), std::string::npos) << result.output;
  EXPECT_NE(run_leafpress("-C . stat").output.find("did you mean 'stats'?"), std::string::npos);
  auto far = run_leafpress("frobnicate");
  EXPECT_EQ(far.exit_code, 2);
  EXPECT_NE(far.output.find("unknown command 'frobnicate'; `leafpress --help` lists the commands"), std::string::npos)
      << far.output;
}

TEST(CliUsage, GlobalOptionsFollowTheCommandToo) {
  SmallProject project;
  auto quiet = run_command(std::string(LEAFPRESS_EXE) + " build -q -C '" + project.root().string() + "'");
  EXPECT_EQ(quiet.exit_code, 0) << quiet.output;
  EXPECT_EQ(quiet.output.find("Built "), std::string::npos) << quiet.output;  // -q after the command
  auto stats = run_command(std::string(LEAFPRESS_EXE) + " stats -C '" + project.root().string() + "'");
  EXPECT_EQ(stats.exit_code, 0) << stats.output;
  EXPECT_NE(stats.output.find("zh-Hant"), std::string::npos) << stats.output;
  auto verbose = project.leafpress("build -v");
  EXPECT_EQ(verbose.exit_code, 0) << verbose.output;
}

TEST(CliUsage, LanguageTagsInAnyCaseMeanTheSameLanguage) {
  SmallProject project;
  ASSERT_EQ(project.leafpress("-q build").exit_code, 0);
  auto check = project.leafpress("check zh-hant");
  EXPECT_EQ(check.exit_code, 0) << check.output;
  EXPECT_NE(check.output.find("locales/zh-Hant/statements.po"), std::string::npos) << check.output;
  auto stats = project.leafpress("stats ZH_hant");
  EXPECT_EQ(stats.exit_code, 0) << stats.output;
  EXPECT_NE(stats.output.find("zh-Hant"), std::string::npos) << stats.output;
  auto init = project.leafpress("init zh-hant");  // the catalogs are there already
  EXPECT_EQ(init.exit_code, 1) << init.output;
  EXPECT_NE(init.output.find("locales/zh-Hant/"), std::string::npos) << init.output;
  auto sheet = project.leafpress("sheet zh-hant");
  EXPECT_EQ(sheet.exit_code, 0) << sheet.output;
  EXPECT_TRUE(fs::exists(project.root() / "output/review/zh-Hant/notice.html")) << sheet.output;
  auto exported = project.leafpress("export zh-hant --format xliff2 -o '" + (project.root() / "zh.xlf").string() + "'");
  EXPECT_EQ(exported.exit_code, 0) << exported.output;
  EXPECT_NE(slurp(project.root() / "zh.xlf").find("trgLang=\"zh-Hant\""), std::string::npos);
  auto review = project.leafpress("review zh-hant --by Reviewer --all");
  EXPECT_NE(review.output.find("locales/zh-Hant/statements.po"), std::string::npos) << review.output;
  for (const char* folder : {"locales/zh-hant", "output/review/zh-hant"})
    EXPECT_FALSE(fs::exists(project.root() / folder)) << folder;
}

TEST(CliUsage, OutsideAProjectSaysSo) {
  TempDir empty;
  for (const char* command : {"build", "stats", "check fr", "extract"}) {
    auto result = run_command(std::string(LEAFPRESS_EXE) + " -C '" + empty.path().string() + "' " + command);
    EXPECT_EQ(result.exit_code, 3) << command << ": " << result.output;
    EXPECT_NE(result.output.find("no leafpress.toml in " + empty.path().string() + ": run `leafpress new " +
                                 empty.path().string() + "` to start a project, or -C to name one"),
              std::string::npos)
        << result.output;
  }
  EXPECT_TRUE(fs::is_empty(empty.path()));
  // Commands that need no project still run there.
  EXPECT_EQ(run_command("cd '" + empty.path().string() + "' && " + LEAFPRESS_EXE + " --version").exit_code, 0);
  EXPECT_EQ(run_command("cd '" + empty.path().string() + "' && " + LEAFPRESS_EXE + " build --help").exit_code, 0);
}

TEST(CliUsage, NewMakesAProjectThatBuilds) {
  TempDir dir;
  fs::path root = dir.path() / "campaign";
  auto made = run_leafpress("new '" + root.string() + "'");
  ASSERT_EQ(made.exit_code, 0) << made.output;
  for (const char* file : {"leafpress.toml", "source-docs/opening-hours.txt", ".gitignore"})
    EXPECT_TRUE(fs::is_regular_file(root / file)) << file;
  EXPECT_TRUE(fs::is_directory(root / "locales"));
  EXPECT_NE(slurp(root / ".gitignore").find("/output/"), std::string::npos);
  EXPECT_NE(slurp(root / "leafpress.toml").find("[imprint]\n# UK s.110 imprint"), std::string::npos);
  auto built = run_leafpress("-C '" + root.string() + "' build");
  EXPECT_EQ(built.exit_code, 0) << built.output;
  EXPECT_TRUE(fs::exists(root / "output/html/fr/opening-hours.html"));
  EXPECT_TRUE(fs::exists(root / "output/proof/fr/opening-hours.fo"));

  // --empty: no sample; DIR relative to -C.
  auto empty = run_leafpress("-C '" + dir.path().string() + "' new bare --empty");
  ASSERT_EQ(empty.exit_code, 0) << empty.output;
  EXPECT_NE(empty.output.find("bare/leafpress.toml: created"), std::string::npos) << empty.output;
  EXPECT_TRUE(fs::is_directory(dir.path() / "bare/source-docs"));
  EXPECT_TRUE(fs::is_empty(dir.path() / "bare/source-docs"));
}

TEST(CliUsage, NewRefusesAFolderWithAProject) {
  SmallProject project;
  auto before = snapshot(project.root());
  auto result = run_leafpress("new '" + project.root().string() + "'");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("leafpress.toml: error: a project is already here; nothing was changed"),
            std::string::npos)
      << result.output;
  EXPECT_EQ(snapshot(project.root()), before);
  EXPECT_FALSE(fs::exists(project.root() / ".gitignore"));
}

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

// With large print, "plan-large" is the large edition of "plan": no statement may have that name.
TEST(CliUsage, AStatementNamedAsAnotherOnesLargeEditionIsAnError) {
  SmallProject project;
  spit(project.root() / "leafpress.toml",
       slurp(project.root() / "leafpress.toml") + "\n[print]\nvariants = [\"standard\", \"large\"]\n");
  spit(project.root() / "source-docs/notice-large.txt", "Large notice\n\nThe library opens at nine.\n");
  auto result = project.leafpress("build");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("source-docs/notice-large.txt: error: its leaflet notice-large.pdf would also be the "
                               "large-print edition of source-docs/notice.txt; rename one of them"),
            std::string::npos)
      << result.output;
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
