// The string positions the PO parser records on request: where each msgid and msgstr piece
// starts, and where a byte of the decoded string lies in the file.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "catalog/po_parser.hpp"

namespace leafpress::catalog {
namespace {

std::vector<MessagePositions> positions_of(const std::string& text) {
  std::vector<MessagePositions> positions;
  auto parsed = parse_po(text, "f.po", nullptr, nullptr, false, &positions);
  EXPECT_TRUE(parsed.has_value()) << text;
  if (parsed) {
    EXPECT_EQ(positions.size(), parsed->messages.size());
  }
  return positions;
}

std::string where(const PoPosition& p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

TEST(PoPositions, EveryStringOfEveryMessage) {
  auto positions = positions_of(
      "msgid \"Article 1\"\n"
      "msgstr \"Artykuł 1\"\n"
      "\n"
      "msgctxt \"count\"\n"
      "msgid \"one person\"\n"
      "msgid_plural \"%d people\"\n"
      "msgstr[0] \"jedna osoba\"\n"
      "msgstr[1] \"\"\n"
      "  \"%d osoby\"\n"
      "msgstr[2] \"%d osób\"\n");
  ASSERT_EQ(positions.size(), 2u);
  EXPECT_EQ(positions[0].line, 1u);
  EXPECT_EQ(where(positions[0].msgid.locate(std::nullopt)), "1:7");
  EXPECT_EQ(where(positions[0].msgstr.at(0).locate(std::nullopt)), "2:8");
  EXPECT_EQ(positions[1].line, 5u);
  ASSERT_EQ(positions[1].msgstr.size(), 3u);
  EXPECT_EQ(where(positions[1].msgstr[0].locate(std::nullopt)), "7:11");
  EXPECT_EQ(where(positions[1].msgstr[1].locate(0)), "9:4");  // past the empty first piece
  EXPECT_EQ(where(positions[1].msgstr[2].locate(4)), "10:16");
}

TEST(PoPositions, EscapesDecodeToOneByteEach) {
  // Decoded: "A" from \x41, "B" from octal \102, a tab, then "ż" (two bytes) and "!".
  auto positions = positions_of("msgid \"x\"\nmsgstr \"\\x41\\102\\tż!\"\n");
  ASSERT_EQ(positions.size(), 1u);
  const StringPosition& msgstr = positions[0].msgstr.at(0);
  EXPECT_EQ(where(msgstr.locate(0)), "2:9");
  EXPECT_EQ(where(msgstr.locate(1)), "2:13");
  EXPECT_EQ(where(msgstr.locate(2)), "2:17");
  EXPECT_EQ(where(msgstr.locate(3)), "2:19");
  EXPECT_EQ(where(msgstr.locate(5)), "2:20");   // "!" after the two bytes of "ż"
  EXPECT_EQ(where(msgstr.locate(99)), "2:21");  // past the end: the closing quote
}

TEST(PoPositions, ClearedBeforeEachParse) {
  std::vector<MessagePositions> positions{MessagePositions{}};
  auto parsed = parse_po("msgid \"x\"\nmsgstr \"y\"\n", "f.po", nullptr, nullptr, false, &positions);
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(positions.size(), 1u);
  EXPECT_EQ(positions[0].msgstr.at(0).pieces.at(0).raw, "y");
  EXPECT_TRUE(StringPosition{}.locate(0).line == 0);
}

}  // namespace
}  // namespace leafpress::catalog
