// A picture's caption: read from a Markdown title on a picture alone in its paragraph, extracted
// as a unit of its own, and set under the picture on the page and on the leaflet (kept with it,
// smaller, never taken for the statement's title or category).
#include <gtest/gtest.h>

#include <algorithm>

#include "l10n/unit.hpp"
#include "readers/reader.hpp"
#include "writers/fo_writer.hpp"
#include "writers/html_fixture.hpp"
#include "writers/tex_writer.hpp"

using namespace leafpress;

namespace {

const char* k_figure =
    "# Parks\n\nEveryone has the right to rest and leisure.\n\n"
    "![Children playing on the grass](park.png \"The park on an open day\")\n\n"
    "Rest is a right.\n";

doc::Document read(const std::string& markdown) {
  auto document = readers::read_document(markdown, "source-docs/parks.md", "en");
  EXPECT_TRUE(document) << document.error().to_string();
  return document ? *document : doc::Document{};
}

writers::PrintContext print_context() {
  writers::PrintContext context;
  context.language = *text::language_info("en");
  context.source_language = context.language;
  context.ui = writers::english_ui();
  context.title = "Parks";
  return context;
}

}  // namespace

TEST(PictureCaption, ATitledPictureAloneInItsParagraphGetsACaptionParagraph) {
  doc::Document document = read(k_figure);
  ASSERT_EQ(document.blocks.size(), 5u);
  const doc::Block& picture = document.blocks[2];
  ASSERT_EQ(picture.inlines.size(), 1u);
  EXPECT_EQ(picture.inlines[0].kind, doc::InlineKind::image);
  EXPECT_TRUE(picture.inlines[0].title.empty()) << "the title became the caption";
  const doc::Block& caption = document.blocks[3];
  EXPECT_TRUE(caption.caption);
  EXPECT_EQ(doc::plain_text(caption.inlines), "The park on an open day");
  EXPECT_EQ(caption.span.line, 5u);
  // The last paragraph is still the body's, and no caption is taken for the category.
  EXPECT_FALSE(document.blocks[4].caption);
}

TEST(PictureCaption, APictureAmongWordsOrWithoutTitleHasNoCaption) {
  for (const char* markdown :
       {"Look: ![a park](park.png \"A tooltip\") here.\n", "![a park](park.png)\n", "![a park](park.png \"  \")\n"}) {
    doc::Document document = read(markdown);
    for (const doc::Block& block : document.blocks) EXPECT_FALSE(block.caption) << markdown;
  }
  doc::Document among = read("Look: ![a park](park.png \"A tooltip\") here.\n");
  ASSERT_FALSE(among.blocks.empty());
  EXPECT_EQ(among.blocks[0].inlines[1].title, "A tooltip");
}

TEST(PictureCaption, ACaptionIsAUnitOfItsOwnThatTranslatorsSeeAsSuch) {
  doc::Document document = read(k_figure);
  auto units = l10n::extract_units(document, l10n::Segmentation::paragraph);
  auto found = std::find_if(units.begin(), units.end(),
                            [](const l10n::Unit& unit) { return unit.source == "The park on an open day"; });
  ASSERT_NE(found, units.end());
  EXPECT_NE(found->comment.find("picture caption"), std::string::npos) << found->comment;
  // The picture's alt text stays a unit too.
  EXPECT_TRUE(std::any_of(units.begin(), units.end(), [](const l10n::Unit& unit) {
    return unit.source == "<1>Children playing on the grass</1>";
  }));
}

TEST(PictureCaption, ThePageSetsTheCaptionUnderThePicture) {
  doc::Document document = read(k_figure);
  std::string page = writers::write_html(document, leafpress::testing::fixture_context("en"));
  size_t picture = page.find("<img src=\"park.png\"");
  size_t caption = page.find("caption\">The park on an open day</p>");
  ASSERT_NE(picture, std::string::npos) << page;
  ASSERT_NE(caption, std::string::npos) << page;
  EXPECT_LT(picture, caption);
  EXPECT_EQ(page.find("title=\"The park"), std::string::npos) << "no tooltip repeating the caption";
}

TEST(PictureCaption, TheLeafletKeepsTheCaptionWithItsPictureInSmallerType) {
  doc::Document document = read(k_figure);
  for (doc::Block& block : document.blocks)
    for (doc::Inline& node : block.inlines)
      if (node.kind == doc::InlineKind::image) node.url = "media/park-1a2b.png.jpg";
  std::string tex = writers::write_tex(document, print_context());
  size_t picture = tex.find("{media/park-1a2b.png.jpg}");
  size_t caption = tex.find("The park on an open day");
  ASSERT_NE(picture, std::string::npos);
  ASSERT_NE(caption, std::string::npos);
  EXPECT_NE(tex.substr(picture, caption - picture).find("\\nopagebreak"), std::string::npos);
  EXPECT_EQ(writers::tex_picture_files(tex), (std::vector<std::string>{"park-1a2b.png.jpg"}));

  std::string fo = writers::write_fo(document, print_context());
  size_t fo_caption = fo.find("The park on an open day");
  ASSERT_NE(fo_caption, std::string::npos);
  size_t block = fo.rfind("<fo:block", fo_caption);
  EXPECT_NE(fo.substr(block, fo_caption - block).find("keep-with-previous.within-page=\"always\""), std::string::npos)
      << fo.substr(block, fo_caption - block);
}
