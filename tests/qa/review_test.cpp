// The review record: fingerprints, marks, staleness, drafts.
#include "qa/review.hpp"

#include <gtest/gtest.h>

#include "qa/sha256.hpp"

using namespace leafpress;
using namespace leafpress::qa;

namespace {

catalog::Message unit(std::string msgid, std::string msgstr) {
  catalog::Message m;
  m.msgid = std::move(msgid);
  m.msgstr = {std::move(msgstr)};
  return m;
}

}  // namespace

TEST(Review, FingerprintIsDocumentedSha256Prefix) {
  auto m = unit("Article 3", "Artykuł 3");
  // Anyone can recompute it: printf 'leafpress-unit-1\ni9:Article 3s10:Artykuł 3' | sha256sum
  std::string bytes = "leafpress-unit-1\ni9:Article 3s10:Artykuł 3";
  EXPECT_EQ(unit_fingerprint(m), sha256_hex(bytes).substr(0, 16));
  auto with_context = m;
  with_context.msgctxt = "title";
  EXPECT_NE(unit_fingerprint(with_context), unit_fingerprint(m));
  // Moving text between msgid and msgstr changes the fingerprint (parts are length-prefixed).
  EXPECT_NE(unit_fingerprint(unit("ab", "c")), unit_fingerprint(unit("a", "bc")));
}

TEST(Review, MarkThenEditMakesItStale) {
  auto m = unit("Everyone has the right to life, liberty and the security of person.",
                "Każdy człowiek ma prawo do życia, wolności i bezpieczeństwa swej osoby.");
  m.translator_comments = {"Translator note kept"};
  EXPECT_EQ(review_state(m), ReviewState::unreviewed);
  mark_reviewed(m, "A. Reviewer");
  EXPECT_EQ(review_state(m), ReviewState::reviewed);
  ASSERT_EQ(m.translator_comments.size(), 2u);
  EXPECT_EQ(m.translator_comments[0], "Translator note kept");
  EXPECT_TRUE(m.translator_comments[1].starts_with("leafpress-reviewed: A. Reviewer "));
  EXPECT_EQ(review_mark(m)->reviewer, "A. Reviewer");

  auto source_edit = m;
  source_edit.msgid = "Everyone has the right to life and liberty.";
  EXPECT_EQ(review_state(source_edit), ReviewState::stale);
  auto translation_edit = m;
  translation_edit.msgstr[0] += " ";
  EXPECT_EQ(review_state(translation_edit), ReviewState::stale);

  mark_reviewed(m, "B. Other");  // replaces, never piles up
  EXPECT_EQ(m.translator_comments.size(), 2u);
  EXPECT_TRUE(clear_review(m));
  EXPECT_EQ(m.translator_comments.size(), 1u);
  EXPECT_FALSE(clear_review(m));
}

TEST(Review, HostileMarks) {
  auto m = unit("a", "b");
  m.translator_comments = {"leafpress-reviewed:"};
  EXPECT_EQ(review_state(m), ReviewState::stale);
  m.translator_comments = {"leafpress-reviewed: " + unit_fingerprint(m)};  // no name
  EXPECT_EQ(review_state(m), ReviewState::stale);
  m.translator_comments = {"leafpress-reviewed: X " + unit_fingerprint(m).substr(0, 15) + "g"};
  EXPECT_EQ(review_state(m), ReviewState::stale);
  m.translator_comments = {"leafpress-reviewed: Name With Spaces " + unit_fingerprint(m)};
  EXPECT_EQ(review_state(m), ReviewState::reviewed);
  EXPECT_EQ(review_mark(m)->reviewer, "Name With Spaces");
}

TEST(Review, CountReviewedSkipsHeaderAndObsolete) {
  catalog::Catalog c;
  catalog::Message header;
  header.msgstr = {"Content-Type: text/plain; charset=UTF-8\n"};
  c.messages.push_back(header);
  auto a = unit("a", "x");
  mark_reviewed(a, "R");
  auto b = unit("b", "y");
  auto old = unit("c", "z");
  mark_reviewed(old, "R");
  old.obsolete = true;
  c.messages = {header, a, b, old};
  EXPECT_EQ(count_reviewed(c), 1u);
}

TEST(Review, DraftHeader) {
  catalog::Catalog c;
  c.set_header_field("Language", "pl");
  EXPECT_FALSE(draft_note(c).has_value());
  c.set_header_field("X-Leafpress-Draft", "machine-drafted, not reviewed by a native speaker");
  c.set_header_field("Plural-Forms",
                     "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);");
  EXPECT_EQ(draft_note(c).value(), "machine-drafted, not reviewed by a native speaker");
  EXPECT_TRUE(clear_draft(c));
  EXPECT_FALSE(draft_note(c).has_value());
  EXPECT_EQ(c.header_field("Language"), "pl");
  EXPECT_EQ(c.nplurals(), 3);
  EXPECT_FALSE(clear_draft(c));
}
