// Picture headers: the size and colour model of PNG, JPEG and GIF files read from their first
// bytes, and nothing read from a file that is not one of them or is cut short.
#include "readers/picture_header.hpp"

#include <gtest/gtest.h>

#include <string>

namespace leafpress::readers {
namespace {

std::string big_endian(unsigned value, int bytes) {
  std::string out;
  for (int i = bytes - 1; i >= 0; --i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
  return out;
}

std::string png(unsigned width, unsigned height, char colour_type) {
  return std::string("\x89PNG\r\n\x1a\n", 8) + big_endian(13, 4) + "IHDR" + big_endian(width, 4) +
         big_endian(height, 4) + std::string{'\x08', colour_type, 0, 0, 0} + big_endian(0, 4);
}

// SOI, an APP0 segment to skip, then a baseline frame header.
std::string jpeg(unsigned width, unsigned height, char components) {
  std::string app0 = "\xFF\xE0" + big_endian(16, 2) + std::string("JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 14);
  return "\xFF\xD8" + app0 + "\xFF\xC0" + big_endian(8 + 3 * static_cast<unsigned>(components), 2) + "\x08" +
         big_endian(height, 2) + big_endian(width, 2) + std::string(1, components) + std::string(9, '\x01');
}

TEST(PictureHeader, PngSizeAndColour) {
  auto header = read_picture_header(png(1600, 1200, 2));
  ASSERT_TRUE(header);
  EXPECT_EQ(header->width, 1600);
  EXPECT_EQ(header->height, 1200);
  EXPECT_EQ(header->colour, PictureColour::rgb);
  EXPECT_EQ(read_picture_header(png(10, 10, 0))->colour, PictureColour::grey);
  EXPECT_EQ(read_picture_header(png(10, 10, 3))->colour, PictureColour::rgb);  // a palette is RGB
}

TEST(PictureHeader, JpegFrameAfterOtherSegments) {
  auto header = read_picture_header(jpeg(3000, 2000, 3));
  ASSERT_TRUE(header);
  EXPECT_EQ(header->width, 3000);
  EXPECT_EQ(header->height, 2000);
  EXPECT_EQ(header->colour, PictureColour::rgb);
  EXPECT_EQ(read_picture_header(jpeg(30, 20, 4))->colour, PictureColour::cmyk);
  EXPECT_EQ(read_picture_header(jpeg(30, 20, 1))->colour, PictureColour::grey);
  EXPECT_EQ(colour_name(PictureColour::cmyk), "CMYK");
}

TEST(PictureHeader, Gif) {
  auto header = read_picture_header(std::string("GIF89a\x40\x01\xF0\x00", 10));
  ASSERT_TRUE(header);
  EXPECT_EQ(header->width, 320);
  EXPECT_EQ(header->height, 240);
}

TEST(PictureHeader, NothingFromOtherOrDamagedFiles) {
  EXPECT_FALSE(read_picture_header("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
  EXPECT_FALSE(read_picture_header(""));
  EXPECT_FALSE(read_picture_header(png(1600, 1200, 2).substr(0, 20)));
  EXPECT_FALSE(read_picture_header(png(0, 1200, 2)));
  EXPECT_FALSE(read_picture_header(jpeg(3000, 2000, 3).substr(0, 25)));
  EXPECT_FALSE(read_picture_header(jpeg(0, 2000, 3)));
  EXPECT_FALSE(read_picture_header(std::string("\xFF\xD8\xFF\xDA\x00\x02", 6)));  // a scan before any frame
  EXPECT_FALSE(read_picture_header(std::string("\xFF\xD8\xFF\xE0\x00\x01", 6)));  // a length that cannot be
}

}  // namespace
}  // namespace leafpress::readers
