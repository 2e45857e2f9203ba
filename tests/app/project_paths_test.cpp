// Project::relative: how messages and the build cache name a path of the project, whether it
// is spelled plainly (the quick answer) or with ".", ".." and doubled separators.
#include <gtest/gtest.h>

#include "app/project.hpp"

namespace leafpress::app {
namespace {

Project at(const char* root) {
  Project project;
  project.root = root;
  return project;
}

TEST(ProjectPaths, APlainPathBelowTheRootIsNamedFromTheRoot) {
  Project project = at("/srv/campaign");
  EXPECT_EQ(project.relative("/srv/campaign/output/html/fr/notice.html"), "output/html/fr/notice.html");
  EXPECT_EQ(project.relative("/srv/campaign/leafpress.toml"), "leafpress.toml");
  EXPECT_EQ(project.relative("/srv/campaign/.cache/state"), ".cache/state");
  EXPECT_EQ(project.relative("/srv/campaign/..x/a"), "..x/a") << "a name that starts with dots is a name";
}

TEST(ProjectPaths, DotsAndDoubledSeparatorsGiveTheSameNameAsThePlainSpelling) {
  Project project = at("/srv/campaign");
  EXPECT_EQ(project.relative("/srv/campaign/output/./html//fr/notice.html"), "output/html/fr/notice.html");
  EXPECT_EQ(project.relative("/srv/campaign/source-docs/../locales/fr/ui.po"), "locales/fr/ui.po");
  EXPECT_EQ(project.relative("/srv/other/../campaign/locales"), "locales");
}

TEST(ProjectPaths, ARootThatOnlyBeginsTheSameIsNotTheProject) {
  Project project = at("/srv/campaign");
  EXPECT_EQ(project.relative("/srv/campaign-old/locales/fr/ui.po"), "../campaign-old/locales/fr/ui.po");
  EXPECT_EQ(project.relative("/srv/campaign"), ".");
}

TEST(ProjectPaths, ARootSpelledWithDotsStillNamesItsFiles) {
  EXPECT_EQ(at("/srv/./campaign").relative("/srv/campaign/locales/fr/ui.po"), "locales/fr/ui.po");
  EXPECT_EQ(at("/srv/campaign/").relative("/srv/campaign/locales/fr/ui.po"), "locales/fr/ui.po");
}

}  // namespace
}  // namespace leafpress::app
