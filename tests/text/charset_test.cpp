// UTF-8 validation: the offset of the first byte that does not start a valid character,
// wherever it falls relative to the eight-byte ASCII steps the scan takes.
#include <gtest/gtest.h>

#include <string>

#include "text/charset.hpp"

namespace leafpress::text {
namespace {

TEST(Utf8Validation, ValidTextHasNoOffset) {
  EXPECT_EQ(invalid_utf8_offset(""), std::string_view::npos);
  EXPECT_EQ(invalid_utf8_offset("plain ASCII text, long enough for several words"), std::string_view::npos);
  EXPECT_EQ(invalid_utf8_offset("naïve café – 日本語 😀 and more ASCII after it"), std::string_view::npos);
}

TEST(Utf8Validation, FirstBadByteAtEveryOffset) {
  const std::string bad[] = {"\xff", "\xc0\xaf", "\xed\xa0\x80", "\xe2\x80", "\x80"};
  for (const std::string& b : bad) {
    for (size_t at = 0; at < 40; ++at) {
      std::string text = std::string(at, 'a') + b + std::string(20, 'z');
      EXPECT_EQ(invalid_utf8_offset(text), at) << "at " << at;
      // After a valid multi-byte character, too.
      std::string mixed = "é" + std::string(at, 'a') + b;
      EXPECT_EQ(invalid_utf8_offset(mixed), at + 2) << "after é, at " << at;
    }
  }
}

}  // namespace
}  // namespace leafpress::text
