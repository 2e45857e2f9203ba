// Which edits of a unit's English count as minor: punctuation, white space and quotation
// style only; letters, digits, symbols and case always count.
#include "text/minor_edit.hpp"

#include <gtest/gtest.h>

using leafpress::text::is_minor_edit;
using leafpress::text::without_punctuation_and_spacing;

TEST(MinorEdit, PunctuationWhiteSpaceAndQuotesAreMinor) {
  EXPECT_TRUE(is_minor_edit("Everyone has the right to life, liberty and security.",
                            "Everyone has the right to life, liberty, and security!"));
  EXPECT_TRUE(is_minor_edit("Vote on 5 May", "Vote  on\n5 May."));
  EXPECT_TRUE(is_minor_edit("He said \"no\" and didn't", "He said “no” and didn’t"));
  EXPECT_TRUE(is_minor_edit("a well-known place", "a well‑known place"));  // non-breaking hyphen
  EXPECT_TRUE(is_minor_edit("«Oui»", "« Oui »"));
  EXPECT_TRUE(is_minor_edit("word,word", "word, word"));
  EXPECT_TRUE(is_minor_edit("<1>our plan</1>.", "<1>our plan</1>!"));
}

TEST(MinorEdit, LettersDigitsSymbolsAndCaseAreNot) {
  EXPECT_FALSE(is_minor_edit("Vote on 5 May", "Vote on 6 May"));
  EXPECT_FALSE(is_minor_edit("vote now", "Vote now"));
  EXPECT_FALSE(is_minor_edit("costs £5", "costs $5"));
  EXPECT_FALSE(is_minor_edit("a + b", "a b"));
  EXPECT_FALSE(is_minor_edit("their homes", "there homes"));
  EXPECT_FALSE(is_minor_edit("word", "wor d"));  // a space inside a word splits it
  EXPECT_FALSE(is_minor_edit("same", "same"));   // no edit at all
}

TEST(MinorEdit, TheReducedFormKeepsWordsApartAndTrims) {
  EXPECT_EQ(without_punctuation_and_spacing("  “Hello,” she said…  "), "Hello she said");
  EXPECT_EQ(without_punctuation_and_spacing("٢٠٢٦، مرحبا؟"), "٢٠٢٦ مرحبا");
  EXPECT_EQ(without_punctuation_and_spacing("一、二。"), "一 二");
  EXPECT_EQ(without_punctuation_and_spacing(std::string("a\xff.b")), std::string("a\xff b"));
}
