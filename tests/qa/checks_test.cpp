// Each check with texts it must catch and texts it must let through. Translations are the
// UDHR's published ones (tests/data/udhr) or neutral sentences; a "hostile" variant is a
// published translation damaged in the one way the check looks for.
#include <gtest/gtest.h>

#include <chrono>

#include "check_test_support.hpp"
#include "test_support/time_limits.hpp"
#include "text/numerals.hpp"

using namespace leafpress;
using namespace leafpress::qa;
using namespace leafpress::qa::testing;

namespace {

const char* const k_article1 =
    "All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience "
    "and should act towards one another in a spirit of brotherhood.";
const char* const k_article1_pl =
    "Wszyscy ludzie rodzą się wolni i równi pod względem swej godności i swych praw. Są oni obdarzeni rozumem i "
    "sumieniem i powinni postępować wobec innych w duchu braterstwa.";
const char* const k_article1_zh =
    "人人生而自由,在尊严和权利上一律平等。他们赋有理性和良心,并应以兄弟关系的精神相对待。";
const char* const k_article1_ar =
    "يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق. وقد وهبوا عقلاً وضميرًا وعليهم أن يعامل بعضهم بعضًا بروح الإخاء.";

}  // namespace

TEST(PlaceholderCheck, KeptMovedAndNested) {
  Findings out;
  check_placeholders("Read <1>Article 1</1> and <2>Article 2</2>.", "Przeczytaj <2>artykuł 2</2> i <1>artykuł 1</1>.",
                     out);
  check_placeholders("A <1>b <2>c</2></1>.", "A <1>b <2>c</2></1>.", out);
  check_placeholders("Line<1/>break", "Linia<1/>podział", out);
  EXPECT_TRUE(out.empty()) << messages(out);
}

TEST(PlaceholderCheck, CatchesMissingExtraDuplicatedAndCrossed) {
  Findings missing;
  check_placeholders("Read <1>Article 1</1>.", "Przeczytaj artykuł 1.", missing);
  ASSERT_EQ(missing.size(), 1u) << messages(missing);
  EXPECT_EQ(missing[0].message, "placeholder <1>…</1> is missing from the translation");
  Findings half;
  check_placeholders("Read <1>Article 1</1>.", "Przeczytaj <1>artykuł 1.", half);
  ASSERT_EQ(half.size(), 1u) << messages(half);
  EXPECT_EQ(half[0].message, "placeholder </1> is missing from the translation");

  Findings extra;
  check_placeholders("Read this.", "Przeczytaj <3>to</3>.", extra);
  ASSERT_EQ(extra.size(), 1u);
  EXPECT_EQ(extra[0].message, "placeholder <3>…</3> is not in the source");
  EXPECT_EQ(extra[0].offset, 11u);

  Findings twice;
  check_placeholders("<1>a</1>", "<1>a</1> <1>b</1>", twice);
  EXPECT_TRUE(has(twice, "placeholder"));

  Findings crossed;
  check_placeholders("A <1>b <2>c</2></1>.", "A <1>b <2>c</1></2>.", crossed);
  ASSERT_FALSE(crossed.empty());
  EXPECT_NE(crossed[0].message.find("must nest"), std::string::npos) << messages(crossed);
}

