#include <gtest/gtest.h>

#include "doc/dump.hpp"
#include "doc/golden.hpp"
#include "readers/reader.hpp"

using namespace leafpress;
namespace lt = leafpress::testing;
using doc::BlockKind;
using doc::Role;

namespace {

const char* k_seed_path = "source-docs/community-and-diversity.txt";

std::string seed_bytes() { return lt::read_text_file(std::filesystem::path(LEAFPRESS_SOURCE_DIR) / k_seed_path); }

doc::Document read_ok(const std::string& text, const std::string& path = "source-docs/t.txt") {
  auto document = readers::read_document(text, path, "en");
  EXPECT_TRUE(document.has_value()) << (document ? "" : document.error().to_string());
  return document ? *document : doc::Document{};
}

std::vector<Role> roles(const doc::Document& document) {
  std::vector<Role> out;
  for (const auto& block : document.blocks) out.push_back(block.role);
  return out;
}

std::string text_of(const doc::Block& block) { return doc::plain_text(block.inlines); }

}  // namespace

TEST(TextReader, SeedGoldenDump) {
  auto document = read_ok(seed_bytes(), k_seed_path);
  lt::expect_golden("community-and-diversity.dump", doc::dump(document));
}

TEST(TextReader, SeedRoles) {
  auto document = read_ok(seed_bytes(), k_seed_path);
  ASSERT_EQ(document.blocks.size(), 10u);
  std::vector<Role> expected{Role::preamble, Role::preamble, Role::title, Role::body, Role::body,
                             Role::body,     Role::body,     Role::body,  Role::body, Role::category};
  EXPECT_EQ(roles(document), expected);
  EXPECT_EQ(document.blocks[2].kind, BlockKind::heading);
  EXPECT_EQ(text_of(document.blocks[2]), "An injury to one is an injury to all – Stand up for migrants’ rights!");
  EXPECT_EQ(text_of(document.blocks[9]), "Community & diversity in Lewisham");
  EXPECT_EQ(document.blocks[9].span.line, 20u);
  EXPECT_EQ(document.name, "community-and-diversity");
  EXPECT_EQ(document.lang, "en");
}

TEST(TextReader, NoPreambleNoCategory) {
  auto document = read_ok("A plain title\n\nThe first paragraph of the body.\n\nThe second paragraph of it.\n");
  EXPECT_EQ(roles(document), (std::vector<Role>{Role::title, Role::body, Role::body}));
}

TEST(TextReader, TitleEndingInQuestionMark) {
  auto document = read_ok(
      "Some words before it.\n\nWhat does it cost?\n\nA body paragraph.\n\nAnother one.\n\nTag line\n");
  EXPECT_EQ(roles(document), (std::vector<Role>{Role::preamble, Role::title, Role::body, Role::body, Role::category}));
}

// Common shapes of published statements whose first short line is no title.
TEST(TextReader, LeadInsAndDatelinesAreNotTitles) {
  auto lead_in = read_ok(
      "The council published the following notice:\n\nLibrary hours change\n\nThe library opens at nine.\n");
  EXPECT_EQ(roles(lead_in), (std::vector<Role>{Role::preamble, Role::title, Role::body}));
  for (const char* dateline : {"12 March 2018", "Monday, 12th March 2018", "March 2018", "2018-03-12", "12/03/2018"}) {
    auto dated = read_ok(std::string(dateline) + "\n\nLibrary hours change\n\nThe library opens at nine.\n");
    EXPECT_EQ(roles(dated), (std::vector<Role>{Role::preamble, Role::title, Role::body})) << dateline;
  }
  // Titles with numbers in them are still titles.
  auto numbered = read_ok("Ten pledges for 2026\n\nThe first pledge is short.\n");
  EXPECT_EQ(roles(numbered), (std::vector<Role>{Role::title, Role::body}));
  // A one-line document has nothing for a title to announce.
  EXPECT_EQ(roles(read_ok("Only a line\n")), (std::vector<Role>{Role::body}));
}

