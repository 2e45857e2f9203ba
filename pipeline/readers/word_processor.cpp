#include "readers/word_processor.hpp"

#include <algorithm>

#include "base/utf8.hpp"
#include "readers/front_matter.hpp"
#include "readers/statement_roles.hpp"
#include "text/nfc.hpp"

namespace leafpress::readers {

using doc::Block;
using doc::BlockKind;
using doc::Role;

namespace {

constexpr size_t k_title_search = 4;  // as for plain text: the title is among the first four blocks

Block paragraph_block(StyledParagraph& paragraph, BlockKind kind) {
  Block block;
  block.kind = kind;
  block.inlines = std::move(paragraph.inlines);
  block.span = paragraph.span;
  return block;
}

}  // namespace

void InlineCollector::text(std::string_view text, const RunFormat& format, const SourceSpan& span) {
  if (text.empty()) return;
  if (!m_pieces.empty() && m_pieces.back().first == format && m_pieces.back().second.kind == doc::InlineKind::text) {
    m_pieces.back().second.text += text;
    return;
  }
  doc::Inline node;
  node.text = std::string(text);
  node.span = span;
  m_pieces.emplace_back(format, std::move(node));
}

void InlineCollector::leaf(doc::Inline leaf, const RunFormat& format) {
  m_pieces.emplace_back(format, std::move(leaf));
}

namespace {

using Piece = std::pair<RunFormat, doc::Inline>;

// Nests pieces[begin, end) from formatting layer `layer` inwards: 0 link, 1 strong,
// 2 emphasis, 3 strikethrough, 4 the pieces themselves.
void nest(std::vector<Piece>& pieces, size_t begin, size_t end, int layer, std::vector<doc::Inline>& out) {
  if (layer == 4) {
    for (size_t i = begin; i < end; ++i) {
      doc::Inline& node = pieces[i].second;
      if (node.kind == doc::InlineKind::text) node.text = text::to_nfc(node.text);
      if (node.kind == doc::InlineKind::text && !out.empty() && out.back().kind == doc::InlineKind::text)
        out.back().text += node.text;
      else out.push_back(std::move(node));
    }
    return;
  }
  auto key = [&](size_t i) -> std::string {
    const RunFormat& format = pieces[i].first;
    switch (layer) {
      case 0: return format.link;
      case 1: return format.bold ? "b" : "";
      case 2: return format.italic ? "i" : "";
      default: return format.strike ? "s" : "";
    }
  };
  for (size_t i = begin; i < end;) {
    size_t j = i + 1;
    while (j < end && key(j) == key(i)) ++j;
    if (key(i).empty()) {
      nest(pieces, i, j, layer + 1, out);
    } else {
      doc::Inline wrapper;
      wrapper.kind = layer == 0   ? doc::InlineKind::link
                     : layer == 1 ? doc::InlineKind::strong
                     : layer == 2 ? doc::InlineKind::emphasis
                                  : doc::InlineKind::strikethrough;
      if (layer == 0) wrapper.url = pieces[i].first.link;
      wrapper.span = pieces[i].second.span;
      nest(pieces, i, j, layer + 1, wrapper.children);
      out.push_back(std::move(wrapper));
    }
    i = j;
  }
}

}  // namespace

std::vector<doc::Inline> InlineCollector::finish() {
  std::vector<doc::Inline> out;
  nest(m_pieces, 0, m_pieces.size(), 0, out);
  m_pieces.clear();
  return out;
}

void ReadingNotes::add(const SourceSpan& where, const std::string& message) {
  for (const auto& note : m_notes)
    if (note.message == message) return;
  m_notes.push_back({where, message});
}

Result<std::optional<xml::XmlNode>> read_xml_part(ZipArchive& archive, const std::string& path, const std::string& part,
                                                  bool required) {
  if (!archive.contains(part)) {
    if (!required) return std::nullopt;
    return fail({path}, "the document has no part \"" + part + "\"; it is damaged or not what its name says");
  }
  auto bytes = archive.read(part);
  if (!bytes) return std::unexpected(bytes.error());
  std::string where = path + " (" + part + ")";
  if (auto bad = utf8::find_invalid(*bytes))
    return fail({where}, "the part is not UTF-8 text (invalid byte at offset " + std::to_string(*bad) +
                             "); the file is damaged");
  auto parsed = xml::parse_xml(*bytes, where);
  if (!parsed) return std::unexpected(parsed.error());
  return std::optional<xml::XmlNode>(std::move(*parsed));
}

std::string attribute_of(const xml::XmlNode* node, std::string_view attribute) {
  const std::string* value = node ? node->attribute(attribute) : nullptr;
  return value ? *value : std::string();
}

std::optional<std::string> resolve_part(std::string_view folder, std::string_view target) {
  std::vector<std::string_view> parts;
  std::string_view rest = target;
  if (rest.starts_with('/')) rest.remove_prefix(1);
  else if (!folder.empty()) {
    for (size_t start = 0; start < folder.size();) {
      size_t end = folder.find('/', start);
      if (end == std::string_view::npos) end = folder.size();
      if (end > start) parts.push_back(folder.substr(start, end - start));
      start = end + 1;
    }
  }
  for (size_t start = 0; start <= rest.size();) {
    size_t end = rest.find('/', start);
    if (end == std::string_view::npos) end = rest.size();
    std::string_view part = rest.substr(start, end - start);
    if (part == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string out;
  for (auto part : parts) out += (out.empty() ? "" : "/") + std::string(part);
  if (!is_safe_part_name(out)) return std::nullopt;
  return out;
}

Result<std::optional<doc::Inline>> embedded_picture(ZipArchive& archive, const std::optional<std::string>& part,
                                                    const std::string& alt, const SourceSpan& span,
                                                    std::map<std::string, std::string>& media, ReadingNotes& notes) {
  if (!part || !archive.contains(*part)) {
    notes.add(span, "a picture that is linked rather than embedded is not read; its description stands in");
    return std::nullopt;
  }
  if (!media.contains(*part)) {
    auto bytes = archive.read(*part);
    if (!bytes) return std::unexpected(bytes.error());
    media[*part] = std::move(*bytes);
  }
  doc::Inline image;
  image.kind = doc::InlineKind::image;
  image.url = *part;
  image.span = span;
  if (!alt.empty()) {
    doc::Inline text;
    text.text = text::to_nfc(alt);
    text.span = span;
    image.children.push_back(std::move(text));
  } else {
    notes.add(span,
              "a picture has no description (alt text); add one in the word processor so that readers who "
              "cannot see it are told what it shows");
  }
  return image;
}

void WordProcessorReading::place_picture(const std::optional<std::string>& part, const std::string& alt,
                                         const RunFormat& format, InlineCollector& collector) {
  auto image = embedded_picture(m_archive, part, alt, here(), m_media, m_notes);
  if (!image) {  // a zip bomb or a damaged picture refuses the whole file
    if (!m_failure) m_failure = image.error();
    return;
  }
  if (*image) collector.leaf(std::move(**image), format);
  else collector.text(alt, format, here());
}

Result<doc::Document> WordProcessorReading::finish(const std::string& lang) {
  if (m_failure) return std::unexpected(*m_failure);
  std::optional<size_t> title = m_blocks.title_index();
  doc::Document document = word_processor_document(m_blocks.finish(), title, m_properties, m_path, lang);
  document.media = std::move(m_media);
  document.notes = m_notes.take();
  return document;
}

void add_to_cell(doc::Block& cell, std::vector<doc::Inline> inlines, const SourceSpan& span) {
  if (!cell.inlines.empty() && !inlines.empty()) {
    doc::Inline line_break;
    line_break.kind = doc::InlineKind::line_break;
    line_break.span = span;
    cell.inlines.push_back(std::move(line_break));
  }
  for (auto& node : inlines) cell.inlines.push_back(std::move(node));
}

SourceSpan paragraph_span(const std::string& path, size_t paragraph_index) {
  return SourceSpan{path, static_cast<uint32_t>(paragraph_index), 0};
}

bool is_web_link(std::string_view url) {
  return url.starts_with("http://") || url.starts_with("https://") || url.starts_with("mailto:");
}

void BlockAssembler::close_open() {
  while (!m_lists.empty()) {
    Block done = std::move(m_lists.back());
    m_lists.pop_back();
    m_list_ids.pop_back();
    if (m_lists.empty()) m_blocks.push_back(std::move(done));
    else m_lists.back().children.back().children.push_back(std::move(done));
  }
  if (m_quote) {
    m_blocks.push_back(std::move(*m_quote));
    m_quote.reset();
  }
}

void BlockAssembler::add_block(Block block) {
  close_open();
  m_blocks.push_back(std::move(block));
}

void BlockAssembler::add(StyledParagraph paragraph) {
  using Kind = StyledParagraph::Kind;
  if (paragraph.kind == Kind::list_item) {
    if (m_quote || (!m_lists.empty() && m_list_ids.front() != paragraph.list)) close_open();
    // A list item deeper than the open lists nests one level in the last item; a shallower
    // one closes the deeper lists. Levels skipped in the source nest only one step.
    size_t depth = static_cast<size_t>(std::max(paragraph.level, 0)) + 1;
    while (m_lists.size() > depth) {
      Block done = std::move(m_lists.back());
      m_lists.pop_back();
      m_list_ids.pop_back();
      m_lists.back().children.back().children.push_back(std::move(done));
    }
    if (m_lists.size() < depth && (m_lists.empty() || !m_lists.back().children.empty())) {
      Block list;
      list.kind = BlockKind::list;
      list.ordered = paragraph.ordered;
      list.start = paragraph.start;
      list.span = paragraph.span;
      m_lists.push_back(std::move(list));
      m_list_ids.push_back(paragraph.list);
    }
    Block item;
    item.kind = BlockKind::list_item;
    item.span = paragraph.span;
    item.children.push_back(paragraph_block(paragraph, BlockKind::paragraph));
    m_lists.back().children.push_back(std::move(item));
    return;
  }
  if (paragraph.kind == Kind::quote) {
    if (!m_lists.empty()) close_open();
    if (!m_quote) {
      m_quote.emplace();
      m_quote->kind = BlockKind::quote;
      m_quote->span = paragraph.span;
    }
    m_quote->children.push_back(paragraph_block(paragraph, BlockKind::paragraph));
    return;
  }
  close_open();
  if (paragraph.kind == Kind::title) {
    if (!m_title) m_title = m_blocks.size();
    Block block = paragraph_block(paragraph, BlockKind::heading);
    block.level = 1;
    m_blocks.push_back(std::move(block));
  } else if (paragraph.kind == Kind::heading) {
    Block block = paragraph_block(paragraph, BlockKind::heading);
    block.level = std::clamp(paragraph.level, 1, 6);
    m_blocks.push_back(std::move(block));
  } else {
    Block block = paragraph_block(paragraph, BlockKind::paragraph);
    block.caption = paragraph.kind == Kind::caption;
    m_blocks.push_back(std::move(block));
  }
}

std::vector<Block> BlockAssembler::finish() {
  close_open();
  return std::move(m_blocks);
}

doc::Document word_processor_document(std::vector<Block> blocks, std::optional<size_t> styled_title,
                                      const DocumentProperties& properties, const std::string& path,
                                      const std::string& lang) {
  doc::Document document;
  document.path = path;
  document.name = document_name(path);
  document.lang = lang;
  if (!properties.title.empty()) document.meta["title"] = properties.title;
  if (!properties.description.empty()) document.meta["description"] = properties.description;
  if (!properties.date.empty()) document.meta["date"] = properties.date;

  std::optional<size_t> title = styled_title;
  if (!title && !properties.title.empty()) title = find_or_add_title(blocks, properties.title, paragraph_span(path, 0));
  for (size_t i = 0; !title && i + 1 < blocks.size() && i < k_title_search; ++i)
    if (is_title_candidate(blocks[i], 1)) title = i;
  size_t first_body = title ? *title + 1 : 0;
  std::optional<size_t> category;
  if (blocks.size() >= first_body + 2 && is_category_candidate(blocks.back(), 1)) category = blocks.size() - 1;

  for (size_t i = 0; i < blocks.size(); ++i) {
    if (title && i < *title) blocks[i].role = Role::preamble;
    else if (title && i == *title) make_title(blocks[i]);
    else if (category && i == *category) blocks[i].role = Role::category;
    else blocks[i].role = Role::body;
  }
  document.blocks = std::move(blocks);
  return document;
}

}  // namespace leafpress::readers
