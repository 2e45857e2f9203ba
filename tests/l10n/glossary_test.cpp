#include "l10n/glossary.hpp"

#include <gtest/gtest.h>

using namespace leafpress::l10n;

namespace {

Glossary sample() {
  Glossary glossary;
  glossary.keep = {"Labour", "Labour Party", "EU", "NRPF", "Springfield"};
  glossary.terms.push_back({"council", {{"es", {"ayuntamiento*", "concejo"}}, {"zh-Hans", {"议会"}}}});
  glossary.terms.push_back({"mayor", {{"es", {"alcalde*"}}}});
  return glossary;
}

}  // namespace

TEST(Glossary, KeepTermsLongestFirstInOrderOfAppearance) {
  auto glossary = sample();
  EXPECT_EQ(keep_terms_in(glossary, "The Labour Party in Springfield, and Labour in the EU (NRPF)."),
            (std::vector<std::string>{"Labour Party", "Springfield", "Labour", "EU", "NRPF"}));
  EXPECT_TRUE(keep_terms_in(glossary, "EURO and Labourers and labour").empty());
  EXPECT_EQ(keep_terms_in(glossary, "Labour Party, Labour Party"), (std::vector<std::string>{"Labour Party"}));
}

TEST(Glossary, TermsMatchCaseInsensitivelyOnWords) {
  auto glossary = sample();
  auto found = terms_in(glossary, "The Council and the MAYOR");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0]->source, "council");
  EXPECT_TRUE(terms_in(glossary, "councillors and mayoral hopefuls").empty());
}

TEST(Glossary, RenderingsWithInflectionWildcard) {
  auto glossary = sample();
  const auto& council = glossary.terms[0];
  const auto& mayor = glossary.terms[1];
  EXPECT_TRUE(has_rendering(mayor, "es", "La Alcaldesa habló"));
  EXPECT_TRUE(has_rendering(council, "es", "el Ayuntamientos"));
  EXPECT_TRUE(has_rendering(council, "es", "el concejo"));
  EXPECT_FALSE(has_rendering(council, "es", "los concejos"));
  EXPECT_FALSE(has_rendering(mayor, "es", "el intendente"));
  EXPECT_FALSE(has_rendering(mayor, "fr", "le maire"));
  EXPECT_TRUE(has_rendering(council, "zh-Hans", "地方议会的决定"));
}