// Page furniture fills "{1}" at render time: a dropped value loses the printer's name, an
// invented one prints as it is.
TEST(PlaceholderCheck, ValuePlaceholdersKept) {
  Findings ok;
  check_placeholders("Printed by {1}.", "Wydrukowane przez {1}.", ok);
  check_placeholders("Promoted by {1} on behalf of {2}.", "W imieniu {2}: {1}.", ok);
  check_placeholders("{1} paragraphs", "{1} akapitów ({1})", ok);  // a repeat is harmless
  EXPECT_TRUE(ok.empty()) << messages(ok);

  Findings dropped;
  check_placeholders("Printed by {1}.", "Wydrukowane.", dropped);
  ASSERT_EQ(dropped.size(), 1u) << messages(dropped);
  EXPECT_EQ(dropped[0].message, "placeholder {1} is missing from the translation");
  Findings invented;
  check_placeholders("Printed by {1}.", "Wydrukowane przez {1} {7}.", invented);
  ASSERT_EQ(invented.size(), 1u) << messages(invented);
  EXPECT_EQ(invented[0].message, "placeholder {7} is not in the source");
  EXPECT_EQ(invented[0].offset, 22u);
  Findings not_a_number;  // a literal 1 is not the value
  check_placeholders("{1} paragraphs", "1 akapitów", not_a_number);
  EXPECT_TRUE(has(not_a_number, "placeholder"));
}

TEST(NumberCheck, AcceptsLocaleDigitsAndSeparators) {
  const text::Language k_any = lang("pl");
  Findings out;
  check_numbers(k_any, "Article 26", "المادة 26", out);
  check_numbers(k_any, "Article 26", "المادة ٢٦", out);     // Arabic-Indic digits
  check_numbers(k_any, "Article 26", "ماده ۲۶", out);       // Persian digits
  check_numbers(k_any, "1,000 people", "1 000 osób", out);  // narrow no-break space grouping
  check_numbers(k_any, "1,000 people", "1.000 personas", out);
  check_numbers(k_any, "3.5 percent", "3,5 procent", out);
  check_numbers(k_any, "resolution 217 A (III) of 10 December 1948", "резолюцией 217 А (III) от 10 декабря 1948 года",
                out);
  check_numbers(k_any, "Read <1>this</1>", "Przeczytaj <1>to</1>", out);  // placeholder numbers are not numbers
  EXPECT_TRUE(out.empty()) << messages(out);
}

TEST(NumberCheck, CatchesDroppedAndChangedNumbers) {
  const text::Language k_any = lang("pl");
  Findings out;
  check_numbers(k_any, "Article 26", "Artykuł", out);
  check_numbers(k_any, "in 2026 10 people", "w 2025 10 osób", out);
  ASSERT_EQ(out.size(), 2u) << messages(out);
  EXPECT_EQ(out[0].message, "\"26\" is missing from the translation");
  EXPECT_EQ(out[1].message, "\"2026\" is missing from the translation");
  Findings zh;  // Chinese numerals of another value are still a changed number
  check_numbers(lang("zh-Hans"), "Adopted on 10 December 1948", "一九四九年十二月十一日通过", zh);
  ASSERT_EQ(zh.size(), 2u) << messages(zh);
  EXPECT_EQ(zh[0].message, "\"10\" is missing from the translation");
  Findings spelled;  // a spelled-out number must be the same number
  check_numbers(lang("fr"), "Article 3", "Article deux", spelled);
  check_numbers(lang("es"), "3 centres", "cuatro centros", spelled);
  EXPECT_EQ(spelled.size(), 2u) << messages(spelled);
}

// A count of one (or two, where the language has a dual) can be said by the noun's form:
// a warning, not the number error, and only where the plural rule gives that count its own form.
TEST(NumberCheck, AOneOrATwoLeftToTheNounsFormIsAWarning) {
  Findings singular, dual;
  check_numbers(lang("ar"), "1 minute", "دقيقة", singular);
  check_numbers(lang("ar"), "2 minutes", "دقيقتان", dual);
  ASSERT_EQ(singular.size(), 1u) << messages(singular);
  EXPECT_EQ(singular[0].check_id, "number-in-noun");
  ASSERT_EQ(dual.size(), 1u) << messages(dual);
  EXPECT_EQ(dual[0].check_id, "number-in-noun");
  Findings errors;
  check_numbers(lang("pl"), "2 minutes", "minuty", errors);    // Polish 2 shares its form with 3 and 4
  check_numbers(lang("zh-Hans"), "1 minute", "分钟", errors);  // no singular form at all
  check_numbers(lang("pl"), "Article 1", "Artykuł", errors);   // a number, not a count of a noun
  check_numbers(lang("ar"), "3 minutes", "دقائق", errors);     // three has no form of its own
  ASSERT_EQ(errors.size(), 4u) << messages(errors);
  for (const auto& finding : errors) EXPECT_EQ(finding.check_id, "number") << finding.message;
}

