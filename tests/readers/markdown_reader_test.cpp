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
  auto document = readers::read_document("---\ntitle: T\n---\n# Ünïcödé\n\nçç *x*\n", "a.md", "en");
  ASSERT_TRUE(document.has_value()) << document.error().to_string();
  ASSERT_EQ(document->blocks.size(), 2u);
  EXPECT_EQ(document->blocks[0].span.line, 4u);
  EXPECT_EQ(document->blocks[0].role, doc::Role::title);
  const auto& para = document->blocks[1];
  EXPECT_EQ(para.span.line, 6u);
  ASSERT_EQ(para.inlines.size(), 2u);
  EXPECT_EQ(para.inlines[1].kind, InlineKind::emphasis);
  EXPECT_EQ(para.inlines[1].span.column, 4u);  // after two two-byte characters and a space
  EXPECT_EQ(document->meta.at("title"), "T");
}

TEST(MarkdownReader, SoftBreaksJoinLinesAndTextNodesMerge) {
  auto document = readers::read_document("one [two] three\nfour\n", "a.md", "en");
  ASSERT_TRUE(document.has_value());
  ASSERT_EQ(document->blocks[0].inlines.size(), 1u);
  EXPECT_EQ(document->blocks[0].inlines[0].text, "one [two] three four");
}

TEST(MarkdownReader, RolesFromFrontMatter) {
  auto document = readers::read_document("---\nroles: preamble, title, body\n---\nIntro.\n\n## Title\n\nBody.\n", "a.md", "en");
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
