// The TeX writer: text that can never become a command, PDF/X metadata, the layout model
// shared with the FO (page, boxes, fonts, inks), and deterministic output.
#include <gtest/gtest.h>

#include "text/language.hpp"
#include "writers/fo_writer.hpp"
#include "writers/tex_text.hpp"
#include "writers/tex_writer.hpp"

namespace leafpress::writers {
namespace {

doc::Block tex_paragraph(doc::Role role, const std::string& content) {
  doc::Block block;
  block.kind = doc::BlockKind::paragraph;
  block.role = role;
  block.inlines.push_back(doc::Inline{doc::InlineKind::text, content, {}, {}, {}, {}});
  return block;
}

PrintContext tex_context(const std::string& tag) {
  PrintContext context;
  context.language = text::language_info(tag).value();
  context.source_language = text::language_info("en").value();
  context.imprint = Imprint{"Example Print Ltd, 1 High Street", "A. Agent, 2 Station Road", "B. Member, 3 Park Lane",
                            false};
  context.ui = english_ui();
  context.title = "Open day";
  return context;
}

std::string leaflet(const std::string& tag, const std::string& body) {
  doc::Document document;
  document.name = "open-day";
  document.lang = tag;
  document.blocks.push_back(tex_paragraph(doc::Role::title, "Open day"));
  document.blocks.push_back(tex_paragraph(doc::Role::body, body));
  return write_tex(document, tex_context(tag));
}

TEST(TexText, SpecialCharactersCannotBecomeCommands) {
  EXPECT_EQ(tex_text("50% & \\input{x} #1 $a^b_c ~"),
            "50\\char\"25{} \\char\"26{} \\char\"5C{}input\\char\"7B{}x\\char\"7D{} \\char\"23{}1 "
            "\\char\"24{}a\\char\"5E{}b\\char\"5F{}c \\char\"7E{}");
  EXPECT_EQ(tex_text("line\nbreak\ttab"), "line break tab");
  EXPECT_EQ(tex_text("ființă কি"), "ființă কি");  // everything else as it is
}

TEST(TexText, MetadataStrings) {
  EXPECT_EQ(pdf_hex_string("A€😀"), "<FEFF004120ACD83DDE00>");
  EXPECT_EQ(xmp_text("Día & <b>#"), "D&#237;a &#38; &#60;b&#62;&#35;");
}

TEST(TexWriter, PdfX4AndTheSharedPageGeometry) {
  std::string tex = leaflet("fr", "Bonjour");
  EXPECT_NE(tex.find("\\pdfvariable minorversion=6"), std::string::npos);
  EXPECT_NE(tex.find("/S /GTS_PDFX"), std::string::npos);
  EXPECT_NE(tex.find("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"), std::string::npos);
  EXPECT_NE(tex.find(std::string(k_cmyk_profile)), std::string::npos);
  // A5 with 3 mm bleed and 10 mm crop offset, as page_geometry() says and the FO writes.
  EXPECT_NE(tex.find("\\paperwidth=168mm \\paperheight=230mm"), std::string::npos);
  EXPECT_NE(tex.find("/TrimBox [28.35 28.35 447.87 623.62] /BleedBox [19.84 19.84 456.38 632.13]"), std::string::npos);
  std::string fo = write_fo({}, tex_context("fr"));
  EXPECT_NE(fo.find("page-width=\"148mm\""), std::string::npos);
  EXPECT_NE(fo.find("fox:bleed=\"3mm\""), std::string::npos);
  // Text in 100% K, the same ink the FO names.
  EXPECT_NE(tex.find("\\definecolor{lptext}{cmyk}{0,0,0,1}"), std::string::npos);
  EXPECT_NE(fo.find("color=\"cmyk(0,0,0,1)\""), std::string::npos);
}

TEST(TexWriter, EachScriptInItsFontFromTheLanguageTable) {
  std::string urdu = leaflet("ur", "تمام انسان آزاد");
  EXPECT_NE(urdu.find("\\newfontfamily\\lpfontNotoNastaliqUrdu{NotoNastaliqUrdu-Regular.ttf}"), std::string::npos);
  EXPECT_NE(urdu.find("Renderer=HarfBuzz"), std::string::npos);
  EXPECT_NE(urdu.find("\\pardir TRT"), std::string::npos);
  EXPECT_NE(urdu.find("\\babelprovide[import=ur,main]{leaflet}"), std::string::npos);
  std::string chinese = leaflet("zh-Hant", "人人生而自由");
  EXPECT_NE(chinese.find("NotoSansCJK-Regular.ttc}[Renderer=HarfBuzz,Ligatures=TeXOff,Path=/usr/share/fonts/opentype/"
                         "noto/,FontIndex=3"),
            std::string::npos);
  EXPECT_EQ(chinese.find("FontIndex=2"), std::string::npos) << "the Simplified face in a Traditional leaflet";
  std::string bengali = leaflet("bn", "কি কো");
  EXPECT_EQ(bengali.find("PROOF"), std::string::npos) << "Bengali prints";
}

TEST(TexWriter, ARunThatStartsWithASpaceKeepsIt) {
  // "PROOF – NOT FOR PRINT" in a Chinese leaflet: the dash in the Chinese face, the words
  // around it in the Latin one; the space after the dash must not be eaten by the font command.
  std::string chinese = leaflet("zh-Hans", "我投了 remain 票 EU – NATO");
  EXPECT_NE(chinese.find("{\\lpfontNotoSans{} NATO}"), std::string::npos) << chinese;
  EXPECT_NE(chinese.find("{\\lpfontNotoSans{}remain }"), std::string::npos) << chinese;
}

TEST(TexWriter, EverySizeOfAFaceGetsTheShapedText) {
  // Noto CJK maps 利 and U+F9DD to one glyph: the text layer must say which was typed.
  std::string tex = leaflet("zh-Hans", "权利");
  size_t fix = tex.find("luatexbase.add_to_callback('finish_pdffile'");
  ASSERT_NE(fix, std::string::npos);
  EXPECT_LT(tex.find("\\usepackage{fontspec}"), fix) << "after luaotfload's own callback";
  std::string lua = tex.substr(fix, tex.find("'leafpress.text_layer')", fix) - fix);
  for (char c : {'#', '%', '~', '\\'}) EXPECT_EQ(lua.find(c), std::string::npos) << c;
}

TEST(TexWriter, DeterministicWithAnIdOfItsText) {
  std::string one = leaflet("ta", "மனிதப் பிறவியினர்");
  EXPECT_EQ(one, leaflet("ta", "மனிதப் பிறவியினர்"));
  auto id = [](const std::string& tex) {
    size_t at = tex.find("trailerid");
    return tex.substr(at, tex.find('\n', at) - at);
  };
  EXPECT_NE(id(one), id(leaflet("ta", "சகலரும்")));
}

// The category stays with the last lines of the text: the space after the paragraph before it
// is no place for a page break (TeX breaks at glue that follows a line), while the space
// after the other paragraphs still is.
TEST(TexWriter, TheCategoryIsNeverAloneAtTheTopOfAPage) {
  doc::Document document;
  document.name = "open-day";
  document.lang = "fr";
  document.blocks.push_back(tex_paragraph(doc::Role::title, "Open day"));
  document.blocks.push_back(tex_paragraph(doc::Role::body, "First paragraph"));
  document.blocks.push_back(tex_paragraph(doc::Role::body, "Last paragraph"));
  document.blocks.push_back(tex_paragraph(doc::Role::category, "Parks"));
  std::string tex = write_tex(document, tex_context("fr"));
  auto after = [&](const std::string& words) {
    size_t at = tex.find("\\par}", tex.find(words));
    return tex.substr(at + 5, 20);
  };
  EXPECT_TRUE(after("First paragraph").starts_with("\\vspace{")) << after("First paragraph");
  EXPECT_TRUE(after("Last paragraph").starts_with("\\nopagebreak\\vspace{")) << after("Last paragraph");
}

}  // namespace
}  // namespace leafpress::writers
