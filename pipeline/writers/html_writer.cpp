#include "writers/html_writer.hpp"

#include <algorithm>
#include <map>

#include "text/typography.hpp"
#include "writers/web_styles.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::writers {
namespace {

using doc::Block;
using doc::BlockKind;
using doc::Inline;
using doc::InlineKind;

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The URL as a browser reads it: tabs and newlines anywhere are ignored, and leading or
// trailing C0 controls and spaces are stripped ("java\tscript:" is a javascript: URL).
std::string browser_view(std::string_view url) {
  std::string out;
  for (char c : url)
    if (c != '\t' && c != '\n' && c != '\r') out += c;
  auto is_c0_or_space = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
  size_t begin = 0, end = out.size();
  while (begin < end && is_c0_or_space(out[begin])) ++begin;
  while (end > begin && is_c0_or_space(out[end - 1])) --end;
  return out.substr(begin, end - begin);
}

const char* role_class(doc::Role role) {
  switch (role) {
    case doc::Role::preamble: return "preamble";
    case doc::Role::title: return "title";
    case doc::Role::body: return "body";
    case doc::Role::category: return "category";
    case doc::Role::none: return nullptr;
  }
  return nullptr;
}

// Renders blocks and inlines; knows the language of the text it is writing.
class Renderer {
 public:
  explicit Renderer(xml::XmlWriter& out) : m_out(out) {}

  void blocks(const std::vector<Block>& list, const std::string& lang) {
    for (const auto& block : list) this->block(block, lang);
  }

 private:
  void block(const Block& block, const std::string& parent_lang) {
    // A block in another language than its surroundings (an untranslated paragraph shown in
    // English) says so with lang and dir (WCAG 3.1.2).
    bool foreign = !block.lang.empty() && block.lang != parent_lang;
    const std::string& lang = foreign ? block.lang : parent_lang;
    std::string classes;
    if (const char* role = role_class(block.role)) classes = role;
    if (foreign) classes += classes.empty() ? "fallback" : " fallback";

    auto open = [&](std::string_view element) {
      m_out.open(element);
      if (!classes.empty()) m_out.attribute("class", classes);
      if (foreign) {
        m_out.attribute("lang", block.lang);
        m_out.attribute("dir", direction_of(block.lang));
      }
    };

    switch (block.kind) {
      case BlockKind::heading: {
        int level = block.level < 1 ? 1 : block.level > 6 ? 6 : block.level;
        std::string element = "h" + std::to_string(level);
        open(element);
        inlines(block.inlines, lang);
        m_out.close();
        break;
      }
      case BlockKind::paragraph:
        // The statement's title line is the page's main heading.
        open(block.role == doc::Role::title ? "h1" : "p");
        inlines(block.inlines, lang);
        m_out.close();
        break;
      case BlockKind::quote:
        open("blockquote");
        m_out.newline();
        blocks(block.children, lang);
        m_out.close();
        break;
      case BlockKind::list:
        open(block.ordered ? "ol" : "ul");
        if (block.ordered && block.start != 1) m_out.attribute("start", std::to_string(block.start));
        m_out.newline();
        for (const auto& item : block.children) list_item(item, lang);
        m_out.close();
        break;
      case BlockKind::list_item: list_item(block, parent_lang); return;
      case BlockKind::code_block:
        open("pre");
        m_out.open("code");
        m_out.text(block.text);  // verbatim: no typography
        m_out.close();
        m_out.close();
        break;
      case BlockKind::thematic_break:
        open("hr");
        m_out.close();
        break;
      case BlockKind::table:
        open("table");
        m_out.newline();
        table_rows(block, lang);
        m_out.close();
        break;
      case BlockKind::table_row:  // written by table_rows
      case BlockKind::table_cell: break;
    }
    m_out.newline();
  }

  // Header rows go into <thead> with scope="col" on their cells, so a screen reader announces
  // each cell's column; a cell translated separately may fall back to English on its own.
  void table_rows(const Block& table, const std::string& lang) {
    for (bool header : {true, false}) {
      bool any = std::ranges::any_of(table.children, [&](const Block& row) { return row.header == header; });
      if (!any) continue;
      m_out.open(header ? "thead" : "tbody");
      m_out.newline();
      for (const auto& row : table.children) {
        if (row.header != header || row.kind != BlockKind::table_row) continue;
        m_out.open("tr");
        for (const auto& cell : row.children) {
          bool foreign = !cell.lang.empty() && cell.lang != lang;
          m_out.open(header ? "th" : "td");
          if (header) m_out.attribute("scope", "col");
          if (foreign) {
            m_out.attribute("class", "fallback");
            m_out.attribute("lang", cell.lang);
            m_out.attribute("dir", direction_of(cell.lang));
          }
          inlines(cell.inlines, foreign ? cell.lang : lang);
          m_out.close();
        }
        m_out.close();
        m_out.newline();
      }
      m_out.close();
      m_out.newline();
    }
  }

