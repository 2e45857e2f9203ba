// The Markdown reader: GitHub-flavoured Markdown through cmark-gfm with its table,
// strikethrough and autolink extensions, walked once with cmark's iterator (no
// recursion, so deeply nested input cannot exhaust the stack; nesting beyond k_max_nesting is
// an error). Roles: a level-1 heading that opens the document is its title; other blocks have
// no role unless the front matter's "roles" lists one per top-level block (as for .txt), or
// its "title" and "category" name them (found in the text, else added; see front_matter.hpp).
// Mapping: soft line breaks become spaces (hard wrapping is undone), hard breaks LineBreak,
// images Image inlines holding their alt text, tables Table/Row/Cell blocks (a header row
// marked), raw HTML blocks verbatim code blocks with info "html", inline raw HTML plain text
// (never markup).
#include "readers/markdown_reader.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

#include "base/utf8.hpp"
#include "readers/front_matter.hpp"
#include "text/nfc.hpp"
#include "text/segment.hpp"

namespace leafpress::readers {

namespace {

using doc::Block;
using doc::BlockKind;
using doc::Inline;
using doc::InlineKind;
using doc::Role;

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

// The extensions' node types are registered at run time, so they are told apart by name.
enum class Extension { none, table, table_row, table_cell, strikethrough };

Extension extension_of(cmark_node* node) {
  if (cmark_node_get_syntax_extension(node) == nullptr) return Extension::none;
  std::string_view name = cmark_node_get_type_string(node);
  if (name == "table") return Extension::table;
  if (name == "table_row" || name == "table_header") return Extension::table_row;
  if (name == "table_cell") return Extension::table_cell;
  if (name == "strikethrough") return Extension::strikethrough;
  return Extension::none;
}

// A parser with GitHub's table, strikethrough and autolink extensions.
std::unique_ptr<cmark_parser, ParserDeleter> gfm_parser() {
  cmark_gfm_core_extensions_ensure_registered();
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  if (!parser) return parser;
  for (const char* name : {"table", "strikethrough", "autolink"})
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), extension);
  return parser;
}

class MarkdownBuilder {
 public:
  explicit MarkdownBuilder(const SourceText& source) : m_source(source) {
    m_blocks.emplace_back();  // the document's root collects top-level blocks
  }