TEST(NumberCheck, AcceptsNumbersInTheLanguagesOwnNumerals) {
  Findings out;
  // The UDHR's human translations: CJK numerals, positional and with 十/百/千/萬 units.
  check_numbers(lang("zh-Hans"), "Article 1", "第一条", out);
  check_numbers(lang("zh-Hans"), "Article 12", "第十二条", out);
  check_numbers(lang("zh-Hans"), "Article 26", "第二十六条", out);
  check_numbers(lang("zh-Hans"), "Adopted on 10 December 1948", "一九四八年十二月十日通过", out);
  check_numbers(lang("zh-Hant"), "305 homes and 10,000 people", "三百零五個住宅和一萬人", out);
  check_numbers(lang("zh-Hant"), "2,500 people", "二千五百人", out);
  // Roman numerals, as letters and as the numeral characters.
  check_numbers(lang("pl"), "Chapter 14", "Rozdział XIV", out);
  check_numbers(lang("ru"), "Part 4", "Часть Ⅳ", out);
  // Native digits and other numeric characters of scripts ICU knows.
  check_numbers(lang("bn"), "Article 26", "অনুচ্ছেদ ২৬", out);
  check_numbers(lang("ta"), "10 leaflets", "௰ துண்டுப்பிரசுரங்கள்", out);
  // Small numbers spelled out as ICU's spellout rules write them, ordinals too.
  check_numbers(lang("fr"), "Article 1", "Article premier", out);
  check_numbers(lang("es"), "two languages", "dos idiomas", out);
  check_numbers(lang("ru"), "3 languages", "три языка", out);
  check_numbers(lang("pl"), "2 languages", "dwa języki", out);
  check_numbers(lang("ar"), "5 minutes", "خمس دقائق", out);  // GNOME Clocks' Arabic catalog
  check_numbers(lang("ar"), "10 minutes", "عشر دقائق", out);
  EXPECT_TRUE(out.empty()) << messages(out);
}

TEST(Numerals, ValuesOfNonDecimalNumerals) {
  auto values = [](std::string_view text) {
    std::vector<uint64_t> out;
    for (const auto& n : text::numeral_values(text)) out.push_back(n.value);
    return out;
  };
  EXPECT_EQ(values("二〇二六年"), std::vector<uint64_t>{2026});
  EXPECT_EQ(values("三百零五"), std::vector<uint64_t>{305});
  EXPECT_EQ(values("十"), std::vector<uint64_t>{10});
  EXPECT_EQ(values("一萬二千"), std::vector<uint64_t>{12000});
  EXPECT_EQ(values("三億"), std::vector<uint64_t>{300000000});
  EXPECT_EQ(values("XIV MCMXLVIII"), (std::vector<uint64_t>{14, 1948}));
  EXPECT_TRUE(values("MIXED IIII Vivid civic").empty());  // not canonical, or not upper case
  EXPECT_EQ(values("① Ⅻ"), (std::vector<uint64_t>{1, 12}));
  text::SpelledNumbers french("Vingt-six", "fr");
  EXPECT_TRUE(french.contains(26));
  EXPECT_FALSE(french.contains(25));
  EXPECT_FALSE(text::SpelledNumbers("two", "xx").contains(2));  // no spellout rules: nothing spelled
}

