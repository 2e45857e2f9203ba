#include "l10n/unit.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "doc/dump.hpp"
#include "l10n/placeholders.hpp"
#include "l10n_support.hpp"

using namespace leafpress;
namespace lt = leafpress::testing;
using l10n::Segmentation;

namespace {

l10n::Lookup identity() {
  return [](std::string_view source) { return std::optional<std::string>(source); };
}

std::vector<std::string> sources(const std::vector<l10n::Unit>& units) {
  std::vector<std::string> out;
  for (const auto& unit : units) out.push_back(unit.source);
  return out;
}

}  // namespace

TEST(Units, SeedParagraphUnits) {
  auto document = lt::read_fixture(lt::k_seed);
  auto units = l10n::extract_units(document, Segmentation::paragraph);
  ASSERT_EQ(units.size(), 10u);
  std::vector<std::string> comments;
  for (const auto& unit : units) comments.push_back(unit.comment);
  EXPECT_EQ(comments, (std::vector<std::string>{"preamble", "preamble", "title", "body, paragraph 1",
                                                "body, paragraph 2", "body, paragraph 3", "body, paragraph 4",
                                                "body, paragraph 5", "body, paragraph 6", "category"}));
  // msgid is the paragraph text exactly.
  for (size_t i = 0; i < units.size(); ++i) EXPECT_EQ(units[i].source, doc::plain_text(document.blocks[i].inlines));
  EXPECT_EQ(units[3].span.to_string(), "source-docs/community-and-diversity.txt:7:1");
  EXPECT_EQ(units[9].role, doc::Role::category);
}

TEST(Units, SentenceUnitsKeepAbbreviationsAndPlaceholdersWhole) {
  auto document = lt::read_string(
      "Dr. Smith met Mr. Bell. *They talked. A lot.* Then e.g. this happened. "
      "Read [the plan. It is short](/p) today! Done\n",
      "s.md");
  auto units = l10n::extract_units(document, Segmentation::sentence);
  EXPECT_EQ(sources(units),
            (std::vector<std::string>{"Dr. Smith met Mr. Bell.", "<1>They talked. A lot.</1>",
                                      "Then e.g. this happened.", "Read <1>the plan. It is short</1> today!", "Done"}));
  EXPECT_EQ(units[1].comment, "paragraph 1, sentence 2");
  for (const auto& unit : units) {
    // Every placeholder a unit opens, it closes.
    for (int id = 1; id <= 3; ++id) {
      bool opens = unit.source.find('<' + std::to_string(id) + '>') != std::string::npos;
      bool closes = unit.source.find("</" + std::to_string(id) + '>') != std::string::npos;
      EXPECT_EQ(opens, closes) << unit.source;
    }
  }
}

TEST(Units, RoundTripReproducesTheDocumentExactly) {
  for (const char* path : {lt::k_seed, lt::k_constructs}) {
    auto document = lt::read_fixture(path);
    for (auto segmentation : {Segmentation::paragraph, Segmentation::sentence}) {
      l10n::ApplyReport report;
      auto back = l10n::apply_translations(document, segmentation, identity(), document.lang, &report);
      EXPECT_EQ(doc::dump(back), doc::dump(document)) << path;
      EXPECT_EQ(back, document) << path;
      EXPECT_EQ(report.units, l10n::extract_units(document, segmentation).size());
      EXPECT_EQ(report.translated, report.units);
      EXPECT_EQ(report.fallback, 0u);
      EXPECT_TRUE(report.problems.empty());
    }
  }
}

TEST(Units, SentenceModeHasMoreUnitsOnTheSeed) {
  auto document = lt::read_fixture(lt::k_seed);
  auto units = l10n::extract_units(document, Segmentation::sentence);
  EXPECT_GT(units.size(), 10u);
  for (const auto& unit : units) {
    EXPECT_FALSE(unit.source.empty());
    EXPECT_NE(unit.source.back(), ' ');
    EXPECT_NE(unit.source.front(), ' ');
  }
}

