// Incremental builds: each kind of edit redoes exactly the work it should, nothing is written
// when nothing changed, and any sequence of edits ends byte-identical to a clean build.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <regex>

#include "app/build.hpp"
#include "app/project.hpp"
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

// Builds in this process, so the report says what work was done. (The build cache keys on the
// running executable, so a test uses either this or the leafpress executable, never both.)
leafpress::app::BuildReport build_here(const ScratchProject& scratch, unsigned jobs = 2) {
  auto project = leafpress::app::Project::open(scratch.root());
  EXPECT_TRUE(project.has_value());
  if (!project) return {};
  leafpress::Diagnostics diagnostics;
  leafpress::app::BuildOptions options;
  options.jobs = jobs;
  auto report = leafpress::app::run_build(*project, options, diagnostics);
  EXPECT_TRUE(report.has_value()) << (report ? std::string() : report.error().message);
  return report ? *report : leafpress::app::BuildReport{};
}

std::vector<std::string> targets_of(const ScratchProject& scratch) {
  auto project = leafpress::app::Project::open(scratch.root());
  return project ? project->config.targets : std::vector<std::string>{};
}

// Every "<lang>/<statement>" pair of `statement`: the source language and every target.
std::vector<std::string> pairs_of(const ScratchProject& scratch, const std::string& statement) {
  std::vector<std::string> pairs{"en/" + statement};
  for (const auto& lang : targets_of(scratch)) pairs.push_back(lang + "/" + statement);
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

}  // namespace

TEST(Incremental, NoOpDoesNoWork) {
  ScratchProject project;
  add_second_document(project);
  auto first = build_here(project);
  EXPECT_TRUE(first.extracted);
  EXPECT_EQ(first.updated, targets_of(project));
  EXPECT_EQ(first.rendered.size(), 2 * (targets_of(project).size() + 1));
  auto again = build_here(project);
  EXPECT_FALSE(again.extracted);
  EXPECT_TRUE(again.updated.empty());
  EXPECT_TRUE(again.rendered.empty());
  EXPECT_TRUE(again.written.empty());
}

TEST(Incremental, SourceEditRendersThatDocumentInEveryLanguageOnly) {
  ScratchProject project;
  add_second_document(project);
  build_here(project);
  replace_in(project.root() / "source-docs" / "udhr-article-1.txt", "spirit of brotherhood", "spirit of fellowship");
  auto report = build_here(project);
  EXPECT_TRUE(report.extracted);
  // Every catalog gains the new entry, yet the other statement's translations are unchanged.
  EXPECT_EQ(report.updated, targets_of(project));
  EXPECT_EQ(report.rendered, pairs_of(project, "udhr-article-1"));
}

TEST(Incremental, TranslationEditRendersOnlyTheDocumentUsingIt) {
  ScratchProject project;
  add_second_document(project);
  build_here(project);
  // The first build added the new statement's entries, untranslated, to every catalog.
  replace_in(project.root() / "locales" / "fr" / "statements.po", "msgid \"Article 1\"\nmsgstr \"\"",
             "msgid \"Article 1\"\nmsgstr \"Article premier\"");
  auto report = build_here(project);
  EXPECT_FALSE(report.extracted);
  EXPECT_EQ(report.updated, std::vector<std::string>{"fr"});
  // French went from nothing translated to partly translated: every language's switcher for
  // that statement now links French, so its pages are redone; the other statement's are not.
  EXPECT_EQ(report.rendered, pairs_of(project, "udhr-article-1"));
  EXPECT_TRUE(any_under(report.written, "output/html/fr/udhr-article-1.html"));
  EXPECT_FALSE(any_under(report.written, "output/html/fr/community-and-diversity.html"));
  // A second edit that leaves French partly translated redoes the French page only.
  replace_in(project.root() / "locales" / "fr" / "statements.po", "msgstr \"Article premier\"", "msgstr \"Article 1\"");
  report = build_here(project);
  EXPECT_EQ(report.rendered, std::vector<std::string>{"fr/udhr-article-1"});
}

TEST(Incremental, CatalogCommentEditRendersNothing) {
  ScratchProject project;
  build_here(project);
  replace_in(project.root() / "locales" / "fr" / "statements.po", "#: source-docs/community-and-diversity.txt:1\n",
             "# checked the spelling\n#: source-docs/community-and-diversity.txt:1\n");
  auto report = build_here(project);
  EXPECT_FALSE(report.extracted);
  EXPECT_EQ(report.updated, std::vector<std::string>{"fr"});
  EXPECT_TRUE(report.rendered.empty());
}

TEST(Incremental, ConfigAndGlossaryEditsRedoEverything) {
  ScratchProject project;
  add_second_document(project);
  build_here(project);
  size_t all_pairs = 2 * (targets_of(project).size() + 1);
  replace_in(project.root() / "leafpress.toml", "page = \"A5\"", "page = \"A4\"");
  auto config = build_here(project);
  EXPECT_TRUE(config.extracted);
  EXPECT_EQ(config.rendered.size(), all_pairs);
  replace_in(project.root() / "locales" / "glossary.toml", "keep = [", "keep = [\"stance\", ");
  auto glossary = build_here(project);
  EXPECT_TRUE(glossary.extracted);
  EXPECT_EQ(glossary.rendered.size(), all_pairs);
}

TEST(Incremental, OutputDoesNotDependOnJobs) {
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  ScratchProject one, many;
  add_second_document(one);
  add_second_document(many);
  ASSERT_EQ(one.leafpress("build -j 1").exit_code, 0);
  ASSERT_EQ(many.leafpress("build -j 8").exit_code, 0);
  ::unsetenv("SOURCE_DATE_EPOCH");
  auto serial = snapshot(one.root());
  auto parallel = snapshot(many.root());
  ASSERT_EQ(serial.size(), parallel.size());
  for (const auto& [path, content] : serial) EXPECT_EQ(parallel[path], content) << path;
}

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
  EXPECT_TRUE(any_under(written_by(result), "output/proof/ta/community-and-diversity.fo")) << result.output;
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
  replace_in(project.root() / "locales" / "fr" / "statements.po", "msgid \"Article 1\"\nmsgstr \"\"",
             "msgid \"Article 1\"\nmsgstr \"Article premier\"");
  ASSERT_EQ(project.leafpress("build -j 3").exit_code, 0);
  replace_in(project.root() / "locales" / "glossary.toml", "keep = [", "keep = [\"dignity\", ");
  ASSERT_EQ(project.leafpress("build").exit_code, 0);
  replace_in(project.root() / "source-docs" / "udhr-article-1.txt", "born free and", "born free");
  ASSERT_EQ(project.leafpress("build -j 2").exit_code, 0);
  auto incremental = snapshot(project.root());

  fs::remove_all(project.root() / "output");
  ASSERT_EQ(project.leafpress("build").exit_code, 0);
  auto clean = snapshot(project.root());
  ASSERT_EQ(incremental.size(), clean.size());
  for (const auto& [path, content] : clean) EXPECT_EQ(incremental[path], content) << path;
}
