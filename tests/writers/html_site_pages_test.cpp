// The web pages' reader-facing parts: the switcher's groups, the fallback label, the skip link,
// Open Graph tags, each language's index and the sitemap, with hostile text everywhere.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "test_support/golden.hpp"

#include "writers/html_fixture.hpp"
#include "writers/html_writer.hpp"
#include "writers/index_writer.hpp"
#include "writers/sitemap_writer.hpp"
#include "writers/web_styles.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress {
namespace {

using testing::fixture_context;
using testing::fixture_document;
using writers::Availability;

const std::string k_hostile = "<script>alert(1)</script> \" onmouseover=\"x & <img src=x>";

void expect_well_formed(const std::string& page) {
  std::string error;
  EXPECT_TRUE(xml::is_well_formed(page, &error)) << error << "\n" << page;
}

std::string body_of(const std::string& page) { return page.substr(page.find("<body>")); }

// A UiLookup that answers in French for the messages given, in English otherwise.
writers::UiLookup french(std::map<std::string, std::string> translations) {
  return [translations](const writers::UiMessage& message, long n) {
    auto found = translations.find(std::string(message.msgid));
    return found != translations.end() ? found->second : writers::english_ui()(message, n);
  };
}

TEST(Switcher, ReadableLanguagesFirstThenPartialThenNotOfferedUnlinked) {
  auto context = fixture_context("fr");
  context.versions[0].availability = Availability::readable;     // en
  context.versions[1].availability = Availability::not_offered;  // ar
  context.versions[2].availability = Availability::partial;      // fr, the page itself
  std::string page = body_of(writers::write_html(fixture_document("fr"), context));
  expect_well_formed(page);
  size_t details = page.find("<details class=\"switcher\">");
  size_t readable = page.find("<ul class=\"readable\">");
  size_t partial = page.find("<ul class=\"partial\">");
  size_t not_offered = page.find("<ul class=\"not-offered\">");
  ASSERT_NE(details, std::string::npos);
  ASSERT_NE(readable, std::string::npos);
  ASSERT_NE(partial, std::string::npos);
  ASSERT_NE(not_offered, std::string::npos);
  EXPECT_LT(details, readable);
  EXPECT_LT(readable, partial);
  EXPECT_LT(partial, not_offered);
  EXPECT_NE(page.find("Partly translated</span>"), std::string::npos);
  EXPECT_NE(page.find("Not yet translated</span>"), std::string::npos);
  // Not offered: named in its own language, not linked.
  EXPECT_NE(page.find("<li><span class=\"autonym\" lang=\"ar\" dir=\"rtl\">العربية</span></li>"), std::string::npos);
  EXPECT_EQ(page.find("href=\"../ar/udhr.html\""), std::string::npos);
  // The current page stays a link marked for screen readers, even when only partly translated.
  EXPECT_NE(page.find("<a class=\"autonym\" href=\"../fr/udhr.html\" hreflang=\"fr\" lang=\"fr\" dir=\"ltr\" "
                      "aria-current=\"page\">français</a>"),
            std::string::npos);
  // The closed switcher's one line names the current language.
  EXPECT_NE(page.find("<span class=\"current autonym\" lang=\"fr\" dir=\"ltr\">français</span></summary>"),
            std::string::npos);
}

TEST(Switcher, ArabicScriptAutonymsAreSetLarger) {
  std::string css = writers::web_stylesheet(
      {testing::language("en"), testing::language("ar"), testing::language("fr")});
  EXPECT_NE(css.find(".autonym:lang(ar) { font-size: 1.25em; }"), std::string::npos) << css;
  EXPECT_EQ(css.find(".autonym:lang(fr)"), std::string::npos);
  // Wide screens show the lists without the summary; a phone keeps the one-line summary.
  EXPECT_NE(css.find("details::details-content { content-visibility: visible"), std::string::npos);
  EXPECT_NE(css.find(":focus-visible"), std::string::npos);
  EXPECT_NE(css.find("@media print"), std::string::npos);
}

TEST(FallbackLabel, VisibleInTheReadersLanguageBeforeTheEnglishParagraph) {
  auto context = fixture_context("fr");
  context.ui = french({{"Not yet translated – shown in English", "Pas encore traduit – affiché en anglais"}});
  std::string page = body_of(writers::write_html(fixture_document("fr"), context));
  EXPECT_NE(page.find("<p class=\"fallback-label\" lang=\"fr\" dir=\"ltr\">Pas encore traduit – affiché en "
                      "anglais</p>\n<p class=\"body fallback\" lang=\"en\" dir=\"ltr\">"),
            std::string::npos)
      << page;
  // Without a translation the label is English and says so.
  context.ui = writers::english_ui();
  page = body_of(writers::write_html(fixture_document("ar"), fixture_context("ar")));
  EXPECT_NE(page.find("<p class=\"fallback-label\" lang=\"en\" dir=\"ltr\">Not yet translated – shown in English</p>"),
            std::string::npos);
  std::string en = body_of(writers::write_html(fixture_document("en"), fixture_context("en")));
  EXPECT_EQ(en.find("fallback-label"), std::string::npos);
}

TEST(FallbackLabel, ListItemInEnglishCarriesTheLabelInThePagesLanguage) {
  doc::Document document;
  document.name = "list";
  document.lang = "fr";
  doc::Block list;
  list.kind = doc::BlockKind::list;
  doc::Block item;
  item.kind = doc::BlockKind::list_item;
  item.lang = "en";
  item.children.push_back(testing::paragraph({testing::text_node("dignity")}));
  list.children.push_back(item);
  document.blocks.push_back(list);
  auto context = fixture_context("fr");
  context.ui = french({{"Not yet translated – shown in English", "Pas encore traduit"}});
  std::string page = body_of(writers::write_html(document, context));
  expect_well_formed(page);
  EXPECT_NE(page.find("<li class=\"fallback\" lang=\"en\" dir=\"ltr\"><span class=\"fallback-label\" lang=\"fr\" "
                      "dir=\"ltr\">Pas encore traduit</span> dignity</li>"),
            std::string::npos)
      << page;
}

TEST(Landmarks, SkipLinkLeadsToMainAndOneH1) {
  std::string page = body_of(writers::write_html(fixture_document("ar"), fixture_context("ar")));
  EXPECT_EQ(page.find("<body>\n<a class=\"skip\" href=\"#content\""), 0u) << page.substr(0, 200);
  EXPECT_NE(page.find("<main id=\"content\">"), std::string::npos);
  EXPECT_NE(page.find("<header>"), std::string::npos);
  EXPECT_NE(page.find("<footer>"), std::string::npos);
  size_t first = page.find("<h1");
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(page.find("<h1", first + 1), std::string::npos);
}

TEST(OpenGraph, TitleDescriptionLocaleAndReadableAlternates) {
  auto context = fixture_context("ar");
  context.versions[2].availability = Availability::partial;  // fr: no alternate locale
  context.page_url = "https://example.org/ar/udhr.html";
  std::string page = writers::write_html(fixture_document("ar"), context);
  EXPECT_NE(page.find("<meta property=\"og:type\" content=\"article\"/>"), std::string::npos);
  EXPECT_NE(page.find("<meta property=\"og:title\" content=\"الإعلان العالمي لحقوق الإنسان\"/>"), std::string::npos);
  EXPECT_NE(page.find("<meta property=\"og:description\" content=\""), std::string::npos);
  EXPECT_NE(page.find("<meta property=\"og:locale\" content=\"ar\"/>"), std::string::npos);
  EXPECT_NE(page.find("<meta property=\"og:locale:alternate\" content=\"en\"/>"), std::string::npos);
  EXPECT_EQ(page.find("<meta property=\"og:locale:alternate\" content=\"fr\"/>"), std::string::npos);
  EXPECT_NE(page.find("<meta property=\"og:url\" content=\"https://example.org/ar/udhr.html\"/>"), std::string::npos);
  EXPECT_EQ(writers::write_html(fixture_document("ar"), fixture_context("ar")).find("og:url"), std::string::npos);
}

std::vector<writers::IndexEntry> index_entries() {
  writers::IndexEntry declaration;
  declaration.title = {"Déclaration universelle des droits de l’homme", ""};
  declaration.summary = {"Tous les êtres humains naissent libres et égaux en dignité et en droits.", ""};
  declaration.published_date = "10 décembre 1948";
  declaration.href = "udhr.html";
  writers::IndexEntry hostile;
  hostile.title = {k_hostile, ""};
  hostile.summary = {k_hostile, ""};
  hostile.href = "hostile.html";
  writers::IndexEntry english;
  english.title = {"Universal Declaration of Human Rights", "en"};
  english.href = "../en/later.html";
  english.readable = false;
  return {declaration, hostile, english};
}

writers::PageContext index_context(const std::string& lang) {
  auto context = fixture_context(lang);
  context.versions.clear();
  for (const char* tag : {"en", "ar", "fr"})
    context.versions.push_back({testing::language(tag),
                                std::string(tag) == "en" ? "../index.html" : std::string("../") + tag + "/index.html"});
  context.x_default_href = "../index.html";
  context.fallback_units = 0;
  context.draft = false;
  return context;
}

TEST(IndexWriter, ReadableStatementsInTheLanguageThenTheOthersAsNotYetAvailable) {
  auto context = index_context("fr");
  context.ui = french({{"Statements", "Déclarations"},
                       {"Not yet available in {1}", "Pas encore disponible en {1}"},
                       {"Published {1}", "Publié le {1}"}});
  std::string page = writers::write_index(index_entries(), context);
  expect_well_formed(page);
  std::string body = body_of(page);
  EXPECT_NE(body.find("<h1>Déclarations</h1>"), std::string::npos);
  EXPECT_NE(body.find("<h2><a href=\"udhr.html\">Déclaration universelle des droits de l’homme</a></h2>"),
            std::string::npos)
      << body;
  EXPECT_NE(body.find("<p class=\"published\">Publié le 10 décembre 1948</p>"), std::string::npos);
  EXPECT_NE(body.find("<p class=\"summary\">Tous les êtres humains naissent libres et égaux en dignité et en "
                      "droits.</p>"),
            std::string::npos);
  size_t unavailable = body.find("<h2 id=\"unavailable\">Pas encore disponible en français</h2>");
  ASSERT_NE(unavailable, std::string::npos);
  EXPECT_NE(body.find("<li><a href=\"../en/later.html\" lang=\"en\" dir=\"ltr\">Universal Declaration of Human "
                      "Rights</a></li>",
                      unavailable),
            std::string::npos);
  EXPECT_NE(body.find("<details class=\"switcher\">"), std::string::npos) << "the other indexes";
  EXPECT_NE(body.find("<main id=\"content\">"), std::string::npos);
  EXPECT_EQ(body.find("read-in"), std::string::npos);
  EXPECT_NE(page.find("<meta property=\"og:type\" content=\"website\"/>"), std::string::npos);
  leafpress::testing::expect_golden_file(std::filesystem::path("writers") / "html_golden" / "index_fr.html", page);
}

TEST(IndexWriter, HostileTitleAndSummaryStayText) {
  std::string page = writers::write_index(index_entries(), index_context("fr"));
  expect_well_formed(page);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  // In the head too: the description and og:description join the titles; quotes stay inside
  // the attribute.
  EXPECT_NE(page.find("og:description\" content=\"Déclaration universelle des droits de l’homme · "
                      "&lt;script&gt;alert(1)&lt;/script&gt; &quot; onmouseover=&quot;x &amp; &lt;img src=x&gt;\""),
            std::string::npos)
      << page.substr(0, page.find("<style>"));
}

TEST(IndexWriter, SourceIndexListsEveryLanguageToReadIn) {
  auto context = index_context("en");
  for (auto& version : context.versions)
    version.href = version.language.tag == "en" ? "index.html" : version.language.tag + "/index.html";
  context.x_default_href = "index.html";
  std::string page = writers::write_index(index_entries(), context, true);
  expect_well_formed(page);
  std::string body = body_of(page);
  EXPECT_EQ(body.find("<details"), std::string::npos) << "the list is in the page, not in a switcher";
  size_t list = body.find("<h2 id=\"read-in\">Read in your language</h2>");
  ASSERT_NE(list, std::string::npos);
  EXPECT_NE(body.find("<a class=\"autonym\" href=\"ar/index.html\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>",
                      list),
            std::string::npos);
  EXPECT_EQ(body.find("href=\"index.html\" hreflang=\"en\""), std::string::npos) << "not itself";
  EXPECT_NE(page.find("<link rel=\"alternate\" hreflang=\"fr\" href=\"fr/index.html\"/>"), std::string::npos);
}

TEST(SitemapWriter, EveryPageWithAlternatesAndEscapedUrls) {
  std::vector<writers::SitemapPage> pages{
      {"https://example.org/en/a.html",
       {{"en", "https://example.org/en/a.html"},
        {"ar", "https://example.org/ar/a.html"},
        {"x-default", "https://example.org/en/a.html"}}},
      {"https://example.org/en/" + k_hostile + ".html", {}},
  };
  std::string sitemap = writers::write_sitemap(pages);
  expect_well_formed(sitemap);
  EXPECT_EQ(sitemap.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0), 0u);
  EXPECT_NE(sitemap.find("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                         "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">"),
            std::string::npos);
  EXPECT_NE(sitemap.find(
                "<url>\n<loc>https://example.org/en/a.html</loc>\n"
                "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/a.html\"/>\n"
                "<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"https://example.org/ar/a.html\"/>\n"
                "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/en/a.html\"/>\n"
                "</url>"),
            std::string::npos)
      << sitemap;
  EXPECT_EQ(sitemap.find("<script"), std::string::npos);
  EXPECT_NE(sitemap.find("&lt;script&gt;"), std::string::npos);
}

}  // namespace
}  // namespace leafpress
