#include "writers/index_writer.hpp"

#include "text/typography.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::writers {
namespace {

// lang and dir for a text that is not in the page's language.
void mark_language(xml::XmlWriter& out, const PageContext& context, const std::string& lang) {
  if (lang.empty() || lang == context.language.tag) return;
  out.attribute("lang", lang);
  auto info = text::language_info(lang);
  out.attribute("dir", info ? info->dir() : "ltr");
}

std::string typeset(const PageContext& context, const LocalizedText& text) {
  return text::typeset(text.lang.empty() ? context.language.tag : text.lang, text.text);
}

// The statement's title, linked to its page.
void write_title_link(xml::XmlWriter& out, const PageContext& context, const IndexEntry& entry) {
  out.open("a");
  out.attribute("href", entry.href);
  mark_language(out, context, entry.title.lang);
  out.text(typeset(context, entry.title));
  out.close();
}

void write_readable(xml::XmlWriter& out, const PageContext& context, const IndexEntry& entry) {
  out.open("li");
  out.newline();
  out.open("h2");
  write_title_link(out, context, entry);
  out.close();
  out.newline();
  if (!entry.published_date.empty()) {
    out.open("p");
    out.attribute("class", "published");
    mark_if_english(out, context, ui::published, 1);
    out.text(fill_placeholders(ui_text(context, ui::published), {entry.published_date}));
    out.close();
    out.newline();
  }
  if (!entry.summary.text.empty()) {
    out.open("p");
    out.attribute("class", "summary");
    mark_language(out, context, entry.summary.lang);
    out.text(typeset(context, entry.summary));
    out.close();
    out.newline();
  }
  out.close();
  out.newline();
}

void write_unavailable(xml::XmlWriter& out, const PageContext& context, const std::vector<IndexEntry>& entries) {
  bool any = false;
  for (const auto& entry : entries) any = any || !entry.readable;
  if (!any) return;
  out.open("section");
  out.attribute("class", "unavailable");
  out.attribute("aria-labelledby", "unavailable");
  out.newline();
  out.open("h2");
  out.attribute("id", "unavailable");
  mark_if_english(out, context, ui::not_yet_available, 1);
  out.text(fill_placeholders(ui_text(context, ui::not_yet_available), {autonym_of(context.language)}));
  out.close();
  out.newline();
  out.open("ul");
  out.newline();
  for (const auto& entry : entries) {
    if (entry.readable) continue;
    out.open("li");
    write_title_link(out, context, entry);
    out.close();
    out.newline();
  }
  out.close();
  out.newline();
  out.close();
  out.newline();
}

void write_language_list(xml::XmlWriter& out, const PageContext& context) {
  if (context.versions.size() < 2) return;  // only the page's own language
  std::string heading = ui_text(context, ui::read_in_your_language);
  out.open("nav");
  out.attribute("class", "read-in");
  out.attribute("aria-labelledby", "read-in");
  out.newline();
  out.open("h2");
  out.attribute("id", "read-in");
  mark_if_english(out, context, ui::read_in_your_language, 1);
  out.text(heading);
  out.close();
  out.newline();
  out.open("ul");
  out.newline();
  for (const auto& version : context.versions) {
    if (version.language.tag == context.language.tag) continue;
    out.open("li");
    write_autonym(out, version, true, false);
    out.close();
    out.newline();
  }
  out.close();
  out.newline();
  out.close();
  out.newline();
}

}  // namespace

std::string write_index(const std::vector<IndexEntry>& entries, const PageContext& context,
                        bool read_in_your_language) {
  xml::XmlWriter out(xml::XmlWriter::Mode::html);
  out.declaration();
  const std::string& lang = context.language.tag;
  out.open("html");
  out.attribute("xmlns", "http://www.w3.org/1999/xhtml");
  out.attribute("lang", lang);
  out.attribute("xml:lang", lang);
  out.attribute("dir", context.language.dir());
  out.newline();

  std::string title = ui_text(context, ui::index_title);
  std::string description;
  for (const auto& entry : entries)
    if (entry.readable) description += (description.empty() ? "" : " · ") + entry.title.text;
  write_head(out, context, title, description, {}, "website");

  out.open("body");
  out.newline();
  write_skip_link(out, context);
  if (!read_in_your_language) {
    out.open("header");
    out.newline();
    write_switcher(out, context);
    out.close();
    out.newline();
  }
  out.open("main");
  out.attribute("id", "content");
  out.newline();
  out.open("h1");
  mark_if_english(out, context, ui::index_title, 1);
  out.text(title);
  out.close();
  out.newline();
  bool any_readable = false;
  for (const auto& entry : entries) any_readable = any_readable || entry.readable;
  if (any_readable) {
    out.open("ul");
    out.attribute("class", "statements");
    out.newline();
    for (const auto& entry : entries)
      if (entry.readable) write_readable(out, context, entry);
    out.close();
    out.newline();
  }
  write_unavailable(out, context, entries);
  if (read_in_your_language) write_language_list(out, context);
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
