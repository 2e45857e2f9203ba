// The .docx and .odt readers, and the GitHub-flavoured Markdown reader: the seed statement
// written in each gives the plain text's units and roles; every feature the README lists as
// read is read; hostile documents are refused with an error naming the file.
#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>

#include "doc/dump.hpp"
#include "doc/golden.hpp"
#include "l10n/unit.hpp"
#include "readers/reader.hpp"
#include "readers/zip_archive.hpp"
#include "readers/zip_builder.hpp"
#include "test_support/golden.hpp"
#include "xml/xml_document.hpp"

using namespace leafpress;
namespace lt = leafpress::testing;
namespace fs = std::filesystem;
using doc::BlockKind;
using doc::InlineKind;

namespace {

fs::path documents_dir() { return fs::path(LEAFPRESS_SOURCE_DIR) / "tests" / "data" / "documents"; }

Result<doc::Document> read_fixture(const std::string& name) {
  std::string bytes = lt::read_text_file(documents_dir() / name);
  EXPECT_FALSE(bytes.empty()) << name;
  return readers::read_document(bytes, "source-docs/" + name, "en");
}

// (source, role, comment) of every unit: what translators see.
std::vector<std::string> unit_view(const doc::Document& document) {
  std::vector<std::string> out;
  for (const auto& unit : l10n::extract_units(document, l10n::Segmentation::paragraph))
    out.push_back(std::string(doc::role_name(unit.role)) + " | " + unit.comment + " | " + unit.source);
  return out;
}

std::vector<std::string> seed_text_units() {
  std::string text = lt::read_text_file(fs::path(LEAFPRESS_SOURCE_DIR) / "source-docs" / "community-and-diversity.txt");
  auto document = readers::read_document(text, "source-docs/community-and-diversity.txt", "en");
  EXPECT_TRUE(document.has_value());
  return document ? unit_view(*document) : std::vector<std::string>{};
}

bool has_note(const doc::Document& document, std::string_view words) {
  return std::ranges::any_of(document.notes, [&](const doc::ReadingNote& note) {
    return note.message.find(words) != std::string::npos;
  });
}

}  // namespace

TEST(WordDocuments, SeedAsDocxAndOdtGivesThePlainTextUnits) {
  std::vector<std::string> expected = seed_text_units();
  ASSERT_EQ(expected.size(), 10u);
  for (const char* name : {"seed.docx", "seed.odt"}) {
    auto document = read_fixture(name);
    ASSERT_TRUE(document.has_value()) << document.error().to_string();
    EXPECT_EQ(unit_view(*document), expected) << name;
    EXPECT_TRUE(document->notes.empty()) << name << ": " << document->notes.front().message;
  }
}

TEST(WordDocuments, SeedAsMarkdownGivesThePlainTextUnits) {
  auto document = read_fixture("seed.md");
  ASSERT_TRUE(document.has_value()) << document.error().to_string();
  EXPECT_EQ(unit_view(*document), seed_text_units());
}

// Neutral text: a table's cells and a picture's alt text are units, with their places noted.
TEST(WordDocuments, MarkdownTableCellsAndPictureAltTextAreUnits) {
  auto document = read_fixture("parks.md");
  ASSERT_TRUE(document.has_value()) << document.error().to_string();
  std::vector<std::string> units = unit_view(*document);
  ASSERT_EQ(units.size(), 7u);
  EXPECT_EQ(std::vector<std::string>(units.begin() + 2, units.end()),
            (std::vector<std::string>{
                "none | table, header of column 1 | Park",
                "none | table, header of column 2 | Hours",
                "none | table, row 1, column 1 | Ladywell Fields",
                "none | table, row 1, column 2 | 7–21",
                "none | paragraph 2 | <1>Children playing in a park</1>",
            }));
}

TEST(WordDocuments, EveryFeatureGolden) {
  for (const char* name : {"features.docx", "features.odt", "more-features.docx", "more-features.odt"}) {
    auto document = read_fixture(name);
    ASSERT_TRUE(document.has_value()) << document.error().to_string();
    lt::expect_golden_file(fs::path("golden") / "readers" / (std::string(name) + ".dump"), doc::dump(*document));
  }
}