TEST(UrlCheck, AddressesMustBeUnchanged) {
  Findings out;
  check_urls("See https://www.un.org/en/about-us/universal-declaration-of-human-rights.",
             "Zob. https://www.un.org/en/about-us/universal-declaration-of-human-rights.", out);
  check_urls("Write to info@example.org, or visit www.example.org!", "Napisz: info@example.org; www.example.org", out);
  EXPECT_TRUE(out.empty()) << messages(out);
  check_urls("See https://www.un.org/en/.", "Zob. https://www.un.org/pl/.", out);
  check_urls("Write to info@example.org.", "Napisz do info@example.com.", out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].message, "\"https://www.un.org/en/\" is missing or changed in the translation");
  EXPECT_EQ(out[1].message, "\"info@example.org\" is missing or changed in the translation");
  EXPECT_EQ(addresses_in("(mail a.b+c@x-y.co.uk)"), std::vector<std::string>{"a.b+c@x-y.co.uk"});
}

TEST(GlossaryKeepCheck, TermsStayAsWritten) {
  LanguageGlossary glossary;
  glossary.keep = {"United Nations", "UN", "Lewisham"};
  Findings out;
  check_glossary_keep(glossary, "The UN met in Lewisham.", "ONZ zebrała się w Lewisham.", out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].message, "\"UN\" must stay as it is, but is missing from the translation");
  Findings ok;
  check_glossary_keep(glossary, "The United Nations met.", "在Lewisham的United Nations", ok);
  check_glossary_keep(glossary, "A UNESCO report.", "Raport.", ok);  // "UN" is not inside "UNESCO"
  EXPECT_TRUE(ok.empty()) << messages(ok);
  Findings longest;
  // "United Nations" hides the "UN"-less phrase; the translation drops it.
  check_glossary_keep(glossary, "The United Nations met.", "Organizacja Narodów Zjednoczonych", longest);
  EXPECT_EQ(longest.size(), 1u);
}

TEST(GlossaryKeepCheck, EveryOccurrenceCounts) {
  LanguageGlossary glossary;
  glossary.keep = {"Lewisham"};
  Findings ok;
  check_glossary_keep(glossary, "Lewisham and Lewisham.", "Lewisham i Lewisham.", ok);
  EXPECT_TRUE(ok.empty()) << messages(ok);
  Findings fewer;
  check_glossary_keep(glossary, "Lewisham and Lewisham.", "Lewisham i okolice.", fewer);
  ASSERT_EQ(fewer.size(), 1u) << messages(fewer);
  EXPECT_EQ(fewer[0].message,
            "\"Lewisham\" must stay as it is: it appears twice in the source but once in the translation");
}

TEST(GlossaryTermCheck, ApprovedRenderings) {
  LanguageGlossary glossary;
  glossary.terms = {{"human rights", {"prawa człowieka", "praw człowieka"}}, {"dignity", {"godnoś*"}}};
  Findings ok;
  check_glossary_terms(glossary, "Human rights and dignity.", "Poszanowanie praw człowieka i godności.", ok);
  check_glossary_terms(glossary, "Nothing here.", "Nic.", ok);
  EXPECT_TRUE(ok.empty()) << messages(ok);
  Findings out;
  check_glossary_terms(glossary, "Human dignity.", "Ludzka cześć.", out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].message, "\"dignity\" has an approved translation: \"godnoś*\"");
}

TEST(GlossaryTermCheck, EveryOccurrenceCountsOutsideKeptNames) {
  LanguageGlossary glossary;
  glossary.keep = {"Campaign for Free Movement"};
  glossary.terms = {{"free movement", {"swobodny przepływ*", "swobodnego przepływu"}}};
  Findings ok;
  // The term inside the kept name is not translated there, so one rendering is enough.
  check_glossary_terms(glossary, "The Campaign for Free Movement defends free movement.",
                       "Campaign for Free Movement broni swobodnego przepływu.", ok);
  EXPECT_TRUE(ok.empty()) << messages(ok);
  Findings fewer;
  check_glossary_terms(glossary, "Free movement, and free movement again.",
                       "Swobodny przepływ, i znowu wolność podróżowania.", fewer);
  ASSERT_EQ(fewer.size(), 1u) << messages(fewer);
  EXPECT_NE(fewer[0].message.find("appears twice in the source but its approved translation"), std::string::npos)
      << messages(fewer);
}

