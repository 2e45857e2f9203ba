#include "writers/sitemap_writer.hpp"

#include "xml/xml_writer.hpp"

namespace leafpress::writers {

std::string write_sitemap(const std::vector<SitemapPage>& pages) {
  xml::XmlWriter out(xml::XmlWriter::Mode::xml);
  out.declaration();
  out.open("urlset");
  out.attribute("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9");
  out.attribute("xmlns:xhtml", "http://www.w3.org/1999/xhtml");
  out.newline();
  for (const auto& page : pages) {
    out.open("url");
    out.newline();
    out.element("loc", page.loc);
    out.newline();
    for (const auto& alternate : page.alternates) {
      out.open("xhtml:link");
      out.attribute("rel", "alternate");
      out.attribute("hreflang", alternate.hreflang);
      out.attribute("href", alternate.href);
      out.close();
      out.newline();
    }
    out.close();
    out.newline();
  }
  out.close();
  out.newline();
  return out.finish();
}

}  // namespace leafpress::writers
