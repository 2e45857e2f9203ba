#include "writers/html_writer.hpp"

#include <algorithm>
#include <map>

#include "base/strings.hpp"
#include "text/typography.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::writers {
namespace {

using doc::Block;
using doc::BlockKind;
using doc::Inline;
using doc::InlineKind;

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

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

// The visible label over a paragraph shown in English, in the page's language (or in
// English, marked so, when ui.po has no translation of it yet).
struct FallbackLabel {
  std::string text;
  std::string lang;
  std::string dir;
};

// Renders blocks and inlines; knows the language of the text it is writing.
class Renderer {
 public:
  Renderer(xml::XmlWriter& out, FallbackLabel label) : m_out(out), m_label(std::move(label)) {}

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
    if (block.caption) classes += classes.empty() ? "caption" : " caption";
    if (foreign) classes += classes.empty() ? "fallback" : " fallback";

    // Readers see that the paragraph is not in their language, and why (the label sits before
    // the block so that headings and lists keep their own text).
    if (foreign) write_label("p");

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
      m_out.attribute("class", "fallback");
      m_out.attribute("lang", item.lang);
      m_out.attribute("dir", direction_of(item.lang));
      write_label("span");
      m_out.text(" ");
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

  // The label always names its language: inside an English list item it is not English.
  void write_label(std::string_view element) {
    m_out.open(element);
    m_out.attribute("class", "fallback-label");
    m_out.attribute("lang", m_label.lang);
    m_out.attribute("dir", m_label.dir);
    m_out.text(m_label.text);
    m_out.close();
    if (element == "p") m_out.newline();
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
  FallbackLabel m_label;
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
    if (block.kind != BlockKind::paragraph || block.caption) continue;
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
  write_skip_link(out, context);
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
  out.attribute("id", "content");
  out.newline();
  out.open("article");
  out.newline();
  bool english_label = ui_is_english(context, ui::fallback_label, 1);
  Renderer renderer(out, {ui_text(context, ui::fallback_label), english_label ? "en" : lang,
                          english_label ? "ltr" : context.language.dir()});
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