// The same checks on both formats, so that each feature the README lists has a test that
// fails when it stops being read.
TEST(WordDocuments, EveryListedFeatureIsRead) {
  for (const char* name : {"features.docx", "features.odt"}) {
    SCOPED_TRACE(name);
    auto document = read_fixture(name);
    ASSERT_TRUE(document.has_value()) << document.error().to_string();
    const auto& blocks = document->blocks;
    ASSERT_GE(blocks.size(), 14u);
    // Title style → title; core properties → metadata.
    EXPECT_EQ(blocks[0].role, doc::Role::title);
    EXPECT_EQ(doc::plain_text(blocks[0].inlines), "Universal Declaration of Human Rights");
    EXPECT_EQ(document->meta.at("description"), "Article 1, with every feature");
    EXPECT_EQ(document->meta.at("date"), "2024-01-01");
    // Heading 1.
    EXPECT_EQ(blocks[1].kind, BlockKind::heading);
    EXPECT_EQ(blocks[1].level, 1);
    // Bold, italic, strikethrough.
    const auto& runs = blocks[2].inlines;
    ASSERT_EQ(runs.size(), 6u);
    EXPECT_EQ(runs[1].kind, InlineKind::strong);
    EXPECT_EQ(runs[3].kind, InlineKind::emphasis);
    EXPECT_EQ(runs[5].kind, InlineKind::strikethrough);
    // Hyperlink.
    ASSERT_FALSE(blocks[3].inlines.empty());
    EXPECT_EQ(blocks[3].inlines[0].kind, InlineKind::link);
    EXPECT_EQ(blocks[3].inlines[0].url, "https://www.un.org/en/about-us/universal-declaration-of-human-rights");
    // Line break.
    ASSERT_EQ(blocks[4].inlines.size(), 3u);
    EXPECT_EQ(blocks[4].inlines[1].kind, InlineKind::line_break);
    // A bulleted list with a nested item, then a numbered list.
    ASSERT_EQ(blocks[5].kind, BlockKind::list);
    EXPECT_FALSE(blocks[5].ordered);
    ASSERT_EQ(blocks[5].children.size(), 1u);
    ASSERT_EQ(blocks[5].children[0].children.size(), 2u);
    EXPECT_EQ(blocks[5].children[0].children[1].kind, BlockKind::list);
    ASSERT_EQ(blocks[6].kind, BlockKind::list);
    EXPECT_TRUE(blocks[6].ordered);
    EXPECT_EQ(blocks[6].children.size(), 2u);
    // Quotation.
    EXPECT_EQ(blocks[7].kind, BlockKind::quote);
    // An embedded picture with its description as alt text, carried in the Document.
    ASSERT_EQ(blocks[8].inlines.size(), 1u);
    const auto& image = blocks[8].inlines[0];
    EXPECT_EQ(image.kind, InlineKind::image);
    EXPECT_EQ(doc::plain_text(image.children), "Children playing in a park");
    ASSERT_TRUE(document->media.contains(image.url));
    EXPECT_TRUE(document->media.at(image.url).starts_with("\x89PNG"));
    // Tracked changes read as accepted, and said so.
    EXPECT_EQ(doc::plain_text(blocks[9].inlines), "Kept text and inserted text.");
    EXPECT_TRUE(has_note(*document, "tracked changes"));
    // Comments ignored, the commented text kept.
    EXPECT_EQ(doc::plain_text(blocks[10].inlines), "Commented text.");
    // A field as its last result, with a note; an unknown element named in a note.
    EXPECT_EQ(doc::plain_text(blocks[11].inlines), "Page 1");
    EXPECT_TRUE(has_note(*document, "field"));
    EXPECT_TRUE(has_note(*document, std::string(name).ends_with("docx") ? "<w:oMath>" : "<draw:custom-shape>"));
    // A table with its header row.
    ASSERT_EQ(blocks[13].kind, BlockKind::table);
    ASSERT_EQ(blocks[13].children.size(), 2u);
    EXPECT_TRUE(blocks[13].children[0].header);
    EXPECT_FALSE(blocks[13].children[1].header);
    EXPECT_EQ(doc::plain_text(blocks[13].children[1].children[1].inlines), "7–21");
    // The last short line is the category, as in plain text.
    EXPECT_EQ(blocks.back().role, doc::Role::category);
    // Spans name the paragraph by its index.
    EXPECT_EQ(blocks[2].span.line, 3u);
  }
}