  void list_item(const Block& item, const std::string& parent_lang) {
    bool foreign = !item.lang.empty() && item.lang != parent_lang;
    const std::string& lang = foreign ? item.lang : parent_lang;
    m_out.open("li");
    if (foreign) {
      m_out.attribute("lang", item.lang);
      m_out.attribute("dir", direction_of(item.lang));
    }
    // A tight item (one plain paragraph) keeps its text directly in <li>.
    const bool tight = item.children.size() == 1 && item.children[0].kind == BlockKind::paragraph &&
                       item.children[0].role == doc::Role::none &&
                       (item.children[0].lang.empty() || item.children[0].lang == lang);
    if (tight) {
      inlines(item.children[0].inlines, lang);
    } else if (item.kind == BlockKind::list_item) {
      blocks(item.children, lang);
    } else {
      block(item, lang);  // a stray non-item block inside a list
    }
    m_out.close();
    m_out.newline();
  }

  void inlines(const std::vector<Inline>& list, const std::string& lang) {
    for (const auto& node : list) {
      switch (node.kind) {
        case InlineKind::text: m_out.text(text::typeset(lang, node.text)); break;
        case InlineKind::emphasis:
          m_out.open("em");
          inlines(node.children, lang);
          m_out.close();
          break;
        case InlineKind::strong:
          m_out.open("strong");
          inlines(node.children, lang);
          m_out.close();
          break;
        case InlineKind::link:
          // An unsafe target (javascript:, data:…) is dropped; its text stays as text.
          if (is_safe_href(node.url)) {
            m_out.open("a");
            m_out.attribute("href", browser_view(node.url));
            if (!node.title.empty()) m_out.attribute("title", node.title);
            inlines(node.children, lang);
            m_out.close();
          } else {
            inlines(node.children, lang);
          }
          break;
        case InlineKind::code:
          m_out.open("code");
          m_out.text(node.text);  // verbatim: no typography
          m_out.close();
          break;
        case InlineKind::line_break:
          m_out.open("br");
          m_out.close();
          break;
        case InlineKind::strikethrough:
          m_out.open("del");
          inlines(node.children, lang);
          m_out.close();
          break;
        case InlineKind::image:
          // Only an image the build copied next to the page (a relative path) is shown; any
          // other source would make the reader's browser fetch it, so its alt text stands in.
          if (is_relative_url(node.url)) {
            m_out.open("img");
            m_out.attribute("src", node.url);
            m_out.attribute("alt", text::typeset(lang, doc::plain_text(node.children)));
            if (!node.title.empty()) m_out.attribute("title", node.title);
            m_out.close();
          } else {
            inlines(node.children, lang);
          }
          break;
      }
    }
  }

  std::string direction_of(const std::string& tag) {
    auto found = m_directions.find(tag);
    if (found == m_directions.end()) {
      auto info = text::language_info(tag);
      // An unknown tag still needs a direction; ltr is what a browser would assume.
      found = m_directions.emplace(tag, info ? info->dir() : "ltr").first;
    }
    return found->second;
  }

  xml::XmlWriter& m_out;
  std::map<std::string, std::string> m_directions;
};

// The statement's title: its title line, else its first heading, else front matter, else its name.
std::string page_title(const doc::Document& document) {
  if (const Block* title = doc::find_role(document, doc::Role::title)) return doc::plain_text(title->inlines);
  for (const auto& block : document.blocks)
    if (block.kind == BlockKind::heading) return doc::plain_text(block.inlines);
  if (auto meta = document.meta.find("title"); meta != document.meta.end()) return meta->second;
  return document.name;
}

// The description: the first body paragraph, else the first paragraph that is not the title.
std::string page_description(const doc::Document& document) {
  const Block* first = nullptr;
  for (const auto& block : document.blocks) {
    if (block.kind != BlockKind::paragraph) continue;
    if (block.role == doc::Role::body) return doc::plain_text(block.inlines);
    if (!first && block.role != doc::Role::title) first = &block;
  }
  return first ? doc::plain_text(first->inlines) : std::string();
}

}  // namespace

bool is_relative_url(std::string_view url) {
  if (url.empty() || url.front() == '/' || url.front() == '\\') return false;
  size_t colon = url.find(':');
  return colon == std::string_view::npos || url.find('/') < colon;
}

