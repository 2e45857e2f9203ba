#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "catalog/line_breaking.hpp"

namespace leafpress::catalog {
namespace {

// Neutral text in several scripts, with escapes and a line separator, as the PO writer sees it.
const std::vector<std::string> k_texts{
    "All human beings are born free and equal in dignity and rights.",
    "Tout le monde a droit \\u00e0 la vie, \\\"\\u00e0 la libert\\u00e9\\\" et \\u00e0 la s\\u00fbret\\u00e9.\\n",
    "எல்லா மனிதர்களும் சுதந்திரமாகவே பிறக்கின்றனர்; மதிப்பிலும் உரிமைகளிலும் சமமானவர்கள்.",
    "人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心，并应以兄弟关系的精神相对待。",
    "<p>Text.</p><a href=\"x\">link</a>\\tend\xE2\x80\xA8next line after a separator",
    "",
};

// The fast paths the writer takes must agree with the full greedy fill.
TEST(LineBreaking, NeedsBreakAgreesWithFillLinesAndTheWidthBound) {
  std::vector<Break> opportunities, shared_opportunities;
  std::vector<uint8_t> columns;
  std::vector<char> breaks, shared_breaks;
  for (const std::string& text : k_texts) {
    possible_breaks(text, std::vector<Break>(text.size(), Break::undefined), opportunities);
    EXPECT_EQ(opportunities, possible_breaks(text, std::vector<Break>(text.size(), Break::undefined)));
    possible_breaks(text, std::vector<Break>(text.size(), Break::undefined), shared_opportunities, columns);
    EXPECT_EQ(shared_opportunities, opportunities);
    ASSERT_EQ(columns.size(), text.size());
    long column_total = 0;
    for (uint8_t c : columns) column_total += c;
    EXPECT_EQ(column_total, text_width(text)) << text;
    const long width_total = text_width(text);
    for (int width = 5; width <= 90; width += 5) {
      for (int start = 0; start <= 12; start += 3) {
        bool any = fill_lines(text, opportunities, width, start, breaks);
        std::vector<bool> reference = fill_lines(text, opportunities, width, start);
        EXPECT_TRUE(std::equal(breaks.begin(), breaks.end(), reference.begin(), reference.end()));
        EXPECT_EQ(any, std::find(reference.begin(), reference.end(), true) != reference.end()) << text;
        EXPECT_EQ(needs_break(text, opportunities, width, start), any) << text << " width " << width;
        // The same answers from the columns possible_breaks gave.
        EXPECT_EQ(fill_lines(columns, opportunities, width, start, shared_breaks), any);
        EXPECT_EQ(shared_breaks, breaks) << text << " width " << width;
        EXPECT_EQ(needs_break(columns, opportunities, width, start), any) << text << " width " << width;
        if (start + width_total <= width) {
          EXPECT_FALSE(any) << text << " width " << width;
        }
      }
    }
  }
}

TEST(LineBreaking, TextWidthCountsColumnsNotBytes) {
  EXPECT_EQ(text_width("abc"), 3);
  EXPECT_EQ(text_width("人人"), 4);       // wide ideographs
  EXPECT_EQ(text_width("e\xCC\x81"), 1);  // a combining accent takes no column
  EXPECT_EQ(text_width("a\tb"), 2);       // control characters take none
  // With a limit: exact up to it, and past it once the text is wider.
  for (const std::string& text : k_texts) {
    const long total = text_width(text);
    for (long limit = 0; limit <= total + 2; ++limit) {
      const long capped = text_width(text, limit);
      if (total <= limit) EXPECT_EQ(capped, total) << text << " limit " << limit;
      else EXPECT_GT(capped, limit) << text << " limit " << limit;
      EXPECT_LE(capped, total);
    }
  }
}

}  // namespace
}  // namespace leafpress::catalog
