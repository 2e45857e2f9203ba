// XSL-FO writer: page geometry, roles, fonts by script, language attributes, direction,
// imprint and marks, escaping, determinism and a golden file.
#include <gtest/gtest.h>

#include "test_support/golden.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "text/language.hpp"
#include "writers/fo_writer.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::writers {
namespace {

doc::Inline text(std::string value) { return doc::Inline{doc::InlineKind::text, std::move(value), {}, {}, {}, {}}; }

doc::Block paragraph(doc::Role role, std::vector<doc::Inline> inlines,
                     doc::BlockKind kind = doc::BlockKind::paragraph) {
  doc::Block block;
  block.kind = kind;
  block.role = role;
  block.level = kind == doc::BlockKind::heading ? 1 : 0;
  block.inlines = std::move(inlines);
  return block;
}

// A small neutral leaflet: preamble, title, two body paragraphs (one with strong text), tag line.
doc::Document neutral_document(const std::string& lang, const std::string& title, const std::string& body,
                               const std::string& category) {
  doc::Document document;
  document.path = "source-docs/open-day.md";
  document.name = "open-day";
  document.lang = lang;
  document.blocks.push_back(paragraph(doc::Role::preamble, {text("A note from the organisers.")}));
  document.blocks.push_back(paragraph(doc::Role::title, {text(title)}, doc::BlockKind::heading));
  document.blocks.push_back(paragraph(doc::Role::body, {text(body)}));
  doc::Inline strong{doc::InlineKind::strong, {}, {}, {}, {text("10:00")}, {}};
  document.blocks.push_back(paragraph(doc::Role::body, {text("Doors open at "), strong, text(".")}));
  document.blocks.push_back(paragraph(doc::Role::category, {text(category)}));
  return document;
}

text::Language language(const std::string& tag) {
  auto info = text::language_info(tag);
  EXPECT_TRUE(info) << tag;
  return info ? *info : text::Language{};
}

PrintContext context_for(const std::string& tag) {
  PrintContext context;
  context.language = language(tag);
  context.source_language = language("en");
  context.imprint = Imprint{"Example Print Ltd, 1 High Street, London SE13 0AA",
                            "A. Agent, 2 Station Road, London SE13 0BB", "B. Member, 3 Park Lane, London SE13 0CC",
                            false};
  context.ui = english_ui();
  context.title = "Community garden open day";
  return context;
}

std::string english_fo(PrintContext context = context_for("en")) {
  auto document = neutral_document("en", "Community garden open day",
                                   "The community garden opens its gates to everyone on Saturday.",
                                   "Neighbourhood & environment");
  return write_fo(document, context);
}

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

// Every piece of text in the page sequence (outside the SVG) sits directly in an fo:inline
// that names its font family.
void expect_text_in_explicit_fonts(const std::string& fo) {
  size_t start = fo.find("<fo:page-sequence ");
  ASSERT_NE(start, std::string::npos);
  std::string last_tag;
  for (size_t i = start; i < fo.size();) {
    if (fo[i] == '<') {
      size_t close = fo.find('>', i);
      ASSERT_NE(close, std::string::npos);
      last_tag = fo.substr(i, close - i + 1);
      i = close + 1;
      continue;
    }
    size_t next = fo.find('<', i);
    std::string content = fo.substr(i, next - i);
    if (content.find_first_not_of(" \n\t") != std::string::npos) {
      EXPECT_TRUE(last_tag.starts_with("<fo:inline font-family=\"")) << "text \"" << content << "\" after " << last_tag;
      EXPECT_EQ(last_tag.find(' ', 24), std::string::npos) << last_tag;  // the inline holds the font only
    }
    i = next;
  }
}

// The number before "mm" in attribute `name` of the first element from `from` on; -1 if none.
double mm_attribute(const std::string& fo, const std::string& name, size_t from) {
  size_t at = fo.find(" " + name + "=\"", from);
  if (at == std::string::npos) return -1;
  return std::atof(fo.c_str() + at + name.size() + 3);
}

// The element (start tag) that contains `needle`.
std::string tag_with(const std::string& fo, const std::string& needle) {
  size_t at = fo.find(needle);
  if (at == std::string::npos) return {};
  size_t start = fo.rfind('<', at);
  return fo.substr(start, fo.find('>', at) - start + 1);
}

// Height of the first page's imprint area, in millimetres.
double imprint_extent(const std::string& fo) {
  return mm_attribute(tag_with(fo, "region-name=\"leaflet-back\""), "extent", 0);
}

TEST(FoWriter, GoldenNeutralLeaflet) {
  std::string fo = english_fo();
  leafpress::testing::expect_golden_file("writers/fo_golden/open_day_en.fo", fo);
}

TEST(FoWriter, WellFormedAndDeterministic) {
  for (const char* tag : {"en", "es", "fr", "pl", "ru", "ar", "ta", "zh-Hans", "zh-Hant", "ur", "am"}) {
    auto context = context_for(tag);
    auto document = neutral_document(tag, "Title", "Body text.", "Tag line");
    std::string fo = write_fo(document, context);
    std::string error;
    EXPECT_TRUE(xml::is_well_formed(fo, &error)) << tag << ": " << error;
    EXPECT_EQ(fo, write_fo(document, context)) << tag;
    expect_text_in_explicit_fonts(fo);
  }
}

TEST(FoWriter, PageMasterHasTrimBleedAndCropOffset) {
  std::string fo = english_fo();
  EXPECT_NE(fo.find("page-width=\"148mm\" page-height=\"210mm\""), std::string::npos);
  EXPECT_NE(fo.find("fox:bleed=\"3mm\" fox:crop-offset=\"10mm\" fox:crop-box=\"media-box\""), std::string::npos);
  // Text inside the 5 mm safe area; with marks, a band above the text holds them.
  EXPECT_NE(fo.find("<fo:region-body margin-top=\"12mm\" margin-bottom=\"12mm\" margin-left=\"12mm\" "
                    "margin-right=\"12mm\"/>"),
            std::string::npos);
  // Crop marks: an SVG covering the media, placed at minus the crop offset.
  EXPECT_NE(fo.find("absolute-position=\"fixed\" left=\"-10mm\" top=\"-10mm\" width=\"168mm\" height=\"230mm\""),
            std::string::npos);
  EXPECT_NE(fo.find("<path d=\"M1 10L6 10M10 1L10 6M162 10L167 10"), std::string::npos);
  // The front (page 1) has no foot; the pages after it carry their number in the foot; the
  // last page (the back, even: force-page-count) has the back matter's area at its foot and
  // its text stops above it.
  EXPECT_NE(fo.find("<fo:page-sequence-master master-name=\"leaflet\"><fo:repeatable-page-master-alternatives>"
                    "<fo:conditional-page-master-reference page-position=\"first\" master-reference=\"leaflet-first\"/>"
                    "<fo:conditional-page-master-reference page-position=\"last\" master-reference=\"leaflet-last\"/>"
                    "<fo:conditional-page-master-reference page-position=\"any\" master-reference=\"leaflet-rest\"/>"),
            std::string::npos);
  EXPECT_NE(fo.find("force-page-count=\"even\""), std::string::npos);
  size_t first = fo.find("master-name=\"leaflet-first\"");
  size_t rest = fo.find("master-name=\"leaflet-rest\"");
  size_t last = fo.find("master-name=\"leaflet-last\"");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(rest, std::string::npos);
  ASSERT_NE(last, std::string::npos);
  std::string first_master = fo.substr(first, rest - first);
  std::string rest_master = fo.substr(rest, last - rest);
  std::string last_master = fo.substr(last, fo.find("</fo:simple-page-master>", last) - last);
  double extent = imprint_extent(fo);
  EXPECT_GE(extent, 12 + 3 * 9 * 1.3 * 25.4 / 72) << "text margin and three lines of the English imprint";
  EXPECT_LE(extent, 60);
  EXPECT_DOUBLE_EQ(mm_attribute(last_master, "margin-bottom", last_master.find("<fo:region-body")), extent);
  EXPECT_NE(tag_with(fo, "region-name=\"leaflet-back\"").find("display-align=\"after\" overflow=\"error-if-overflow\""),
            std::string::npos);
  EXPECT_NE(first_master.find(
                "<fo:region-body margin-top=\"12mm\" margin-bottom=\"12mm\" margin-left=\"12mm\" "
                "margin-right=\"12mm\"/><fo:region-before region-name=\"leaflet-marks\" extent=\"12mm\"/>"),
            std::string::npos)
      << first_master;
  EXPECT_EQ(first_master.find("region-after"), std::string::npos);
  EXPECT_NE(rest_master.find("region-name=\"leaflet-folio\""), std::string::npos);
  for (const std::string& master : {first_master, rest_master, last_master})
    EXPECT_NE(master.find("page-width=\"148mm\" page-height=\"210mm\" margin=\"0mm\" fox:bleed=\"3mm\" "
                          "fox:crop-offset=\"10mm\" fox:crop-box=\"media-box\""),
              std::string::npos);
  // The back matter keeps the text margin below its page number, inside the 5 mm safe area.
  EXPECT_NE(fo.find("<fo:static-content flow-name=\"leaflet-back\">\n<fo:block padding-after=\"6mm\">"),
            std::string::npos);
  EXPECT_NE(fo.find("<fo:page-number/>"), std::string::npos);
  auto context = context_for("en");
  context.page = "DL";
  fo = english_fo(context);
  EXPECT_NE(fo.find("page-width=\"99mm\" page-height=\"210mm\""), std::string::npos);
  context.page = "A4";
  fo = english_fo(context);
  EXPECT_NE(fo.find("page-width=\"210mm\" page-height=\"297mm\""), std::string::npos);
}

TEST(FoWriter, RolesSelectTheBlocks) {
  std::string fo = english_fo();
  EXPECT_EQ(fo.find("A note from the organisers."), std::string::npos);  // preamble left off
  EXPECT_NE(fo.find("Community garden open day</fo:inline>"), std::string::npos);
  EXPECT_NE(fo.find("Neighbourhood &amp; environment"), std::string::npos);
  auto context = context_for("en");
  context.roles = {doc::Role::preamble, doc::Role::body};
  fo = english_fo(context);
  EXPECT_NE(fo.find("A note from the organisers."), std::string::npos);
  EXPECT_EQ(fo.find("Neighbourhood"), std::string::npos);
}

TEST(FoWriter, BodyTextAtLeastTwelvePoints) {
  std::string fo = english_fo();
  EXPECT_NE(fo.find("font-size=\"14pt\""), std::string::npos);
  auto context = context_for("en");
  context.body_size_pt = 9;
  fo = english_fo(context);
  EXPECT_NE(fo.find("font-size=\"12pt\""), std::string::npos);
  EXPECT_EQ(fo.find("font-size=\"9pt\" line-height=\"1.5\" text-align=\"left\" language=\"en\"><fo:inline "
                    "font-family=\"NotoSans\">The community"),
            std::string::npos);
}

TEST(FoWriter, ImprintPresentInEnglish) {
  std::string fo = english_fo();
  size_t imprint = fo.find(
      "Printed by Example Print Ltd, 1 High Street, London SE13 0AA. Promoted by A. Agent, 2 Station "
      "Road, London SE13 0BB on behalf of B. Member, 3 Park Lane, London SE13 0CC.");
  ASSERT_NE(imprint, std::string::npos);
  // On the back: in the last page's area, not at the end of the text flow.
  EXPECT_GT(imprint, fo.find("<fo:static-content flow-name=\"leaflet-back\">"));
  EXPECT_LT(imprint, fo.find("<fo:flow"));
  EXPECT_EQ(fo.find("IMPRINT MISSING"), std::string::npos);
  EXPECT_EQ(fo.find("PROOF"), std::string::npos);
}

TEST(FoWriter, ImprintTranslationFollowsTheEnglish) {
  auto context = context_for("fr");
  context.imprint.translate = true;
  context.ui = [](const UiMessage& message, long) {
    return "[fr] " + std::string(message.msgid);  // a stand-in translation
  };
  auto document = neutral_document("fr", "Titre", "Texte.", "Étiquette");
  std::string fo = write_fo(document, context);
  size_t english = fo.find("Printed by Example Print Ltd");
  size_t french = fo.find("[fr] Printed by Example Print Ltd");
  ASSERT_NE(english, std::string::npos);
  ASSERT_NE(french, std::string::npos);
  EXPECT_LT(english, french);
  EXPECT_NE(fo.find("[fr] Promoted by A. Agent"), std::string::npos);
  // Without `translate`, only the English.
  context.imprint.translate = false;
  EXPECT_EQ(write_fo(document, context).find("[fr] Printed"), std::string::npos);
}

TEST(FoWriter, ImprintAreaGrowsWithWhatItHolds) {
  double english = imprint_extent(english_fo());
  auto context = context_for("ta");
  context.imprint.translate = true;
  context.ui = [](const UiMessage& message, long) -> std::string {
    if (message.msgid == ui::printed_by.msgid) return "அச்சிட்டவர்: {1}.";
    if (message.msgid == ui::promoted_by.msgid) return "ஊக்குவிப்பவர்: {1}, {2} சார்பாக.";
    return std::string(message.msgid);
  };
  auto tamil_document = neutral_document("ta", "தலைப்பு", "உரை.", "வகை");
  double with_translation = imprint_extent(write_fo(tamil_document, context));
  // The translation repeats the names and addresses: about twice the English, in a taller leading.
  EXPECT_GT(with_translation, english + 12);
  EXPECT_EQ(count(write_fo(tamil_document, context), "B. Member, 3 Park Lane"), 2u);
  context.page = "DL";  // a narrower column needs more lines
  EXPECT_GT(imprint_extent(write_fo(tamil_document, context)), with_translation);
  // Longer names and addresses, more room.
  auto english_context = context_for("en");
  english_context.imprint.on_behalf_of += ", care of the Long Name Residents' Association, Flat 12, Example House";
  EXPECT_GT(imprint_extent(english_fo(english_context)), english);
}

TEST(FoWriter, ImprintMissingIsMarkedOnThePage) {
  auto context = context_for("en");
  context.imprint.promoted_by.clear();
  std::string fo = english_fo(context);
  // In the page header (every page) and in the back page's imprint area.
  EXPECT_EQ(count(fo, "IMPRINT MISSING – NOT FOR PRINT"), 2u);
  size_t boxed = fo.find("IMPRINT MISSING", fo.find("<fo:static-content flow-name=\"leaflet-back\">"));
  EXPECT_LT(boxed, fo.find("<fo:flow"));
  EXPECT_GE(imprint_extent(fo), 12 + 14 * 1.3 * 25.4 / 72 + 4);
  EXPECT_NE(fo.find("<fo:region-body margin-top=\"24mm\""), std::string::npos);
  EXPECT_NE(fo.find("<fo:block padding-top=\"6mm\""), std::string::npos);
  EXPECT_EQ(fo.find("Printed by"), std::string::npos);
  EXPECT_TRUE(imprint_text(context.imprint).empty());
}

TEST(FoWriter, ProofMarkOnEveryPage) {
  auto context = context_for("pl");
  context.proof = true;
  context.ui = [](const UiMessage& message, long) {
    return message.msgid == ui::proof_mark.msgid ? std::string("[pl] proof") : std::string(message.msgid);
  };
  auto document = neutral_document("pl", "Tytuł", "Tekst.", "Etykieta");
  std::string fo = write_fo(document, context);
  // In the static content, which FOP repeats on every page.
  size_t marks = fo.find("<fo:static-content");
  size_t flow = fo.find("<fo:flow");
  size_t proof = fo.find(">PROOF – NOT FOR PRINT</fo:inline></fo:block>");
  ASSERT_NE(proof, std::string::npos) << fo;
  EXPECT_GT(proof, marks);
  EXPECT_LT(proof, flow);
  // The translation on a line of its own, so neither language's direction reorders the other.
  size_t translated = fo.find("<fo:block><fo:inline font-family=\"NotoSans\">[pl] proof</fo:inline></fo:block>");
  EXPECT_GT(translated, proof) << fo;
  EXPECT_LT(translated, flow);
}

TEST(FoWriter, RightToLeftAndNoLanguageWhereShapingBreaks) {
  auto document = neutral_document("ar", "الإعلان العالمي لحقوق الإنسان",
                                   "يولد جميع الناس أحرارًا متساوين في الكرامة والحقوق.", "حقوق الإنسان");
  std::string fo = write_fo(document, context_for("ar"));
  EXPECT_NE(fo.find("writing-mode=\"rl-tb\""), std::string::npos);
  EXPECT_NE(fo.find("text-align=\"right\""), std::string::npos);
  EXPECT_EQ(fo.find("language=\"ar\""), std::string::npos);
  EXPECT_NE(fo.find("<fo:inline font-family=\"NotoNaskhArabic\">يولد جميع"), std::string::npos);
  // The English imprint is set left to right inside the right-to-left page, in the text
  // column (the container is indented, the block inside it not again).
  size_t imprint = fo.find("Printed by");
  size_t container = fo.rfind(
      "<fo:block-container writing-mode=\"lr-tb\" start-indent=\"12mm\" end-indent=\"12mm\">"
      "<fo:block start-indent=\"0mm\" end-indent=\"0mm\"",
      imprint);
  EXPECT_NE(container, std::string::npos) << fo;
  for (const char* tag : {"ta", "ur", "fa", "ps"}) {
    auto doc = neutral_document(tag, "x", "y", "z");
    std::string out = write_fo(doc, context_for(tag));
    EXPECT_EQ(out.find("language=\"" + std::string(tag).substr(0, 2) + "\""), std::string::npos) << tag;
  }
}

TEST(FoWriter, BengaliPrintsAndUrduIsInNastaliq) {
  for (const char* tag : {"bn", "ur", "ar", "ta", "zh-Hans", "zh-Hant", "ru", "en"})
    EXPECT_TRUE(check_print_support(language(tag))) << tag;
  auto document = neutral_document("bn", "শিরোনাম", "লেখা।", "বিভাগ");
  std::string fo = write_fo(document, context_for("bn"));
  EXPECT_EQ(fo.find("PROOF – NOT FOR PRINT"), std::string::npos);
  EXPECT_EQ(fo.find("language=\"bn\""), std::string::npos);
  fo = write_fo(neutral_document("ur", "عنوان", "متن۔", "زمرہ"), context_for("ur"));
  EXPECT_NE(fo.find("<fo:inline font-family=\"NotoNastaliqUrdu\">متن"), std::string::npos);
  EXPECT_NE(fo.find("writing-mode=\"rl-tb\""), std::string::npos);
}

TEST(FoWriter, LanguageAttributesWhereSafe) {
  auto document = neutral_document("pt-PT", "Título", "Texto.", "Etiqueta");
  std::string fo = write_fo(document, context_for("pt-PT"));
  EXPECT_NE(fo.find("language=\"pt\" country=\"PT\""), std::string::npos);
  fo = write_fo(neutral_document("fr", "Titre", "Texte.", "Étiquette"), context_for("fr"));
  EXPECT_NE(fo.find("language=\"fr\""), std::string::npos);
}

TEST(FoWriter, UntranslatedParagraphInEnglishInsideArabic) {
  auto document = neutral_document("ar", "عنوان", "نص.", "وسم");
  document.blocks[2].inlines = {text("This paragraph is not yet translated.")};
  document.blocks[2].lang = "en";
  std::string fo = write_fo(document, context_for("ar"));
  size_t english = fo.find("This paragraph is not yet translated.");
  ASSERT_NE(english, std::string::npos);
  size_t container = fo.rfind("<fo:block-container writing-mode=\"lr-tb\">", english);
  size_t block = fo.rfind("<fo:block ", english);
  EXPECT_NE(container, std::string::npos);
  EXPECT_NE(fo.substr(block, english - block).find("language=\"en\""), std::string::npos);
}

TEST(FoWriter, ScriptsGetTheirOwnFonts) {
  auto document = neutral_document("zh-Hant", "世界人權宣言", "人人生而自由 (UNESCO 1948)。", "人權");
  std::string fo = write_fo(document, context_for("zh-Hant"));
  EXPECT_NE(fo.find("<fo:inline font-family=\"NotoSansTC\">人人生而自由 (</fo:inline>"), std::string::npos);
  EXPECT_NE(fo.find("<fo:inline font-family=\"NotoSans\">UNESCO </fo:inline>"), std::string::npos);
  EXPECT_EQ(fo.find("NotoSansSC"), std::string::npos);
  document = neutral_document("zh-Hans", "世界人权宣言", "人人生而自由。", "人权");
  fo = write_fo(document, context_for("zh-Hans"));
  EXPECT_NE(fo.find("<fo:inline font-family=\"NotoSansSC\">人人生而自由。</fo:inline>"), std::string::npos);
  EXPECT_EQ(fo.find("NotoSansTC"), std::string::npos);
  // Tamil with Latin and ASCII punctuation.
  document = neutral_document("ta", "தலைப்பு", "மனித (UN) உரிமைகள்.", "வகை");
  fo = write_fo(document, context_for("ta"));
  EXPECT_NE(fo.find("<fo:inline font-family=\"NotoSansTamil\">மனித </fo:inline>"), std::string::npos);
  EXPECT_NE(fo.find("<fo:inline font-family=\"NotoSans\">(UN)</fo:inline><fo:inline font-family=\"NotoSansTamil\"> "
                    "உரிமைகள்</fo:inline><fo:inline font-family=\"NotoSans\">.</fo:inline>"),
            std::string::npos);
}

TEST(FoWriter, HostileTextIsEscaped) {
  auto document = neutral_document("en", "</fo:block><fo:block font-size=\"1pt\">x", "a & b < c > d \"e\" 'f'",
                                   "bell\x07 and nul-free \x1b[31m");
  auto context = context_for("en");
  context.title = "t</dc:title><evil/>";
  context.imprint.printed_by = "Printer <b>&amp;</b>";
  std::string fo = write_fo(document, context);
  std::string error;
  EXPECT_TRUE(xml::is_well_formed(fo, &error)) << error;
  EXPECT_NE(fo.find("&lt;/fo:block&gt;&lt;fo:block font-size=\"1pt\"&gt;x"), std::string::npos);
  EXPECT_NE(fo.find("a &amp; b &lt; c &gt; d"), std::string::npos);
  EXPECT_EQ(fo.find('\x07'), std::string::npos);
  EXPECT_EQ(fo.find('\x1b'), std::string::npos);
  EXPECT_EQ(fo.find("<evil/>"), std::string::npos);
  EXPECT_NE(fo.find("Printer &lt;b&gt;&amp;amp;&lt;/b&gt;"), std::string::npos);
  expect_text_in_explicit_fonts(fo);
}

TEST(FoWriter, ListsQuotesAndBreaks) {
  doc::Document document = neutral_document("en", "Title", "Body.", "Tag");
  doc::Block list;
  list.kind = doc::BlockKind::list;
  list.role = doc::Role::body;
  list.ordered = true;
  list.start = 3;
  for (const char* item_text : {"first", "second"}) {
    doc::Block item;
    item.kind = doc::BlockKind::list_item;
    item.children.push_back(paragraph(doc::Role::none, {text(item_text)}));
    list.children.push_back(item);
  }
  document.blocks.insert(document.blocks.begin() + 3, list);
  doc::Block line;
  line.kind = doc::BlockKind::thematic_break;
  document.blocks.insert(document.blocks.begin() + 3, line);
  std::string fo = write_fo(document, context_for("en"));
  EXPECT_TRUE(xml::is_well_formed(fo));
  EXPECT_NE(fo.find(">3.</fo:inline>"), std::string::npos);
  EXPECT_NE(fo.find(">4.</fo:inline>"), std::string::npos);
  EXPECT_NE(fo.find("leader-pattern=\"rule\""), std::string::npos);
  expect_text_in_explicit_fonts(fo);
}

doc::Inline strong_text(std::string value) {
  return doc::Inline{doc::InlineKind::strong, {}, {}, {}, {text(std::move(value))}, {}};
}

// A French leaflet whose punctuation meets inline boundaries, with code left verbatim.
doc::Document french_document() {
  doc::Document document;
  document.name = "typographie";
  document.lang = "fr";
  document.blocks.push_back(
      paragraph(doc::Role::title, {text("Défendez les droits des migrants!")}, doc::BlockKind::heading));
  doc::Inline code{doc::InlineKind::code, "a : b ; c", {}, {}, {}, {}};
  document.blocks.push_back(paragraph(doc::Role::body, {text("Une question : qui « décide » ? Vive les "),
                                                        strong_text("migrants"), text(" ! Voir "), code, text(".")}));
  document.blocks.push_back(paragraph(doc::Role::category, {text("Communauté ; diversité")}));
  return document;
}

TEST(FoWriter, FrenchTypographyAsOnTheWeb) {
  auto context = context_for("fr");
  context.title.clear();
  std::string fo = write_fo(french_document(), context);
  const std::string narrow = "\u202F", nbsp = "\u00A0";
  EXPECT_NE(fo.find(">Défendez les droits des migrants" + narrow + "!</fo:inline>"), std::string::npos) << fo;
  EXPECT_NE(fo.find("<dc:title>Défendez les droits des migrants" + narrow + "!</dc:title>"), std::string::npos);
  EXPECT_NE(fo.find("Une question" + nbsp + ": qui «" + nbsp + "décide" + nbsp + "»" + narrow + "? Vive les "),
            std::string::npos)
      << fo;
  // The space before "!" follows the bold word, in the next text node.
  EXPECT_NE(fo.find("migrants</fo:inline></fo:inline><fo:inline font-family=\"NotoSans\">" + narrow + "! Voir "),
            std::string::npos)
      << fo;
  EXPECT_NE(fo.find("Communauté" + narrow + "; diversité"), std::string::npos);
  EXPECT_NE(fo.find(">a : b ; c</fo:inline>"), std::string::npos) << "code is verbatim";
  EXPECT_EQ(fo.find("migrants!"), std::string::npos);
  EXPECT_EQ(fo.find(" !"), std::string::npos);
}

TEST(FoWriter, FrenchTypographyGolden) {
  auto context = context_for("fr");
  context.proof = true;
  context.imprint.translate = true;
  context.ui = [](const UiMessage& message, long) -> std::string {
    if (message.msgid == ui::proof_mark.msgid) return "ÉPREUVE : NE PAS IMPRIMER !";
    if (message.msgid == ui::printed_by.msgid) return "Imprimé par : {1}.";
    if (message.msgid == ui::promoted_by.msgid) return "Promu par {1} pour le compte de {2} !";
    return std::string(message.msgid);
  };
  context.imprint.printed_by = "Imprimerie : Exemple, 1 High Street, London SE13 0AA";  // kept as registered
  std::string fo = write_fo(french_document(), context);
  EXPECT_NE(fo.find("ÉPREUVE\u00A0: NE PAS IMPRIMER\u202F!"), std::string::npos);
  EXPECT_NE(fo.find("Imprimé par\u00A0: Imprimerie : Exemple"), std::string::npos);
  EXPECT_NE(fo.find("pour le compte de B. Member, 3 Park Lane, London SE13 0CC\u202F!"), std::string::npos);
  leafpress::testing::expect_golden_file("writers/fo_golden/typography_fr.fo", fo);
}

TEST(FoWriter, PolishOneLetterWordsNeverEndALine) {
  doc::Document document;
  document.name = "typografia";
  document.lang = "pl";
  document.blocks.push_back(paragraph(doc::Role::title, {text("Razem w Lewisham")}, doc::BlockKind::heading));
  document.blocks.push_back(
      paragraph(doc::Role::body, {text("Stoimy razem i "), strong_text("z nimi"), text(", a nie obok.")}));
  std::string fo = write_fo(document, context_for("pl"));
  const std::string nbsp = "\u00A0";
  EXPECT_NE(fo.find(">Razem w" + nbsp + "Lewisham<"), std::string::npos) << fo;
  // "i" binds to the bold word that follows in the next inline.
  EXPECT_NE(fo.find(">Stoimy razem i" + nbsp +
                    "</fo:inline><fo:inline font-weight=\"bold\"><fo:inline "
                    "font-family=\"NotoSans\">z" +
                    nbsp +
                    "nimi</fo:inline></fo:inline><fo:inline "
                    "font-family=\"NotoSans\">, a" +
                    nbsp + "nie obok.<"),
            std::string::npos)
      << fo;
  // French rules stay French.
  EXPECT_EQ(fo.find("\u202F"), std::string::npos);
}

TEST(FoWriter, TitleMetadata) {
  std::string fo = english_fo();
  EXPECT_NE(fo.find("<dc:title>Community garden open day</dc:title>"), std::string::npos);
  auto context = context_for("en");
  context.title.clear();
  fo = english_fo(context);  // falls back to the title block
  EXPECT_NE(fo.find("<dc:title>Community garden open day</dc:title>"), std::string::npos);
}

}  // namespace
}  // namespace leafpress::writers