// The rest of the README's list, on both formats: what is read, what is ignored, and what is
// not read with a warning naming it.
TEST(WordDocuments, EveryOtherListedFeatureIsReadIgnoredOrWarnedAbout) {
  for (const char* name : {"more-features.docx", "more-features.odt"}) {
    SCOPED_TRACE(name);
    const bool word = std::string(name).ends_with("docx");
    auto document = read_fixture(name);
    ASSERT_TRUE(document.has_value()) << document.error().to_string();
    const auto& blocks = document->blocks;
    ASSERT_GE(blocks.size(), 13u);
    // Headings 2, 3 and 6 keep their levels.
    for (size_t i : {1, 2, 3}) ASSERT_EQ(blocks[i].kind, BlockKind::heading) << i;
    EXPECT_EQ(blocks[1].level, 2);
    EXPECT_EQ(blocks[2].level, 3);
    EXPECT_EQ(blocks[3].level, 6);
    // Intense Quote (Word) and Quotations (LibreOffice) are quotations.
    EXPECT_EQ(blocks[4].kind, BlockKind::quote);
    // A link to a mail address.
    ASSERT_FALSE(blocks[5].inlines.empty());
    EXPECT_EQ(blocks[5].inlines[0].kind, InlineKind::link);
    EXPECT_EQ(blocks[5].inlines[0].url, "mailto:info@example.org");
    // A tab reads as a space.
    EXPECT_EQ(doc::plain_text(blocks[6].inlines), "Article 1");
    // Bookmarks and page breaks leave no trace in the text.
    std::string around_break = doc::plain_text(blocks[7].inlines);
    if (!word) around_break += doc::plain_text(blocks[8].inlines);
    EXPECT_EQ(around_break, "Before a page break and after it.");
    const size_t after = word ? 8 : 9;
    // Footnotes, text boxes and linked pictures: left out, each with a warning at its paragraph.
    EXPECT_EQ(doc::plain_text(blocks[after].inlines), "With a footnote.");
    EXPECT_EQ(doc::plain_text(blocks[after + 1].inlines), "With a text box.");
    EXPECT_EQ(doc::plain_text(blocks[after + 2].inlines), "A linked park picture");
    ASSERT_EQ(document->notes.size(), 3u);
    EXPECT_NE(document->notes[0].message.find("footnotes"), std::string::npos);
    EXPECT_NE(document->notes[1].message.find(word ? "<w:drawing>" : "<draw:frame>"), std::string::npos);
    EXPECT_NE(document->notes[2].message.find("linked rather than embedded"), std::string::npos);
    EXPECT_EQ(document->notes[0].where.line, blocks[after].span.line);
    EXPECT_EQ(document->notes[2].where.line, blocks[after + 2].span.line);
    // A table cell of two paragraphs: two lines.
    const doc::Block& table = blocks[after + 3];
    ASSERT_EQ(table.kind, BlockKind::table);
    ASSERT_EQ(table.children.size(), 2u);
    const auto& cell = table.children[1].children.at(0).inlines;
    ASSERT_EQ(cell.size(), 3u);
    EXPECT_EQ(cell[1].kind, InlineKind::line_break);
    EXPECT_EQ(doc::plain_text(cell), "First paragraph second paragraph");  // plain text shows a break as a space
  }
}

TEST(WordDocuments, HostileDocumentsAreRefusedNamingTheFile) {
  struct Case {
    const char* name;
    const char* words;
  };
  for (const Case& test : {Case{"zip-bomb.docx", "zip bomb"}, Case{"dot-dot.docx", "points outside it"},
                           Case{"entities.docx", "DTD"}, Case{"deep.docx", "nest"}, Case{"deep.odt", "nest"},
                           Case{"really-text.docx", "is plain text"}, Case{"damaged.docx", "damaged"}}) {
    SCOPED_TRACE(test.name);
    std::string bytes = lt::read_text_file(documents_dir() / "hostile" / test.name);
    ASSERT_FALSE(bytes.empty());
    std::string path = std::string("source-docs/") + test.name;
    auto document = readers::read_document(bytes, path, "en");
    ASSERT_FALSE(document.has_value()) << doc::dump(*document);
    EXPECT_NE(document.error().to_string().find(path), std::string::npos) << document.error().to_string();
    EXPECT_NE(document.error().message.find(test.words), std::string::npos) << document.error().message;
  }
}

TEST(WordDocuments, PartNamesThatLeaveTheArchiveAreUnsafe) {
  EXPECT_TRUE(readers::is_safe_part_name("word/media/image1.png"));
  for (const char* name : {"../x", "word/../../x", "/etc/passwd", "a\\b", "C:x", ""})
    EXPECT_FALSE(readers::is_safe_part_name(name)) << name;
}