TEST(TextReader, NoTitleMeansEverythingIsBody) {
  auto document = read_ok("One sentence here.\n\nAnother sentence here.\n");
  EXPECT_EQ(roles(document), (std::vector<Role>{Role::body, Role::body}));
}

TEST(TextReader, CategoryNeedsABodyBeforeIt) {
  auto document = read_ok("Title line\n\nShort line\n");
  EXPECT_EQ(roles(document), (std::vector<Role>{Role::title, Role::body}));
}

TEST(TextReader, CrlfAndBomGiveTheSameDocument) {
  std::string seed = seed_bytes();
  std::string crlf;
  for (char c : seed) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  auto plain = read_ok(seed, k_seed_path);
  EXPECT_EQ(read_ok(crlf, k_seed_path), plain);
  EXPECT_EQ(read_ok("\xEF\xBB\xBF" + crlf, k_seed_path), plain);
  EXPECT_EQ(read_ok("\xEF\xBB\xBF" + seed, k_seed_path), plain);
}

TEST(TextReader, HardWrappedLinesAreJoined) {
  auto document = read_ok("Title\n\nThis paragraph was\n  wrapped by hand   \nat forty columns.\n");
  ASSERT_EQ(document.blocks.size(), 2u);
  EXPECT_EQ(text_of(document.blocks[1]), "This paragraph was wrapped by hand at forty columns.");
  EXPECT_EQ(document.blocks[1].span.line, 3u);
  EXPECT_EQ(document.blocks[1].span.column, 1u);
}

TEST(TextReader, ListsAndQuotations) {
  auto document = read_ok(
      "Title\n\nWe will:\n\n- build homes\n- open\n  libraries\n• keep going\n\n1. first\n2) second\n\n"
      "> A quoted line\n> that goes on.\n>\n> - quoted item\n");
  lt::expect_golden("lists-and-quotes.dump", doc::dump(document));
  ASSERT_EQ(document.blocks.size(), 5u);
  const auto& bullets = document.blocks[2];
  EXPECT_EQ(bullets.kind, BlockKind::list);
  ASSERT_EQ(bullets.children.size(), 3u);  // any bullet ("-", "*", "•", "+") starts an item
  EXPECT_EQ(text_of(bullets.children[1].children[0]), "open libraries");
  EXPECT_EQ(text_of(bullets.children[2].children[0]), "keep going");
  EXPECT_EQ(document.blocks[3].ordered, true);
  EXPECT_EQ(document.blocks[3].children.size(), 2u);
  const auto& quote = document.blocks[4];
  EXPECT_EQ(quote.kind, BlockKind::quote);
  ASSERT_EQ(quote.children.size(), 2u);
  EXPECT_EQ(text_of(quote.children[0]), "A quoted line that goes on.");
  EXPECT_EQ(quote.children[0].span.column, 3u);
  EXPECT_EQ(quote.children[1].kind, BlockKind::list);
}

TEST(TextReader, TextIsNormalisedToNfc) {
  auto document = read_ok("Title\n\nCafe\xCC\x81 and ho\xC3\xA0 and Tie\xCC\x82\xCC\x81ng.\n");
  EXPECT_EQ(text_of(document.blocks[1]), "Caf\xC3\xA9 and ho\xC3\xA0 and Ti\xE1\xBA\xBFng.");
}

TEST(TextReader, FrontMatterOverridesInference) {
  auto document = read_ok(
      "---\ntitle: Not in the text\ndate: 2026-01-05\nauthor: \"Campaign office\"\ncategory: none\n---\n"
      "First body paragraph\n\nLast line\n");
  ASSERT_EQ(document.blocks.size(), 3u);
  EXPECT_EQ(roles(document), (std::vector<Role>{Role::title, Role::body, Role::body}));
  EXPECT_EQ(text_of(document.blocks[0]), "Not in the text");
  EXPECT_EQ(document.blocks[0].span.line, 2u);
  EXPECT_EQ(document.blocks[1].span.line, 7u);
  EXPECT_EQ(document.meta.at("date"), "2026-01-05");
  EXPECT_EQ(document.meta.at("author"), "Campaign office");
}

