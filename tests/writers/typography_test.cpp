// Typography per language (text/typography): French and Polish rules, NFC, URLs untouched.
#include <gtest/gtest.h>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>

#include <random>

#include "text/nfc.hpp"
#include "text/typography.hpp"

namespace leafpress::text {
namespace {

const std::string nbsp = "\u00A0";
const std::string narrow = "\u202F";

TEST(Typography, ChoosesRulesByPrimaryLanguage) {
  EXPECT_EQ(typography_rules("fr"), TypographyRules::french);
  EXPECT_EQ(typography_rules("fr-BE"), TypographyRules::french);
  EXPECT_EQ(typography_rules("FR"), TypographyRules::french);
  EXPECT_EQ(typography_rules("pl"), TypographyRules::polish);
  EXPECT_EQ(typography_rules("en"), TypographyRules::none);
  EXPECT_EQ(typography_rules("pt-PT"), TypographyRules::none);
  EXPECT_EQ(typography_rules("fil"), TypographyRules::none);
}

TEST(Typography, FrenchNarrowSpaceBeforeSemicolonExclamationQuestion) {
  EXPECT_EQ(typeset("fr", "servitude ; l’esclavage"), "servitude" + narrow + "; l’esclavage");
  EXPECT_EQ(typeset("fr", "Vraiment ?"), "Vraiment" + narrow + "?");
  EXPECT_EQ(typeset("fr", "Debout !"), "Debout" + narrow + "!");
  // Typed without a space, or with a no-break space of the wrong width.
  EXPECT_EQ(typeset("fr", "Debout!"), "Debout" + narrow + "!");
  EXPECT_EQ(typeset("fr", "Debout" + nbsp + "!"), "Debout" + narrow + "!");
  EXPECT_EQ(typeset("fr", "Quoi ?!"), "Quoi" + narrow + "?!");
  EXPECT_EQ(typeset("fr", "Quoi?!"), "Quoi" + narrow + "?!");
}

TEST(Typography, FrenchNoBreakSpaceBeforeColonAndInsideGuillemets) {
  EXPECT_EQ(typeset("fr", "Article : texte"), "Article" + nbsp + ": texte");
  EXPECT_EQ(typeset("fr", "Article: texte"), "Article" + nbsp + ": texte");
  EXPECT_EQ(typeset("fr", "« égalité »"), "«" + nbsp + "égalité" + nbsp + "»");
  EXPECT_EQ(typeset("fr", "«égalité»"), "«" + nbsp + "égalité" + nbsp + "»");
  EXPECT_EQ(typeset("fr", "«  égalité  »"), "«" + nbsp + "égalité" + nbsp + "»");
  EXPECT_EQ(typeset("fr", "« oui » !"), "«" + nbsp + "oui" + nbsp + "»" + narrow + "!");
}

TEST(Typography, FrenchLeavesNumbersUrlsAndAddressesAlone) {
  EXPECT_EQ(typeset("fr", "à 10:30"), "à 10:30");
  EXPECT_EQ(typeset("fr", "voir https://example.org/a?b=c;d!e"), "voir https://example.org/a?b=c;d!e");
  EXPECT_EQ(typeset("fr", "écrire à mailto:x@example.org"), "écrire à mailto:x@example.org");
  EXPECT_EQ(typeset("fr", "contact@example.org ?"), "contact@example.org" + narrow + "?");
  EXPECT_EQ(typeset("fr", "www.example.org/?q"), "www.example.org/?q");
}

TEST(Typography, PolishBindsOneLetterWords) {
  EXPECT_EQ(typeset("pl", "Ala i kot"), "Ala i" + nbsp + "kot");
  EXPECT_EQ(typeset("pl", "w domu"), "w" + nbsp + "domu");
  EXPECT_EQ(typeset("pl", "i w domu"), "i" + nbsp + "w" + nbsp + "domu");
  EXPECT_EQ(typeset("pl", "Z tego, a nie o tym; u nas"),
            "Z" + nbsp + "tego, a" + nbsp + "nie o" + nbsp + "tym; u" + nbsp + "nas");
  EXPECT_EQ(typeset("pl", "(w nawiasie) „o tym”"), "(w" + nbsp + "nawiasie) „o" + nbsp + "tym”");
  // Not a word of its own, or nothing follows in this text.
  EXPECT_EQ(typeset("pl", "kawa i"), "kawa i");
  // The next word may start the next run of text ("i <em>kot</em>").
  EXPECT_EQ(typeset("pl", "Ala i "), "Ala i" + nbsp);
  EXPECT_EQ(typeset("pl", "w\nnowej linii"), "w\nnowej linii");
  EXPECT_EQ(typeset("pl", "klasa b jest"), "klasa b jest");
  EXPECT_EQ(typeset("pl", "tak, a"), "tak, a");
  EXPECT_EQ(typeset("pl", "http://a.pl/w z"), "http://a.pl/w z");
  // French rules are not Polish ones.
  EXPECT_EQ(typeset("pl", "Tak ; nie !"), "Tak ; nie !");
}

TEST(Typography, OtherLanguagesOnlyNormalise) {
  EXPECT_EQ(typeset("en", "Stand up : now !"), "Stand up : now !");
  EXPECT_EQ(typeset("en", "i w domu"), "i w domu");
  // e + combining acute → é (NFC), in every language.
  EXPECT_EQ(typeset("en", "cafe\u0301"), "caf\u00E9");
  EXPECT_EQ(typeset("vi", "ho\u0300a"), "h\u00F2a");
  EXPECT_EQ(typeset("ar", "العربية"), "العربية");
  EXPECT_EQ(typeset("fr", ""), "");
}

TEST(Typography, TextNeedingNormalisationOrRepairGetsTheSameRulesAsReadyText) {
  // Not in NFC: normalised, then set by the language's rules.
  EXPECT_EQ(typeset("fr", "cafe\u0301 ?"), "caf\u00E9" + narrow + "?");
  EXPECT_EQ(typeset("pl", "w cafe\u0301"), "w" + nbsp + "caf\u00E9");
  // Invalid UTF-8 becomes U+FFFD, whatever the rules.
  EXPECT_EQ(typeset("en",
                    "a\xC0"
                    "b"),
            "a\uFFFDb");
  EXPECT_EQ(typeset("fr", "a\xFF ?"), "a\uFFFD" + narrow + "?");
  // Characters beyond the BMP survive both paths.
  EXPECT_EQ(typeset("fr", "\U0001F600 ?"), "\U0001F600" + narrow + "?");
  EXPECT_EQ(typeset("pl", "i \U00020000"), "i" + nbsp + "\U00020000");
  EXPECT_EQ(typeset("en", "\U0001F600e\u0301"), "\U0001F600\u00E9");
}

// The table that spares most text ICU's NFC check may hold only characters that text in NFC
// keeps wherever they stand: quick check Yes and combining class 0, which this ICU confirms
// for every one of them.
TEST(Typography, PlainlyNfcTableAgreesWithIcu) {
  size_t listed = 0;
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (!is_plainly_nfc_character(c)) continue;
    ++listed;
    const auto cp = static_cast<UChar32>(c);
    ASSERT_EQ(u_getIntPropertyValue(cp, UCHAR_NFC_QUICK_CHECK), UNORM_YES) << std::hex << "U+" << cp;
    ASSERT_EQ(u_getCombiningClass(cp), 0) << std::hex << "U+" << cp;
  }
  EXPECT_GT(listed, 25'000u);  // Latin, Cyrillic, Arabic, CJK…
  for (char32_t c : {U'\u0301', U'\u2000', U'\u064B', U'\u0BBE', U'\u3099', U'\u212B', U'\uF900'})
    EXPECT_FALSE(is_plainly_nfc_character(c)) << std::hex << static_cast<uint32_t>(c);
}

TEST(Typography, PlainlyNfcTextIsValidAndNeedsNoCheck) {
  EXPECT_TRUE(is_plainly_nfc(""));
  EXPECT_TRUE(is_plainly_nfc("Everyone has the right to life, liberty and security of person."));
  EXPECT_TRUE(is_plainly_nfc("Toute personne a droit à la vie – « à la liberté » ’"));
  EXPECT_TRUE(is_plainly_nfc("Каждый человек имеет право на жизнь"));
  EXPECT_TRUE(is_plainly_nfc("لكل فرد الحق في الحياة"));
  EXPECT_TRUE(is_plainly_nfc("Mọi người đều có quyền sống"));
  EXPECT_TRUE(is_plainly_nfc("人人有权享有生命、自由和人身安全。"));
  EXPECT_TRUE(is_plainly_nfc("Καθένας έχει δικαίωμα"));
  EXPECT_FALSE(is_plainly_nfc("தமிழ் மொழி"));  // a virama (combining class 9): ICU decides
  EXPECT_TRUE(is_plainly_nfc("কোন দেশ"));
  EXPECT_TRUE(is_plainly_nfc("ማንኛውም ሰው"));
  EXPECT_TRUE(is_plainly_nfc("\u0B95\u0BCA"));   // a precomposed Tamil vowel sign
  EXPECT_FALSE(is_plainly_nfc("cafe\u0301"));    // a mark that may compose: ICU decides
  EXPECT_FALSE(is_plainly_nfc("\u0B92\u0BD7"));  // a Tamil length mark composes
  EXPECT_FALSE(is_plainly_nfc("\u2000"));        // a singleton: not in NFC
  EXPECT_FALSE(is_plainly_nfc("\U0001F600"));    // beyond the table: ICU decides
  EXPECT_FALSE(
      is_plainly_nfc("a\xC0"
                     "b"));                      // invalid UTF-8
  EXPECT_FALSE(is_plainly_nfc("\xED\xA0\x80"));  // an encoded surrogate
}

// The fast paths: eight ASCII bytes at a time, and the common CJK ideographs by lead byte.
TEST(Typography, PlainlyNfcFastPathsMissNothing) {
  for (size_t before = 0; before < 20; ++before) {
    for (size_t after = 0; after < 10; ++after) {
      const std::string left(before, 'a'), right(after, 'b');
      EXPECT_FALSE(is_plainly_nfc(left + "\u0301" + right)) << before << " " << after;
      EXPECT_FALSE(is_plainly_nfc(left + "\xC0" + right)) << before << " " << after;
      EXPECT_FALSE(is_plainly_nfc(left + "\u4DFF" + right)) << before << " " << after;
      EXPECT_TRUE(is_plainly_nfc(left + "\u00E9" + right)) << before << " " << after;
      EXPECT_TRUE(is_plainly_nfc(left + "\u4E00\u9FFF" + right)) << before << " " << after;
    }
  }
  EXPECT_FALSE(is_plainly_nfc("\uA000"));          // Yi, after the ideographs: not in the table
  EXPECT_FALSE(is_plainly_nfc("\u4E00\xE4\xB8"));  // a truncated ideograph
  EXPECT_FALSE(is_plainly_nfc("\xE5\x80\x41"));    // a lead byte without its continuation
  EXPECT_FALSE(is_plainly_nfc("\xE4\xB8"));
  EXPECT_FALSE(is_plainly_nfc("\xE0\x81\xA1"));  // "a" written in three bytes: overlong
  EXPECT_FALSE(is_plainly_nfc("\xC1\xA1"));      // and in two
  EXPECT_FALSE(is_plainly_nfc("\u0374"));        // a Greek singleton, two bytes
  EXPECT_FALSE(is_plainly_nfc("\u0300"));        // a combining mark, two bytes
  EXPECT_TRUE(is_plainly_nfc("\u0416\u03A9\u0628 \u0B95 \u3042"));
}

// Whatever the mix of starters and marks, text the quick check passes is text ICU finds in NFC.
TEST(Typography, PlainlyNfcTextIsNfcForIcu) {
  const std::vector<char32_t> pool{U'a',      U'e',      U' ',      U'\u00E9',     U'\u0301',    U'\u0323', U'\u0327',
                                   U'\u0B92', U'\u0BC6', U'\u0BBE', U'\u0BCD',     U'\u0BD7',    U'\u05D0', U'\u05B0',
                                   U'\u05B1', U'\u0627', U'\u0653', U'\u064B',     U'\u1100',    U'\u1161', U'\uAC00',
                                   U'\u2000', U'\u304B', U'\u3099', U'\U0001F600', U'\U0001D15E'};
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  ASSERT_TRUE(U_SUCCESS(status));
  std::mt19937 random(3);
  size_t plain = 0;
  for (int k = 0; k < 20'000; ++k) {
    std::u32string text(1 + random() % 5, U' ');
    for (char32_t& c : text) c = pool[random() % pool.size()];
    icu::UnicodeString wide = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                                            static_cast<int32_t>(text.size()));
    std::string utf8;
    wide.toUTF8String(utf8);
    if (!is_plainly_nfc(utf8)) continue;
    ++plain;
    EXPECT_TRUE(nfc->isNormalized(wide, status)) << utf8;
  }
  EXPECT_GT(plain, 1'000u);
}

}  // namespace
}  // namespace leafpress::text
