// The site around the statement pages, built from the repository's project: an index per
// language, the switcher's groups against `[web] readable_percent`, the sitemap, Open Graph.
#include <gtest/gtest.h>

#include <regex>

#include "app/config.hpp"
#include "test_support/scratch_project.hpp"
#include "xml/xml_writer.hpp"

using namespace leafpress::testing;

namespace {

const std::string k_statement = "community-and-diversity";

void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = slurp(file);
  size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from << " not in " << file;
  text.replace(at, from.size(), to);
  spit(file, text);
}

// The part of a page between `from` and the next `to`.
std::string between(const std::string& page, const std::string& from, const std::string& to) {
  size_t begin = page.find(from);
  if (begin == std::string::npos) return {};
  return page.substr(begin, page.find(to, begin) - begin);
}

// Makes the Tamil title fuzzy: 9 of the statement's 10 units stay translated (90%).
void make_tamil_title_fuzzy(const ScratchProject& project) {
  replace_in(project.root() / "locales" / "ta" / "statements.po", "#: source-docs/community-and-diversity.txt:5\n",
             "#: source-docs/community-and-diversity.txt:5\n#, fuzzy\n");
}

}  // namespace

TEST(SitePages, AnIndexPerLanguageInThatLanguageAndASitemapOfEveryPage) {
  ScratchProject project;
  auto result = project.leafpress("build");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  fs::path html = project.root() / "output" / "html";
  std::string root = slurp(html / "index.html");
  std::string error;
  EXPECT_TRUE(leafpress::xml::is_well_formed(root, &error)) << error;
  EXPECT_NE(root.find("<h2 id=\"read-in\">Read in your language</h2>"), std::string::npos);
  EXPECT_NE(root.find("<a class=\"autonym\" href=\"ta/index.html\" hreflang=\"ta\" lang=\"ta\" dir=\"ltr\">தமிழ்</a>"),
            std::string::npos);
  EXPECT_NE(root.find("<a href=\"en/" + k_statement + ".html\">"), std::string::npos);

  size_t pages = 2;  // the source index and the source page
  for (const auto& tag : leafpress::app::default_targets()) {
    fs::path index = html / tag / "index.html";
    ASSERT_TRUE(fs::exists(index)) << index;
    std::string page = slurp(index);
    EXPECT_TRUE(leafpress::xml::is_well_formed(page, &error)) << index << ": " << error;
    EXPECT_NE(page.find("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + tag + "\""), std::string::npos);
    // Every seed translation is complete: the statement is listed, in the language, linked.
    EXPECT_NE(page.find("<h2><a href=\"" + k_statement + ".html\">"), std::string::npos) << index;
    EXPECT_EQ(page.find("id=\"unavailable\""), std::string::npos) << index;
    pages += 2;
  }
  std::string tamil = slurp(html / "ta" / "index.html");
  EXPECT_NE(tamil.find("<h2><a href=\"" + k_statement + ".html\">ஒருவருக்கு"), std::string::npos) << tamil;

  std::string sitemap = slurp(html / "sitemap.xml");
  EXPECT_TRUE(leafpress::xml::is_well_formed(sitemap, &error)) << error;
  std::regex loc("<loc>([^<]+)</loc>");
  size_t locs = 0;
  for (auto it = std::sregex_iterator(sitemap.begin(), sitemap.end(), loc); it != std::sregex_iterator(); ++it, ++locs)
    EXPECT_TRUE(fs::exists(html / (*it)[1].str())) << (*it)[1];
  EXPECT_EQ(locs, pages);
  EXPECT_NE(sitemap.find("<loc>ar/" + k_statement +
                         ".html</loc>\n<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"en/" + k_statement +
                         ".html\"/>"),
            std::string::npos);

  std::string spanish = slurp(html / "es" / (k_statement + ".html"));
  EXPECT_NE(spanish.find("<meta property=\"og:locale\" content=\"es\"/>"), std::string::npos);
  EXPECT_NE(spanish.find("<meta property=\"og:locale:alternate\" content=\"ta\"/>"), std::string::npos);
  EXPECT_NE(spanish.find("<p class=\"back\"><a href=\"index.html\""), std::string::npos) << "back to its own index";
}

