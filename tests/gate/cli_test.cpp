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
  message(c, k_adopted).msgstr = {
      "Przyjęta i ogłoszona rezolucją Zgromadzenia Ogólnego 217 A (III) z 10 grudnia 1948 r."};
  scratch.save(c);  // its review is now stale
  ASSERT_EQ(run(scratch, "build").status, 0);
  EXPECT_NE(app::read_file(page).value().find("<p class=\"notice draft\" role=\"note\""), std::string::npos);

  // The build made a ui.po with nothing translated yet: only the statements can be reviewed.
  ASSERT_EQ(run(scratch, "review pl --by 'A. Reviewer' --all").status, 1);
  ASSERT_EQ(run(scratch, "review pl --by 'A. Reviewer' --domain statements --all").status, 0);
  ASSERT_EQ(run(scratch, "build").status, 0);
  EXPECT_EQ(app::read_file(page).value().find("notice draft"), std::string::npos);
}

// The per-statement view says which leaflets a print run would pass: the reviewed statement
// is ready, a statement added since and not yet translated is not, and neither holds back
// the other.
TEST_F(Cli, StatsPerStatementSaysWhichLeafletIsReadyToPrint) {
  scratch.save(scratch.translated_catalog());
  scratch.write("source-docs/notice.txt", "Opening hours\n\nThe library opens at nine on weekdays.\n");
  auto r = run(scratch, "stats --statements");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("ready to print"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("notice               pl              2      0        0      0  no (2 blockers)"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("udhr                 pl              5      5        5      0  yes"), std::string::npos)
      << r.out;
  auto json = run(scratch, "stats --statements --json");
  EXPECT_NE(json.out.find(
                "\"statement\": \"udhr\", \"source\": \"source-docs/udhr.txt\", \"lang\": \"pl\", \"units\": 5, "
                "\"translated\": 5, \"reviewed\": 5, \"errors\": 0, \"ready_to_print\": true"),
            std::string::npos)
      << json.out;
}

// A comma fixed in the English keeps the translation on the web page (marked as a draft);
// a word changed does not; print needs the unit reviewed again either way.
TEST_F(Cli, MinorSourceEditKeepsTheTranslationOnTheWebButNotInPrint) {
  const auto page = scratch.root() / "output/html/pl/udhr.html";
  const std::string article3 = "Everyone has the right to life, liberty and the security of person.";
  const std::string polish3 = "Każdy człowiek ma prawo do życia, wolności";  // before a one-letter word Polish binds
  scratch.save(scratch.translated_catalog(true));
  ASSERT_EQ(run(scratch, "build").status, 0);
  ASSERT_NE(app::read_file(page).value().find(polish3), std::string::npos);

  std::string source = k_source;
  source.replace(source.find(article3), article3.size(),
                 "Everyone has the right to life, liberty, and the security of person!");
  scratch.write("source-docs/udhr.txt", source);
  ASSERT_EQ(run(scratch, "build").status, 0);
  std::string html = app::read_file(page).value();
  EXPECT_NE(html.find(polish3), std::string::npos) << html;
  EXPECT_NE(html.find("<p class=\"notice draft\" role=\"note\""), std::string::npos);
  auto print = run(scratch, "build --print");
  EXPECT_EQ(print.status, 1) << print.out;
  EXPECT_NE(print.out.find("fuzzy (its source changed"), std::string::npos) << print.out;

  source = k_source;
  source.replace(source.find(article3), article3.size(),
                 "Everyone has the right to life, freedom and the security of person.");
  scratch.write("source-docs/udhr.txt", source);
  ASSERT_EQ(run(scratch, "build").status, 0);
  html = app::read_file(page).value();
  EXPECT_EQ(html.find(polish3), std::string::npos);
  EXPECT_NE(html.find("Everyone has the right to life, freedom and the security of person."), std::string::npos);
}
