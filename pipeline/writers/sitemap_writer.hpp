#pragma once
// output/html/sitemap.xml: every page with its language alternates (xhtml:link), so that
// search engines find each language and show readers their own.
#include <string>
#include <vector>

namespace leafpress::writers {

struct SitemapAlternate {
  std::string hreflang;  // BCP 47 tag or "x-default"
  std::string href;
};

struct SitemapPage {
  std::string loc;  // the page's URL
  std::vector<SitemapAlternate> alternates;
};

/// A sitemap (sitemaps.org 0.9 with the xhtml namespace for alternates), pages in the order
/// given. Every URL is escaped as XML text. Deterministic.
std::string write_sitemap(const std::vector<SitemapPage>& pages);

}  // namespace leafpress::writers
