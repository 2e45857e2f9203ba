// The HTML writer: golden pages in en, ar and fr, structure, notices and hostile input.
#include <gtest/gtest.h>

#include "test_support/golden.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "writers/html_fixture.hpp"
#include "writers/html_writer.hpp"
#include "writers/index_writer.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress {
namespace {

using testing::fixture_context;
using testing::fixture_document;

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

// The page after its <head> (the stylesheet names classes too).
std::string body_of(const std::string& page) { return page.substr(page.find("<body>")); }

void expect_well_formed(const std::string& page) {
  std::string error;
  EXPECT_TRUE(xml::is_well_formed(page, &error)) << error << "\n" << page;
}

// Golden files live in tests/writers/html_golden.
void expect_golden(const std::string& name, const std::string& actual) {
  leafpress::testing::expect_golden_file(std::filesystem::path("writers") / "html_golden" / name, actual);
}

class GoldenPage : public ::testing::TestWithParam<const char*> {};

TEST_P(GoldenPage, MatchesGoldenAndReparses) {
  std::string lang = GetParam();
  std::string page = writers::write_html(fixture_document(lang), fixture_context(lang));
  expect_well_formed(page);
  EXPECT_EQ(page, writers::write_html(fixture_document(lang), fixture_context(lang))) << "not deterministic";
  expect_golden("udhr_" + lang + ".html", page);
}

INSTANTIATE_TEST_SUITE_P(Languages, GoldenPage, ::testing::Values("en", "ar", "fr"));

TEST(HtmlWriter, RootCarriesLanguageAndDirection) {
  std::string ar = writers::write_html(fixture_document("ar"), fixture_context("ar"));
  EXPECT_NE(ar.find("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">"),
            std::string::npos);
  std::string fr = writers::write_html(fixture_document("fr"), fixture_context("fr"));
  EXPECT_NE(fr.find("lang=\"fr\" xml:lang=\"fr\" dir=\"ltr\">"), std::string::npos);
  EXPECT_EQ(ar.rfind("<!DOCTYPE html>", 0), 0u);
}

TEST(HtmlWriter, AlternatesForEveryVersionAndXDefault) {
  std::string page = writers::write_html(fixture_document("fr"), fixture_context("fr"));
  for (const char* tag : {"en", "ar", "fr"})
    EXPECT_NE(page.find(std::string("<link rel=\"alternate\" hreflang=\"") + tag + "\" href=\"../" + tag +
                        "/udhr.html\"/>"),
              std::string::npos)
        << tag;
  EXPECT_NE(page.find("<link rel=\"alternate\" hreflang=\"x-default\" href=\"../en/udhr.html\"/>"), std::string::npos);
}

TEST(HtmlWriter, TitleAndDescriptionComeFromTheStatement) {
  std::string page = writers::write_html(fixture_document("en"), fixture_context("en"));
  EXPECT_NE(page.find("<title>Universal Declaration of Human Rights</title>"), std::string::npos);
  EXPECT_NE(page.find("<meta name=\"description\" content=\"All human beings are born free"), std::string::npos);
  EXPECT_NE(page.find("<h1 class=\"title\">Universal Declaration of Human Rights</h1>"), std::string::npos);
}

TEST(HtmlWriter, SwitcherUsesAutonymsWithOwnLangAndMarksTheCurrentPage) {
  std::string page = writers::write_html(fixture_document("ar"), fixture_context("ar"));
  EXPECT_NE(page.find("<a class=\"autonym\" href=\"../ar/udhr.html\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\" "
                      "aria-current=\"page\">العربية</a>"),
            std::string::npos);
  EXPECT_NE(page.find(
                "<a class=\"autonym\" href=\"../fr/udhr.html\" hreflang=\"fr\" lang=\"fr\" dir=\"ltr\">français</a>"),
            std::string::npos);
  EXPECT_NE(page.find(
                "<a class=\"autonym\" href=\"../en/udhr.html\" hreflang=\"en\" lang=\"en\" dir=\"ltr\">English</a>"),
            std::string::npos);
  EXPECT_EQ(count(body_of(page), "aria-current"), 1u);
  EXPECT_EQ(page.find("<img"), std::string::npos) << "no flags";
}

TEST(HtmlWriter, RolesBecomeClassesAndBlocksTheirElements) {
  std::string page = writers::write_html(fixture_document("en"), fixture_context("en"));
  EXPECT_NE(page.find("<p class=\"preamble\">Article 1</p>"), std::string::npos);
  EXPECT_NE(page.find("<p class=\"body\"><strong>All human beings"), std::string::npos);
  EXPECT_NE(page.find("<ul class=\"body\">\n<li><em>dignity</em></li>"), std::string::npos);
  EXPECT_NE(page.find("<h2>Article 4</h2>"), std::string::npos);
  EXPECT_NE(page.find("<blockquote>\n<p>No one shall"), std::string::npos);
  EXPECT_NE(page.find("<a href=\"https://www.ohchr.org/\">the United Nations</a>"), std::string::npos);
  EXPECT_NE(page.find("<code>udhr_eng.xml</code>"), std::string::npos);
  EXPECT_NE(page.find("<p class=\"category\">Human rights</p>"), std::string::npos);
}

TEST(HtmlWriter, FallbackBlockIsMarkedEnglish) {
  std::string page = writers::write_html(fixture_document("ar"), fixture_context("ar"));
  EXPECT_NE(page.find("<p class=\"body fallback\" lang=\"en\" dir=\"ltr\">Text: "), std::string::npos);
  std::string en = writers::write_html(fixture_document("en"), fixture_context("en"));
  EXPECT_EQ(body_of(en).find("fallback"), std::string::npos);
}

TEST(HtmlWriter, NoticesForDraftAndUntranslatedUnits) {
  auto context = fixture_context("ar");
  std::string page = writers::write_html(fixture_document("ar"), context);
  EXPECT_NE(page.find("<p class=\"notice draft\" role=\"note\" lang=\"en\" dir=\"ltr\">This translation is a draft"),
            std::string::npos)
      << "English furniture on an Arabic page is marked English";
  EXPECT_NE(page.find("1 paragraph is not yet translated and is shown in English."), std::string::npos);
  context.draft = false;
  context.fallback_units = 3;
  page = writers::write_html(fixture_document("ar"), context);
  EXPECT_EQ(body_of(page).find("notice draft"), std::string::npos);
  EXPECT_NE(page.find("3 paragraphs are not yet translated and are shown in English."), std::string::npos);
  context.fallback_units = 0;
  page = writers::write_html(fixture_document("ar"), context);
  EXPECT_EQ(body_of(page).find("notice"), std::string::npos);
}

TEST(HtmlWriter, UiLookupTranslatesFurnitureWithPlurals) {
  auto context = fixture_context("fr");
  context.fallback_units = 2;
  std::vector<std::pair<std::string, long>> asked;
  context.ui = [&](const writers::UiMessage& message, long n) {
    asked.emplace_back(std::string(message.msgid), n);
    return "[" + std::string(message.context) + "|" + std::to_string(n) + "] {1}";
  };
  std::string page = writers::write_html(fixture_document("fr"), context);
  EXPECT_NE(page.find("[notice|2] 2"), std::string::npos);
  EXPECT_NE(page.find("aria-label=\"[switcher|1] {1}\""), std::string::npos);
  EXPECT_NE(page.find("[date|1] <span class=\"date\">26 novembre 2026</span>"), std::string::npos);
}

TEST(HtmlWriter, ImprintInEnglishThenTranslated) {
  auto context = fixture_context("fr");
  context.imprint.translate = true;
  context.ui = [](const writers::UiMessage& message, long n) {
    if (message.msgid == writers::ui::promoted_by.msgid) return std::string("Promu par {1} pour le compte de {2}.");
    return writers::english_ui()(message, n);
  };
  std::string page = writers::write_html(fixture_document("fr"), context);
  EXPECT_NE(page.find("<p class=\"imprint-english\" lang=\"en\" dir=\"ltr\">Promoted by Example Promoter, 2 Example "
                      "Street, London SE13 6AA on behalf of Example Candidate, 3 Example Street, London SE13 6AA.</p>"),
            std::string::npos);
  EXPECT_NE(page.find("<p class=\"imprint-translation\">Promu par Example Promoter"), std::string::npos);
  EXPECT_LT(page.find("imprint-english"), page.find("imprint-translation"));
  EXPECT_GT(page.find("imprint-english"), page.find("<footer>"));
}

// Digital material must name its promoter and candidate: without them the page says so,
// in the page's language (English, marked as such, when there is no translation).
TEST(HtmlWriter, MissingImprintIsMarkedWhereTheImprintBelongs) {
  auto context = fixture_context("fr");
  context.imprint.on_behalf_of.clear();
  context.ui = [](const writers::UiMessage& message, long n) {
    if (message.msgid == writers::ui::web_imprint_missing.msgid)
      return std::string("MENTIONS LÉGALES MANQUANTES – NE PAS PUBLIER");
    return writers::english_ui()(message, n);
  };
  std::string page = writers::write_html(fixture_document("fr"), context);
  EXPECT_EQ(page.find("imprint-english"), std::string::npos);
  EXPECT_NE(page.find("<p class=\"notice imprint-missing\" role=\"alert\">MENTIONS LÉGALES MANQUANTES – NE PAS "
                      "PUBLIER</p>"),
            std::string::npos)
      << page;
  EXPECT_GT(page.find("imprint-missing\" role"), page.find("<footer>"));

  context.ui = {};
  std::string english = writers::write_html(fixture_document("fr"), context);
  EXPECT_NE(english.find("<p class=\"notice imprint-missing\" role=\"alert\" lang=\"en\" dir=\"ltr\">IMPRINT "
                         "MISSING – NOT FOR PUBLICATION</p>"),
            std::string::npos);
  context.imprint = fixture_context("fr").imprint;
  EXPECT_EQ(writers::write_html(fixture_document("fr"), context).find("imprint-missing\" role"), std::string::npos);
}

TEST(HtmlWriter, TypographyAppliesToTextButNotCodeOrUrls) {
  std::string page = writers::write_html(fixture_document("fr"), fixture_context("fr"));
  EXPECT_NE(page.find("servitude\u202F; l’esclavage"), std::string::npos);
  doc::Document document = fixture_document("fr");
  doc::Inline code;
  code.kind = doc::InlineKind::code;
  code.text = "a : b ; c";
  document.blocks.push_back(testing::paragraph(
      {testing::text_node("Voir : https://example.org/a?b=c;d ! "), code,
       testing::wrap(doc::InlineKind::link, {testing::text_node("ici")}, "https://example.org/x?y=1")}));
  page = writers::write_html(document, fixture_context("fr"));
  EXPECT_NE(page.find("Voir\u00A0: https://example.org/a?b=c;d\u202F! <code>a : b ; c</code>"), std::string::npos);
  EXPECT_NE(page.find("href=\"https://example.org/x?y=1\""), std::string::npos);
}

TEST(HtmlWriter, SafeHrefs) {
  for (const char* url : {"https://example.org/", "http://example.org/a?b=c#d", "mailto:someone@example.org",
                          "HTTPS://EXAMPLE.ORG", "../en/page.html", "page.html#top", "/absolute/path", "#frag",
                          "?query=1", "//example.org/protocol-relative", "a/b:c"})
    EXPECT_TRUE(writers::is_safe_href(url)) << url;
  for (const char* url : {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:x",
                          "java\nscript:x", "\x01javascript:x", "data:text/html,<script>alert(1)</script>",
                          "vbscript:msgbox", "file:///etc/passwd", "ftp://example.org", "tel:+44", ":nothing"})
    EXPECT_FALSE(writers::is_safe_href(url)) << url;
}

TEST(HtmlWriter, HostileTextAppearsOnlyAsText) {
  using testing::paragraph;
  using testing::text_node;
  using testing::wrap;
  doc::Document document;
  document.name = "hostile";
  document.lang = "en";
  const std::string script = "<script>alert(1)</script>";
  const std::string img = "<img src=x onerror=alert(1)>";
  document.blocks.push_back(paragraph({text_node(script + " & " + img)}, doc::Role::title));
  document.blocks.push_back(paragraph({text_node("]]> <!-- --> <![CDATA[ x ]]> \x01\x02\x1b[31m \xef\xbf\xbe"
                                                 " \xe2\x80\xae"
                                                 "evil\xe2\x80\xac \xff\xfe broken")},
                                      doc::Role::body));
  document.blocks.push_back(paragraph(
      {wrap(doc::InlineKind::link, {text_node("click")}, "javascript:alert(1)"),
       wrap(doc::InlineKind::link, {text_node("data")}, "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
       wrap(doc::InlineKind::link, {text_node("tab")}, "java\tscript:alert(1)"),
       wrap(doc::InlineKind::link, {text_node("quote")}, "https://example.org/\"onmouseover=\"alert(1)")}));
  doc::Inline code;
  code.kind = doc::InlineKind::code;
  code.text = "</code><script>alert(2)</script>";
  document.blocks.push_back(paragraph({code}));
  doc::Block code_block;
  code_block.kind = doc::BlockKind::code_block;
  code_block.text = "</pre><script>alert(3)</script>";
  document.blocks.push_back(code_block);
  doc::Block foreign = paragraph({text_node("x")});
  foreign.lang = "en\" onclick=\"alert(4)";
  document.blocks.push_back(foreign);

  auto context = fixture_context("en");
  context.imprint.promoted_by = "<b>Promoter</b>";
  context.published_date = "<i>today</i>";
  context.x_default_href = "\"><script>alert(5)</script>";
  std::string page = writers::write_html(document, context);
  expect_well_formed(page);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_EQ(page.find("<b>"), std::string::npos);
  EXPECT_EQ(page.find("<i>"), std::string::npos);
  EXPECT_EQ(page.find("onclick=\""), std::string::npos);
  EXPECT_EQ(page.find("onmouseover=\""), std::string::npos);
  EXPECT_EQ(page.find("href=\"javascript"), std::string::npos);
  EXPECT_EQ(page.find("href=\"java"), std::string::npos);
  EXPECT_EQ(page.find("href=\"data"), std::string::npos);
  EXPECT_EQ(page.find("<![CDATA["), std::string::npos);
  EXPECT_EQ(page.find('\x01'), std::string::npos);
  EXPECT_EQ(page.find('\x1b'), std::string::npos);
  EXPECT_EQ(page.find("\xef\xbf\xbe"), std::string::npos);
  EXPECT_NE(page.find("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</title>"),
            std::string::npos);
  EXPECT_NE(page.find("<h1 class=\"title\">&lt;script&gt;"), std::string::npos);
  EXPECT_NE(page.find("]]&gt; &lt;!-- --&gt;"), std::string::npos);
  // The bidi override stays a character inside its paragraph's text.
  EXPECT_NE(page.find("\xe2\x80\xae"
                      "evil\xe2\x80\xac"),
            std::string::npos);
  // Unsafe links keep their words as plain text.
  EXPECT_NE(page.find("<p>clickdatatab<a href=\"https://example.org/&quot;onmouseover=&quot;alert(1)\">quote</a></p>"),
            std::string::npos);
  EXPECT_NE(page.find("<code>&lt;/code&gt;&lt;script&gt;alert(2)&lt;/script&gt;</code>"), std::string::npos);
}

}  // namespace
}  // namespace leafpress
