#include <gtest/gtest.h>

#include "catalog/po_parser.hpp"
#include "catalog/stats.hpp"
#include "text/word_count.hpp"

namespace leafpress {
namespace {

TEST(WordCount, CountsWordsNotSpacesOrPunctuation) {
  EXPECT_EQ(text::count_words("Hello, world! It's 2024.", "en"), 4u);
  EXPECT_EQ(text::count_words("", "en"), 0u);
  // Chinese has no spaces: ICU's dictionary finds the words.
  EXPECT_GE(text::count_words("人人生而自由，在尊严和权利上一律平等。", "zh"), 6u);
  EXPECT_EQ(text::count_words("எல்லா மனிதர்களும் சுதந்திரமாக", "ta"), 3u);
}

TEST(CatalogStats, CountsEachKindOfUnit) {
  Diagnostics diagnostics;
  auto c = catalog::parse_po(
      "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
      "msgid \"Two words\"\nmsgstr \"Deux mots\"\n\n"
      "#, fuzzy\nmsgid \"Three more words\"\nmsgstr \"Trois\"\n\n"
      "msgid \"One\"\nmsgstr \"\"\n\n"
      "#~ msgid \"Old\"\n#~ msgstr \"Vieux\"\n",
      "t.po", &diagnostics);
  ASSERT_TRUE(c) << diagnostics.to_string();
  catalog::CatalogStats s = catalog::catalog_stats(*c, "en", "fr");
  EXPECT_EQ(s.units, 3u);
  EXPECT_EQ(s.translated, 1u);
  EXPECT_EQ(s.fuzzy, 1u);
  EXPECT_EQ(s.untranslated, 1u);
  EXPECT_EQ(s.obsolete, 1u);
  EXPECT_EQ(s.source_words, 6u);
  EXPECT_EQ(s.translated_words, 2u);
  EXPECT_EQ(s.translation_words, 2u);
  EXPECT_NEAR(s.percent(), 100.0 / 3.0, 1e-9);
}

// The translations are counted with their own language's word boundaries.
TEST(CatalogStats, CountsTheTranslationsInTheirLanguage) {
  Diagnostics diagnostics;
  auto c = catalog::parse_po(
      "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
      "msgid \"All human beings are born free\"\nmsgstr \"人人生而自由\"\n",
      "t.po", &diagnostics);
  ASSERT_TRUE(c) << diagnostics.to_string();
  catalog::CatalogStats s = catalog::catalog_stats(*c, "en", "zh-Hans");
  EXPECT_EQ(s.translated_words, 6u);
  EXPECT_EQ(s.translation_words, text::count_words("人人生而自由", "zh-Hans"));
  EXPECT_GE(s.translation_words, 2u);  // a dictionary split, not one word per character or one in all
  EXPECT_LT(s.translation_words, 6u);
}

}  // namespace
}  // namespace leafpress