TEST(GlossaryTermCheck, WholeTermsInContextAndInflectedRenderings) {
  LanguageGlossary glossary;
  glossary.terms = {{"council", {"samorząd*"}}, {"council homes", {"mieszka* komunaln*"}}, {"council tax", {}}};
  Findings ok;
  // "council" inside the longer term "council homes" is that term, rendered and inflected as
  // the glossary says (every word of a rendering may end in *).
  check_glossary_terms(glossary, "We will build council homes.", "Zbudujemy więcej mieszkań komunalnych.", ok);
  check_glossary_terms(glossary, "Council homes for the council.", "Mieszkania komunalne dla samorządu.", ok);
  // A longer term with no rendering in this language is not checked, nor is its "council".
  check_glossary_terms(glossary, "Council tax will not rise.", "Podatek lokalny nie wzrośnie.", ok);
  EXPECT_TRUE(ok.empty()) << messages(ok);
  Findings out;
  check_glossary_terms(glossary, "The council builds council homes.", "Samorząd buduje mieszkania socjalne.", out);
  check_glossary_terms(glossary, "The council meets.", "Komunalne mieszkania.", out);  // words in another order
  ASSERT_EQ(out.size(), 2u) << messages(out);
  EXPECT_EQ(out[0].message, "\"council homes\" has an approved translation: \"mieszka* komunaln*\"");
  EXPECT_EQ(out[1].message, "\"council\" has an approved translation: \"samorząd*\"");
}

TEST(NewlineCheck, LeadingTrailingAndCount) {
  Findings ok;
  check_newlines("a\nb\n", "x\ny\n", ok);
  EXPECT_TRUE(ok.empty());
  Findings out;
  check_newlines("a\n", "x", out);
  check_newlines("a", "\nx", out);
  check_newlines("a\nb", "x y", out);  // inside the text: the whitespace check's business
  EXPECT_EQ(out.size(), 2u) << messages(out);
}

TEST(WhitespaceCheck, LeadingAndTrailingSpaces) {
  Findings ok;
  check_whitespace(" a ", " x ", ok);
  check_whitespace("a", "x", ok);
  EXPECT_TRUE(ok.empty());
  Findings out;
  check_whitespace("a", "x ", out);
  check_whitespace(" a", "x", out);
  check_whitespace("a\nb", "x y", out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].offset, 1u);
}

TEST(DoubledWordCheck, CatchesRepeatsButNotTheSources) {
  Findings ok;
  check_doubled_words(lang("pl"), k_article1, k_article1_pl, ok);
  check_doubled_words(lang("zh-Hans"), k_article1, k_article1_zh, ok);
  check_doubled_words(lang("pl"), "Very very good", "Bardzo bardzo dobrze", ok);  // the source repeats too
  check_doubled_words(lang("pl"), "It had had no effect", "To nie nie", ok);
  // Words around a placeholder are not next to each other once the value is in (the shipped
  // Bulgarian page furniture's imprint line).
  check_doubled_words(lang("bg"), "Promoted by {1} on behalf of {2}.", "Разпространено от {1} от името на {2}.", ok);
  check_doubled_words(lang("pl"), "Read <1>more</1> more", "Czytaj <1>więcej</1> więcej", ok);
  EXPECT_TRUE(ok.empty()) << messages(ok);
  Findings out;
  check_doubled_words(lang("pl"), k_article1, "Wszyscy ludzie rodzą się się wolni.", out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].message, "\"się\" is written twice in a row");
  EXPECT_EQ(out[0].offset, std::string_view("Wszyscy ludzie rodzą się ").size());
  Findings comma;
  check_doubled_words(lang("pl"), "Very, very good", "Bardzo bardzo dobrze", comma);  // "very, very" is not doubled
  EXPECT_EQ(comma.size(), 1u);
  Findings same;
  check_doubled_words(lang("fr"), "Bye bye", "Bye bye", same);
  EXPECT_TRUE(same.empty());
}

