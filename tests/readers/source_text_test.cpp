#include "readers/source_text.hpp"

#include <gtest/gtest.h>

using namespace leafpress;

TEST(SourceText, SpansCountCodePoints) {
  auto source = readers::decode_source("ab\n\xC3\xA9\xC3\xA9x\n", "f.txt");
  ASSERT_TRUE(source.has_value());
  auto span = source->span_at(source->text.find('x'));
  EXPECT_EQ(span.line, 2u);
  EXPECT_EQ(span.column, 3u);
  EXPECT_EQ(span.file, "f.txt");
}

TEST(SourceText, FrontMatterShiftsLines) {
  auto source = readers::decode_source("---\ntitle: 'T'\n# a comment\n---\nbody\n", "f.txt");
  ASSERT_TRUE(source.has_value());
  EXPECT_EQ(source->first_line, 5u);
  EXPECT_EQ(source->text, "body\n");
  EXPECT_EQ(source->front.values.at("title"), "T");
  EXPECT_EQ(source->span_at(0).line, 5u);
}

TEST(SourceText, LoneCarriageReturnsEndLines) {
  auto source = readers::decode_source("a\rb\r\nc", "f.txt");
  ASSERT_TRUE(source.has_value());
  EXPECT_EQ(source->text, "a\nb\nc");
}

TEST(SourceText, InvalidSequencesAreFound) {
  for (std::string bad : {"\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82", "\x80"}) {
    auto source = readers::decode_source("ok " + bad, "f.txt");
    ASSERT_FALSE(source.has_value());
    EXPECT_EQ(source.error().where.column, 4u);
    EXPECT_NE(source.error().message.find("byte offset 3"), std::string::npos);
  }
}