  Result<std::vector<Block>> build(cmark_node* root) {
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      auto ok = event == CMARK_EVENT_ENTER ? enter(node) : exit(node);
      if (!ok) return std::unexpected(ok.error());
    }
    return std::move(m_blocks.front().children);
  }

 private:
  // The span at a cmark line and byte column (1-based), clamped to the line.
  SourceSpan span_at(int line, int column) {
    size_t index = std::min(static_cast<size_t>(line - 1), m_source.line_starts.size() - 1);
    size_t start = m_source.line_starts[index];
    size_t line_end = index + 1 < m_source.line_starts.size() ? m_source.line_starts[index + 1] : m_source.text.size();
    size_t offset = std::min(start + static_cast<size_t>(std::max(column, 1) - 1), line_end);
    // cmark counts columns in bytes; step back to the start of a code point.
    while (offset > start && offset < m_source.text.size() &&
           (static_cast<unsigned char>(m_source.text[offset]) & 0xC0) == 0x80)
      --offset;
    return m_source.span_at(offset);
  }

  SourceSpan span_of(cmark_node* node) {
    int line = cmark_node_get_start_line(node);
    int column = cmark_node_get_start_column(node);
    if (line > 0 && cmark_node_get_type(node) == CMARK_NODE_CODE) {
      // cmark places a code span at its content; the span starts at the opening backticks.
      size_t index = std::min(static_cast<size_t>(line - 1), m_source.line_starts.size() - 1);
      size_t offset = m_source.line_starts[index] + static_cast<size_t>(std::max(column, 1) - 1);
      while (column > 1 && offset > m_source.line_starts[index] && offset <= m_source.text.size() &&
             m_source.text[offset - 1] == '`') {
        --offset;
        --column;
      }
    }
    if (line <= 0) {
      // Soft breaks carry no position: they start right after the node before them.
      cmark_node* previous = cmark_node_previous(node);
      if (previous && cmark_node_get_end_line(previous) > 0) {
        line = cmark_node_get_end_line(previous);
        column = cmark_node_get_end_column(previous) + 1;
      }
    }
    if (line <= 0) return m_last_span;
    m_last_span = span_at(line, column);
    return m_last_span;
  }

  char source_char(cmark_node* node) {
    int line = cmark_node_get_start_line(node);
    int column = cmark_node_get_start_column(node);
    if (line <= 0 || static_cast<size_t>(line) > m_source.line_starts.size()) return '-';
    size_t offset = m_source.line_starts[static_cast<size_t>(line - 1)] + static_cast<size_t>(std::max(column, 1) - 1);
    while (offset < m_source.text.size() && (m_source.text[offset] == ' ' || m_source.text[offset] == '\t')) ++offset;
    if (offset < m_source.text.size() && std::string_view("-*+").find(m_source.text[offset]) != std::string_view::npos)
      return m_source.text[offset];
    return '-';
  }

  Result<bool> too_deep(cmark_node* node) {
    return fail(span_of(node), "Markdown nests more than " + std::to_string(k_max_nesting) + " levels deep");
  }

  // Where inline content goes now: the open inline, else the open paragraph or heading.
  std::vector<Inline>& inline_target() {
    if (!m_inlines.empty()) return m_inlines.back().children;
    return m_blocks.back().inlines;
  }

  void add_text(std::string_view text, cmark_node* node) {
    if (text.empty()) return;
    auto& target = inline_target();
    if (!target.empty() && target.back().kind == InlineKind::text) {
      target.back().text += text;
      return;
    }
    Inline inline_node;
    inline_node.kind = InlineKind::text;
    inline_node.text = std::string(text);
    inline_node.span = span_of(node);
    target.push_back(std::move(inline_node));
  }

  // cmark's encoder writes U+FFFE and U+FFFF (from &#xFFFE; or &#xFFFF;) as the single bytes
  // 0xFE and 0xFF, which are not UTF-8. The source was validated before parsing, so an invalid
  // byte here can only come from such an entity: it becomes U+FFFD, as cmark does for &#0;.
  static std::string from_cmark(const char* text) {
    std::string_view rest = text ? std::string_view(text) : std::string_view();
    std::string out;
    for (size_t bad; (bad = utf8::find_invalid(rest).value_or(std::string_view::npos)) != std::string_view::npos;) {
      out += rest.substr(0, bad);
      out += "\xEF\xBF\xBD";
      rest.remove_prefix(bad + 1);
    }
    out += rest;
    return out;
  }

  static std::string literal(cmark_node* node) { return from_cmark(cmark_node_get_literal(node)); }

  Result<bool> push_block(cmark_node* node, Block block) {
    if (m_blocks.size() > static_cast<size_t>(k_max_nesting)) return too_deep(node);
    block.span = span_of(node);
    m_blocks.push_back(std::move(block));
    return true;
  }

  Result<bool> push_inline(cmark_node* node, Inline inline_node) {
    if (m_inlines.size() >= static_cast<size_t>(k_max_nesting)) return too_deep(node);
    inline_node.span = span_of(node);
    m_inlines.push_back(std::move(inline_node));
    return true;
  }

  void add_leaf_block(Block block, cmark_node* node) {
    block.span = span_of(node);
    m_blocks.back().children.push_back(std::move(block));
  }

  Result<bool> enter_extension(cmark_node* node, Extension extension) {
    Block block;
    switch (extension) {
      case Extension::table: block.kind = BlockKind::table; return push_block(node, std::move(block));
      case Extension::table_row:
        block.kind = BlockKind::table_row;
        block.header = cmark_gfm_extensions_get_table_row_is_header(node) != 0;
        return push_block(node, std::move(block));
      case Extension::table_cell: block.kind = BlockKind::table_cell; return push_block(node, std::move(block));
      case Extension::strikethrough: {
        Inline inline_node;
        inline_node.kind = InlineKind::strikethrough;
        return push_inline(node, std::move(inline_node));
      }
      case Extension::none: return true;
    }
    return true;
  }

  Result<bool> exit_extension(Extension extension) {
    if (extension == Extension::strikethrough) return close_inline();
    if (extension != Extension::none) close_block();
    return true;
  }

  void close_block() {
    Block done = std::move(m_blocks.back());
    to_nfc(done.inlines);
    m_blocks.pop_back();
    std::optional<Block> caption = caption_of(done);
    m_blocks.back().children.push_back(std::move(done));
    if (caption) m_blocks.back().children.push_back(std::move(*caption));
  }

  // A picture alone in its paragraph with a title (![alt](photo.jpg "Caption")) is a figure:
  // the title becomes the caption paragraph after it, translated like any other text. A
  // picture among words keeps its title as a tooltip.
  static std::optional<Block> caption_of(Block& paragraph) {
    if (paragraph.kind != BlockKind::paragraph) return std::nullopt;
    Inline* picture = nullptr;
    for (Inline& node : paragraph.inlines) {
      if (node.kind == InlineKind::image && !picture) picture = &node;
      else if (node.kind != InlineKind::text || node.text.find_first_not_of(" \t") != std::string::npos)
        return std::nullopt;
    }
    if (!picture || picture->title.find_first_not_of(" \t") == std::string::npos) return std::nullopt;
    Block caption;
    caption.kind = BlockKind::paragraph;
    caption.caption = true;
    caption.span = picture->span;
    Inline words;
    words.text = text::to_nfc(picture->title);
    words.span = picture->span;
    caption.inlines.push_back(std::move(words));
    picture->title.clear();
    return caption;
  }

  Result<bool> close_inline() {
    Inline done = std::move(m_inlines.back());
    m_inlines.pop_back();
    inline_target().push_back(std::move(done));
    return true;
  }

  Result<bool> enter(cmark_node* node) {
    if (Extension extension = extension_of(node); extension != Extension::none) return enter_extension(node, extension);
    Block block;
    Inline inline_node;
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_DOCUMENT: return true;
      case CMARK_NODE_BLOCK_QUOTE: block.kind = BlockKind::quote; return push_block(node, std::move(block));
      case CMARK_NODE_LIST:
        block.kind = BlockKind::list;
        block.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        if (block.ordered) block.start = cmark_node_get_list_start(node);
        else block.bullet = source_char(node);
        return push_block(node, std::move(block));
      case CMARK_NODE_ITEM: block.kind = BlockKind::list_item; return push_block(node, std::move(block));
      case CMARK_NODE_PARAGRAPH: block.kind = BlockKind::paragraph; return push_block(node, std::move(block));
      case CMARK_NODE_HEADING:
        block.kind = BlockKind::heading;
        block.level = cmark_node_get_heading_level(node);
        return push_block(node, std::move(block));
      case CMARK_NODE_CODE_BLOCK: {
        block.kind = BlockKind::code_block;
        block.text = literal(node);
        block.info = from_cmark(cmark_node_get_fence_info(node));
        add_leaf_block(std::move(block), node);
        return true;
      }
      case CMARK_NODE_HTML_BLOCK:
        block.kind = BlockKind::code_block;
        block.text = literal(node);
        block.info = "html";
        add_leaf_block(std::move(block), node);
        return true;
      case CMARK_NODE_THEMATIC_BREAK:
        block.kind = BlockKind::thematic_break;
        add_leaf_block(std::move(block), node);
        return true;
      case CMARK_NODE_TEXT:
      case CMARK_NODE_HTML_INLINE: add_text(literal(node), node); return true;
      case CMARK_NODE_SOFTBREAK: add_text(" ", node); return true;
      case CMARK_NODE_LINEBREAK:
        inline_node.kind = InlineKind::line_break;
        inline_node.span = span_of(node);
        inline_target().push_back(std::move(inline_node));
        return true;
      case CMARK_NODE_CODE:
        inline_node.kind = InlineKind::code;
        inline_node.text = literal(node);
        inline_node.span = span_of(node);
        inline_target().push_back(std::move(inline_node));
        return true;
      case CMARK_NODE_EMPH: inline_node.kind = InlineKind::emphasis; return push_inline(node, std::move(inline_node));
      case CMARK_NODE_STRONG: inline_node.kind = InlineKind::strong; return push_inline(node, std::move(inline_node));
      case CMARK_NODE_LINK: {
        inline_node.kind = InlineKind::link;
        inline_node.url = from_cmark(cmark_node_get_url(node));
        inline_node.title = from_cmark(cmark_node_get_title(node));
        return push_inline(node, std::move(inline_node));
      }
      case CMARK_NODE_IMAGE: {  // its alt text becomes the image's children
        inline_node.kind = InlineKind::image;
        inline_node.url = from_cmark(cmark_node_get_url(node));
        inline_node.title = from_cmark(cmark_node_get_title(node));
        return push_inline(node, std::move(inline_node));
      }
      default: return true;  // footnotes are not enabled; custom nodes do not occur
    }
  }

  Result<bool> exit(cmark_node* node) {
    if (Extension extension = extension_of(node); extension != Extension::none) return exit_extension(extension);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_BLOCK_QUOTE:
      case CMARK_NODE_LIST:
      case CMARK_NODE_ITEM:
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING: close_block(); return true;
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG:
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE: return close_inline();
      default: return true;
    }
  }

  // The source is NFC, but an entity (&#xFAAC;, or a combining mark after a letter) can decode
  // to text that is not: the text of a finished paragraph or heading is normalised once, as a
  // translation of it will be.
  static void to_nfc(std::vector<Inline>& inlines) {
    for (Inline& inline_node : inlines) {
      if (inline_node.kind == InlineKind::text) inline_node.text = text::to_nfc(inline_node.text);
      to_nfc(inline_node.children);
    }
  }

  const SourceText& m_source;
  std::vector<Block> m_blocks;    // open blocks; front() is the document root
  std::vector<Inline> m_inlines;  // open inlines of the current paragraph or heading
  SourceSpan m_last_span;         // for nodes cmark gives no position
};

}  // namespace