TEST(EndPunctuationCheck, NativeForms) {
  Findings ok;
  check_end_punctuation(lang("pl"), k_article1, k_article1_pl, ok);
  check_end_punctuation(lang("zh-Hans"), k_article1, k_article1_zh, ok);
  check_end_punctuation(lang("ar"), k_article1, k_article1_ar, ok);
  check_end_punctuation(lang("ar"), "Is it free?", "هل هو مجاني؟", ok);
  check_end_punctuation(lang("el"), "Is it free?", "Είναι δωρεάν;", ok);
  check_end_punctuation(lang("es"), "Is it free?", "¿Es gratis?", ok);
  check_end_punctuation(lang("pl"), "He said “yes.”", "Powiedział „tak.”", ok);
  check_end_punctuation(lang("pl"), "Title", "Tytuł", ok);
  EXPECT_TRUE(ok.empty()) << messages(ok);

  Findings zh;
  check_end_punctuation(lang("zh-Hans"), "Everyone has the right to life.", "人人有权享有生命.", zh);
  ASSERT_EQ(zh.size(), 1u);
  EXPECT_NE(zh[0].message.find("\u3002"), std::string::npos) << zh[0].message;
  Findings ar;
  check_end_punctuation(lang("ar"), "Is it free?", "هل هو مجاني?", ar);
  EXPECT_EQ(ar.size(), 1u);
  Findings lost;
  check_end_punctuation(lang("pl"), "Is it free?", "Czy to jest darmowe.", lost);
  ASSERT_EQ(lost.size(), 1u);
  EXPECT_EQ(lost[0].message, "the source ends with a question mark \"?\", the translation with a full stop \".\"");
  Findings es;
  check_end_punctuation(lang("es"), "Is it free?", "Es gratis?", es);
  EXPECT_EQ(es.size(), 1u);
}

TEST(QuotesCheck, AsciiQuotesWhereTypographicAreUsed) {
  Findings ok;
  check_quotes(lang("pl"), "Powiedział „tak”.", ok);
  check_quotes(lang("fr"), "Il a dit « oui ».", ok);
  EXPECT_TRUE(ok.empty());
  Findings out;
  check_quotes(lang("pl"), "Powiedział \"tak\".", out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].offset, std::string_view("Powiedział ").size());
  EXPECT_NE(out[0].message.find("„…”"), std::string::npos) << out[0].message;
}

TEST(RomanianCedillaCheck, CommaBelowOnly) {
  Findings ok;
  check_romanian_cedilla(lang("ro"), "Toate ființele umane se nasc libere și egale.", ok);
  check_romanian_cedilla(lang("tr"), "Herkeşin", ok);  // Turkish ş is right
  EXPECT_TRUE(ok.empty());
  Findings out;
  check_romanian_cedilla(lang("ro"), "Toate fiinţele umane se nasc libere şi egale.", out);
  ASSERT_EQ(out.size(), 2u) << messages(out);
  EXPECT_EQ(out[0].message, "\"ş\" (s with cedilla) should be \"ș\" (s with comma below)");
}

TEST(BidiCheck, BalancedControls) {
  Findings ok;
  check_bidi(k_article1_ar, ok);
  check_bidi("a \u2067ب\u2069 c \u202Bد\u202C", ok);
  EXPECT_TRUE(ok.empty());
  Findings out;
  check_bidi("a \u2067ب c", out);
  check_bidi("a \u202C c", out);
  check_bidi("\u2066a \u202Bb\u2069", out);
  ASSERT_EQ(out.size(), 3u) << messages(out);
  EXPECT_EQ(out[0].message, "RLI (U+2067) is never closed (with PDI)");
  EXPECT_EQ(out[0].offset, 2u);
}

