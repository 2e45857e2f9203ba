#include "writers/index_writer.hpp"

#include "text/typography.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::writers {

std::string write_index(const std::vector<IndexEntry>& entries, const PageContext& context) {
  xml::XmlWriter out(xml::XmlWriter::Mode::html);
  out.declaration();
  const std::string& lang = context.language.tag;
  out.open("html");
  out.attribute("xmlns", "http://www.w3.org/1999/xhtml");
  out.attribute("lang", lang);
  out.attribute("xml:lang", lang);
  out.attribute("dir", context.language.dir());
  out.newline();

  // The stylesheet covers every language named in the lists (autonyms in their own fonts);
  // the alternates name only index pages (context.versions), never statement pages.
  std::vector<text::Language> listed;
  for (const auto& entry : entries)
    for (const auto& version : entry.versions) listed.push_back(version.language);
  std::string title = ui_text(context, ui::index_title);
  write_head(out, context, title, {}, listed);

  out.open("body");
  out.newline();
  out.open("header");
  out.newline();
  write_switcher(out, context);
  out.close();
  out.newline();
  out.open("main");
  out.newline();
  out.open("h1");
  mark_if_english(out, context, ui::index_title, 1);
  out.text(title);
  out.close();
  out.newline();
  std::string languages_label = ui_text(context, ui::all_languages);
  for (const auto& entry : entries) {
    out.open("section");
    out.attribute("class", "entries");
    out.newline();
    out.open("h2");
    out.attribute("lang", context.source_language.tag);
    out.attribute("dir", context.source_language.dir());
    out.text(text::typeset(context.source_language.tag, entry.title));
    out.close();
    out.newline();
    out.open("nav");
    out.attribute("aria-label", languages_label);
    out.newline();
    out.open("ul");
    out.newline();
    for (const auto& version : entry.versions) {
      out.open("li");
      out.open("a");
      out.attribute("href", version.href);
      out.attribute("hreflang", version.language.tag);
      out.attribute("lang", version.language.tag);
      out.attribute("dir", version.language.dir());
      out.text(version.language.autonym.empty() ? version.language.tag : version.language.autonym);
      out.close();
      out.close();
      out.newline();
    }
    out.close();
    out.newline();
    out.close();
    out.newline();
    out.close();
    out.newline();
  }
  out.close();  // main
  out.newline();
  write_footer(out, context, false);
  out.close();  // body
  out.newline();
  out.close();  // html
  out.newline();
  return out.finish();
}

}  // namespace leafpress::writers
