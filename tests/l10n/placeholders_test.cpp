#include "l10n/placeholders.hpp"

#include <gtest/gtest.h>

#include "readers/reader.hpp"

using namespace leafpress;
using doc::Inline;
using doc::InlineKind;

namespace {

std::vector<Inline> inlines_of(const std::string& markdown) {
  auto document = readers::read_document(markdown, "p.md", "en");
  EXPECT_TRUE(document.has_value());
  return document->blocks.at(0).inlines;
}

std::string error_of(const std::variant<std::vector<Inline>, std::string>& result) {
  const auto* message = std::get_if<std::string>(&result);
  return message ? *message : std::string();
}

}  // namespace

TEST(Placeholders, RenderNumbersInOrderOfAppearance) {
  auto inlines = inlines_of("Read *our **bold** plan* and [this](/x)  \nnow `code` ok\n");
  auto rendered = l10n::render(inlines, {});
  EXPECT_EQ(rendered.text, "Read <1>our <2>bold</2> plan</1> and <3>this</3><4/>now <5>code</5> ok");
  ASSERT_EQ(rendered.nodes.size(), 5u);
  EXPECT_EQ(rendered.parents, (std::vector<size_t>{0, 1, 0, 0, 0}));
}

TEST(Placeholders, IdentityRebuildGivesTheSameInlines) {
  auto inlines = inlines_of("Read *our **bold** plan* and [this](/x \"t\")  \nnow `code` ok\n");
  auto rendered = l10n::render(inlines, {});
  auto rebuilt = l10n::rebuild(rendered.text, rendered);
  ASSERT_TRUE(std::holds_alternative<std::vector<Inline>>(rebuilt)) << error_of(rebuilt);
  EXPECT_EQ(std::get<std::vector<Inline>>(rebuilt), inlines);
}

TEST(Placeholders, TranslatorsMayMovePlaceholders) {
  auto inlines = inlines_of("Read *our plan* and [this](/x)\n");
  auto rendered = l10n::render(inlines, {});
  auto rebuilt = l10n::rebuild("Lee <2>esto</2> y <1>nuestro plan</1>", rendered);
  ASSERT_TRUE(std::holds_alternative<std::vector<Inline>>(rebuilt)) << error_of(rebuilt);
  const auto& out = std::get<std::vector<Inline>>(rebuilt);
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[1].kind, InlineKind::link);
  EXPECT_EQ(out[1].url, "/x");
  EXPECT_EQ(out[1].children.at(0).text, "esto");
  EXPECT_EQ(out[3].kind, InlineKind::emphasis);
}

TEST(Placeholders, MismatchesAreRejectedWithReasons) {
  auto inlines = inlines_of("A *b **c*** d  \ne `f`\n");
  auto rendered = l10n::render(inlines, {});
  ASSERT_EQ(rendered.text, "A <1>b <2>c</2></1> d<3/>e <4>f</4>");
  EXPECT_EQ(error_of(l10n::rebuild("A <1>b c</1> d<3/>e <4>f</4>", rendered)), "placeholder <2> is missing");
  EXPECT_EQ(error_of(l10n::rebuild("A <1>b</1> <2>c</2> d<3/>e <4>f</4>", rendered)),
            "placeholder <2> must stay inside <1>");
  EXPECT_EQ(error_of(l10n::rebuild("A <1>b <2>c</1></2> d<3/>e <4>f</4>", rendered)),
            "closing </1> does not match the open placeholder <2>");
  EXPECT_EQ(error_of(l10n::rebuild("A <1>b <2>c</2></1> d<3>e</3> <4>f</4>", rendered)),
            "placeholder <3> must be written <3/>");
  EXPECT_EQ(error_of(l10n::rebuild("A <1>b <2>c</2></1> d<3/>e <4>g</4>", rendered)),
            "code in <4> must stay exactly \"f\"");
  EXPECT_EQ(error_of(l10n::rebuild("A <1>b <2>c</2></1> d<3/>e <4>f</4> <5>x</5>", rendered)),
            "placeholder <5> is not in the source text");
  EXPECT_EQ(error_of(l10n::rebuild("A <1>b <2>c</2></1> d<3/><3/>e <4>f</4>", rendered)),
            "placeholder <3/> appears more than once");
  EXPECT_EQ(error_of(l10n::rebuild("A d<3/>e <4>f</4> <1>b <2>c</2>", rendered)), "placeholder <1> is not closed");
}

TEST(Placeholders, OtherMarkupStaysText) {
  auto inlines = inlines_of("Plain *words*\n");
  auto rendered = l10n::render(inlines, {});
  auto rebuilt = l10n::rebuild("<script>alert(1)</script> <b>x</b> <1>mots</1> a<b 2 < 3", rendered);
  ASSERT_TRUE(std::holds_alternative<std::vector<Inline>>(rebuilt)) << error_of(rebuilt);
  const auto& out = std::get<std::vector<Inline>>(rebuilt);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].kind, InlineKind::text);
  EXPECT_EQ(out[0].text, "<script>alert(1)</script> <b>x</b> ");
  EXPECT_EQ(out[2].text, " a<b 2 < 3");
}

TEST(Placeholders, MergeTextJoinsNeighbours) {
  auto text = [](const char* value) {
    Inline node;
    node.text = value;
    return node;
  };
  Inline first = text("a");
  first.span = {"f", 1, 1};
  Inline emphasis;
  emphasis.kind = InlineKind::emphasis;
  emphasis.children = {text("c"), text("d")};
  std::vector<Inline> inlines{first, text(""), text("b"), emphasis};
  l10n::merge_text(inlines);
  ASSERT_EQ(inlines.size(), 2u);
  EXPECT_EQ(inlines[0].text, "ab");
  EXPECT_EQ(inlines[0].span.line, 1u);
  EXPECT_EQ(inlines[1].children.size(), 1u);
}

// What an exchange format carries: text with escapes resolved, tags and {n} as codes; joined
// again, the unit text is the same.
TEST(Placeholders, SplitAndJoinUnitTextForExchangeFormats) {
  using Kind = l10n::UnitPiece::Kind;
  const std::string text = "Read <1>our \\<2> plan</1><2/> by {1}, not {x} or {}\\\\";
  auto pieces = l10n::split_unit_text(text);
  ASSERT_EQ(pieces.size(), 8u);
  EXPECT_EQ(pieces[0].text, "Read ");
  EXPECT_EQ(pieces[1].kind, Kind::open);
  EXPECT_EQ(pieces[2].text, "our <2> plan");  // an escaped tag is text
  EXPECT_EQ(pieces[3].kind, Kind::close);
  EXPECT_EQ(pieces[4].kind, Kind::empty);
  EXPECT_EQ(pieces[4].id, 2u);
  EXPECT_EQ(pieces[5].text, " by ");
  EXPECT_EQ(pieces[6].kind, Kind::argument);
  EXPECT_EQ(pieces[6].id, 1u);
  EXPECT_EQ(pieces[7].text, ", not {x} or {}\\");
  EXPECT_EQ(l10n::join_unit_text(pieces), text);
  EXPECT_TRUE(l10n::split_unit_text("").empty());
}
