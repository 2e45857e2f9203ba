// Pictures made ready for print: every PNG, JPEG and GIF form decodes to the colours it shows,
// RGB leaves as CMYK through the output profile, grey and CMYK JPEGs pass untouched, and
// damaged, foreign or oversized files are refused with a reason.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "picture/encode_jpeg.hpp"
#include "picture/pixels.hpp"
#include "picture/print_picture.hpp"
#include "test_support/test_data.hpp"

namespace leafpress::picture {
namespace {

const std::filesystem::path k_profile = "/usr/share/color/icc/ghostscript/default_cmyk.icc";

std::string fixture(const std::string& name) {
  std::ifstream in(testing::test_data_dir() / "pictures" / name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The first pixel's samples.
std::vector<int> first_pixel(const Pixels& pixels) {
  std::vector<int> samples;
  for (int c = 0; c < static_cast<int>(pixels.channels); ++c)
    samples.push_back(pixels.samples.at(static_cast<size_t>(c)));
  return samples;
}

// Red in CMYK ink amounts: magenta and yellow near full, little cyan or black.
void expect_red_ink(const std::vector<int>& cmyk, const std::string& what) {
  ASSERT_EQ(cmyk.size(), 4u) << what;
  EXPECT_LT(cmyk[0], 40) << what;
  EXPECT_GT(cmyk[1], 200) << what;
  EXPECT_GT(cmyk[2], 200) << what;
  EXPECT_LT(cmyk[3], 40) << what;
}

TEST(PictureDecode, EveryFormOfARedPictureDecodesToRed) {
  for (const char* name : {"red.png", "red-palette.png", "red-16bit.png", "red-interlaced.png", "red.jpg",
                           "red-progressive.jpg", "red.gif"}) {
    auto pixels = decode(fixture(name));
    ASSERT_TRUE(pixels) << name << ": " << pixels.error().message;
    EXPECT_EQ(pixels->width, 16u) << name;
    EXPECT_EQ(pixels->height, 12u) << name;
    ASSERT_EQ(pixels->channels, Channels::rgb) << name;
    EXPECT_EQ(pixels->samples.size(), 16u * 12u * 3u) << name;
    auto rgb = first_pixel(*pixels);
    EXPECT_GT(rgb[0], 240) << name;
    EXPECT_LT(rgb[1], 16) << name;
    EXPECT_LT(rgb[2], 16) << name;
  }
}

TEST(PictureDecode, TransparencyIsLaidOnWhitePaper) {
  auto blue = decode(fixture("blue-half-transparent.png"));
  ASSERT_TRUE(blue) << blue.error().message;
  ASSERT_EQ(blue->channels, Channels::rgb);
  auto rgb = first_pixel(*blue);
  // Half blue over white: a light blue.
  EXPECT_NEAR(rgb[0], 127, 3);
  EXPECT_NEAR(rgb[1], 127, 3);
  EXPECT_EQ(rgb[2], 255);
  auto gif = decode(fixture("red-transparent-corner.gif"));
  ASSERT_TRUE(gif) << gif.error().message;
  EXPECT_EQ(first_pixel(*gif), (std::vector<int>{255, 255, 255}));
  EXPECT_EQ(gif->samples.at(3), 255);  // the next pixel is red
  EXPECT_EQ(gif->samples.at(4), 0);
}

TEST(PictureDecode, GreyStaysGreyAndCmykIsReadAsInk) {
  for (const char* name : {"grey.png", "grey.jpg"}) {
    auto grey = decode(fixture(name));
    ASSERT_TRUE(grey) << name << ": " << grey.error().message;
    EXPECT_EQ(grey->channels, Channels::grey) << name;
    EXPECT_NEAR(first_pixel(*grey)[0], 102, 3) << name;  // 40%
  }
  auto cmyk = decode(fixture("cmyk.jpg"));
  ASSERT_TRUE(cmyk) << cmyk.error().message;
  ASSERT_EQ(cmyk->channels, Channels::cmyk);
  expect_red_ink(first_pixel(*cmyk), "cmyk.jpg");
}

TEST(PictureDecode, TheEmbeddedColourProfileIsKept) {
  for (const char* name : {"red-adobe-rgb.png", "red-adobe-rgb.jpg"}) {
    auto pixels = decode(fixture(name));
    ASSERT_TRUE(pixels) << name << ": " << pixels.error().message;
    EXPECT_GT(pixels->icc_profile.size(), 128u) << name;
    EXPECT_EQ(pixels->icc_profile.substr(36, 4), "acsp") << name;  // an ICC profile's signature
  }
  EXPECT_TRUE(decode(fixture("red.png"))->icc_profile.empty());
}

TEST(PrintPicture, RgbLeavesAsCmykThroughTheOutputProfile) {
  for (const char* name : {"red.png", "red.jpg", "red.gif", "red-palette.png"}) {
    auto printable = print_picture(fixture(name), k_profile);
    ASSERT_TRUE(printable) << name << ": " << printable.error().message;
    ASSERT_TRUE(printable->starts_with("\xff\xd8\xff")) << name;
    auto decoded = decode(*printable);
    ASSERT_TRUE(decoded) << name;
    ASSERT_EQ(decoded->channels, Channels::cmyk) << name;
    expect_red_ink(first_pixel(*decoded), name);
  }
  // White paper stays white: no ink at all where the picture was transparent.
  auto corner = decode(*print_picture(fixture("red-transparent-corner.gif"), k_profile));
  EXPECT_EQ(first_pixel(*corner), (std::vector<int>{0, 0, 0, 0}));
}

TEST(PrintPicture, ThePicturesOwnProfileIsHonoured) {
  // Adobe RGB's red is more saturated than sRGB's: the same numbers give other inks.
  auto srgb = decode(*print_picture(fixture("red.png"), k_profile));
  auto adobe = decode(*print_picture(fixture("red-adobe-rgb.png"), k_profile));
  ASSERT_TRUE(srgb && adobe);
  EXPECT_NE(first_pixel(*srgb), first_pixel(*adobe));
}

TEST(PrintPicture, GreyAndCmykJpegsPassByteForByteAndGreyPngStaysGrey) {
  for (const char* name : {"grey.jpg", "cmyk.jpg"}) {
    std::string bytes = fixture(name);
    EXPECT_EQ(print_picture(bytes, k_profile).value_or(""), bytes) << name;
  }
  auto grey = print_picture(fixture("grey.png"), k_profile);
  ASSERT_TRUE(grey) << grey.error().message;
  EXPECT_EQ(decode(*grey)->channels, Channels::grey);
}

TEST(PrintPicture, TheSamePictureGivesTheSameBytes) {
  EXPECT_EQ(print_picture(fixture("red.png"), k_profile).value_or("a"),
            print_picture(fixture("red.png"), k_profile).value_or("b"));
}

TEST(PrintPicture, ForeignDamagedAndOversizedFilesAreRefusedWithAReason) {
  auto svg = print_picture("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", k_profile);
  ASSERT_FALSE(svg);
  EXPECT_NE(svg.error().message.find("not a PNG, JPEG or GIF"), std::string::npos) << svg.error().message;

  auto truncated = print_picture(fixture("red-truncated.jpg"), k_profile);
  ASSERT_FALSE(truncated);
  EXPECT_NE(truncated.error().message.find("JPEG picture cannot be read"), std::string::npos)
      << truncated.error().message;

  std::string png = fixture("red.png");
  auto cut = print_picture(png.substr(0, png.size() - 20), k_profile);
  ASSERT_FALSE(cut);
  EXPECT_NE(cut.error().message.find("PNG picture cannot be read"), std::string::npos) << cut.error().message;

  // A GIF whose screen claims 65,535 × 65,535 pixels is refused before anything is allocated.
  std::string huge = "GIF89a";
  huge += std::string("\xff\xff\xff\xff\x00\x00\x00", 7);
  auto refused = print_picture(huge, k_profile);
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("65535 × 65535 pixels"), std::string::npos) << refused.error().message;
}

TEST(PrintPicture, AnUnreadableOutputProfileIsAnError) {
  auto printable = print_picture(fixture("red.png"), "/nonexistent/profile.icc");
  ASSERT_FALSE(printable);
  EXPECT_NE(printable.error().message.find("output profile"), std::string::npos);
}

TEST(EncodeJpeg, CmykRoundTripsAsInkAmounts) {
  Pixels cmyk;
  cmyk.width = 2;
  cmyk.height = 1;
  cmyk.channels = Channels::cmyk;
  cmyk.samples = {0, 255, 255, 0, 255, 0, 0, 0};
  auto jpeg = encode_jpeg(cmyk, 100);
  ASSERT_TRUE(jpeg);
  auto back = decode(*jpeg);
  ASSERT_TRUE(back);
  for (size_t i = 0; i < cmyk.samples.size(); ++i) EXPECT_NEAR(back->samples[i], cmyk.samples[i], 8) << i;
}

}  // namespace
}  // namespace leafpress::picture