TEST(TextReader, FrontMatterTitleMatchesAParagraph) {
  auto document = read_ok(
      "---\ntitle: The real title.\ncategory: Tag\n---\nIntro line\n\nThe real title.\n\nBody text.\n");
  EXPECT_EQ(roles(document), (std::vector<Role>{Role::preamble, Role::title, Role::body, Role::category}));
  EXPECT_EQ(text_of(document.blocks[3]), "Tag");
}

TEST(TextReader, FrontMatterRoles) {
  auto document = read_ok("---\nroles: title, body, body\n---\nFirst.\n\nSecond.\n\nThird\n");
  EXPECT_EQ(roles(document), (std::vector<Role>{Role::title, Role::body, Role::body}));
  EXPECT_EQ(document.blocks[0].kind, BlockKind::heading);
  auto wrong = readers::read_document("---\nroles: title, body\n---\nFirst.\n", "x.txt", "en");
  ASSERT_FALSE(wrong.has_value());
  EXPECT_EQ(wrong.error().to_string(),
            "x.txt:2:1: error: front matter \"roles\" names 2 roles but the text has 1 blocks");
}

TEST(TextReader, FrontMatterErrors) {
  auto unknown = readers::read_document("---\ntitel: x\n---\nText.\n", "x.txt", "en");
  ASSERT_FALSE(unknown.has_value());
  EXPECT_EQ(unknown.error().where.line, 2u);
  auto malformed = readers::read_document("---\ntitle: x\nText.\n", "x.txt", "en");
  ASSERT_FALSE(malformed.has_value());
  EXPECT_EQ(malformed.error().to_string(), "x.txt:3:1: error: front matter line is not \"key: value\"");
  auto open = readers::read_document("---\ntitle: x\n", "x.txt", "en");
  ASSERT_FALSE(open.has_value());
  EXPECT_NE(open.error().message.find("not closed"), std::string::npos);
  for (const char* path : {"x.txt", "x.md"}) {
    auto empty = readers::read_document("---\ndate: 2026\ntitle: \n---\nText.\n", path, "en");
    ASSERT_FALSE(empty.has_value()) << path;
    EXPECT_EQ(empty.error().to_string(),
              std::string(path) + ":3:1: error: front matter \"title\" is empty (give its text, or leave the key out)");
  }
}

TEST(TextReader, BadBytesAreErrorsWithPlaces) {
  auto invalid = readers::read_document("Title\n\nGood text \xC3( bad\n", "a.txt", "en");
  ASSERT_FALSE(invalid.has_value());
  EXPECT_EQ(invalid.error().to_string(), "a.txt:3:11: error: invalid UTF-8 at byte offset 17; save the file as UTF-8");
  auto nul = readers::read_document(std::string("Title\n\nab\0cd\n", 12), "a.txt", "en");
  ASSERT_FALSE(nul.has_value());
  EXPECT_EQ(nul.error().where.line, 3u);
  EXPECT_EQ(nul.error().where.column, 3u);
  EXPECT_NE(nul.error().message.find("NUL"), std::string::npos);
  auto empty = readers::read_document("", "a.txt", "en");
  ASSERT_FALSE(empty.has_value());
  EXPECT_EQ(empty.error().to_string(), "a.txt:1:1: error: the file is empty");
  auto blank = readers::read_document(" \r\n\t\n", "a.txt", "en");
  ASSERT_FALSE(blank.has_value());
  EXPECT_EQ(blank.error().message, "the file holds only white space");
  auto utf16 = readers::read_document(std::string("\xFF\xFEH\0i\0", 6), "a.txt", "en");
  ASSERT_FALSE(utf16.has_value());
  EXPECT_NE(utf16.error().message.find("UTF-16"), std::string::npos);
  auto utf16_no_bom = readers::read_document(std::string("H\0i\0", 4), "a.txt", "en");
  ASSERT_FALSE(utf16_no_bom.has_value());
  EXPECT_NE(utf16_no_bom.error().message.find("UTF-16"), std::string::npos);
  auto format = readers::read_document("text", "a.docx", "en");
  ASSERT_FALSE(format.has_value());
}

