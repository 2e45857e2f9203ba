// Page geometry: trim sizes, bleed, crop offset, safe area and crop marks; the estimated
// extent of text in fixed areas (the imprint at the foot of page 1).
#include <gtest/gtest.h>

#include "writers/page_geometry.hpp"
#include "writers/text_extent.hpp"

namespace leafpress::writers {
namespace {

TEST(PageGeometry, TrimSizesWithBleed) {
  struct Expected {
    const char* name;
    double width, height;
  };
  for (Expected e : {Expected{"A5", 148, 210}, Expected{"A4", 210, 297}, Expected{"DL", 99, 210}}) {
    auto page = page_geometry(e.name);
    ASSERT_TRUE(page) << e.name;
    EXPECT_EQ(page->name, e.name);
    EXPECT_DOUBLE_EQ(page->trim_width, e.width);
    EXPECT_DOUBLE_EQ(page->trim_height, e.height);
    EXPECT_DOUBLE_EQ(page->bleed, 3);
    EXPECT_DOUBLE_EQ(page->bleed_width(), e.width + 6);
    EXPECT_DOUBLE_EQ(page->bleed_height(), e.height + 6);
    EXPECT_DOUBLE_EQ(page->safe, 5);
    EXPECT_GE(page->text_margin, page->safe);
    EXPECT_GT(page->crop_offset, page->bleed);
    EXPECT_DOUBLE_EQ(page->media_width(), e.width + 2 * page->crop_offset);
  }
}

TEST(PageGeometry, NamesAreCaseInsensitiveAndUnknownOnesRefused) {
  auto page = page_geometry("a4");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->name, "A4");
  auto bad = page_geometry("Letter");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("A5, A4, DL"), std::string::npos);
  EXPECT_EQ(page_size_names(), (std::vector<std::string>{"A5", "A4", "DL"}));
}

TEST(PageGeometry, CropMarksLieOutsideTheBleedAndInsideTheMedia) {
  for (const std::string& name : page_size_names()) {
    auto page = page_geometry(name);
    ASSERT_TRUE(page);
    auto marks = crop_marks(*page);
    ASSERT_EQ(marks.size(), 8u);
    // In media coordinates the bleed box is [o-b, o+w+b] × [o-b, o+h+b].
    double o = page->crop_offset, b = page->bleed;
    double bleed_left = o - b, bleed_top = o - b;
    double bleed_right = o + page->trim_width + b, bleed_bottom = o + page->trim_height + b;
    for (const MarkLine& m : marks) {
      for (auto [x, y] : {std::pair{m.x1, m.y1}, std::pair{m.x2, m.y2}}) {
        EXPECT_GE(x, 0) << name;
        EXPECT_LE(x, page->media_width()) << name;
        EXPECT_GE(y, 0) << name;
        EXPECT_LE(y, page->media_height()) << name;
        bool inside_bleed = x > bleed_left && x < bleed_right && y > bleed_top && y < bleed_bottom;
        EXPECT_FALSE(inside_bleed) << name << " mark point " << x << "," << y;
      }
      // Each mark is horizontal or vertical and lines up with a trim edge.
      bool horizontal = m.y1 == m.y2, vertical = m.x1 == m.x2;
      EXPECT_TRUE(horizontal != vertical);
      if (horizontal) {
        EXPECT_TRUE(m.y1 == o || m.y1 == o + page->trim_height);
      }
      if (vertical) {
        EXPECT_TRUE(m.x1 == o || m.x1 == o + page->trim_width);
      }
    }
  }
}

constexpr double k_mm_per_pt = 25.4 / 72;

TEST(TextExtent, WidthByScript) {
  EXPECT_DOUBLE_EQ(estimated_width_mm("", 10), 0);
  EXPECT_NEAR(estimated_width_mm("人人生而自由", 10), 6 * 10 * k_mm_per_pt, 1e-9);  // Han: 1 em each
  EXPECT_NEAR(estimated_width_mm("abcde", 10), 5 * 0.5 * 10 * k_mm_per_pt, 1e-9);
  EXPECT_GT(estimated_width_mm("ABCDE", 10), estimated_width_mm("abcde", 10));  // capitals are wider
  EXPECT_GT(estimated_width_mm("ПЕЧАТЬ", 10), estimated_width_mm("печать", 10));
  EXPECT_GT(estimated_width_mm("abcde", 10, true), estimated_width_mm("abcde", 10));
  // Tamil as wide as FOP measures it (vowel signs counted): wider than Latin of the same length.
  EXPECT_GT(estimated_width_mm("மனித", 10), estimated_width_mm("abcd", 10));
  EXPECT_GT(estimated_width_mm("حقوق", 10), 0);
  EXPECT_NEAR(estimated_width_mm("abcde", 20), 2 * estimated_width_mm("abcde", 10), 1e-9);
}

TEST(TextExtent, HeightInWholeLines) {
  const double line = 9 * 1.3 * k_mm_per_pt;
  std::vector<AreaParagraph> one{{"Printed by Example Print Ltd.", 9, 1.3, false, 0}};
  EXPECT_NEAR(estimated_height_mm(one, 124), line, 1e-9);
  one[0].extra_mm = 5;
  EXPECT_NEAR(estimated_height_mm(one, 124), line + 5, 1e-9);
  // 200 Latin characters at 9 pt are about 318 mm: three lines of 124 × 0.9 mm.
  std::vector<AreaParagraph> long_one{{std::string(200, 'x'), 9, 1.3, false, 0}};
  EXPECT_NEAR(estimated_height_mm(long_one, 124), 3 * line, 1e-9);
  EXPECT_GT(estimated_height_mm(long_one, 79), estimated_height_mm(long_one, 124));  // DL is narrower
  // Paragraphs stack.
  std::vector<AreaParagraph> two{long_one[0], {"x", 9, 1.7, false, 1}};
  EXPECT_NEAR(estimated_height_mm(two, 124), 3 * line + 9 * 1.7 * k_mm_per_pt + 1, 1e-9);
  EXPECT_DOUBLE_EQ(estimated_height_mm({}, 124), 0);
}

}  // namespace
}  // namespace leafpress::writers