bool is_safe_href(std::string_view url) {
  std::string view = browser_view(url);
  // A scheme is letters, digits, + - . before the first ':' and before any / ? #.
  size_t colon = view.find(':');
  size_t boundary = view.find_first_of("/?#");
  if (colon == std::string::npos || (boundary != std::string::npos && boundary < colon)) return true;  // relative
  if (colon == 0 || !is_ascii_alpha(view[0])) return false;
  for (size_t i = 1; i < colon; ++i) {
    char c = view[i];
    if (!(is_ascii_alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return false;
  }
  std::string scheme = ascii_lower(view.substr(0, colon));
  return scheme == "http" || scheme == "https" || scheme == "mailto";
}

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

void write_head(xml::XmlWriter& out, const PageContext& context, std::string_view title,
                std::string_view description, const std::vector<text::Language>& more_languages) {
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
  for (const auto& version : context.versions) {
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

void write_switcher(xml::XmlWriter& out, const PageContext& context) {
  if (context.versions.empty()) return;
  std::string label = ui_text(context, ui::languages);
  out.open("nav");
  out.attribute("class", "languages");
  out.attribute("aria-label", label);
  out.newline();
  out.open("span");
  out.attribute("class", "label");
  mark_if_english(out, context, ui::languages, 1);
  out.text(label);
  out.close();
  out.newline();
  out.open("ul");
  out.newline();
  for (const auto& version : context.versions) {
    out.open("li");
    out.open("a");
    out.attribute("href", version.href);
    out.attribute("hreflang", version.language.tag);
    out.attribute("lang", version.language.tag);
    out.attribute("dir", version.language.dir());
    if (version.language.tag == context.language.tag) out.attribute("aria-current", "page");
    out.text(version.language.autonym.empty() ? version.language.tag : version.language.autonym);
    out.close();
    out.close();
    out.newline();
  }
  out.close();
  out.newline();
  out.close();
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

std::string write_html(const doc::Document& localized, const PageContext& context) {
  xml::XmlWriter out(xml::XmlWriter::Mode::html);
  out.declaration();
  const std::string& lang = context.language.tag;
  out.open("html");
  out.attribute("xmlns", "http://www.w3.org/1999/xhtml");
  out.attribute("lang", lang);
  out.attribute("xml:lang", lang);
  out.attribute("dir", context.language.dir());
  out.newline();
  write_head(out, context, page_title(localized), page_description(localized));

  out.open("body");
  out.newline();
  out.open("header");
  out.newline();
  write_switcher(out, context);
  if (context.draft) {
    out.open("p");
    out.attribute("class", "notice draft");
    out.attribute("role", "note");
    mark_if_english(out, context, ui::draft_notice, 1);
    out.text(ui_text(context, ui::draft_notice));
    out.close();
    out.newline();
  }
  if (context.fallback_units > 0) {
    long n = static_cast<long>(context.fallback_units);
    out.open("p");
    out.attribute("class", "notice untranslated");
    out.attribute("role", "note");
    mark_if_english(out, context, ui::untranslated_notice, n);
    out.text(fill_placeholders(ui_text(context, ui::untranslated_notice, n), {std::to_string(n)}));
    out.close();
    out.newline();
  }
  out.close();
  out.newline();

  out.open("main");
  out.newline();
  out.open("article");
  out.newline();
  Renderer renderer(out);
  renderer.blocks(localized.blocks, lang);
  if (!context.published_date.empty()) {
    // The date is already in the page's language; when the sentence around it fell back to
    // English, the date keeps the page's language in its own element.
    bool english = ui_is_english(context, ui::published, 1);
    std::string pattern = ui_text(context, ui::published);
    size_t slot = pattern.find("{1}");
    out.open("p");
    out.attribute("class", "published");
    mark_if_english(out, context, ui::published, 1);
    out.text(pattern.substr(0, slot));
    if (slot != std::string::npos) {
      // A <span>, not <time>: <time> without an ISO datetime attribute is invalid HTML.
      out.open("span");
      out.attribute("class", "date");
      if (english) {
        out.attribute("lang", lang);
        out.attribute("dir", context.language.dir());
      }
      out.text(context.published_date);
      out.close();
      out.text(pattern.substr(slot + 3));
    }
    out.close();
    out.newline();
  }
  out.close();
  out.newline();
  out.close();
  out.newline();
  write_footer(out, context, true);
  out.close();  // body
  out.newline();
  out.close();  // html
  out.newline();
  return out.finish();
}

}  // namespace leafpress::writers
