// The text/ helpers of the checks: character analysis and NFC.
#include <gtest/gtest.h>

#include "text/analysis.hpp"
#include "text/nfc.hpp"

using namespace leafpress::text;

TEST(QaText, FoldDigits) {
  EXPECT_EQ(fold_digits("المادة ٢٦"), "المادة 26");
  EXPECT_EQ(fold_digits("۱۹۴۸ ३ ３"), "1948 3 3");
  EXPECT_EQ(fold_digits("一九四八"), "一九四八");  // Han numerals are not decimal digits
}

TEST(QaText, FirstNonNfc) {
  EXPECT_FALSE(first_non_nfc("Tiếng Việt").has_value());
  EXPECT_EQ(first_non_nfc("ok e\u0301"), 3u);
  EXPECT_FALSE(first_non_nfc("").has_value());
}

TEST(QaText, Words) {
  std::string text = "Tous les êtres humains";
  auto words = split_words(text, "fr");
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(text.substr(words[2].offset, words[2].length), "êtres");
  EXPECT_FALSE(split_words("人人生而自由", "zh").empty());
}

TEST(QaText, EndPunctuation) {
  EXPECT_EQ(end_punctuation("Is it? ").mark, EndMark::question);
  EXPECT_EQ(end_punctuation("Wait...").mark, EndMark::ellipsis);
  EXPECT_EQ(end_punctuation("Wait…").mark, EndMark::ellipsis);
  EXPECT_EQ(end_punctuation("人人平等。").text, "。");
  EXPECT_EQ(end_punctuation("Read <1>this.</1>").mark, EndMark::full_stop);
  EXPECT_EQ(end_punctuation("„tak.”").mark, EndMark::full_stop);
  EXPECT_EQ(end_punctuation("Title").mark, EndMark::none);
  EXPECT_EQ(end_punctuation("").mark, EndMark::none);
}

TEST(QaText, FindTerm) {
  EXPECT_EQ(find_term("EU and EUR", "EU"), std::vector<size_t>{0});
  EXPECT_EQ(find_term("在Lewisham的", "Lewisham"), std::vector<size_t>{3});
  EXPECT_EQ(find_term("alcaldesa", "alcalde", true), std::vector<size_t>{0});
  EXPECT_TRUE(find_term("alcaldesa", "alcalde").empty());
  EXPECT_EQ(find_term("联合国大会", "大会").size(), 1u);
}
