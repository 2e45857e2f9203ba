// `leafpress review` on a scratch project: marks what can be marked, drops stale reviews,
// removes the draft mark when done, and the gate then passes.
#include <gtest/gtest.h>

#include <cstdlib>

#include "app/print_gate.hpp"
#include "app/review.hpp"
#include "scratch_project.hpp"

using namespace leafpress;
using namespace leafpress::testing;

namespace {

const std::string k_article3 = "Everyone has the right to life, liberty and the security of person.";
const std::string k_adopted = "Adopted and proclaimed by General Assembly resolution 217 A (III) of 10 December 1948.";

catalog::Catalog reread(const ScratchProject& scratch) {
  auto c = catalog::parse_po(scratch.catalog_text(), "statements.po");
  EXPECT_TRUE(c.has_value());
  return *c;
}

}  // namespace

TEST(ReviewCommand, DraftReviewedThroughPassesTheGate) {
  ScratchProject scratch;
  auto c = scratch.translated_catalog(false);
  c.set_header_field("X-Leafpress-Draft", "machine-drafted, not reviewed by a native speaker");
  scratch.save(c);
  Diagnostics diagnostics;
  auto report = app::review_catalog(scratch.project(), "pl", app::k_statements_domain, "A. Reviewer", diagnostics);
  ASSERT_TRUE(report.has_value()) << report.error().to_string();
  EXPECT_EQ(report->marked, 5u);
  EXPECT_TRUE(report->draft_cleared);
  EXPECT_TRUE(report->written);
  auto after = reread(scratch);
  EXPECT_EQ(qa::count_reviewed(after), 5u);
  EXPECT_FALSE(qa::draft_note(after).has_value());
  EXPECT_NE(scratch.catalog_text().find("# leafpress-reviewed: A. Reviewer "), std::string::npos);

  // Running it again changes nothing: the reviews stand.
  auto again = app::review_catalog(scratch.project(), "pl", app::k_statements_domain, "B. Other", diagnostics);
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->kept, 5u);
  EXPECT_EQ(again->marked, 0u);
  EXPECT_FALSE(again->written);

  if (std::filesystem::exists("/usr/bin/lualatex")) {
    auto verdicts = app::evaluate_print_gate(scratch.project(), diagnostics);
    ASSERT_TRUE(verdicts.has_value());
    EXPECT_TRUE(verdicts->front().pass) << app::format_gate_report(*verdicts);
  }
}

TEST(ReviewCommand, LeavesUntranslatedFuzzyAndBrokenUnitsAndDropsStaleReviews) {
  ScratchProject scratch;
  auto c = scratch.translated_catalog(true);
  c.set_header_field("X-Leafpress-Draft", "unreviewed");
  message(c, k_article3).msgstr = {""};                                             // untranslated, review now stale
  message(c, "Human rights").set_flag("fuzzy", true);                               // fuzzy
  message(c, k_adopted).msgstr = {"Przyjęta rezolucją 217 A (III) z 10 grudnia."};  // drops 1948: error
  scratch.save(c);
  Diagnostics diagnostics;
  auto report = app::review_catalog(scratch.project(), "pl", app::k_statements_domain, "A. Reviewer", diagnostics);
  ASSERT_TRUE(report.has_value()) << report.error().to_string();
  EXPECT_EQ(report->kept, 2u);
  EXPECT_EQ(report->marked, 0u);
  EXPECT_EQ(report->untranslated, 1u);
  EXPECT_EQ(report->fuzzy, 1u);
  EXPECT_EQ(report->with_errors, 1u);
  EXPECT_EQ(report->stale_cleared, 3u);
  EXPECT_FALSE(report->draft_cleared);
  ASSERT_EQ(report->skipped.size(), 3u);
  EXPECT_EQ(report->skipped[0].where.line, scratch.msgstr_line(k_adopted));
  EXPECT_NE(report->skipped[0].message.find("[number] \"1948\""), std::string::npos) << report->skipped[0].message;
  auto after = reread(scratch);
  EXPECT_EQ(qa::count_reviewed(after), 2u);
  EXPECT_TRUE(qa::draft_note(after).has_value());
  EXPECT_FALSE(qa::review_mark(message(after, k_article3)).has_value());
}

TEST(ReviewCommand, RefusesBadInput) {
  ScratchProject scratch;
  Diagnostics diagnostics;
  auto missing = app::review_catalog(scratch.project(), "pl", app::k_statements_domain, "A. Reviewer", diagnostics);
  ASSERT_FALSE(missing.has_value());
  EXPECT_NE(missing.error().message.find("leafpress init pl"), std::string::npos);
  scratch.save(scratch.translated_catalog(false));
  EXPECT_FALSE(app::review_catalog(scratch.project(), "pl", app::k_statements_domain, "  ", diagnostics).has_value());
  EXPECT_FALSE(
      app::review_catalog(scratch.project(), "pl", app::k_statements_domain, "Two\nLines", diagnostics).has_value());
}

TEST(ReviewCommand, RecordSurvivesGnuMsgmerge) {
  if (std::system("msgmerge --version > /dev/null 2>&1") != 0)
    FAIL() << "GNU gettext is not installed (scripts/setup.sh)";
  ScratchProject scratch;
  auto c = scratch.translated_catalog(true);
  message(c, k_adopted)
      .translator_comments.insert(message(c, k_adopted).translator_comments.begin(),
                                  "leafpress-ignore: length the resolution number reads the same");
  scratch.save(c);
  scratch.write("locales/statements.pot", catalog::write_po(scratch.pot()));
  std::string root = scratch.root().string();
  std::string command = "msgmerge --quiet --no-fuzzy-matching -o '" + root + "/merged.po' '" + root +
                        "/locales/pl/statements.po' '" + root + "/locales/statements.pot'";
  ASSERT_EQ(std::system(command.c_str()), 0);
  auto merged = catalog::parse_po(app::read_file(scratch.root() / "merged.po").value(), "merged.po");
  ASSERT_TRUE(merged.has_value());
  EXPECT_EQ(qa::count_reviewed(*merged), 5u);
  EXPECT_EQ(qa::review_mark(message(*merged, k_adopted))->reviewer, "A. Reviewer");
  EXPECT_EQ(message(*merged, k_adopted).translator_comments.front(),
            "leafpress-ignore: length the resolution number reads the same");
}