TEST(SitePages, BelowTheThresholdAStatementIsPartlyTranslatedAndNotYetAvailable) {
  ScratchProject project;
  make_tamil_title_fuzzy(project);
  replace_in(project.root() / "leafpress.toml", "[print]",
             "[web]\nreadable_percent = 95\nbase_url = \"https://example.org/s/\"\n\n[print]");
  auto result = project.leafpress("build");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  fs::path html = project.root() / "output" / "html";

  std::string english = slurp(html / "en" / (k_statement + ".html"));
  std::string partial = between(english, "<ul class=\"partial\">", "</ul>");
  EXPECT_NE(partial.find("lang=\"ta\""), std::string::npos) << english;
  EXPECT_EQ(between(english, "<ul class=\"readable\">", "</ul>").find("lang=\"ta\""), std::string::npos);
  EXPECT_EQ(english.find("og:locale:alternate\" content=\"ta\""), std::string::npos);
  EXPECT_NE(english.find("<meta property=\"og:url\" content=\"https://example.org/s/en/" + k_statement + ".html\"/>"),
            std::string::npos);

  std::string tamil_index = slurp(html / "ta" / "index.html");
  std::string unavailable = between(tamil_index, "<section class=\"unavailable\"", "</section>");
  EXPECT_NE(unavailable.find("<a href=\"../en/" + k_statement + ".html\" lang=\"en\" dir=\"ltr\">An injury to one"),
            std::string::npos)
      << tamil_index;
  EXPECT_EQ(tamil_index.find("<ul class=\"statements\">"), std::string::npos);

  // The Tamil page shows the English title under a label, marked English.
  std::string tamil = slurp(html / "ta" / (k_statement + ".html"));
  EXPECT_NE(tamil.find("<p class=\"fallback-label\" lang=\"en\" dir=\"ltr\">Not yet translated – shown in English</p>\n"
                       "<h1 class=\"title fallback\" lang=\"en\" dir=\"ltr\">An injury"),
            std::string::npos);
  EXPECT_NE(slurp(html / "sitemap.xml").find("<loc>https://example.org/s/ta/index.html</loc>"), std::string::npos);

  // At the default threshold (80%) 9 of 10 is readable again: the Tamil pages list it.
  replace_in(project.root() / "leafpress.toml", "readable_percent = 95\n", "");
  result = project.leafpress("build");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(slurp(html / "ta" / "index.html").find("<ul class=\"statements\">"), std::string::npos);
  EXPECT_NE(
      between(slurp(html / "en" / (k_statement + ".html")), "<ul class=\"readable\">", "</ul>").find("lang=\"ta\""),
      std::string::npos);
}

TEST(SitePages, HostileTitleInACatalogStaysTextInTheIndexAndOpenGraph) {
  ScratchProject project;
  const std::string hostile = "\\\"><script>alert(1)</script><img src=x onerror=alert(2)> & ]]>";
  fs::path catalog = project.root() / "locales" / "ta" / "statements.po";
  std::string text = slurp(catalog);
  size_t title = text.find("msgid \"An injury to one is an injury to all – Stand up for migrants’ rights!\"\nmsgstr ");
  ASSERT_NE(title, std::string::npos);
  size_t msgstr = text.find("msgstr ", title);
  size_t end = text.find("\n\n", msgstr);
  text.replace(msgstr, end - msgstr, "msgstr \"" + hostile + "\"");
  spit(catalog, text);
  auto result = project.leafpress("build");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  fs::path html = project.root() / "output" / "html";
  for (const fs::path& file :
       {html / "ta" / "index.html", html / "ta" / (k_statement + ".html"), html / "sitemap.xml"}) {
    std::string page = slurp(file);
    std::string error;
    EXPECT_TRUE(leafpress::xml::is_well_formed(page, &error)) << file << ": " << error;
    EXPECT_EQ(page.find("<script"), std::string::npos) << file;
    EXPECT_EQ(page.find("<img"), std::string::npos) << file;
  }
  std::string index = slurp(html / "ta" / "index.html");
  EXPECT_NE(index.find("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"), std::string::npos)
      << index;
  std::string page = slurp(html / "ta" / (k_statement + ".html"));
  EXPECT_NE(page.find("<meta property=\"og:title\" content=\"&quot;&gt;&lt;script&gt;"), std::string::npos)
      << page.substr(0, 2000);
}
