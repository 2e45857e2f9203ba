// SHA-256 against the examples of FIPS 180-4 (NIST's published test vectors).
#include "qa/sha256.hpp"

#include <gtest/gtest.h>

using leafpress::qa::Sha256;
using leafpress::qa::sha256_hex;

TEST(Sha256, NistVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqr"
                       "lmnopqrsmnopqrstnopqrstu"),
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST(Sha256, MillionAsInUnevenPieces) {
  Sha256 hash;
  std::string piece(997, 'a');
  size_t left = 1'000'000;
  while (left > 0) {
    size_t take = std::min(left, piece.size());
    hash.update(std::string_view(piece).substr(0, take));
    left -= take;
  }
  auto digest = hash.digest();
  char hex[65] = {};
  for (size_t i = 0; i < 32; ++i) std::snprintf(hex + 2 * i, 3, "%02x", digest[i]);
  EXPECT_STREQ(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, PaddingBoundaries) {
  // 55, 56 and 64 bytes straddle the length field; compare with the one-shot helper's
  // incremental twin so both padding paths run.
  for (size_t n : {55u, 56u, 63u, 64u, 119u, 120u}) {
    std::string text(n, 'x');
    Sha256 split;
    split.update(std::string_view(text).substr(0, n / 2));
    split.update(std::string_view(text).substr(n / 2));
    auto digest = split.digest();
    std::string hex;
    for (auto b : digest) {
      char two[3];
      std::snprintf(two, sizeof two, "%02x", b);
      hex += two;
    }
    EXPECT_EQ(hex, sha256_hex(text)) << n;
  }
}
