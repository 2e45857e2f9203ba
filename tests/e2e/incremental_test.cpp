// Incremental builds: each kind of edit redoes exactly the work it should, nothing is written
// when nothing changed, and any sequence of edits ends byte-identical to a clean build.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <regex>

#include "test_support/scratch_project.hpp"

using namespace leafpress::testing;

namespace {

// The files a build reports writing (run with --verbose: "wrote <path>" lines).
std::vector<std::string> written_by(const CommandResult& result) {
  std::vector<std::string> files;
  std::regex line(R"(wrote (\S+))");
  for (auto it = std::sregex_iterator(result.output.begin(), result.output.end(), line); it != std::sregex_iterator();
       ++it)
    files.push_back((*it)[1]);
  return files;
}

bool any_under(const std::vector<std::string>& files, const std::string& prefix) {
  return std::any_of(files.begin(), files.end(), [&](const std::string& f) { return f.rfind(prefix, 0) == 0; });
}

// A second statement, neutral text from the UDHR, so an edit to one document can be seen
// to leave the other's outputs alone.
void add_second_document(const ScratchProject& project) {
  spit(project.root() / "source-docs" / "udhr-article-1.txt",
       "Article 1\n\nAll human beings are born free and equal in dignity and rights. They are endowed with reason "
       "and conscience and should act towards one another in a spirit of brotherhood.\n");
}

void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = slurp(file);
  size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from << " not in " << file;
  text.replace(at, from.size(), to);
  spit(file, text);
}

}  // namespace

TEST(Incremental, NoOpBuildTouchesNoFile) {
  ScratchProject project;
  ASSERT_EQ(project.leafpress("build").exit_code, 0);
  struct stat before {};
  fs::path page = project.root() / "output" / "html" / "pl" / "community-and-diversity.html";
  ::stat(page.c_str(), &before);
  auto again = project.leafpress("--verbose build");
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_TRUE(written_by(again).empty()) << again.output;
  struct stat after {};
  ::stat(page.c_str(), &after);
  EXPECT_EQ(before.st_mtim.tv_sec, after.st_mtim.tv_sec);
  EXPECT_EQ(before.st_mtim.tv_nsec, after.st_mtim.tv_nsec);
}

TEST(Incremental, SourceEditRedoesThatDocumentOnly) {
  ScratchProject project;
  add_second_document(project);
  ASSERT_EQ(project.leafpress("build").exit_code, 0);
  replace_in(project.root() / "source-docs" / "udhr-article-1.txt", "spirit of brotherhood", "spirit of fellowship");
  auto result = project.leafpress("--verbose build");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  auto written = written_by(result);
  EXPECT_TRUE(any_under(written, "locales/statements.pot")) << result.output;
  EXPECT_TRUE(any_under(written, "output/html/en/udhr-article-1.html")) << result.output;
  EXPECT_FALSE(any_under(written, "output/html/en/community-and-diversity.html")) << result.output;
  EXPECT_FALSE(any_under(written, "output/html/pl/community-and-diversity.html")) << result.output;
}

TEST(Incremental, CatalogEditRedoesThatLanguageOnly) {
  ScratchProject project;
  ASSERT_EQ(project.leafpress("build").exit_code, 0);
  fs::path catalog = project.root() / "locales" / "fr" / "statements.po";
  // Add a translator comment: a real edit that changes no translation.
  replace_in(catalog, "#: source-docs/community-and-diversity.txt:1\n",
             "# checked the spelling\n#: source-docs/community-and-diversity.txt:1\n");
  auto result = project.leafpress("--verbose build");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  auto written = written_by(result);
  EXPECT_FALSE(any_under(written, "output/html/pl/")) << result.output;
  EXPECT_FALSE(any_under(written, "locales/pl/")) << result.output;
}

TEST(Incremental, ConfigEditRedoesEverything) {
  ScratchProject project;
  ASSERT_EQ(project.leafpress("build").exit_code, 0);
  replace_in(project.root() / "leafpress.toml", "page = \"A5\"", "page = \"A4\"");
  auto result = project.leafpress("--verbose build");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_TRUE(any_under(written_by(result), "output/print/ta/community-and-diversity.fo")) << result.output;
}

TEST(Incremental, GlossaryEditRedoesTheTemplate) {
  ScratchProject project;
  ASSERT_EQ(project.leafpress("build").exit_code, 0);
  fs::path glossary = project.root() / "locales" / "glossary.toml";
  replace_in(glossary, "keep = [", "keep = [\"stance\", ");
  auto result = project.leafpress("--verbose build");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_TRUE(any_under(written_by(result), "locales/statements.pot")) << result.output;
}

TEST(Incremental, AnySequenceOfEditsEqualsACleanBuild) {
  ScratchProject project;
  add_second_document(project);
  ASSERT_EQ(project.leafpress("build").exit_code, 0);
  replace_in(project.root() / "source-docs" / "udhr-article-1.txt", "born free", "born free and");
  ASSERT_EQ(project.leafpress("build").exit_code, 0);
  replace_in(project.root() / "leafpress.toml", "page = \"A5\"", "page = \"DL\"");
  ASSERT_EQ(project.leafpress("build -j 1").exit_code, 0);
  replace_in(project.root() / "source-docs" / "udhr-article-1.txt", "born free and", "born free");
  ASSERT_EQ(project.leafpress("build -j 2").exit_code, 0);
  auto incremental = snapshot(project.root());

  fs::remove_all(project.root() / "output");
  ASSERT_EQ(project.leafpress("build").exit_code, 0);
  auto clean = snapshot(project.root());
  ASSERT_EQ(incremental.size(), clean.size());
  for (const auto& [path, content] : clean) EXPECT_EQ(incremental[path], content) << path;
}
