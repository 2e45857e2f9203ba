// Readability against the threshold, index entries from localized documents, sitemap pages.
#include <gtest/gtest.h>

#include "app/site_pages.hpp"

namespace leafpress::app {
namespace {

using writers::Availability;

doc::Block paragraph(const std::string& text, doc::Role role, const std::string& lang = {}) {
  doc::Block block;
  block.kind = doc::BlockKind::paragraph;
  block.role = role;
  block.lang = lang;
  doc::Inline node;
  node.text = text;
  block.inlines.push_back(node);
  return block;
}

text::Language language(const std::string& tag) { return text::language_info(tag).value(); }

TEST(SitePages, AvailabilityAgainstTheThreshold) {
  EXPECT_EQ(availability_of({8, 10}, false, 80), Availability::readable) << "exactly the threshold";
  EXPECT_EQ(availability_of({7, 10}, false, 80), Availability::partial);
  EXPECT_EQ(availability_of({1, 10}, false, 80), Availability::partial);
  EXPECT_EQ(availability_of({0, 10}, false, 80), Availability::not_offered);
  EXPECT_EQ(availability_of({0, 10}, true, 80), Availability::readable) << "the source language";
  EXPECT_EQ(availability_of({0, 0}, false, 80), Availability::readable) << "nothing to translate";
  EXPECT_EQ(availability_of({10, 10}, false, 100), Availability::readable);
  EXPECT_EQ(availability_of({9, 10}, false, 100), Availability::partial);
  EXPECT_EQ(availability_of({1, 10}, false, 0), Availability::readable);
}

TEST(SitePages, IndexEntryTakesTitleOpeningSentenceAndDateInTheLanguage) {
  doc::Document french;
  french.name = "udhr";
  french.meta["date"] = "1948-12-10";
  french.meta["description"] = "English description, not translated";
  french.blocks.push_back(paragraph("Déclaration universelle des droits de l’homme", doc::Role::title));
  french.blocks.push_back(
      paragraph("Tous les êtres humains naissent libres et égaux en dignité et en droits. Ils sont "
                "doués de raison et de conscience.",
                doc::Role::body));
  auto entry = index_entry(french, language("fr"), "en", "udhr.html");
  EXPECT_EQ(entry.title.text, "Déclaration universelle des droits de l’homme");
  EXPECT_EQ(entry.title.lang, "");
  EXPECT_EQ(entry.summary.text, "Tous les êtres humains naissent libres et égaux en dignité et en droits.");
  EXPECT_EQ(entry.published_date.find("1948"), entry.published_date.size() - 4) << entry.published_date;
  EXPECT_NE(entry.published_date.find("décembre"), std::string::npos) << entry.published_date;
  EXPECT_EQ(entry.href, "udhr.html");

  // An untranslated title keeps its language; the source language uses the description.
  french.blocks[0] = paragraph("Universal Declaration of Human Rights", doc::Role::title, "en");
  EXPECT_EQ(index_entry(french, language("fr"), "en", "udhr.html").title.lang, "en");
  auto english = index_entry(french, language("en"), "en", "en/udhr.html");
  EXPECT_EQ(english.summary.text, "English description, not translated");
}

TEST(SitePages, TheIndexHeadGivesTheSameEntryAsTheWholeStatement) {
  doc::Document statement;
  statement.name = "udhr";
  statement.meta["date"] = "1948-12-10";
  statement.blocks.push_back(paragraph("Preamble", doc::Role::preamble));
  doc::Block picture = paragraph("A picture's caption", doc::Role::body);
  picture.caption = true;
  statement.blocks.push_back(picture);
  doc::Block quote;  // the title inside another block: found there, as doc::find_role finds it
  quote.kind = doc::BlockKind::quote;
  quote.children.push_back(paragraph("Universal Declaration of Human Rights", doc::Role::title));
  statement.blocks.push_back(quote);
  statement.blocks.push_back(
      paragraph("All human beings are born free. They are endowed with reason.", doc::Role::body));
  statement.blocks.push_back(paragraph("Everyone has the right to life.", doc::Role::body));
  statement.blocks.push_back(paragraph("Human rights", doc::Role::category));

  doc::Document head = index_head(statement);
  ASSERT_EQ(head.blocks.size(), 2u);
  EXPECT_EQ(head.blocks[0].kind, doc::BlockKind::quote);
  EXPECT_EQ(doc::plain_text(head.blocks[1].inlines), "All human beings are born free. They are endowed with reason.");
  EXPECT_EQ(head.meta, statement.meta);
  for (const char* tag : {"en", "fr"}) {
    auto whole = index_entry(statement, language(tag), "en", "udhr.html");
    auto from_head = index_entry(head, language(tag), "en", "udhr.html");
    EXPECT_EQ(from_head.title.text, whole.title.text) << tag;
    EXPECT_EQ(from_head.summary.text, whole.summary.text) << tag;
    EXPECT_EQ(from_head.published_date, whole.published_date) << tag;
  }
  EXPECT_EQ(index_entry(head, language("en"), "en", "udhr.html").summary.text, "All human beings are born free.");

  // Without a title, the head is the summary's paragraph alone.
  statement.blocks.erase(statement.blocks.begin() + 2);
  EXPECT_EQ(index_head(statement).blocks.size(), 1u);
}

TEST(SitePages, ADocumentWithoutStatementStructureIsSummarizedByItsFirstParagraph) {
  // As Markdown gives it: a level-1 heading as the title, then paragraphs with no role.
  doc::Document markdown;
  markdown.name = "udhr";
  doc::Block heading = paragraph("Universal Declaration of Human Rights", doc::Role::title);
  heading.kind = doc::BlockKind::heading;
  markdown.blocks.push_back(heading);
  doc::Block picture = paragraph("A picture's caption", doc::Role::none);
  picture.caption = true;
  markdown.blocks.push_back(picture);
  doc::Block list;  // not a paragraph: no summary is taken from inside it
  list.kind = doc::BlockKind::list;
  list.children.push_back(paragraph("An item", doc::Role::none));
  markdown.blocks.push_back(list);
  markdown.blocks.push_back(
      paragraph("All human beings are born free. They are endowed with reason.", doc::Role::none));
  markdown.blocks.push_back(paragraph("Everyone has the right to life.", doc::Role::none));
  auto entry = index_entry(markdown, language("en"), "en", "udhr.html");
  EXPECT_EQ(entry.title.text, "Universal Declaration of Human Rights");
  EXPECT_EQ(entry.summary.text, "All human beings are born free.");
  EXPECT_EQ(index_entry(index_head(markdown), language("en"), "en", "udhr.html").summary.text, entry.summary.text);
}

TEST(SitePages, SitemapListsEveryPageWithReadableAlternates) {
  std::vector<text::Language> languages{language("en"), language("ar"), language("fr")};
  std::vector<std::vector<Availability>> availability{
      {Availability::readable, Availability::readable, Availability::partial}};
  auto pages = sitemap_pages(languages, {"udhr"}, availability, "https://example.org/");
  ASSERT_EQ(pages.size(), 6u);
  EXPECT_EQ(pages[0].loc, "https://example.org/index.html");
  EXPECT_EQ(pages[1].loc, "https://example.org/ar/index.html");
  EXPECT_EQ(pages[0].alternates.size(), 4u) << "three indexes and x-default";
  EXPECT_EQ(pages[3].loc, "https://example.org/en/udhr.html");
  ASSERT_EQ(pages[5].alternates.size(), 3u) << "French is only partly translated";
  EXPECT_EQ(pages[5].loc, "https://example.org/fr/udhr.html");
  EXPECT_EQ(pages[5].alternates[1].href, "https://example.org/ar/udhr.html");
  EXPECT_EQ(pages[5].alternates[2].hreflang, "x-default");
  EXPECT_EQ(pages[5].alternates[2].href, "https://example.org/en/udhr.html");
  EXPECT_EQ(index_versions(languages, false)[0].href, "../index.html");
  EXPECT_EQ(index_versions(languages, true)[1].href, "ar/index.html");
}

}  // namespace
}  // namespace leafpress::app
