// Typography per language (text/typography): French and Polish rules, NFC, URLs untouched.
#include <gtest/gtest.h>

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
  EXPECT_EQ(typeset("en", "a\xC0" "b"), "a\uFFFDb");
  EXPECT_EQ(typeset("fr", "a\xFF ?"), "a\uFFFD" + narrow + "?");
  // Characters beyond the BMP survive both paths.
  EXPECT_EQ(typeset("fr", "\U0001F600 ?"), "\U0001F600" + narrow + "?");
  EXPECT_EQ(typeset("pl", "i \U00020000"), "i" + nbsp + "\U00020000");
  EXPECT_EQ(typeset("en", "\U0001F600e\u0301"), "\U0001F600\u00E9");
}

}  // namespace
}  // namespace leafpress::text
