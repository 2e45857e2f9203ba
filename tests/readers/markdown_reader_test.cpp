#include <gtest/gtest.h>

#include "doc/dump.hpp"
#include "doc/golden.hpp"
#include "readers/reader.hpp"

using namespace leafpress;
namespace lt = leafpress::testing;
using doc::BlockKind;
using doc::InlineKind;

TEST(MarkdownReader, EveryConstructGolden) {
  std::string text = lt::read_text_file(lt::golden_dir() / "constructs.md");
  ASSERT_FALSE(text.empty());
  auto document = readers::read_document(text, "source-docs/constructs.md", "en");
  ASSERT_TRUE(document.has_value()) << document.error().to_string();
  lt::expect_golden("constructs.dump", doc::dump(*document));
}

TEST(MarkdownReader, SpansAreCodePointColumnsAfterFrontMatter) {
  auto document = readers::read_document("---\ndate: 2026-01-01\n---\n# Ünïcödé\n\nçç *x*\n", "a.md", "en");
  ASSERT_TRUE(document.has_value()) << document.error().to_string();
  ASSERT_EQ(document->blocks.size(), 2u);
  EXPECT_EQ(document->blocks[0].span.line, 4u);
  EXPECT_EQ(document->blocks[0].role, doc::Role::title);
  const auto& para = document->blocks[1];
  EXPECT_EQ(para.span.line, 6u);
  ASSERT_EQ(para.inlines.size(), 2u);
  EXPECT_EQ(para.inlines[1].kind, InlineKind::emphasis);
  EXPECT_EQ(para.inlines[1].span.column, 4u);  // after two two-byte characters and a space
  EXPECT_EQ(document->meta.at("date"), "2026-01-01");
}

// A title and category named in front matter are part of the statement, translated like the
// rest: found in the text when it has them, added to it when it does not.
TEST(MarkdownReader, FrontMatterTitleAndCategoryBecomeBlocks) {
  auto added = readers::read_document("---\ntitle: Human rights\ncategory: Rights\n---\nAll are equal.\n", "a.md",
                                      "en");
  ASSERT_TRUE(added.has_value()) << added.error().to_string();
  ASSERT_EQ(added->blocks.size(), 3u);
  EXPECT_EQ(added->blocks[0].role, doc::Role::title);
  EXPECT_EQ(added->blocks[0].kind, doc::BlockKind::heading);
  EXPECT_EQ(doc::plain_text(added->blocks[0].inlines), "Human rights");
  EXPECT_EQ(added->blocks[0].span.line, 2u);  // the front-matter line that names it
  EXPECT_EQ(added->blocks[2].role, doc::Role::category);
  EXPECT_EQ(doc::plain_text(added->blocks[2].inlines), "Rights");

  auto found = readers::read_document("---\ntitle: Human rights\n---\nAdopted in 1948.\n\n## Human rights\n\nAll.\n",
                                      "a.md", "en");
  ASSERT_TRUE(found.has_value());
  ASSERT_EQ(found->blocks.size(), 3u);
  EXPECT_EQ(found->blocks[0].role, doc::Role::preamble);
  EXPECT_EQ(found->blocks[1].role, doc::Role::title);
  EXPECT_EQ(found->blocks[1].span.line, 6u);
  auto none = readers::read_document("---\ncategory: none\n---\n# T\n\nText\n", "a.md", "en");
  ASSERT_TRUE(none.has_value());
  EXPECT_EQ(none->blocks.size(), 2u);
}

TEST(MarkdownReader, SoftBreaksJoinLinesAndTextNodesMerge) {
  auto document = readers::read_document("one [two] three\nfour\n", "a.md", "en");
  ASSERT_TRUE(document.has_value());
  ASSERT_EQ(document->blocks[0].inlines.size(), 1u);
  EXPECT_EQ(document->blocks[0].inlines[0].text, "one [two] three four");
}

// Entities decode after the source was normalised: the text must still be NFC, as a
// translation of it will be (U+FAAC is U+7AB1 in NFC; e + U+0301 is é).
TEST(MarkdownReader, TextFromEntitiesIsNfc) {
  auto document = readers::read_document("One &#xFAAC; and e&#x301; *in e&#769;mphasis*\n", "a.md", "en");
  ASSERT_TRUE(document.has_value());
  const auto& inlines = document->blocks[0].inlines;
  ASSERT_EQ(inlines.size(), 2u);
  EXPECT_EQ(inlines[0].text, "One \u7AB1 and \u00E9 ");
  ASSERT_EQ(inlines[1].children.size(), 1u);
  EXPECT_EQ(inlines[1].children[0].text, "in \u00E9mphasis");
}

TEST(MarkdownReader, RolesFromFrontMatter) {
  auto document = readers::read_document("---\nroles: preamble, title, body\n---\nIntro.\n\n## Title\n\nBody.\n",
                                         "a.md", "en");
  ASSERT_TRUE(document.has_value()) << document.error().to_string();
  EXPECT_EQ(document->blocks[0].role, doc::Role::preamble);
  EXPECT_EQ(document->blocks[1].role, doc::Role::title);
  EXPECT_EQ(document->blocks[2].role, doc::Role::body);
}

TEST(MarkdownReader, NestingLimitIsAnErrorWithAPlace) {
  std::string text = "Intro\n\n" + std::string(70, '>') + " deep\n";
  auto document = readers::read_document(text, "a.md", "en");
  ASSERT_FALSE(document.has_value());
  EXPECT_EQ(document.error().where.line, 3u);
  auto fine = readers::read_document(std::string(10, '>') + " fine\n", "a.md", "en");
  EXPECT_TRUE(fine.has_value());
}

TEST(MarkdownReader, NfcAndUtf8ChecksApply) {
  auto document = readers::read_document("Cafe\xCC\x81\n", "a.md", "en");
  ASSERT_TRUE(document.has_value());
  EXPECT_EQ(document->blocks[0].inlines[0].text, "Caf\xC3\xA9");
  EXPECT_FALSE(readers::read_document("\xFF", "a.md", "en").has_value());
  EXPECT_FALSE(readers::read_document("\n\n  \n", "a.md", "en").has_value());
}
