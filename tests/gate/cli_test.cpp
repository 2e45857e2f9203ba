// `leafpress check` and `leafpress review` as a user runs them: output and exit status.
#include <gtest/gtest.h>

#include "scratch_project.hpp"

using namespace leafpress;
using namespace leafpress::testing;

namespace {

Run run(const ScratchProject& scratch, const std::string& arguments) { return scratch.leafpress(arguments); }

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(std::string(LEAFPRESS_BINARY_DIR) + "/leafpress"))
      FAIL() << "the leafpress program is not built (cmake --build … --target leafpress)";
  }
  ScratchProject scratch;
};

const std::string k_adopted = "Adopted and proclaimed by General Assembly resolution 217 A (III) of 10 December 1948.";

}  // namespace

TEST_F(Cli, ListsTheChecks) {
  auto r = run(scratch, "check --list");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("romanian-cedilla  error    Romanian uses ș ț"), std::string::npos) << r.out;
}

TEST_F(Cli, CheckReportsLikeACompilerAndFailsOnErrors) {
  auto c = scratch.translated_catalog(false);
  message(c, k_adopted).msgstr = {"Przyjęta rezolucją 217 A (III) z 10 grudnia."};
  scratch.save(c);
  auto r = run(scratch, "check pl");
  EXPECT_EQ(r.status, 1) << r.out;
  std::string expected = "locales/pl/statements.po:" + std::to_string(scratch.msgstr_line(k_adopted)) +
                         ":8: error: [number] \"1948\" is missing from the translation";
  EXPECT_NE(r.out.find(expected), std::string::npos) << r.out;
  auto json = run(scratch, "check --format json");
  EXPECT_EQ(json.status, 1);
  EXPECT_NE(json.out.find("\"errors\": 1,"), std::string::npos) << json.out;

  // The translator silences it (the year left out on purpose): the check passes.
  message(c, k_adopted).translator_comments = {"leafpress-ignore: number the year is given elsewhere"};
  scratch.save(c);
  EXPECT_EQ(run(scratch, "check").status, 0);
}

TEST_F(Cli, ReviewThenEverythingIsReviewed) {
  scratch.save(scratch.translated_catalog(false));
  auto r = run(scratch, "review pl --by 'A. Reviewer' --all");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("locales/pl/statements.po: 5 of 5 units reviewed"), std::string::npos) << r.out;
  EXPECT_EQ(run(scratch, "review pl").status, 2);  // --by is required
}

TEST_F(Cli, BadInput) {
  EXPECT_EQ(run(scratch, "check fr").status, 3);
  scratch.write("locales/pl/statements.po", "msgid \"a\"\nmsgstr \"b\n");
  auto r = run(scratch, "check pl");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.out.find("locales/pl/statements.po:2:"), std::string::npos) << r.out;
}

TEST_F(Cli, ABrokenCatalogDoesNotHideTheOthersFindings) {
  auto c = scratch.translated_catalog(false);
  message(c, k_adopted).msgstr = {"Przyjęta rezolucją 217 A (III) z 10 grudnia."};
  scratch.save(c);
  scratch.write("locales/ro/statements.po", "msgid \"a\"\nmsgstr \"b\n\nmsgid \"c\"\nmsgstr \"d\\q\"\n");
  auto r = run(scratch, "check pl ro");
  EXPECT_EQ(r.status, 3) << r.out;
  EXPECT_NE(r.out.find("locales/ro/statements.po:2:"), std::string::npos) << r.out;  // both errors of the file
  EXPECT_NE(r.out.find("locales/ro/statements.po:5:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("error: [number] \"1948\" is missing"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("locales/pl/statements.po: 5 units"), std::string::npos) << r.out;
}

// The web page says it is a draft until every translation on it is reviewed, whatever the
// catalog's header says.
TEST_F(Cli, DraftNoticeUntilEveryTranslationOnThePageIsReviewed) {
  const auto page = scratch.root() / "output/html/pl/udhr.html";
  scratch.save(scratch.translated_catalog(/*reviewed=*/true));
  ASSERT_EQ(run(scratch, "build").status, 0);
  EXPECT_EQ(app::read_file(page).value().find("notice draft"), std::string::npos);

  auto c = scratch.translated_catalog(true);
  message(c, k_adopted).msgstr = {"Przyjęta i ogłoszona rezolucją Zgromadzenia Ogólnego 217 A (III) z 10 grudnia 1948 r."};
  scratch.save(c);  // its review is now stale
  ASSERT_EQ(run(scratch, "build").status, 0);
  EXPECT_NE(app::read_file(page).value().find("<p class=\"notice draft\" role=\"note\""), std::string::npos);

  // The build made a ui.po with nothing translated yet: only the statements can be reviewed.
  ASSERT_EQ(run(scratch, "review pl --by 'A. Reviewer' --all").status, 1);
  ASSERT_EQ(run(scratch, "review pl --by 'A. Reviewer' --domain statements --all").status, 0);
  ASSERT_EQ(run(scratch, "build").status, 0);
  EXPECT_EQ(app::read_file(page).value().find("notice draft"), std::string::npos);
}
