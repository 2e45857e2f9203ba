// Lewisham's languages out of the box: the drafts are complete and clean, the print gate
// refuses them until reviewed, proofs are marked, and any DOMAIN.md language is one
// `leafpress init` away from its own pages.
#include <gtest/gtest.h>

#include <regex>

#include "app/config.hpp"
#include "test_support/scratch_project.hpp"
#include "text/language.hpp"
#include "xml/xml_writer.hpp"

using namespace leafpress::testing;

TEST(Languages, EveryDefaultLanguageIsFullyDrafted) {
  ScratchProject project;
  auto stats = project.leafpress("stats --json");
  ASSERT_EQ(stats.exit_code, 0) << stats.output;
  // Every statement is drafted; the page furniture added since (in English until translated)
  // is not, as no translation is invented for it.
  std::regex complete(R"("domain": "statements", "missing": false, "units": (\d+), "translated": \1,)");
  auto found = std::distance(std::sregex_iterator(stats.output.begin(), stats.output.end(), complete),
                             std::sregex_iterator());
  EXPECT_EQ(static_cast<size_t>(found), leafpress::app::default_targets().size()) << stats.output;
  for (const auto& tag : leafpress::app::default_targets())
    EXPECT_NE(stats.output.find("\"" + tag + "\""), std::string::npos) << tag;
}

TEST(Languages, DraftsHaveNoCheckErrors) {
  ScratchProject project;
  auto check = project.leafpress("check");
  EXPECT_EQ(check.exit_code, 0) << check.output;
  EXPECT_EQ(check.output.find(": error:"), std::string::npos) << check.output;
}

TEST(Languages, PrintGateRefusesUnreviewedDraftsAndSaysWhy) {
  ScratchProject project;
  // A complete (placeholder) imprint, so the drafts themselves are what blocks.
  std::string config = slurp(project.root() / "leafpress.toml");
  config = std::regex_replace(config, std::regex("printed_by = \"\""),
                              "printed_by = \"Example Printer, 1 Example Street, London\"");
  config = std::regex_replace(config, std::regex("promoted_by = \"\""),
                              "promoted_by = \"Example Agent, 2 Example Street, London\"");
  config = std::regex_replace(config, std::regex("on_behalf_of = \"\""),
                              "on_behalf_of = \"Example Candidate, 3 Example Street, London\"");
  spit(project.root() / "leafpress.toml", config);
  auto gate = project.leafpress("build --print");
  EXPECT_EQ(gate.exit_code, 1) << gate.output;
  for (const auto& tag : leafpress::app::default_targets()) {
    EXPECT_NE(gate.output.find("locales/" + tag + "/statements.po:"), std::string::npos) << tag;
    EXPECT_FALSE(fs::exists(project.root() / "output" / "print" / tag / "community-and-diversity.pdf")) << tag;
  }
  EXPECT_NE(gate.output.find("not reviewed: "), std::string::npos);
  EXPECT_NE(gate.output.find("0 of 17 leaflets pass"), std::string::npos) << gate.output;
}

TEST(Languages, ProofBuildMarksEveryLeaflet) {
  ScratchProject project;
  auto proof = project.leafpress("build --proof");
  ASSERT_EQ(proof.exit_code, 0) << proof.output;
  for (const auto& tag : leafpress::app::default_targets()) {
    std::string fo = slurp(project.root() / "output" / "proof" / tag / "community-and-diversity.fo");
    EXPECT_NE(fo.find("NOT FOR PRINT"), std::string::npos) << tag;
  }
}

TEST(Languages, AddingAnyDomainLanguageIsOneCommand) {
  const std::vector<std::string> extra{"pt-BR", "el", "hu", "de", "fil", "fa", "bn",
                                       "ps",    "ig", "ur", "yo", "ak",  "ti", "am"};
  ScratchProject project;
  std::string tags;
  for (const auto& tag : extra) tags += " " + tag;
  auto init = project.leafpress("init" + tags);
  ASSERT_EQ(init.exit_code, 0) << init.output;
  std::string config = slurp(project.root() / "leafpress.toml");
  auto build = project.leafpress("build");
  ASSERT_EQ(build.exit_code, 0) << build.output;
  for (const auto& tag : extra) {
    EXPECT_NE(config.find("\"" + tag + "\""), std::string::npos) << tag << " not added to leafpress.toml";
    for (const char* domain : {"statements", "ui"}) {
      fs::path catalog = project.root() / "locales" / tag / (std::string(domain) + ".po");
      ASSERT_TRUE(fs::exists(catalog)) << catalog;
      auto msgfmt = run_command("msgfmt -c -o /dev/null '" + catalog.string() + "'");
      EXPECT_EQ(msgfmt.exit_code, 0) << msgfmt.output;
      EXPECT_TRUE(msgfmt.output.empty()) << tag << ": " << msgfmt.output;
    }
    auto info = leafpress::text::language_info(tag).value();
    std::string page = slurp(project.root() / "output" / "html" / tag / "community-and-diversity.html");
    ASSERT_FALSE(page.empty()) << tag;
    EXPECT_TRUE(leafpress::xml::is_well_formed(page)) << tag;
    EXPECT_NE(page.find(" lang=\"" + tag + "\" xml:lang=\"" + tag + "\" dir=\"" + info.dir() + "\">"),
              std::string::npos)
        << tag;
    EXPECT_NE(page.find(info.autonym), std::string::npos) << tag << " autonym " << info.autonym;
  }
}

TEST(Languages, StatsCountReviewedUnits) {
  ScratchProject project;
  auto before = project.leafpress("stats pl --json");
  ASSERT_EQ(before.exit_code, 0) << before.output;
  EXPECT_NE(before.output.find("\"domain\": \"statements\", \"missing\": false, \"units\": 10, \"translated\": 10, "
                               "\"fuzzy\": 0, \"untranslated\": 0, \"obsolete\": 0, \"reviewed\": 0"),
            std::string::npos)
      << before.output;
  auto review = project.leafpress("review pl --domain statements --by \"A. Reviewer\" --all");
  ASSERT_EQ(review.exit_code, 0) << review.output;
  auto after = project.leafpress("stats pl --json");
  EXPECT_NE(after.output.find("\"obsolete\": 0, \"reviewed\": 10"), std::string::npos) << after.output;
}