// Statements as people publish them, pasted without the blank lines before lists and
// quotations (neutral text, and the UDHR where someone is quoted).
TEST(TextReader, PastedStatementsGolden) {
  for (const char* name : {"campaign-site", "press-release", "email"}) {
    std::filesystem::path input = std::filesystem::path(LEAFPRESS_SOURCE_DIR) / "tests" / "readers" / "statements";
    auto document = read_ok(lt::read_text_file(input / (std::string(name) + ".txt")), std::string(name) + ".txt");
    lt::expect_golden_file(std::filesystem::path("readers") / "statements" / (std::string(name) + ".dump"),
                           doc::dump(document));
  }
}

TEST(TextReader, ListsAfterALeadInLine) {
  auto document = read_ok(
      "Title\n\nWe want to help design these services:\n- free evening and weekend sessions\n- mental health\n"
      "  support\n\nWe will:\n1. first item\n2. second item\n\nClosing words here.\n");
  ASSERT_EQ(document.blocks.size(), 6u);
  EXPECT_EQ(text_of(document.blocks[1]), "We want to help design these services:");
  ASSERT_EQ(document.blocks[2].kind, BlockKind::list);
  ASSERT_EQ(document.blocks[2].children.size(), 2u);
  EXPECT_EQ(text_of(document.blocks[2].children[1].children[0]), "mental health support");
  EXPECT_EQ(document.blocks[2].span.line, 4u);
  EXPECT_EQ(text_of(document.blocks[3]), "We will:");
  EXPECT_TRUE(document.blocks[4].ordered);
  EXPECT_EQ(document.blocks[4].children.size(), 2u);
  EXPECT_EQ(document.blocks[2].role, Role::body);
}

TEST(TextReader, DashesAndNumbersInsideSentencesAreNoLists) {
  // "-" continuing a sentence stands for a dash; "2." after a sentence, with no second item,
  // is a number a hard wrap put first on the line.
  auto document = read_ok(
      "Title\n\nThe rooms were built by volunteers - and with the help\n- of many residents.\n"
      "We counted the rooms.\n2. Then we counted again\n- and again.\n\nEnd of the statement here.\n");
  ASSERT_EQ(document.blocks.size(), 3u);
  EXPECT_EQ(document.blocks[1].kind, BlockKind::paragraph);
  EXPECT_EQ(text_of(document.blocks[1]),
            "The rooms were built by volunteers - and with the help - of many residents. We counted the rooms. "
            "2. Then we counted again - and again.");
  // After a sentence, two marked lines are a list.
  auto listed = read_ok("Title\n\nWe counted the rooms.\n- one room\n- two rooms\n\nEnd of the statement here.\n");
  ASSERT_EQ(listed.blocks.size(), 4u);
  EXPECT_EQ(listed.blocks[2].kind, BlockKind::list);
}

TEST(TextReader, QuotationsWithoutBlankLines) {
  auto document = read_ok(
      "Title\n\nThe Declaration says:\n> Everyone has the right to education.\nWe agree.\n\nEnd.\n");
  ASSERT_EQ(document.blocks.size(), 5u);
  EXPECT_EQ(text_of(document.blocks[1]), "The Declaration says:");
  EXPECT_EQ(document.blocks[2].kind, BlockKind::quote);
  EXPECT_EQ(text_of(document.blocks[2].children[0]), "Everyone has the right to education.");
  EXPECT_EQ(text_of(document.blocks[3]), "We agree.");
}

TEST(TextReader, AnItemEndsAtAnUnindentedLineAfterASentence) {
  auto document = read_ok(
      "Title\n\nWe ask for:\n* rooms open late, so that people who\n  work can use them;\n* more books.\n"
      "Thank you for reading.\n\nEnd.\n");
  ASSERT_EQ(document.blocks.size(), 5u);
  ASSERT_EQ(document.blocks[2].children.size(), 2u);
  EXPECT_EQ(text_of(document.blocks[2].children[0].children[0]),
            "rooms open late, so that people who work can use them;");
  EXPECT_EQ(text_of(document.blocks[3]), "Thank you for reading.");
}
