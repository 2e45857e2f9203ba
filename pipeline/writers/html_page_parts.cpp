#include "writers/html_writer.hpp"

#include "text/typography.hpp"
#include "writers/web_styles.hpp"
#include "xml/xml_writer.hpp"

// The furniture every page shares: head, skip link, language switcher, footer, and the
// page's UI messages.
namespace leafpress::writers {
namespace {

void meta_property(xml::XmlWriter& out, std::string_view property, std::string_view content) {
  out.open("meta");
  out.attribute("property", property);
  out.attribute("content", content);
  out.close();
  out.newline();
}

// Open Graph locales are language_TERRITORY: "pt-PT" becomes "pt_PT".
std::string og_locale(std::string_view tag) {
  std::string out(tag);
  for (char& c : out)
    if (c == '-') c = '_';
  return out;
}

// So that a shared link previews in the reader's language (the text is escaped like any other).
void write_open_graph(xml::XmlWriter& out, const PageContext& context, std::string_view title,
                      std::string_view description, std::string_view og_type) {
  meta_property(out, "og:type", og_type);
  meta_property(out, "og:title", text::typeset(context.language.tag, title));
  if (!description.empty()) meta_property(out, "og:description", text::typeset(context.language.tag, description));
  meta_property(out, "og:locale", og_locale(context.language.tag));
  for (const auto& version : context.versions)
    if (version.language.tag != context.language.tag && version.availability == Availability::readable)
      meta_property(out, "og:locale:alternate", og_locale(version.language.tag));
  if (!context.page_url.empty()) meta_property(out, "og:url", context.page_url);
}

// One group of the switcher: the versions with `availability`, after their label (none for
// the readable ones). Versions not offered are named without a link: their page is English.
void write_version_group(xml::XmlWriter& out, const PageContext& context, Availability availability,
                         const UiMessage* label) {
  bool any = false;
  for (const auto& version : context.versions) any = any || version.availability == availability;
  if (!any) return;
  if (label) {
    out.open("span");
    out.attribute("class", "label");
    mark_if_english(out, context, *label, 1);
    out.text(ui_text(context, *label));
    out.close();
    out.newline();
  }
  out.open("ul");
  out.attribute("class", availability == Availability::readable  ? "readable"
                         : availability == Availability::partial ? "partial"
                                                                 : "not-offered");
  out.newline();
  for (const auto& version : context.versions) {
    if (version.availability != availability) continue;
    bool current = version.language.tag == context.language.tag;
    bool linked = current || availability != Availability::not_offered;
    out.open("li");
    write_autonym(out, version, linked, current);
    out.close();
    out.newline();
  }
  out.close();
  out.newline();
}

}  // namespace

std::string ui_text(const PageContext& context, const UiMessage& message, long n) {
  std::string raw = context.ui ? context.ui(message, n) : english_ui()(message, n);
  return text::typeset(context.language.tag, raw);
}

bool ui_is_english(const PageContext& context, const UiMessage& message, long n) {
  if (context.language.tag == "en" || context.language.tag.starts_with("en-")) return false;
  std::string raw = context.ui ? context.ui(message, n) : english_ui()(message, n);
  return raw == english_ui()(message, n);
}

void mark_if_english(xml::XmlWriter& out, const PageContext& context, const UiMessage& message, long n) {
  if (!ui_is_english(context, message, n)) return;
  out.attribute("lang", "en");
  out.attribute("dir", "ltr");
}

void write_head(xml::XmlWriter& out, const PageContext& context, std::string_view title, std::string_view description,
                const std::vector<text::Language>& more_languages, std::string_view og_type) {
  out.open("head");
  out.newline();
  out.open("meta");
  out.attribute("charset", "UTF-8");
  out.close();
  out.newline();
  out.open("meta");
  out.attribute("name", "viewport");
  out.attribute("content", "width=device-width, initial-scale=1");
  out.close();
  out.newline();
  out.element("title", text::typeset(context.language.tag, title));
  out.newline();
  if (!description.empty()) {
    out.open("meta");
    out.attribute("name", "description");
    out.attribute("content", text::typeset(context.language.tag, description));
    out.close();
    out.newline();
  }
  // Search engines are pointed only at versions a reader of that language can read.
  for (const auto& version : context.versions) {
    if (version.availability != Availability::readable && version.language.tag != context.language.tag) continue;
    out.open("link");
    out.attribute("rel", "alternate");
    out.attribute("hreflang", version.language.tag);
    out.attribute("href", version.href);
    out.close();
    out.newline();
  }
  if (!context.x_default_href.empty()) {
    out.open("link");
    out.attribute("rel", "alternate");
    out.attribute("hreflang", "x-default");
    out.attribute("href", context.x_default_href);
    out.close();
    out.newline();
  }
  write_open_graph(out, context, title, description, og_type);
  // Every language on the page (its own, the switcher's autonyms, English fallbacks and
  // English page furniture) gets its font stack.
  std::vector<text::Language> languages{context.language, context.source_language};
  if (auto english = text::language_info("en")) languages.push_back(*english);
  for (const auto& version : context.versions) languages.push_back(version.language);
  languages.insert(languages.end(), more_languages.begin(), more_languages.end());
  out.open("style");
  out.newline();
  out.text(web_stylesheet(languages));
  out.close();
  out.newline();
  out.close();
  out.newline();
}

void write_skip_link(xml::XmlWriter& out, const PageContext& context) {
  out.open("a");
  out.attribute("class", "skip");
  out.attribute("href", "#content");
  mark_if_english(out, context, ui::skip_link, 1);
  out.text(ui_text(context, ui::skip_link));
  out.close();
  out.newline();
}

std::string autonym_of(const text::Language& language) {
  return language.autonym.empty() ? language.tag : language.autonym;
}

void write_autonym(xml::XmlWriter& out, const LanguageVersion& version, bool linked, bool current) {
  out.open(linked ? "a" : "span");
  out.attribute("class", "autonym");
  if (linked) {
    out.attribute("href", version.href);
    out.attribute("hreflang", version.language.tag);
  }
  out.attribute("lang", version.language.tag);
  out.attribute("dir", version.language.dir());
  if (current) out.attribute("aria-current", "page");
  out.text(autonym_of(version.language));
  out.close();
}

void write_switcher(xml::XmlWriter& out, const PageContext& context) {
  if (context.versions.empty()) return;
  std::string label = ui_text(context, ui::languages);
  out.open("nav");
  out.attribute("class", "languages");
  out.attribute("aria-label", label);
  out.newline();
  // Closed by default: on a phone the switcher is one line above the title; the stylesheet
  // shows the lists without the summary on wider screens. Works without JavaScript.
  out.open("details");
  out.attribute("class", "switcher");
  out.newline();
  out.open("summary");
  out.open("span");
  out.attribute("class", "label");
  mark_if_english(out, context, ui::languages, 1);
  out.text(label);
  out.close();
  out.text(" ");
  out.open("span");
  out.attribute("class", "current autonym");
  out.attribute("lang", context.language.tag);
  out.attribute("dir", context.language.dir());
  out.text(autonym_of(context.language));
  out.close();
  out.close();
  out.newline();
  out.open("span");
  out.attribute("class", "label wide");
  mark_if_english(out, context, ui::languages, 1);
  out.text(label);
  out.close();
  out.newline();
  write_version_group(out, context, Availability::readable, nullptr);
  write_version_group(out, context, Availability::partial, &ui::switcher_partial);
  write_version_group(out, context, Availability::not_offered, &ui::switcher_not_offered);
  out.close();  // details
  out.newline();
  out.close();  // nav
  out.newline();
}

void write_footer(xml::XmlWriter& out, const PageContext& context, bool link_index) {
  out.open("footer");
  out.newline();
  const Imprint& imprint = context.imprint;
  if (!imprint.promoted_by.empty() && !imprint.on_behalf_of.empty()) {
    out.open("section");
    out.attribute("class", "imprint");
    out.newline();
    out.open("h2");
    mark_if_english(out, context, ui::imprint_heading, 1);
    out.text(ui_text(context, ui::imprint_heading));
    out.close();
    out.newline();
    // The legal text is always in English, names and addresses exactly as registered.
    std::string english = fill_placeholders(ui::promoted_by.msgid, {imprint.promoted_by, imprint.on_behalf_of});
    out.open("p");
    out.attribute("class", "imprint-english");
    if (context.language.tag != "en") {
      out.attribute("lang", "en");
      out.attribute("dir", "ltr");
    }
    out.text(english);
    out.close();
    out.newline();
    if (imprint.translate && context.language.tag != "en") {
      std::string pattern = context.ui ? context.ui(ui::promoted_by, 1) : std::string(ui::promoted_by.msgid);
      std::string translated = fill_placeholders(text::typeset(context.language.tag, pattern),
                                                 {imprint.promoted_by, imprint.on_behalf_of});
      if (translated != english) {
        out.open("p");
        out.attribute("class", "imprint-translation");
        out.text(translated);
        out.close();
        out.newline();
      }
    }
    out.close();
    out.newline();
  } else {
    // Digital election material must name its promoter and on whose behalf it is published:
    // a page without them says so where the imprint belongs.
    out.open("p");
    out.attribute("class", "notice imprint-missing");
    out.attribute("role", "alert");
    mark_if_english(out, context, ui::web_imprint_missing, 1);
    out.text(ui_text(context, ui::web_imprint_missing));
    out.close();
    out.newline();
  }
  if (link_index && !context.index_href.empty()) {
    out.open("p");
    out.attribute("class", "back");
    out.open("a");
    out.attribute("href", context.index_href);
    mark_if_english(out, context, ui::index_title, 1);
    out.text(ui_text(context, ui::index_title));
    out.close();
    out.close();
    out.newline();
  }
  out.close();
  out.newline();
}

}  // namespace leafpress::writers