Result<doc::Document> read_markdown(const SourceText& source, const std::string& lang) {
  if (auto keys = check_front_matter_keys(source); !keys) return std::unexpected(keys.error());
  auto parser = gfm_parser();
  std::unique_ptr<cmark_node, NodeDeleter> root;
  if (parser) {
    cmark_parser_feed(parser.get(), source.text.data(), source.text.size());
    root.reset(cmark_parser_finish(parser.get()));
  }
  if (!root) return fail({source.path, source.first_line, 1}, "the Markdown parser ran out of memory");
  MarkdownBuilder builder(source);
  auto blocks = builder.build(root.get());
  if (!blocks) return std::unexpected(blocks.error());

  doc::Document document;
  document.path = source.path;
  document.name = document_name(source.path);
  document.lang = lang;
  for (const auto& [key, value] : source.front.values) document.meta[key] = value;
  document.blocks = std::move(*blocks);
  std::vector<Block>& top = document.blocks;

  auto roles = front_matter_roles(source, top.size());
  if (!roles) return std::unexpected(roles.error());
  if (*roles) {
    for (size_t i = 0; i < top.size(); ++i) top[i].role = (**roles)[i];
    return document;
  }
  // A title and category named in front matter are found in the text or added to it, so
  // they are translated like the rest; blocks before a named title are its preamble.
  std::optional<size_t> title;
  if (auto named = source.front.values.find("title"); named != source.front.values.end()) {
    title = find_or_add_title(top, named->second, front_matter_span(source, "title"));
    for (size_t i = 0; i < *title; ++i) top[i].role = Role::preamble;
  } else if (!top.empty() && top.front().kind == BlockKind::heading && top.front().level == 1) {
    title = 0;
  }
  if (title) top[*title].role = Role::title;
  if (auto named = source.front.values.find("category"); named != source.front.values.end()) {
    size_t first_body = title ? *title + 1 : 0;
    if (auto category = find_or_add_category(top, named->second, first_body, front_matter_span(source, "category")))
      top[*category].role = Role::category;
  }
  return document;
}

}  // namespace leafpress::readers
