// A proof's passages left in English for want of a translation, in the TeX and FO writers:
// each carries the web page's label (ui::fallback_label) in the reader's language when ui.po
// translates it, and in a right-to-left leaflet is set left to right with its bullet or
// number on the left.
#include <gtest/gtest.h>

#include "text/language.hpp"
#include "writers/fo_writer.hpp"
#include "writers/tex_writer.hpp"
#include "xml/xml_document.hpp"

namespace leafpress::writers {
namespace {

const std::string k_english = "The library opens at nine.";
// The label as an Arabic ui.po might translate it (a neutral phrase).
const std::string k_arabic_label = "لم يترجم بعد – معروض بالإنجليزية";

doc::Block text_block(doc::BlockKind kind, const std::string& content, const std::string& lang = {}) {
  doc::Block block;
  block.kind = kind;
  block.lang = lang;
  block.inlines.push_back(doc::Inline{doc::InlineKind::text, content, {}, {}, {}, {}});
  return block;
}

doc::Block container(doc::BlockKind kind, std::vector<doc::Block> children) {
  doc::Block block;
  block.kind = kind;
  block.children = std::move(children);
  return block;
}

// An Arabic proof with its title translated and, as `english`, a passage left in English.
doc::Document arabic_with(doc::Block english) {
  doc::Document document;
  document.name = "library";
  document.lang = "ar";
  doc::Block title = text_block(doc::BlockKind::paragraph, "المكتبة");
  title.role = doc::Role::title;
  document.blocks = {title, text_block(doc::BlockKind::paragraph, "المكتبة مفتوحة."), std::move(english)};
  return document;
}

doc::Block english_list(bool ordered) {
  doc::Block list = container(doc::BlockKind::list,
                              {container(doc::BlockKind::list_item, {text_block(doc::BlockKind::paragraph, "مرحبا")}),
                               container(doc::BlockKind::list_item,
                                         {text_block(doc::BlockKind::paragraph, k_english, "en")})});
  list.ordered = ordered;
  list.start = 1;
  return list;
}

PrintContext arabic_proof(bool translated_label) {
  PrintContext context;
  context.language = text::language_info("ar").value();
  context.source_language = text::language_info("en").value();
  context.ui = english_ui();
  if (translated_label)
    context.ui = [](const UiMessage& message, long n) {
      if (message.msgid == ui::fallback_label.msgid) return k_arabic_label;
      return english_ui()(message, n);
    };
  context.proof = true;
  return context;
}

TEST(FallbackInPrint, AnEnglishParagraphInArabicIsSetLeftToRightUnderItsLabel) {
  auto document = arabic_with(text_block(doc::BlockKind::paragraph, k_english, "en"));
  std::string tex = write_tex(document, arabic_proof(false));
  size_t passage = tex.find(k_english);
  ASSERT_NE(passage, std::string::npos);
  size_t label = tex.rfind("Not yet translated – shown in English", passage);
  ASSERT_NE(label, std::string::npos) << tex;
  // The label's paragraph and the passage's both run left to right.
  EXPECT_NE(tex.find("\\lpragged \\pardir TLT\\leavevmode{\\bfseries {\\lpfontNotoSans{}Not yet translated"),
            std::string::npos);
  EXPECT_NE(tex.substr(label, passage - label).find("\\pardir TLT\\textdir TLT"), std::string::npos);
  // The translated text has no label.
  EXPECT_EQ(tex.find("Not yet translated"), label);

  std::string fo = write_fo(document, arabic_proof(false));
  ASSERT_TRUE(xml::parse_xml(fo, "leaflet.fo").has_value());
  size_t fo_passage = fo.find(k_english);
  size_t fo_label = fo.rfind("Not yet translated – shown in English", fo_passage);
  ASSERT_NE(fo_label, std::string::npos);
  size_t box = fo.rfind("<fo:block-container writing-mode=\"lr-tb\">", fo_label);
  ASSERT_NE(box, std::string::npos);
  EXPECT_EQ(fo.find("</fo:block-container>", box), fo.find("</fo:block-container>", fo_passage));
  EXPECT_NE(fo.substr(box, fo_label - box).find("text-align=\"left\""), std::string::npos);
}

TEST(FallbackInPrint, TheLabelComesFromUiPoWhenTranslated) {
  auto document = arabic_with(text_block(doc::BlockKind::paragraph, k_english, "en"));
  std::string tex = write_tex(document, arabic_proof(true));
  EXPECT_EQ(tex.find("Not yet translated"), std::string::npos);
  // Its words in the Arabic face (the dash between them in the Latin one).
  size_t label = tex.find("{\\lpfontNotoNaskhArabic{}لم يترجم بعد }");
  ASSERT_NE(label, std::string::npos) << tex;
  EXPECT_LT(label, tex.find(k_english));
  // Right to left, at the start of a left-to-right paragraph.
  EXPECT_EQ(tex.rfind("\\textdir TRT\\lpragged \\pardir TLT\\leavevmode{\\bfseries ", label), label - 55);
  std::string fo = write_fo(document, arabic_proof(true));
  EXPECT_EQ(fo.find("Not yet translated"), std::string::npos);
  EXPECT_NE(fo.find("لم يترجم بعد "), std::string::npos);
}

TEST(FallbackInPrint, AnEnglishListItemHasItsNumberOnTheLeft) {
  std::string tex = write_tex(arabic_with(english_list(true)), arabic_proof(false));
  // The Arabic item's number in the Arabic face, right to left; the English one's left to right.
  size_t english = tex.find(k_english);
  size_t second = tex.rfind("\\everypar{\\llap{", english);
  // The number beside the label, once: the label's line takes it.
  EXPECT_NE(tex.substr(second, english - second).find("\\par\\global\\everypar{}}"), std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_NE(tex.substr(second, english - second).find("\\pardir TLT\\textdir TLT\\lpragged {\\lpfontNotoSans{}2.}"),
            std::string::npos)
      << tex.substr(second, english - second);
  size_t first = tex.rfind("\\everypar{\\llap{", second - 1);
  EXPECT_NE(tex.substr(first, second - first).find("\\pardir TRT\\textdir TRT"), std::string::npos);

  std::string fo = write_fo(arabic_with(english_list(true)), arabic_proof(false));
  ASSERT_TRUE(xml::parse_xml(fo, "leaflet.fo").has_value());
  // The Arabic item in a list of the page's writing mode; the English one in a table that runs
  // left to right, its number in the first column, then the label and the text.
  size_t fo_english = fo.find(k_english);
  size_t table = fo.rfind("<fo:table writing-mode=\"lr-tb\"", fo_english);
  ASSERT_NE(table, std::string::npos) << fo;
  EXPECT_LT(fo.find("<fo:list-block"), table);
  EXPECT_LT(fo.find(">1.<"), table);
  size_t number = fo.find(">2.<", table);
  EXPECT_LT(number, fo.find("Not yet translated", table));
  EXPECT_LT(fo.find("Not yet translated", table), fo_english);
  EXPECT_EQ(fo.find("<fo:block-container", table), std::string::npos);  // no further container inside
}

TEST(FallbackInPrint, AnEnglishQuotationIsIndentedFromTheLeft) {
  auto quote = container(doc::BlockKind::quote, {text_block(doc::BlockKind::paragraph, k_english, "en")});
  std::string fo = write_fo(arabic_with(quote), arabic_proof(false));
  ASSERT_TRUE(xml::parse_xml(fo, "leaflet.fo").has_value());
  // The container's own margin on the left: one box around the quotation, label and text.
  size_t box = fo.find("<fo:block-container writing-mode=\"lr-tb\" margin-left=\"6mm\"");
  ASSERT_NE(box, std::string::npos) << fo;
  EXPECT_LT(box, fo.find("Not yet translated"));
  EXPECT_EQ(fo.find("<fo:block-container", box + 1), std::string::npos);
  EXPECT_EQ(fo.find("start-indent=\"6mm\""), std::string::npos);
  std::string tex = write_tex(arabic_with(quote), arabic_proof(false));
  size_t english = tex.find(k_english);
  EXPECT_NE(tex.substr(tex.rfind("\\advance\\leftskip", english)).find("\\pardir TLT"), std::string::npos);
}

TEST(FallbackInPrint, ATableWithAnEnglishCellIsLabelled) {
  doc::Block row = container(doc::BlockKind::table_row, {text_block(doc::BlockKind::table_cell, "الاثنين"),
                                                         text_block(doc::BlockKind::table_cell, k_english, "en")});
  auto document = arabic_with(container(doc::BlockKind::table, {row}));
  EXPECT_NE(write_tex(document, arabic_proof(false)).find("Not yet translated"), std::string::npos);
  EXPECT_NE(write_fo(document, arabic_proof(false)).find("Not yet translated"), std::string::npos);
}

TEST(FallbackInPrint, AFullyTranslatedLeafletHasNoLabel) {
  auto document = arabic_with(text_block(doc::BlockKind::paragraph, "المكتبة مغلقة يوم الأحد."));
  EXPECT_EQ(write_tex(document, arabic_proof(false)).find("Not yet translated"), std::string::npos);
  EXPECT_EQ(write_fo(document, arabic_proof(false)).find("Not yet translated"), std::string::npos);
}

}  // namespace
}  // namespace leafpress::writers