TEST(Units, TranslationsReplaceTextAndKeepMarkup) {
  auto document = lt::read_string("# Title\n\nRead *our plan* today.\n\nUntranslated here.\n", "t.md");
  std::map<std::string, std::string, std::less<>> catalog{{"Title", "Título"},
                                                          {"Read <1>our plan</1> today.",
                                                           "Lee <1>nuestro plan</1> hoy."}};
  l10n::Lookup lookup = [&](std::string_view source) -> std::optional<std::string> {
    auto it = catalog.find(source);
    if (it == catalog.end()) return std::nullopt;
    return it->second;
  };
  l10n::ApplyReport report;
  auto es = l10n::apply_translations(document, Segmentation::paragraph, lookup, "es", &report);
  EXPECT_EQ(es.lang, "es");
  EXPECT_EQ(doc::plain_text(es.blocks[0].inlines), "Título");
  EXPECT_EQ(es.blocks[0].lang, "");
  ASSERT_EQ(es.blocks[1].inlines.size(), 3u);
  EXPECT_EQ(es.blocks[1].inlines[1].kind, doc::InlineKind::emphasis);
  EXPECT_EQ(es.blocks[1].inlines[1].children.at(0).text, "nuestro plan");
  EXPECT_EQ(es.blocks[1].inlines[1].span, document.blocks[1].inlines[1].span);
  EXPECT_EQ(doc::plain_text(es.blocks[2].inlines), "Untranslated here.");
  EXPECT_EQ(es.blocks[2].lang, "en");  // marked so writers tag it lang="en"
  EXPECT_EQ(report.units, 3u);
  EXPECT_EQ(report.translated, 2u);
  EXPECT_EQ(report.fallback, 1u);
}

TEST(Units, BrokenPlaceholdersFallBackWithAProblem) {
  auto document = lt::read_string("Read *our plan* today.\n", "t.md");
  l10n::Lookup lookup = [](std::string_view) {
    return std::optional<std::string>("Lee <1>nuestro plan hoy. <script>x</script>");
  };
  l10n::ApplyReport report;
  auto es = l10n::apply_translations(document, Segmentation::paragraph, lookup, "es", &report);
  EXPECT_EQ(es.blocks[0].inlines, document.blocks[0].inlines);
  EXPECT_EQ(es.blocks[0].lang, "en");
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], "t.md:1:1: translation not used: placeholder <1> is not closed");
}

TEST(Units, ScriptTagsTypedByTranslatorsStayText) {
  auto document = lt::read_string("Hello.\n", "t.md");
  l10n::Lookup lookup = [](std::string_view) { return std::optional<std::string>("<script>alert(1)</script>Hola."); };
  auto es = l10n::apply_translations(document, Segmentation::paragraph, lookup, "es");
  ASSERT_EQ(es.blocks[0].inlines.size(), 1u);
  EXPECT_EQ(es.blocks[0].inlines[0].kind, doc::InlineKind::text);
  EXPECT_EQ(es.blocks[0].inlines[0].text, "<script>alert(1)</script>Hola.");
}

TEST(Units, SentenceTranslationsAreJoinedWithTheSourceSpacing) {
  auto document = lt::read_string("First one. Second one.\n", "t.md");
  l10n::Lookup lookup = [](std::string_view source) -> std::optional<std::string> {
    if (source == "First one.") return "Primera.";
    return std::nullopt;
  };
  l10n::ApplyReport report;
  auto es = l10n::apply_translations(document, Segmentation::sentence, lookup, "es", &report);
  EXPECT_EQ(doc::plain_text(es.blocks[0].inlines), "Primera. Second one.");
  EXPECT_EQ(es.blocks[0].lang, "en");
  EXPECT_EQ(report.translated, 1u);
  EXPECT_EQ(report.fallback, 1u);
}