TEST(XmlDocument, ReadsElementsAttributesAndTextAndRefusesDoctypes) {
  auto parsed = xml::parse_xml("<a x=\"1\"><b>one &amp; <c>two</c></b></a>", "part.xml");
  ASSERT_TRUE(parsed.has_value()) << parsed.error().to_string();
  EXPECT_EQ(*parsed->attribute("x"), "1");
  EXPECT_EQ(parsed->all_text(), "one & two");
  EXPECT_NE(parsed->descendant("c"), nullptr);
  auto doctype = xml::parse_xml("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", "part.xml");
  ASSERT_FALSE(doctype.has_value());
  EXPECT_NE(doctype.error().to_string().find("part.xml"), std::string::npos);
  std::string deep;
  for (int i = 0; i < 150; ++i) deep += "<a>";
  for (int i = 0; i < 150; ++i) deep += "</a>";
  EXPECT_FALSE(xml::parse_xml(deep, "part.xml").has_value());
}

TEST(MarkdownReader, GitHubTablesStrikethroughAutolinksAndImages) {
  auto document = readers::read_document(
      "| Park | Hours |\n|---|---|\n| Ladywell *Fields* | 7–21 |\n\n~~Closed~~ see www.example.org ![A park](p.png)\n",
      "source-docs/a.md", "en");
  ASSERT_TRUE(document.has_value()) << document.error().to_string();
  ASSERT_EQ(document->blocks.size(), 2u);
  const auto& table = document->blocks[0];
  ASSERT_EQ(table.kind, BlockKind::table);
  ASSERT_EQ(table.children.size(), 2u);
  EXPECT_TRUE(table.children[0].header);
  EXPECT_EQ(table.children[1].children[0].inlines[1].kind, InlineKind::emphasis);
  const auto& inlines = document->blocks[1].inlines;
  EXPECT_EQ(inlines[0].kind, InlineKind::strikethrough);
  auto link = std::ranges::find_if(inlines, [](const doc::Inline& node) { return node.kind == InlineKind::link; });
  ASSERT_NE(link, inlines.end());
  EXPECT_EQ(link->url, "http://www.example.org");
  EXPECT_EQ(inlines.back().kind, InlineKind::image);
  EXPECT_EQ(inlines.back().url, "p.png");
  auto units = l10n::extract_units(*document, l10n::Segmentation::paragraph);
  ASSERT_EQ(units.size(), 5u);
  EXPECT_EQ(units[0].comment, "table, header of column 1");
  EXPECT_EQ(units[2].source, "Ladywell <1>Fields</1>");
  EXPECT_EQ(units[4].source, "<1>Closed</1> see <2>www.example.org</2> <3>A park</3>");
}

namespace {

// A minimal document archive of stored parts.
std::string archive_of(const std::vector<std::pair<std::string, std::string>>& parts) {
  lt::ZipBuilder zip;
  for (const auto& [name, data] : parts)
    zip.add(name, data, 0, static_cast<uint32_t>(data.size()),
            static_cast<uint32_t>(
                crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size()))));
  return zip.finish();
}

}  // namespace

// A paragraph in the Caption style is a picture's caption, in Word and in LibreOffice.
TEST(WordDocuments, CaptionStyledParagraphsAreCaptions) {
  const std::string docx = archive_of(
      {{"[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
       {"word/document.xml",
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        "<w:p><w:r><w:t>Everyone has the right to rest and leisure.</w:t></w:r></w:p>"
        "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/></w:pPr><w:r><w:t>The park on an open day</w:t></w:r></w:p>"
        "</w:body></w:document>"}});
  const std::string odt = archive_of(
      {{"mimetype", "application/vnd.oasis.opendocument.text"},
       {"content.xml",
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
        "<text:p>Everyone has the right to rest and leisure.</text:p>"
        "<text:p text:style-name=\"Illustration\">The park on an open day</text:p>"
        "</office:text></office:body></office:document-content>"}});
  for (const auto& [name, bytes] :
       {std::pair{"source-docs/parks.docx", docx}, std::pair{"source-docs/parks.odt", odt}}) {
    auto document = readers::read_document(bytes, name, "en");
    ASSERT_TRUE(document) << name << ": " << document.error().to_string();
    ASSERT_EQ(document->blocks.size(), 2u) << name << "\n" << doc::dump(*document);
    EXPECT_FALSE(document->blocks[0].caption) << name;
    EXPECT_TRUE(document->blocks[1].caption) << name;
    EXPECT_EQ(doc::plain_text(document->blocks[1].inlines), "The park on an open day") << name;
    auto units = l10n::extract_units(*document, l10n::Segmentation::paragraph);
    ASSERT_EQ(units.size(), 2u) << name;
    EXPECT_NE(units[1].comment.find("picture caption"), std::string::npos) << name << ": " << units[1].comment;
  }
}
