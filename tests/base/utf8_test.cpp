// base/utf8: strict validation (the offset of the first byte that does not start a valid
// character, wherever it falls relative to the eight-byte ASCII steps), strict and lenient
// decoding, and the ASCII fast path.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "base/utf8.hpp"

namespace leafpress::utf8 {
namespace {

size_t invalid_offset(std::string_view bytes) { return find_invalid(bytes).value_or(std::string_view::npos); }

TEST(Utf8Validation, ValidTextHasNoOffset) {
  EXPECT_EQ(invalid_offset(""), std::string_view::npos);
  EXPECT_EQ(invalid_offset("plain ASCII text, long enough for several words"), std::string_view::npos);
  EXPECT_EQ(invalid_offset("naïve café – 日本語 😀 and more ASCII after it"), std::string_view::npos);
}

TEST(Utf8Validation, FirstBadByteAtEveryOffset) {
  const std::string bad[] = {"\xff", "\xc0\xaf", "\xed\xa0\x80", "\xe2\x80", "\x80"};
  for (const std::string& b : bad) {
    for (size_t at = 0; at < 40; ++at) {
      std::string text = std::string(at, 'a') + b + std::string(20, 'z');
      EXPECT_EQ(invalid_offset(text), at) << "at " << at;
      // After a valid multi-byte character, too.
      std::string mixed = "é" + std::string(at, 'a') + b;
      EXPECT_EQ(invalid_offset(mixed), at + 2) << "after é, at " << at;
    }
  }
}

// The well-formed sequences of the Unicode standard's table 3-7, written as that table reads,
// to check the validator against: the offset of the first byte not starting one.
size_t table_3_7_offset(std::string_view text) {
  struct Row {
    unsigned char first_lo, first_hi, second_lo, second_hi;
    int length;
  };
  static const Row rows[] = {{0x00, 0x7F, 0, 0, 1},       {0xC2, 0xDF, 0x80, 0xBF, 2}, {0xE0, 0xE0, 0xA0, 0xBF, 3},
                             {0xE1, 0xEC, 0x80, 0xBF, 3}, {0xED, 0xED, 0x80, 0x9F, 3}, {0xEE, 0xEF, 0x80, 0xBF, 3},
                             {0xF0, 0xF0, 0x90, 0xBF, 4}, {0xF1, 0xF3, 0x80, 0xBF, 4}, {0xF4, 0xF4, 0x80, 0x8F, 4}};
  size_t i = 0;
  while (i < text.size()) {
    auto at = [&](size_t k) { return static_cast<unsigned char>(text[i + k]); };
    int length = 0;
    for (const Row& row : rows) {
      if (at(0) < row.first_lo || at(0) > row.first_hi) continue;
      bool ok = static_cast<size_t>(row.length) <= text.size() - i;
      if (ok && row.length > 1) ok = at(1) >= row.second_lo && at(1) <= row.second_hi;
      for (int k = 2; ok && k < row.length; ++k) ok = at(k) >= 0x80 && at(k) <= 0xBF;
      if (ok) length = row.length;
    }
    if (length == 0) return i;
    i += static_cast<size_t>(length);
  }
  return std::string_view::npos;
}

TEST(Utf8Validation, AgreesWithTheStandardOnEveryShortSequence) {
  // Every sequence of up to three bytes, after ASCII that ends an eight-byte step or not.
  for (const std::string& before : {std::string(), std::string("abc"), std::string(8, 'a')}) {
    for (unsigned a = 0x80; a < 0x100; ++a) {
      for (unsigned b = 0; b < 0x100; ++b) {
        std::string two = before + static_cast<char>(a) + static_cast<char>(b);
        ASSERT_EQ(invalid_offset(two), table_3_7_offset(two)) << std::hex << a << " " << b;
        if (a < 0xE0) continue;
        for (unsigned c = 0x70; c < 0xD0; ++c) {
          std::string three = two + static_cast<char>(c);
          ASSERT_EQ(invalid_offset(three), table_3_7_offset(three)) << std::hex << a << " " << b << " " << c;
        }
      }
    }
  }
}

TEST(Utf8Validation, AgreesWithTheStandardOnRandomText) {
  std::mt19937 random(7);
  // Mostly valid characters of every length, now and then a stray byte.
  const std::string pieces[] = {
      "a", " ", "é", "ж", "日", "😀", "\x80", "\xC1", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82"};
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const size_t length = random() % 60;
    for (size_t k = 0; k < length; ++k) {
      size_t piece = random() % 100;
      text += pieces[piece < 90 ? piece % 6 : 6 + piece % 5];
    }
    ASSERT_EQ(invalid_offset(text), table_3_7_offset(text)) << text;
  }
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_FALSE(find_invalid("ok é 中 😀").has_value());
  EXPECT_EQ(find_invalid("ab\xC3").value(), 2u);
  EXPECT_EQ(find_invalid("ab\xE0\x80\x80").value(), 2u);  // overlong
  EXPECT_EQ(find_invalid("\xED\xB0\x80").value(), 0u);    // surrogate
  EXPECT_EQ(find_invalid("x\xF8").value(), 1u);
}

TEST(Utf8Decoding, StrictReadsEveryLengthAndRejectsWhatTheStandardForbids) {
  EXPECT_EQ(decode_strict("a", 0).code_point, U'a');
  EXPECT_EQ(decode_strict("é", 0).length, 2u);
  EXPECT_EQ(decode_strict("é", 0).code_point, U'é');
  EXPECT_EQ(decode_strict("x日", 1).code_point, U'日');
  EXPECT_EQ(decode_strict("x日", 1).length, 3u);
  EXPECT_EQ(decode_strict("😀", 0).code_point, U'😀');
  EXPECT_EQ(decode_strict("😀", 0).length, 4u);
  // Overlong "/", a surrogate, past U+10FFFF, truncated, a stray continuation, a bad second byte.
  for (std::string_view bad :
       {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82", "\x80", "\xC3(", "\xFF"})
    EXPECT_EQ(decode_strict(bad, 0).length, 0u) << bad.size();
}

TEST(Utf8Decoding, LenientGivesOneReplacementCharacterPerBadByte) {
  std::string_view text = "a\xE2\x82é";
  std::u32string read;
  for (size_t i = 0; i < text.size();) {
    Decoded d = decode_lenient(text, i);
    read += d.code_point;
    i += d.length;
  }
  EXPECT_EQ(read, U"a\uFFFD\uFFFDé");
}

TEST(Utf8Decoding, AgreesWithTheValidatorOnEveryTwoByteSequence) {
  for (unsigned a = 0; a < 0x100; ++a)
    for (unsigned b = 0; b < 0x100; ++b) {
      std::string two{static_cast<char>(a), static_cast<char>(b)};
      size_t decoded = 0;
      while (decoded < two.size() && decode_strict(two, decoded).length != 0)
        decoded += decode_strict(two, decoded).length;
      EXPECT_EQ(decoded == two.size() ? std::string_view::npos : decoded, invalid_offset(two))
          << std::hex << a << " " << b;
    }
}

TEST(Utf8AsciiPrefix, StopsAtTheFirstByteAboveAsciiWherever) {
  EXPECT_EQ(ascii_prefix_length(""), 0u);
  for (size_t at = 0; at < 30; ++at) {
    std::string text = std::string(at, 'a') + "é" + std::string(9, 'z');
    EXPECT_EQ(ascii_prefix_length(text), at);
    EXPECT_EQ(ascii_prefix_length(std::string(at, 'a')), at);
  }
}

TEST(Utf8Characters, CountsWhatAnEditorCountsAsColumns) {
  EXPECT_EQ(count_characters(""), 0u);
  EXPECT_EQ(count_characters("żółć 日本 😀"), 9u);
  EXPECT_TRUE(is_continuation('\x80'));
  EXPECT_FALSE(is_continuation('\xC3'));
}

}  // namespace
}  // namespace leafpress::utf8
