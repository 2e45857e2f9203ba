// The build cache's record of an output: hash and file stamp, read back as written.
#include "app/build_cache.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "test_support/temp_dir.hpp"

namespace leafpress::app {
namespace {

TEST(OutputRecord, TextReadsBackAsWritten) {
  OutputRecord record{"0123456789abcdef0123456789abcdef", FileStamp{1234, 98765, 1'700'000'000'123'456'789}};
  OutputRecord back = OutputRecord::parse(record.text());
  EXPECT_EQ(back.hash, record.hash);
  ASSERT_TRUE(back.stamp.has_value());
  EXPECT_EQ(*back.stamp, *record.stamp);
}

TEST(OutputRecord, HashAloneOrDamagedStampGivesNoStamp) {
  // A cache from before stamps were kept, or one damaged by hand: the file is hashed.
  for (std::string text : {"abc", "abc 12", "abc 12 34", "abc 12 x 56", "abc 12 34 56 78", "abc -1 2 3"}) {
    OutputRecord record = OutputRecord::parse(text);
    EXPECT_EQ(record.hash, "abc") << text;
    EXPECT_FALSE(record.stamp.has_value()) << text;
  }
}

TEST(FileStamp, RegularFilesOnly) {
  leafpress::testing::TempDir dir;
  fs::path file = dir.path() / "page.html";
  std::ofstream(file) << "12345";
  auto stamp = file_stamp(file);
  ASSERT_TRUE(stamp.has_value());
  EXPECT_EQ(stamp->size, 5u);
  fs::create_symlink(file, dir.path() / "link.html");
  EXPECT_FALSE(file_stamp(dir.path() / "link.html").has_value());
  EXPECT_FALSE(file_stamp(dir.path()).has_value());
  EXPECT_FALSE(file_stamp(dir.path() / "missing").has_value());
}

}  // namespace
}  // namespace leafpress::app
