#include "base/strings.hpp"

#include <gtest/gtest.h>

namespace leafpress {
namespace {

TEST(Strings, TrimTakesOnlyTheGivenCharactersFromEachEnd) {
  EXPECT_EQ(trim(" \tword \t"), "word");
  EXPECT_EQ(trim(" \r\n"), "\r\n");              // space and tab only by default
  EXPECT_EQ(trim("\f a b \v", " \f\v"), "a b");  // inner spaces stay
  EXPECT_EQ(trim(" \t "), "");
  EXPECT_EQ(trim_left("  a  "), "a  ");
  EXPECT_EQ(trim_right("  a \r", " \t\r"), "  a");
}

TEST(Strings, AsciiLowerLeavesOtherBytesAlone) {
  EXPECT_EQ(ascii_lower("HTTPS:"), "https:");
  EXPECT_EQ(ascii_lower("ÉTÉ Zz@["), "ÉtÉ zz@[");
}

}  // namespace
}  // namespace leafpress
