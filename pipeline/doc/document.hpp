#pragma once
// Document: a statement as plain data, independent of its input and output formats.
#include <map>
#include <string>
#include <vector>

#include "base/source_span.hpp"

namespace leafpress::doc {

enum class InlineKind {
  text,           // m_text holds the characters
  emphasis,       // children
  strong,         // children
  link,           // children; url holds the target
  code,           // m_text holds the characters (verbatim)
  line_break,     // a hard line break
  strikethrough,  // children (GitHub-flavoured ~~text~~, Word's strike)
  image,          // children are the alt text; url holds the image's path as written
};

struct Inline {
  InlineKind kind = InlineKind::text;
  std::string text;              // for text and code
  std::string url;               // for link and image
  std::string title;             // for link (optional)
  std::vector<Inline> children;  // for emphasis, strong, link
  SourceSpan span;

  friend bool operator==(const Inline&, const Inline&) = default;
};

enum class BlockKind {
  heading,     // level 1–6, inlines
  paragraph,   // inlines
  quote,       // children (blocks)
  list,        // children are list_item; ordered, start
  list_item,   // children (blocks)
  code_block,  // text (verbatim, not translated)
  thematic_break,
  table,       // children are table_row; the first rows may be header rows
  table_row,   // children are table_cell; header marks a header row
  table_cell,  // inlines
};

/// The part a block plays in a statement.
enum class Role {
  none,      // ordinary content (e.g. Markdown without statement structure)
  preamble,  // words of the supporter before the statement proper
  title,
  body,
  category,  // the trailing tag line ("Community & diversity in Lewisham")
};

/// "none", "preamble", "title", "body", "category".
const char* role_name(Role role);

struct Block {
  BlockKind kind = BlockKind::paragraph;
  Role role = Role::none;
  int level = 0;                // heading level
  bool ordered = false;         // list
  int start = 1;                // ordered list start
  char bullet = '-';            // bullet list marker as written
  bool header = false;          // table_row: a header row (its cells label the columns)
  bool caption = false;         // paragraph: the caption of the picture in the paragraph before it
  std::string text;             // code_block content
  std::string info;             // code_block info string
  std::vector<Inline> inlines;  // heading, paragraph
  std::vector<Block> children;  // quote, list, list_item
  SourceSpan span;
  // Set by translation: a block shown in another language than the document
  // (e.g. an untranslated paragraph in English inside the Polish page).
  std::string lang;

  friend bool operator==(const Block&, const Block&) = default;
};

/// Something a reader read only approximately (a tracked change taken as accepted, a field
/// read as its last result, an element it does not know), for the build to report.
struct ReadingNote {
  SourceSpan where;
  std::string message;

  friend bool operator==(const ReadingNote&, const ReadingNote&) = default;
};

struct Document {
  std::string path;                         // relative to the project root, e.g. source-docs/x.txt
  std::string name;                         // file stem, used for output names
  std::string lang;                         // BCP 47 tag of the text
  std::map<std::string, std::string> meta;  // front matter: title, date, author, category…
  std::vector<Block> blocks;
  // Images carried inside the source file (a .docx's word/media/…): an Image inline whose url
  // is a key here shows these bytes; any other url names a file of the project.
  std::map<std::string, std::string> media;
  std::vector<ReadingNote> notes;

  friend bool operator==(const Document&, const Document&) = default;
};

/// Concatenated plain text of inlines (markup dropped), for titles and descriptions.
std::string plain_text(const std::vector<Inline>& inlines);

/// The first block with this role (searching nested blocks too), or nullptr.
const Block* find_role(const Document& document, Role role);

}  // namespace leafpress::doc
