#pragma once
// The HTML writer: one polyglot HTML5 page (valid HTML5 and well-formed XML) per localized
// statement, with its language switcher, notices about translation state and the imprint.
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.hpp"
#include "text/language.hpp"
#include "writers/context.hpp"

namespace leafpress::xml {
class XmlWriter;
}

namespace leafpress::writers {

/// How much of a page a language version has translated, against the project's threshold.
enum class Availability {
  readable,     // at or above the threshold: listed first
  partial,      // some translated, below the threshold: listed as partly translated
  not_offered,  // nothing translated: named, not linked
};

struct LanguageVersion {
  text::Language language;
  std::string href;  // relative to the page
  Availability availability = Availability::readable;
};

struct PageContext {
  text::Language language;  // the page's language
  text::Language source_language;
  std::vector<LanguageVersion> versions;  // every version incl. source and itself, switcher order
  std::string x_default_href;             // the source-language version
  std::string index_href;                 // link back to output/html/index.html
  bool draft = false;                     // catalog marked as draft / not reviewed → visible notice
  size_t fallback_units = 0;              // untranslated units shown in English (notice with plural)
  Imprint imprint;                        // digital imprint in the footer (English; + translation)
  UiLookup ui;                            // page furniture in the page's language
  std::string published_date;             // already formatted for the language, or empty
  std::string page_url;                   // absolute URL of this page (og:url), or empty
};

/// A complete polyglot HTML5 page for a localized Document (blocks with `lang` set are in
/// another language: they get lang= and dir=). The stylesheet is inline, so the page needs no
/// other file; every link is relative. Deterministic.
std::string write_html(const doc::Document& localized, const PageContext& context);

/// True when `url` may become an href: http, https, mailto or a relative URL (scheme-less).
/// javascript:, data:, vbscript:, file: and every other scheme are refused.
bool is_safe_href(std::string_view url);

/// True for a URL with no scheme that stays on this site (`../media/photo.jpg`), the only
/// image sources a page shows; false for `https:`, `data:`, `//host` and absolute paths.
bool is_relative_url(std::string_view url);

// Pieces shared by the statement pages and the index page.

/// `<head>`: charset, viewport, title, description, hreflang alternates (context.versions and
/// x-default), Open Graph tags (`og_type` "article" or "website"), the stylesheet for the
/// page's languages plus `more_languages`.
void write_head(xml::XmlWriter& out, const PageContext& context, std::string_view title, std::string_view description,
                const std::vector<text::Language>& more_languages = {}, std::string_view og_type = "article");
/// The first thing in `<body>`: a link past the header to `<main id="content">`.
void write_skip_link(xml::XmlWriter& out, const PageContext& context);
/// The language switcher: a `<details>` (one line on a phone, open on a wide screen by CSS)
/// listing readable versions first, then partly translated ones, then those not offered (named,
/// not linked); each autonym with its own lang/dir, aria-current on the page's.
void write_switcher(xml::XmlWriter& out, const PageContext& context);
/// An autonym (or the tag when CLDR has none) for a switcher or list.
std::string autonym_of(const text::Language& language);
/// The version's autonym with its own lang/dir (class "autonym"): a link to it when `linked`,
/// marked aria-current when `current`.
void write_autonym(xml::XmlWriter& out, const LanguageVersion& version, bool linked, bool current);
/// The footer: digital imprint (English, then its translation when asked) and a link to the index.
void write_footer(xml::XmlWriter& out, const PageContext& context, bool link_index);
/// A UI message in the page's language (English when `context.ui` is empty), typeset.
std::string ui_text(const PageContext& context, const UiMessage& message, long n = 1);
/// True when the page is not in English but this UI message fell back to English: its
/// element then needs lang="en" dir="ltr" (WCAG 3.1.2; an RTL page would mirror it).
bool ui_is_english(const PageContext& context, const UiMessage& message, long n = 1);
/// Writes lang="en" dir="ltr" on the open element when `ui_is_english`.
void mark_if_english(xml::XmlWriter& out, const PageContext& context, const UiMessage& message, long n = 1);

}  // namespace leafpress::writers
