#include "doc/dump.hpp"

#include <gtest/gtest.h>

using namespace leafpress::doc;

TEST(Dump, EveryKindAndEscape) {
  Document document;
  document.path = "source-docs/x.md";
  document.name = "x";
  document.lang = "en";
  document.meta["title"] = "A \"quoted\" title";
  auto text = [](const char* value) {
    Inline node;
    node.text = value;
    return node;
  };
  auto inline_of = [](InlineKind kind) {
    Inline node;
    node.kind = kind;
    return node;
  };
  auto block_of = [](BlockKind kind) {
    Block block;
    block.kind = kind;
    return block;
  };
  Block heading = block_of(BlockKind::heading);
  heading.role = Role::title;
  heading.level = 2;
  heading.span = {"source-docs/x.md", 3, 1};
  heading.inlines.push_back(text("Tab\tand\\slash\x01"));
  Block para = block_of(BlockKind::paragraph);
  para.lang = "en";
  Inline link = inline_of(InlineKind::link);
  link.url = "https://example.org";
  link.title = "T";
  link.children.push_back(text("here"));
  Inline emphasis = inline_of(InlineKind::emphasis);
  emphasis.children.push_back(text("em"));
  Inline code = inline_of(InlineKind::code);
  code.text = "x < y";
  para.inlines = {emphasis, inline_of(InlineKind::line_break), code, link};
  Block list = block_of(BlockKind::list);
  list.ordered = true;
  list.start = 3;
  Block item = block_of(BlockKind::list_item);
  item.children.push_back(block_of(BlockKind::thematic_break));
  list.children.push_back(item);
  Block code_block = block_of(BlockKind::code_block);
  code_block.text = "a\nb\n";
  code_block.info = "sh";
  document.blocks = {heading, para, list, code_block};
  EXPECT_EQ(dump(document),
            "Document path=\"source-docs/x.md\" name=\"x\" lang=\"en\"\n"
            "  Meta \"title\" \"A \\\"quoted\\\" title\"\n"
            "  Heading level=2 role=title @3:1\n"
            "    Text \"Tab\\tand\\\\slash\\x01\"\n"
            "  Para lang=en\n"
            "    Emph\n"
            "      Text \"em\"\n"
            "    LineBreak\n"
            "    Code \"x < y\"\n"
            "    Link url=\"https://example.org\" title=\"T\"\n"
            "      Text \"here\"\n"
            "  List ordered start=3\n"
            "    Item\n"
            "      Rule\n"
            "  CodeBlock info=\"sh\" \"a\\nb\\n\"\n");
}

TEST(Dump, DifferentDocumentsDumpDifferently) {
  Document a;
  a.blocks.emplace_back();
  a.blocks[0].inlines.emplace_back();
  a.blocks[0].inlines[0].text = "x";
  Document b = a;
  b.blocks[0].inlines[0].span = {"f", 1, 2};
  EXPECT_NE(dump(a), dump(b));
  b = a;
  b.blocks[0].role = Role::body;
  EXPECT_NE(dump(a), dump(b));
}
