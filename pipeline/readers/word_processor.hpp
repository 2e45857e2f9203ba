#pragma once
// What the .docx and .odt readers share once each has read its own XML: paragraphs described
// by what their style means (title, heading, quotation, list item), assembled into the
// Document's blocks, and the statement roles and metadata a word processor's document gives
// in place of front matter.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "doc/document.hpp"
#include "readers/zip_archive.hpp"
#include "xml/xml_document.hpp"

namespace leafpress::readers {

/// Word-processor documents have no lines: a span's line is the paragraph's index (1-based,
/// counting every paragraph of the body, table cells included) and its column 0.
SourceSpan paragraph_span(const std::string& path, size_t paragraph_index);

/// Character formatting of a run of text, as far as a statement keeps it.
struct RunFormat {
  bool bold = false;
  bool italic = false;
  bool strike = false;
  std::string link;  // the hyperlink the run belongs to, if any

  friend bool operator==(const RunFormat&, const RunFormat&) = default;
};

/// Word processors split text into runs at every edit; the collector takes the runs in order
/// and nests them as the Document does (link ⊃ strong ⊃ emphasis ⊃ strikethrough), joining
/// neighbours with the same formatting.
class InlineCollector {
 public:
  void text(std::string_view text, const RunFormat& format, const SourceSpan& span);
  /// A line break, an image or any other leaf inline.
  void leaf(doc::Inline leaf, const RunFormat& format);
  [[nodiscard]] bool empty() const { return m_pieces.empty(); }
  /// The nested inlines, text in NFC; the collector is empty afterwards.
  std::vector<doc::Inline> finish();

 private:
  std::vector<std::pair<RunFormat, doc::Inline>> m_pieces;
};

/// Notes for the build, each message once per document (at its first place).
class ReadingNotes {
 public:
  void add(const SourceSpan& where, const std::string& message);
  std::vector<doc::ReadingNote> take() { return std::move(m_notes); }

 private:
  std::vector<doc::ReadingNote> m_notes;
};

/// One XML part of a document archive, checked to be UTF-8 and parsed; errors name the file
/// and the part ("source-docs/x.docx (word/document.xml):3: …"). A missing part is nullopt
/// unless `required`.
Result<std::optional<xml::XmlNode>> read_xml_part(ZipArchive& archive, const std::string& path, const std::string& part,
                                                  bool required);

/// The attribute's value on `node`, or "" when the node or the attribute is absent.
std::string attribute_of(const xml::XmlNode* node, std::string_view attribute);

/// The part a relationship target names, relative to the folder of the part holding the
/// relationship ("media/a.png" from word/ → "word/media/a.png"); nullopt when it leaves the
/// archive.
std::optional<std::string> resolve_part(std::string_view folder, std::string_view target);

/// The picture stored in the archive's `part` as an Image inline whose text is `alt`, its bytes
/// added to `media` once. A picture not in the archive (linked, not embedded) gives nullopt
/// and a note: the caller keeps its alt text. Errors: a picture that expands beyond the
/// limits (a zip bomb) or is damaged, which refuse the whole file.
Result<std::optional<doc::Inline>> embedded_picture(ZipArchive& archive, const std::optional<std::string>& part,
                                                    const std::string& alt, const SourceSpan& span,
                                                    std::map<std::string, std::string>& media, ReadingNotes& notes);

/// Appends a paragraph's inlines to a table cell, after a line break when the cell has text.
void add_to_cell(doc::Block& cell, std::vector<doc::Inline> inlines, const SourceSpan& span);

/// A paragraph as its style presents it.
struct StyledParagraph {
  enum class Kind { normal, title, heading, quote, list_item, caption };
  Kind kind = Kind::normal;
  int level = 0;         // heading: 1–6; list_item: nesting depth from 0
  bool ordered = false;  // list_item: numbered rather than bulleted
  int start = 1;         // list_item: the number its list starts at
  std::string list;      // list_item: which list it belongs to (a change starts another)
  std::vector<doc::Inline> inlines;
  SourceSpan span;
};

/// Builds blocks from paragraphs in order: consecutive list items make one list (deeper
/// levels nest in the item before them), consecutive quotation paragraphs one quotation.
class BlockAssembler {
 public:
  void add(StyledParagraph paragraph);
  /// A block made elsewhere (a table, an image paragraph) ends any open list or quotation.
  void add_block(doc::Block block);
  /// The blocks, and the index of the first Title-styled paragraph among them, if any.
  std::vector<doc::Block> finish();
  [[nodiscard]] std::optional<size_t> title_index() const { return m_title; }

 private:
  void close_open();
  std::vector<doc::Block> m_blocks;
  std::optional<size_t> m_title;
  std::vector<doc::Block> m_lists;  // open lists, outermost first
  std::vector<std::string> m_list_ids;
  std::optional<doc::Block> m_quote;
};

/// The core properties that stand in for front matter.
struct DocumentProperties {
  std::string title;        // dc:title: names the title paragraph (or adds one)
  std::string description;  // dc:description → meta "description"
  std::string date;         // dc:date → meta "date"
};

/// A Document from assembled blocks. Roles: the Title-styled paragraph is the title, else the
/// paragraph whose text equals dc:title (added first when none does), else the plain-text
/// rule (the first of the first four blocks that is a short one-line paragraph…); blocks
/// before the title are its preamble; the last block is the category by the plain-text rule;
/// the rest is body. `media` holds the images the document carries (part name → bytes) and
/// `warnings` what was read only approximately.
doc::Document word_processor_document(std::vector<doc::Block> blocks, std::optional<size_t> styled_title,
                                      const DocumentProperties& properties, const std::string& path,
                                      const std::string& lang);

/// What the .docx and .odt readers share while reading one file: the archive, the paragraph
/// count that spans name, the blocks assembled so far, notes, the pictures taken from the
/// archive and the first error met inside a paragraph.
class WordProcessorReading {
 protected:
  WordProcessorReading(ZipArchive& archive, const std::string& path) : m_archive(archive), m_path(path) {}

  [[nodiscard]] SourceSpan here() const { return paragraph_span(m_path, m_paragraphs); }
  /// Adds the picture stored at `part` to the paragraph, or its description when it is not in
  /// the archive (linked, not embedded); a zip bomb or a damaged picture becomes the file's
  /// failure.
  void place_picture(const std::optional<std::string>& part, const std::string& alt, const RunFormat& format,
                     InlineCollector& collector);
  /// The Document read (blocks, properties, pictures, notes), or the first failure.
  Result<doc::Document> finish(const std::string& lang);

  ZipArchive& m_archive;
  const std::string& m_path;
  DocumentProperties m_properties;
  BlockAssembler m_blocks;
  ReadingNotes m_notes;
  std::map<std::string, std::string> m_media;
  size_t m_paragraphs = 0;
  std::optional<Error> m_failure;  // the first error met inside a paragraph
};

/// True for the hyperlink targets a statement may keep: http(s) and mailto (anything else,
/// such as file: or a macro, becomes plain text).
bool is_web_link(std::string_view url);

}  // namespace leafpress::readers
