// The leaflet's design in the TeX and FO writers: the masthead from [brand] (its words always
// escaped), page numbers, the back matter on an even page, the QR code, emphasis distinct
// from strong in every script, and the large-print edition.
#include <gtest/gtest.h>

#include <regex>

#include "text/language.hpp"
#include "writers/fo_writer.hpp"
#include "writers/tex_writer.hpp"
#include "xml/xml_document.hpp"

namespace leafpress::writers {
namespace {

doc::Inline text_inline(const std::string& content) {
  return doc::Inline{doc::InlineKind::text, content, {}, {}, {}, {}};
}

doc::Document statement(const std::string& tag, std::vector<doc::Inline> body) {
  doc::Document document;
  document.name = "parks";
  document.lang = tag;
  doc::Block title;
  title.kind = doc::BlockKind::paragraph;
  title.role = doc::Role::title;
  title.inlines.push_back(text_inline("Parks"));
  doc::Block paragraph;
  paragraph.kind = doc::BlockKind::paragraph;
  paragraph.role = doc::Role::body;
  paragraph.inlines = std::move(body);
  document.blocks = {title, paragraph};
  return document;
}

PrintContext designed(const std::string& tag) {
  PrintContext context;
  context.language = text::language_info(tag).value();
  context.source_language = text::language_info("en").value();
  context.imprint = Imprint{"Example Print Ltd, 1 High Street", "A. Agent, 2 Station Road", "B. Member, 3 Park Lane",
                            false};
  context.ui = english_ui();
  context.brand.name = "Parks <b>for</b> \\input{/etc/passwd} 100% & more";
  context.brand.call_to_action = "Read more online";
  context.brand.contact = "Write to parks@example.org";
  context.brand.colour = {0, 0.8, 0.9, 0};
  context.page_url = "https://www.example.org/statements/" + tag + "/parks.html";
  context.qr.size = 3;
  context.qr.dark = {true, true, false, false, true, false, true, true, true};
  return context;
}

std::vector<doc::Inline> emphasis_and_strong() {
  doc::Inline emphasis{doc::InlineKind::emphasis, {}, {}, {}, {}, {}};
  emphasis.children.push_back(text_inline("soft"));
  doc::Inline strong{doc::InlineKind::strong, {}, {}, {}, {}, {}};
  strong.children.push_back(text_inline("loud"));
  return {text_inline("A "), emphasis, text_inline(" and "), strong};
}

size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST(LeafletDesign, MastheadEscapesTheCampaignNameAndUsesTheBrandColour) {
  std::string tex = write_tex(statement("en", {text_inline("Open.")}), designed("en"));
  EXPECT_NE(tex.find("\\definecolor{lpbrand}{cmyk}{0,0.8,0.9,0}"), std::string::npos);
  EXPECT_NE(tex.find("\\colorbox{lpbrand}"), std::string::npos);
  EXPECT_NE(tex.find("Parks <b>for</b> \\char\"5C{}input\\char\"7B{}/etc/passwd\\char\"7D{} 100\\char\"25{} "
                     "\\char\"26{} more"),
            std::string::npos);
  EXPECT_EQ(tex.find("\\input{/etc"), std::string::npos);
  std::string fo = write_fo(statement("en", {text_inline("Open.")}), designed("en"));
  EXPECT_TRUE(xml::parse_xml(fo, "leaflet.fo").has_value());
  EXPECT_NE(fo.find("Parks &lt;b&gt;for&lt;/b&gt; \\input{/etc/passwd} 100% &amp; more"), std::string::npos);
  EXPECT_NE(fo.find("background-color=\"cmyk(0,0.8,0.9,0)\""), std::string::npos);
  // Without [brand] there is no masthead, but the page numbers and back matter remain.
  PrintContext plain = designed("en");
  plain.brand = Brand{};
  std::string unbranded = write_tex(statement("en", {text_inline("Open.")}), plain);
  EXPECT_EQ(unbranded.find("\\colorbox{lpbrand}"), std::string::npos);
  EXPECT_NE(unbranded.find("\\lpbackmatter\n\\end{document}"), std::string::npos);
}

TEST(LeafletDesign, PageNumbersFromPageTwoAndTheBackMatterOnAnEvenPage) {
  std::string tex = write_tex(statement("ar", {text_inline("نص")}), designed("ar"));
  EXPECT_NE(tex.find("\\thispagestyle{leafletfirst}"), std::string::npos);  // no number on the front
  EXPECT_NE(tex.find("\\thepage\\ifnum\\lppages>0{} / \\lppages\\fi"), std::string::npos);
  EXPECT_NE(tex.find(std::string(k_rerun_marker)), std::string::npos);
  EXPECT_NE(tex.find("\\ifodd\\value{page}\\clearpage"), std::string::npos);
  // The imprint, the call to action, the contact and the short address are in the back panels.
  size_t back = tex.find("\\sbox\\lpbackcta");
  ASSERT_NE(back, std::string::npos);
  size_t body = tex.find("\\colorbox{lpbrand}");
  for (std::string part :
       {"Read more online", "example.org/\\penalty0{}statements/\\penalty0{}ar/\\penalty0{}parks.html",
        "Write to parks@example.org", "Printed by Example Print Ltd"}) {
    size_t at = tex.find(part);
    EXPECT_TRUE(at > back && at < body) << part;
  }
  EXPECT_EQ(tex.find("www.example.org"), std::string::npos);  // shortened: no scheme, no www.
  std::string fo = write_fo(statement("ar", {text_inline("نص")}), designed("ar"));
  EXPECT_NE(fo.find("force-page-count=\"even\""), std::string::npos);
  EXPECT_NE(fo.find("<fo:page-number-citation-last ref-id=\"leaflet\"/>"), std::string::npos);
  EXPECT_NE(fo.find("page-position=\"last\" master-reference=\"leaflet-last\""), std::string::npos);
}

TEST(LeafletDesign, QrCodeIsDrawnModuleRunByModuleRun) {
  std::string tex = write_tex(statement("en", {text_inline("Open.")}), designed("en"));
  // Rows 11., .1., 111 (the context's code): three runs of dark modules, one rule each.
  EXPECT_EQ(count(tex, "height 0.6mm depth 0pt"), 3u);
  EXPECT_NE(tex.find("\\vrule width 1.2mm height 0.6mm depth 0pt\\kern 0.6mm"), std::string::npos);
  EXPECT_NE(tex.find("\\vrule width 1.8mm height 0.6mm depth 0pt"), std::string::npos);
  // The code and the address beside it are both centred on the maths axis: the address sits
  // level with the code's middle, not at its foot.
  EXPECT_NE(tex.find("\\textdir TLT$\\vcenter{\\hbox{"), std::string::npos);
  EXPECT_NE(tex.find("\\parbox[c]{"), std::string::npos);
  PrintContext without = designed("en");
  without.qr = QrCode{};
  without.page_url.clear();
  std::string none = write_tex(statement("en", {text_inline("Open.")}), without);
  EXPECT_EQ(count(none, "height 0.6mm depth 0pt"), 0u);
  EXPECT_EQ(none.find("parks.html"), std::string::npos);
}

TEST(LeafletDesign, EmphasisIsDistinctFromStrongInEveryScript) {
  const std::pair<const char*, const char*> expected[] = {{"en", "\\lpunderline"},   {"ru", "\\lpunderline"},
                                                          {"ta", "\\lpunderline"},   {"ar", "\\lpoverline"},
                                                          {"zh-Hans", "\\lpemdots"}, {"zh-Hant", "\\lpemdots"}};
  for (auto [tag, mark] : expected) {
    std::string tex = write_tex(statement(tag, emphasis_and_strong()), designed(tag));
    EXPECT_NE(tex.find(std::string("{") + mark + " {"), std::string::npos) << tag;
    EXPECT_NE(tex.find("\\usepackage{lua-ul}"), std::string::npos) << tag;
    EXPECT_NE(tex.find("{\\bfseries {"), std::string::npos) << tag;
    static const std::regex italic(R"(\\(itshape|textit|emph)\b)");
    EXPECT_FALSE(std::regex_search(tex, italic)) << tag;
  }
  std::string fo = write_fo(statement("ar", emphasis_and_strong()), designed("ar"));
  EXPECT_NE(fo.find("text-decoration=\"overline\""), std::string::npos);
  EXPECT_NE(fo.find("font-weight=\"bold\""), std::string::npos);
  // Without emphasis, lua-ul is not loaded (each package costs typesetting time).
  EXPECT_EQ(write_tex(statement("en", {text_inline("Plain.")}), designed("en")).find("lua-ul"), std::string::npos);
}

TEST(LeafletDesign, LargePrintIsEighteenPointWithoutHyphenation) {
  PrintContext large = designed("en");
  large.large_print = true;
  std::string tex = write_tex(statement("en", {text_inline("Open.")}), large);
  EXPECT_NE(tex.find("\\fontsize{18pt}{27pt}"), std::string::npos);
  EXPECT_NE(tex.find("\\hyphenpenalty=10000 \\exhyphenpenalty=10000\n"), std::string::npos);
  std::string standard = write_tex(statement("en", {text_inline("Open.")}), designed("en"));
  EXPECT_EQ(standard.find("\\hyphenpenalty=10000 \\exhyphenpenalty=10000\n"), std::string::npos);
  EXPECT_NE(standard.find("\\fontsize{14pt}{21pt}"), std::string::npos);
  std::string fo = write_fo(statement("en", {text_inline("Open.")}), large);
  EXPECT_NE(fo.find("font-size=\"18pt\" line-height=\"1.5\""), std::string::npos);
}

doc::Inline link_to(const std::string& url, const std::string& text) {
  doc::Inline link{doc::InlineKind::link, {}, url, {}, {}, {}};
  link.children.push_back(text_inline(text));
  return link;
}

TEST(LeafletDesign, LinksKeepTheirAddressOnPaper) {
  EXPECT_EQ(printed_link(link_to("https://www.example.org/plan/", "the plan")).address, "example.org/plan");
  EXPECT_FALSE(printed_link(link_to("https://www.example.org/plan/", "the plan")).as_note);
  EXPECT_EQ(printed_link(link_to("mailto:parks@example.org", "write to us")).address, "parks@example.org");
  EXPECT_TRUE(printed_link(link_to("https://example.org/", "https://example.org/")).text_is_address);
  EXPECT_TRUE(printed_link(link_to("#top", "top")).address.empty());
  const std::string long_url = "https://example.org/statements/2026/parks-and-open-spaces/full-plan.pdf";
  EXPECT_TRUE(printed_link(link_to(long_url, "the full plan")).as_note);

  std::vector<doc::Inline> body{text_inline("Read "), link_to("https://www.example.org/plan/", "the plan"),
                                text_inline(" and "), link_to(long_url, "the full plan"), text_inline(".")};
  std::string tex = write_tex(statement("en", body), designed("en"));
  EXPECT_NE(tex.find("the plan}"), std::string::npos);
  EXPECT_NE(tex.find(" (}{\\lpfontNotoSans\\textdir TLT\\hyphenpenalty=10000{}example.org/\\penalty0{}plan}"),
            std::string::npos);
  EXPECT_NE(tex.find("\\textsuperscript{\\lpfontNotoSans{}1}"), std::string::npos);
  // The note after the text, before the back matter.
  size_t note = tex.find("\\makebox[1.5em][l]{1}");
  ASSERT_NE(note, std::string::npos);
  EXPECT_LT(tex.find("full-plan.pdf", note), tex.find("\\lpbackmatter\n"));
  std::string fo = write_fo(statement("en", body), designed("en"));
  EXPECT_TRUE(xml::parse_xml(fo, "leaflet.fo").has_value());
  EXPECT_NE(fo.find("hyphenate=\"false\">example.org/plan</fo:inline>"), std::string::npos);
  EXPECT_NE(fo.find("baseline-shift=\"super\" font-size=\"70%\">1</fo:inline>"), std::string::npos);
  EXPECT_NE(fo.find("example.org/statements/2026/parks-and-open-spaces/full-plan.pdf</fo:inline>"), std::string::npos);
}

}  // namespace
}  // namespace leafpress::writers
