#include "text/language.hpp"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "text/language_table.hpp"

using namespace leafpress::text;

TEST(Language, CanonicalTags) {
  EXPECT_EQ(canonical_tag("pt_pt").value(), "pt-PT");
  EXPECT_EQ(canonical_tag("zh-hans").value(), "zh-Hans");
  EXPECT_EQ(canonical_tag("ZH-HANT").value(), "zh-Hant");
  EXPECT_FALSE(canonical_tag("").has_value());
  EXPECT_FALSE(canonical_tag("e").has_value());
  EXPECT_FALSE(canonical_tag("pt--PT").has_value());
  EXPECT_FALSE(canonical_tag("../x").has_value());
  EXPECT_FALSE(canonical_tag("en-<script>").has_value());
}

TEST(Language, AutonymsFromCldr) {
  EXPECT_EQ(language_info("es")->autonym, "español");
  EXPECT_EQ(language_info("ta")->autonym, "தமிழ்");
  EXPECT_EQ(language_info("ar")->autonym, "العربية");
  EXPECT_EQ(language_info("zh-Hans")->autonym, "简体中文");
  EXPECT_EQ(language_info("zh-Hant")->autonym, "繁體中文");
  EXPECT_EQ(language_info("ru")->autonym, "русский");
}

TEST(Language, DirectionScriptQuotes) {
  auto ar = language_info("ar").value();
  EXPECT_TRUE(ar.rtl());
  EXPECT_EQ(ar.script, "Arab");
  EXPECT_FALSE(ar.fop_language_attribute);
  EXPECT_EQ(language_info("ur")->direction, Direction::rtl);
  EXPECT_EQ(language_info("fa")->direction, Direction::rtl);
  EXPECT_EQ(language_info("ps")->direction, Direction::rtl);
  EXPECT_EQ(language_info("zh-Hant")->script, "Hant");
  auto pl = language_info("pl").value();
  EXPECT_EQ(pl.quote_open, "„");
  EXPECT_EQ(pl.quote_close, "”");
  EXPECT_EQ(language_info("fr")->quote_open, "«");
}

TEST(Language, PluralFormsForEveryKnownLanguage) {
  EXPECT_EQ(language_info("ar")->nplurals, 6);
  EXPECT_EQ(language_info("zh-Hans")->plural_forms, "nplurals=1; plural=0;");
  EXPECT_EQ(language_info("fr")->plural_forms, "nplurals=2; plural=(n > 1);");
  for (const auto& tag : known_tags()) {
    auto info = language_info(tag);
    ASSERT_TRUE(info.has_value()) << tag << ": " << info.error().message;
    EXPECT_FALSE(info->plural_forms.empty()) << tag;
    EXPECT_FALSE(info->autonym.empty()) << tag;
  }
}

TEST(Language, EveryKnownLanguagePrintsWithItsTypesetterLocale) {
  for (const char* tag : {"bn", "ur", "ta", "zh-Hant"}) {
    auto language = language_info(tag).value();
    EXPECT_TRUE(language.print_supported) << tag;
    EXPECT_EQ(language.tex_locale, tag);
  }
}

TEST(Language, UnknownLanguagesAreErrors) {
  EXPECT_FALSE(language_info("qq").has_value());
  EXPECT_FALSE(language_info("not a tag").has_value());
}

TEST(Language, DerivesPluralFormsFromCldrForLanguagesOutsideTheTable) {
  auto cs = language_info("nl");  // Dutch: one/other
  ASSERT_TRUE(cs.has_value()) << cs.error().message;
  EXPECT_EQ(cs->plural_forms, "nplurals=2; plural=(n != 1);");
  auto uk = language_info("uk");  // Ukrainian: same rule as Russian
  ASSERT_TRUE(uk.has_value());
  EXPECT_EQ(uk->nplurals, 3);
}

TEST(Language, GettextNamesWriteAnUnusualScriptAsAModifier) {
  auto code = [](const char* tag) {
    auto info = language_info(tag);
    EXPECT_TRUE(info.has_value()) << tag;
    return info ? info->gettext_code : std::string();
  };
  EXPECT_EQ(code("sr-Latn"), "sr@latin");
  EXPECT_EQ(code("sr-Latn-RS"), "sr_RS@latin");
  EXPECT_EQ(code("sr-Cyrl"), "sr");  // Cyrillic is Serbian's usual script
  EXPECT_EQ(code("sr"), "sr");
  EXPECT_EQ(code("uz-Cyrl"), "uz@cyrillic");
  EXPECT_EQ(code("uz-Latn"), "uz");
  EXPECT_EQ(code("nl-BE"), "nl_BE");
  EXPECT_EQ(code("pt-PT"), "pt_PT");  // from the table
}

TEST(Language, GettextCodesFromEnglishNamesAsInLanguageTeam) {
  EXPECT_EQ(gettext_code_for_english_name("French"), "fr");
  EXPECT_EQ(gettext_code_for_english_name("German"), "de");
  EXPECT_EQ(gettext_code_for_english_name("Tamil"), "ta");
  EXPECT_EQ(gettext_code_for_english_name("Brazilian Portuguese"), "pt_BR");
  EXPECT_EQ(gettext_code_for_english_name("Sinhala"), "si");
  EXPECT_EQ(gettext_code_for_english_name("Klingon Space Navy"), "");
  EXPECT_EQ(gettext_code_for_english_name("french"), "");  // msgmerge compares exactly
}

// Answers are kept between calls: asking again, in another spelling or on another thread,
// gives each tag its own answer, errors included.
TEST(Language, KeptAnswersStayEachTagsOwn) {
  const std::vector<std::string> tags = {"fr", "ar", "zh-Hant", "pt_pt", "pt-PT", "zh-Hans", "qqq-bad-", "xx"};
  auto describe = [](const std::string& tag) {
    auto info = language_info(tag);
    if (!info) return "error: " + info.error().message;
    return info->tag + " " + info->english_name + " " + info->autonym + " " + info->script + " " + info->plural_forms +
           " " + info->web_fonts + " " + info->dir();
  };
  std::vector<std::string> first;
  for (const auto& tag : tags) first.push_back(describe(tag));
  EXPECT_EQ(first[0].substr(0, 10), "fr French ");
  EXPECT_EQ(first[3], first[4]) << "two spellings, one language";
  EXPECT_NE(first[2], first[5]);
  EXPECT_EQ(first[6].substr(0, 7), "error: ");
  std::vector<std::vector<std::string>> seen(4);
  {
    std::vector<std::jthread> threads;
    for (auto& out : seen)
      threads.emplace_back([&] {
        for (int round = 0; round < 3; ++round)
          for (size_t k = tags.size(); k-- > 0;) out.push_back(describe(tags[k]));
      });
  }
  for (const auto& out : seen) {
    ASSERT_EQ(out.size(), 3 * tags.size());
    for (size_t i = 0; i < out.size(); ++i) EXPECT_EQ(out[i], first[tags.size() - 1 - i % tags.size()]);
  }
}