TEST(NfcCheck, DecomposedAccents) {
  Findings ok;
  check_nfc("Tiếng Việt", ok);
  EXPECT_TRUE(ok.empty());
  Findings out;
  check_nfc("Tie\u0302\u0301ng Vie\u0323\u0302t", out);  // decomposed
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].offset, 2u);
}

TEST(UnchangedCheck, OnlyWhenSomethingWasTranslatable) {
  LanguageGlossary glossary;
  glossary.keep = {"United Nations"};
  Findings ok;
  check_unchanged(glossary, k_article1, k_article1_pl, ok);
  check_unchanged(glossary, "United Nations", "United Nations", ok);
  check_unchanged(glossary, "https://www.un.org/ 1948", "https://www.un.org/ 1948", ok);
  check_unchanged(glossary, "<1>United Nations</1>", "<1>United Nations</1>", ok);
  check_unchanged(glossary, "10 m", "10 m", ok);  // an abbreviation
  EXPECT_TRUE(ok.empty()) << messages(ok);
  Findings out;
  check_unchanged(glossary, k_article1, k_article1, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].check_id, "unchanged");
}

TEST(LengthCheck, RatioByScript) {
  Findings ok;
  check_length(lang("pl"), k_article1, k_article1_pl, ok);
  check_length(lang("zh-Hans"), k_article1, k_article1_zh, ok);
  check_length(lang("ar"), k_article1, k_article1_ar, ok);
  check_length(lang("pl"), "Short title", "Bardzo długi tytuł, który ma wiele słów", ok);  // too short to judge
  EXPECT_TRUE(ok.empty()) << messages(ok);
  Findings out;
  check_length(lang("pl"), k_article1, "Wszyscy ludzie rodzą się wolni.", out);  // half dropped
  check_length(lang("zh-Hans"), k_article1, std::string(k_article1_zh) + k_article1_zh + k_article1_zh + k_article1_zh,
               out);
  EXPECT_EQ(out.size(), 2u) << messages(out);
}

TEST(CheckText, PublishedTranslationsAreClean) {
  CheckContext pl{lang("pl"), {}};
  EXPECT_TRUE(check_text(pl, k_article1, k_article1_pl).empty()) << messages(check_text(pl, k_article1, k_article1_pl));
  CheckContext ar{lang("ar"), {}};
  EXPECT_TRUE(check_text(ar, k_article1, k_article1_ar).empty()) << messages(check_text(ar, k_article1, k_article1_ar));
}

TEST(CheckText, HostileInputsStayFastAndSafe) {
  LanguageGlossary glossary;
  glossary.keep = {"EU", "United Nations"};
  glossary.terms = {{"rights", {"praw*"}}};
  CheckContext pl{lang("pl"), glossary};
  std::string many_tags, many_terms, many_numbers, crossed;
  for (int i = 0; i < 20000; ++i) {
    many_tags += "<1>a</1>";
    many_terms += "EU ";
    many_numbers += "1,0 ";
    crossed += "<" + std::to_string(i % 50 + 1) + ">";
  }
  const std::vector<std::string> hostile{
      "\xff\xfe<1",
      "<99999999>x</99999999>",
      "</>",
      "<1/>",
      "\xe2\x80",
      "\xe2\x81\xa9\xe2\x80\xac",
      "e\xcc",
      many_tags,
      many_terms,
      many_numbers,
      crossed,
      std::string(100000, '@'),
      std::string(100000, '.') + "www.",
      "https://" + std::string(50000, 'a'),
      std::string(30000, '\n'),
  };
  auto start = std::chrono::steady_clock::now();
  for (const auto& a : hostile)
    for (const auto& b : {hostile.front(), a, many_tags}) check_text(pl, a, b);
  if (leafpress::testing::k_time_limits_apply) {
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 20.0);
  }
}