TEST(Units, CodeBlocksAreNotUnits) {
  auto document = lt::read_string("```\ncode\n```\n\n---\n\nText\n", "t.md");
  EXPECT_EQ(sources(l10n::extract_units(document, Segmentation::paragraph)), (std::vector<std::string>{"Text"}));
}

TEST(Units, ParseSegmentation) {
  EXPECT_EQ(l10n::parse_segmentation("sentence"), Segmentation::sentence);
  EXPECT_EQ(l10n::parse_segmentation("paragraph"), Segmentation::paragraph);
  EXPECT_FALSE(l10n::parse_segmentation("word").has_value());
}

TEST(Units, TranslationsAreNormalisedAndCheckedForUtf8) {
  auto document = lt::read_string("Hello.\n", "t.md");
  l10n::Lookup decomposed = [](std::string_view) { return std::optional<std::string>("Xin cha\xCC\x80o."); };
  auto vi = l10n::apply_translations(document, Segmentation::paragraph, decomposed, "vi");
  EXPECT_EQ(vi.blocks[0].inlines[0].text, "Xin ch\xC3\xA0o.");
  l10n::Lookup broken = [](std::string_view) { return std::optional<std::string>("bad \xFF"); };
  l10n::ApplyReport report;
  auto out = l10n::apply_translations(document, Segmentation::paragraph, broken, "vi", &report);
  EXPECT_EQ(out.blocks[0].inlines, document.blocks[0].inlines);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0], "t.md:1:1: translation not used: invalid UTF-8 at byte 4");
}

TEST(Units, SourceTextThatLooksLikeAPlaceholderRoundTrips) {
  auto document = lt::read_string("Press <1> then *go*.\n", "t.md");
  auto units = l10n::extract_units(document, Segmentation::paragraph);
  ASSERT_EQ(units.size(), 1u);
  EXPECT_EQ(units[0].source, "Press \\<1> then <1>go</1>.");  // the literal "<1>" escaped, not a placeholder
  l10n::ApplyReport report;
  auto back = l10n::apply_translations(document, Segmentation::paragraph, identity(), "en", &report);
  EXPECT_EQ(back, document);
  EXPECT_EQ(report.translated, 1u);
}

// An image's alt text travels inside its paragraph's unit as a placeholder pair; the
// translation replaces it and the image keeps its file. A table's cells are units of their own.
TEST(Units, ImageAltTextAndTableCellsAreTranslated) {
  auto document = readers::read_document(
      "# Parks\n\n| Park | Hours |\n|---|---|\n| Ladywell Fields | 7–21 |\n\n![Children playing in a park](park.png)\n",
      "source-docs/parks.md", "en");
  ASSERT_TRUE(document.has_value()) << document.error().to_string();
  std::map<std::string, std::string, std::less<>> catalog{{"<1>Children playing in a park</1>",
                                                           "<1>Niños jugando en un parque</1>"},
                                                          {"Hours", "Horario"}};
  auto lookup = [&](std::string_view source) -> std::optional<std::string> {
    auto found = catalog.find(source);
    return found == catalog.end() ? std::nullopt : std::optional<std::string>(found->second);
  };
  auto units = sources(l10n::extract_units(*document, Segmentation::paragraph));
  for (const auto& [source, translation] : catalog)
    EXPECT_NE(std::find(units.begin(), units.end(), source), units.end()) << source;
  auto localized = l10n::apply_translations(*document, Segmentation::paragraph, lookup, "es");
  std::string dump = doc::dump(localized);
  EXPECT_NE(dump.find("Image url=\"park.png\""), std::string::npos) << dump;
  EXPECT_NE(dump.find("\"Niños jugando en un parque\""), std::string::npos) << dump;
  EXPECT_EQ(dump.find("Children playing"), std::string::npos) << dump;
  EXPECT_NE(dump.find("\"Horario\""), std::string::npos) << dump;
}
