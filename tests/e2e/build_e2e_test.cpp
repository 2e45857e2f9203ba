// `leafpress build` over the repository's own project: every language gets its pages, every
// print language its leaflet, everything re-parses as XML, and a second build changes nothing.
#include <gtest/gtest.h>

#include "app/config.hpp"
#include "test_support/scratch_project.hpp"
#include "xml/xml_writer.hpp"

using namespace leafpress::testing;

TEST(BuildEndToEnd, WritesPagesAndLeafletsForEveryLanguage) {
  ScratchProject project;
  auto result = project.leafpress("build");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("output/html/index.html"), std::string::npos) << result.output;

  fs::path out = project.root() / "output";
  std::vector<std::string> languages{"en"};
  for (const auto& tag : leafpress::app::default_targets()) languages.push_back(tag);
  for (const auto& lang : languages) {
    fs::path page = out / "html" / lang / "community-and-diversity.html";
    ASSERT_TRUE(fs::exists(page)) << page;
    std::string error;
    EXPECT_TRUE(leafpress::xml::is_well_formed(slurp(page), &error)) << page << ": " << error;
    if (lang == "en") continue;
    fs::path leaflet = out / "proof" / lang / "community-and-diversity.fo";
    ASSERT_TRUE(fs::exists(leaflet)) << leaflet;
    EXPECT_TRUE(leafpress::xml::is_well_formed(slurp(leaflet), &error)) << leaflet << ": " << error;
  }
  std::string error;
  EXPECT_TRUE(leafpress::xml::is_well_formed(slurp(out / "html" / "index.html"), &error)) << error;
  EXPECT_TRUE(fs::exists(project.root() / "locales" / "statements.pot"));
  EXPECT_TRUE(fs::exists(project.root() / "locales" / "ui.pot"));
}

TEST(BuildEndToEnd, SecondBuildIsByteIdenticalAndWritesNothing) {
  ScratchProject project;
  ASSERT_EQ(project.leafpress("build").exit_code, 0);
  auto first = snapshot(project.root());
  auto again = project.leafpress("build");
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_NE(again.output.find(" 0 files written"), std::string::npos) << again.output;
  EXPECT_EQ(snapshot(project.root()), first);
}

TEST(BuildEndToEnd, RepositoryCatalogsAreUpToDate) {
  // The committed templates and catalogs are what `leafpress build` makes of the sources:
  // building the repository's project leaves locales/ unchanged.
  ScratchProject project;
  auto before = snapshot(project.root() / "locales");
  ASSERT_EQ(project.leafpress("build").exit_code, 0);
  auto after = snapshot(project.root() / "locales");
  for (const auto& [path, content] : after) {
    auto it = before.find(path);
    ASSERT_NE(it, before.end()) << "build created locales/" << path << "; commit it";
    EXPECT_EQ(it->second, content) << "build changed locales/" << path << "; run leafpress build and commit";
  }
}
