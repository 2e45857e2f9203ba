#include <gtest/gtest.h>

#include "catalog/po_parser.hpp"

namespace leafpress::catalog {
namespace {

constexpr const char* k_header =
    "msgid \"\"\n"
    "msgstr \"\"\n"
    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
    "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n";

Catalog parse_ok(const std::string& text) {
  Diagnostics diagnostics;
  auto catalog = parse_po(text, "test.po", &diagnostics);
  EXPECT_TRUE(catalog.has_value()) << diagnostics.to_string();
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.to_string();
  return catalog ? *catalog : Catalog{};
}

TEST(PoParser, ReadsEveryPartOfAnEntry) {
  Catalog c = parse_ok(std::string(k_header) +
                       "# translator note\n"
                       "#. extracted note\n"
                       "#: a.c:1 b.c:2\n"
                       "#, fuzzy, c-format\n"
                       "#| msgctxt \"old ctx\"\n"
                       "#| msgid \"old \"\n"
                       "#| \"text\"\n"
                       "msgctxt \"menu\"\n"
                       "msgid \"\"\n"
                       "\"File \" \"name\"\n"
                       "msgstr \"Nom\\n\"\n");
  ASSERT_EQ(c.messages.size(), 2u);
  const Message& m = c.messages[1];
  EXPECT_EQ(m.translator_comments, std::vector<std::string>{"translator note"});
  EXPECT_EQ(m.extracted_comments, std::vector<std::string>{"extracted note"});
  EXPECT_EQ(m.references, (std::vector<std::string>{"a.c:1", "b.c:2"}));
  EXPECT_EQ(m.flags, (std::vector<std::string>{"fuzzy", "c-format"}));
  EXPECT_EQ(m.prev_msgctxt, "old ctx");
  EXPECT_EQ(m.prev_msgid, "old text");
  EXPECT_EQ(m.msgctxt, "menu");
  EXPECT_EQ(m.msgid, "File name");
  EXPECT_EQ(m.msgstr, std::vector<std::string>{"Nom\n"});
  EXPECT_EQ(m.line, 14u);
  EXPECT_TRUE(c.messages[0].is_header());
}

TEST(PoParser, ReadsPluralsAndObsoleteEntries) {
  Catalog c = parse_ok(std::string(k_header) +
                       "msgid \"one file\"\n"
                       "msgid_plural \"%d files\"\n"
                       "msgstr[0] \"un fichier\"\n"
                       "msgstr[1] \"%d fichiers\"\n\n"
                       "# kept\n"
                       "#~| msgid \"older\"\n"
                       "#~ msgid \"gone\"\n"
                       "#~ msgstr \"\"\n"
                       "#~ \"parti\"\n");
  ASSERT_EQ(c.messages.size(), 3u);
  EXPECT_EQ(c.messages[1].msgid_plural, "%d files");
  EXPECT_EQ(c.messages[1].msgstr, (std::vector<std::string>{"un fichier", "%d fichiers"}));
  const Message& gone = c.messages[2];
  EXPECT_TRUE(gone.obsolete);
  EXPECT_EQ(gone.prev_msgid, "older");
  EXPECT_EQ(gone.msgstr, std::vector<std::string>{"parti"});
  EXPECT_EQ(gone.translator_comments, std::vector<std::string>{"kept"});
}

TEST(PoParser, DecodesEveryEscape) {
  Catalog c = parse_ok(std::string(k_header) +
                       "msgid \"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\'\\?\\101\\x42\"\nmsgstr \"\"\n");
  EXPECT_EQ(c.messages[1].msgid, "\a\b\f\n\r\t\v\\\"'?AB");
}

TEST(PoParser, AcceptsCrlfAndByteOrderMark) {
  std::string text = "\xEF\xBB\xBF" + std::string(k_header) + "msgid \"a\"\nmsgstr \"b\"\n";
  std::string crlf;
  for (char ch : text) {
    if (ch == '\n') crlf += '\r';
    crlf += ch;
  }
  Catalog c = parse_ok(crlf);
  ASSERT_EQ(c.messages.size(), 2u);
  EXPECT_EQ(c.messages[1].msgstr.front(), "b");
  EXPECT_EQ(c.header_field("Content-Type"), "text/plain; charset=UTF-8");
}

TEST(PoParser, ConvertsALegacyCharsetToUtf8) {
  std::string text =
      "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-2\\n\"\n\n"
      "msgid \"Polish\"\nmsgstr \"J\xEAzyk polski \xB3\xB1\"\n";  // ę, ł, ą in Latin-2
  Catalog c = parse_ok(text);
  EXPECT_EQ(c.messages[1].msgstr.front(), "Język polski łą");
  EXPECT_EQ(c.header_field("Content-Type"), "text/plain; charset=UTF-8");
}

// The charset is read before the strings are decoded; it must be read as the decoded header says.
TEST(PoParser, ReadsTheCharsetAsTheDecodedHeaderSaysIt) {
  const std::string body = "msgid \"Polish\"\nmsgstr \"J\xEAzyk\"\n";  // ę in Latin-2
  // A backslash before the line end joins the next line on, as in GNU gettext.
  EXPECT_EQ(parse_ok("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-\\\n8859-2\\n\"\n\n" + body)
                .messages[1]
                .msgstr.front(),
            "Język");
  // Blank lines between the header's strings do not end it.
  EXPECT_EQ(parse_ok(
                "msgid \"\"\nmsgstr \"Language: pl\\n\"\n\n\"Content-Type: text/plain; charset=ISO-8859-2\\n\"\n\n" +
                body)
                .messages[1]
                .msgstr.front(),
            "Język");
  // Escapes are decoded: \055 is "-".
  EXPECT_EQ(parse_ok("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO\\0558859-2\\n\"\n\n" + body)
                .messages[1]
                .msgstr.front(),
            "Język");
}

TEST(PoParser, RefusesAHeaderWhoseCharsetRunsIntoTheNextField) {
  // Without "\n" the next string continues the charset's name.
  Diagnostics diagnostics;
  auto c = parse_po("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=\"\n\"Language: pl\\n\"\n", "x.po",
                    &diagnostics);
  ASSERT_FALSE(c);
  EXPECT_NE(c.error().message.find("\"Language\""), std::string::npos) << c.error().message;
}

TEST(PoParser, GivesTheBytesEachEntryWasReadFrom) {
  const std::string text =
      "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n\n"
      "# note\n#: a.txt:1\nmsgid \"one\"\nmsgstr \"un\"\n\n"
      "msgid \"two\"\r\nmsgstr \"deux\"\r\n\n"
      "msgid \"th\\\nree\"\nmsgstr \"trois\"\n\n"
      "#~ msgid \"old\"\n#~ msgstr \"vieux\"";
  std::vector<std::string_view> entries;
  auto c = parse_po(text, "t.po", nullptr, &entries);
  ASSERT_TRUE(c);
  ASSERT_EQ(entries.size(), 5u);
  EXPECT_EQ(entries[0], "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n");
  EXPECT_EQ(entries[1], "# note\n#: a.txt:1\nmsgid \"one\"\nmsgstr \"un\"\n");
  EXPECT_EQ(entries[2], "");  // CRLF line ends
  EXPECT_EQ(entries[3], "");  // a line continuation
  EXPECT_EQ(entries[4], "#~ msgid \"old\"\n#~ msgstr \"vieux\"");
}

TEST(PoParser, RefusesAnUnknownCharsetClearly) {
  Diagnostics diagnostics;
  auto c = parse_po("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=NO-SUCH-SET\\n\"\n", "x.po", &diagnostics);
  ASSERT_FALSE(c);
  EXPECT_NE(c.error().message.find("NO-SUCH-SET"), std::string::npos);
  EXPECT_EQ(c.error().where.file, "x.po");
}

TEST(PoParser, ReportsMissingClosingQuoteWithLineAndColumn) {
  Diagnostics diagnostics;
  auto c = parse_po(std::string(k_header) + "msgid \"hello\nmsgstr \"\"\n", "locales/pl/statements.po", &diagnostics);
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().to_string(), "locales/pl/statements.po:6:13: error: missing closing quote");
}

constexpr const char* k_broken =
    "msgid \"bad \\q escape\"\nmsgstr \"\"\n\n"              // line 6
    "msgstr \"orphan\"\n\n"                                  // line 9
    "msgid \"dup\"\nmsgstr \"\"\n\n"                         // line 11
    "msgid \"dup\"\nmsgstr \"\"\n\n"                         // line 14
    "msgid \"p\"\nmsgid_plural \"ps\"\nmsgstr[0] \"x\"\n\n"  // line 17
    "msgid \"ż\xFF\"\nmsgstr \"\"\n";                        // line 21

TEST(PoParser, ReportsEveryErrorInTheFile) {
  Diagnostics diagnostics;
  const std::string text = std::string(k_header) + k_broken;
  auto c = parse_po(text, "t.po", &diagnostics);
  ASSERT_FALSE(c);
  std::vector<std::string> lines;
  for (const auto& d : diagnostics.items()) lines.push_back(d.to_string());
  // Line 17's one msgstr[N] where the header says nplurals=2 is read, as gettext reads it: the
  // "plurals" check reports it.
  ASSERT_EQ(lines.size(), 4u) << diagnostics.to_string();
  EXPECT_EQ(lines[0], "t.po:6:12: error: invalid escape sequence \"\\q\"");
  EXPECT_EQ(lines[1], "t.po:9:1: error: msgstr without a msgid before it");
  EXPECT_EQ(lines[2], "t.po:14:1: error: duplicate message definition (first defined on line 11)");
  EXPECT_EQ(lines[3], "t.po:21:9: error: invalid UTF-8 (byte offset " + std::to_string(text.find('\xFF')) + ")");
  EXPECT_EQ(c.error().to_string(), lines[0]);
}

TEST(PoParser, ByteOffsetOfInvalidUtf8CountsTheByteOrderMark) {
  Diagnostics diagnostics;
  const std::string text = "\xEF\xBB\xBF" + std::string(k_header) + k_broken;
  auto c = parse_po(text, "t.po", &diagnostics);
  ASSERT_FALSE(c);
  ASSERT_EQ(diagnostics.items().size(), 4u) << diagnostics.to_string();
  EXPECT_EQ(diagnostics.items()[3].to_string(),
            "t.po:21:9: error: invalid UTF-8 (byte offset " + std::to_string(text.find('\xFF')) + ")");
}

TEST(PoParser, ColumnsCountCharactersNotBytes) {
  Diagnostics diagnostics;
  auto c = parse_po("msgid \"żółw\" x\nmsgstr \"\"\n", "t.po", &diagnostics);
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().where.column, 14u);
}

TEST(PoParser, JoinsALineEndingInABackslashWithTheNextAsGettextDoes) {
  Catalog c = parse_ok(std::string(k_header) +
                       "#, c-\\\nformat\n"
                       "msg\\\nid \"abc\\\ndef\"\n"
                       "msgstr \"x\\\\\\\n\"\n");
  ASSERT_EQ(c.messages.size(), 2u);
  EXPECT_EQ(c.messages[1].flags, std::vector<std::string>{"c-format"});
  EXPECT_EQ(c.messages[1].msgid, "abcdef");
  EXPECT_EQ(c.messages[1].msgstr.front(), "x\\");
  EXPECT_EQ(c.messages[1].line, 8u);  // where the keyword starts
}

TEST(PoParser, PositionsAfterAJoinedLinePointIntoTheFileLine) {
  Diagnostics diagnostics;
  auto c = parse_po(std::string(k_header) + "msgid \"abc\\\nd\\qef\"\nmsgstr \"\"\n", "t.po", &diagnostics);
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().to_string(), "t.po:7:2: error: invalid escape sequence \"\\q\"");
  // A backslash before a CRLF line end joins nothing: gettext sees an escape there.
  auto crlf = parse_po(std::string(k_header) + "msgid \"abc\\\r\ndef\"\r\nmsgstr \"\"\r\n", "t.po");
  ASSERT_FALSE(crlf);
  EXPECT_EQ(crlf.error().to_string(), "t.po:6:11: error: a backslash at the end of the line (missing closing quote?)");
}

TEST(PoParser, RefusesCommentsAmongAnEntrysKeywords) {
  auto first_error = [](const std::string& body) {
    auto c = parse_po(std::string(k_header) + body, "t.po");
    return c ? std::string("accepted") : c.error().to_string();
  };
  const std::string comment_inside =
      "error: a comment inside an entry: comments go before its #| lines and msgctxt/msgid";
  EXPECT_EQ(first_error("msgctxt \"c\"\n# note\nmsgid \"a\"\nmsgstr \"b\"\n"), "t.po:7:1: " + comment_inside);
  EXPECT_EQ(first_error("msgid \"a\"\n#, fuzzy\nmsgstr \"b\"\n"), "t.po:7:1: " + comment_inside);
  EXPECT_EQ(first_error("#| msgid \"x\"\n#. note\nmsgid \"a\"\nmsgstr \"b\"\n"), "t.po:7:1: " + comment_inside);
  EXPECT_EQ(first_error("#| msgid \"x\"\n#| msgctxt \"y\"\nmsgid \"a\"\nmsgstr \"b\"\n"),
            "t.po:7:4: error: #| msgctxt out of place: an entry's previous text comes first, as #| msgctxt, "
            "#| msgid, #| msgid_plural");
  EXPECT_EQ(first_error("#~ msgid \"a\"\nmsgstr \"b\"\n"),
            "t.po:7:1: error: a line without #~ inside an obsolete entry");
  EXPECT_EQ(first_error("msgctxt \"c\"\n\nmsgid \"a\"\nmsgstr \"b\"\n"), "accepted");
}

TEST(PoParser, RefusesAnObsoleteEntryThatRepeatsAnotherOne) {
  Diagnostics diagnostics;
  auto c = parse_po(std::string(k_header) + "msgid \"abc\"\nmsgstr \"x\"\n\n#~ msgid \"abc\"\n#~ msgstr \"y\"\n",
                    "t.po", &diagnostics);
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().to_string(), "t.po:9:1: error: duplicate message definition (first defined on line 6)");
  Catalog other_context = parse_ok(std::string(k_header) +
                                   "msgctxt \"k\"\nmsgid \"abc\"\nmsgstr \"x\"\n\n"
                                   "#~ msgid \"abc\"\n#~ msgstr \"y\"\n");
  EXPECT_EQ(other_context.messages.size(), 3u);
}

TEST(PoParser, LaterFlagLineReplacesEarlierOneAsGettextDoes) {
  Catalog c = parse_ok(std::string(k_header) + "#, fuzzy\n#, c-format\nmsgid \"a\"\nmsgstr \"b\"\n");
  EXPECT_EQ(c.messages[1].flags, std::vector<std::string>{"c-format"});
}

}  // namespace
}  // namespace leafpress::catalog

namespace leafpress::catalog {

// A string wrapped over many lines is stored in one allocation of about its size, not in one
// grown by doubling (which held up to twice the text), in live and in obsolete entries.
TEST(PoParser, StoresAWrappedStringInRoomOfItsOwnSize) {
  // Article 21 of the Universal Declaration of Human Rights, paragraphs 1 and 3.
  const std::vector<std::string> articles = {
      "Everyone has the right to take part in the government of his country, directly or through freely "
      "chosen representatives.",
      "The will of the people shall be the basis of the authority of government; this will shall be "
      "expressed in periodic and genuine elections which shall be by universal and equal suffrage and shall "
      "be held by secret vote or by equivalent free voting procedures."};
  auto wrapped = [](const std::string& text, const std::string& prefix) {
    std::string lines;
    for (size_t at = 0; at < text.size(); at += 60) lines += prefix + "\"" + text.substr(at, 60) + "\"\n";
    return lines;
  };
  auto catalog = parse_po("msgid \"\"\n" + wrapped(articles[0], "") + "msgstr \"\"\n" + wrapped(articles[0], "") +
                              "\n#~ msgid \"\"\n" + wrapped(articles[1], "#~ ") + "#~ msgstr \"\"\n" +
                              wrapped(articles[1], "#~ "),
                          "test.po");
  ASSERT_TRUE(catalog) << catalog.error().message;
  ASSERT_EQ(catalog->messages.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    const Message& message = catalog->messages[i];
    const std::string& text = articles[i];
    EXPECT_EQ(message.obsolete, i == 1);
    EXPECT_EQ(message.msgid, text);
    EXPECT_EQ(message.msgstr.at(0), text);
    // The bound counts the quotes and the obsolete marks too: a few bytes a line.
    EXPECT_LE(message.msgid.capacity(), text.size() + 5 * (text.size() / 60 + 2));
    EXPECT_LE(message.msgstr.at(0).capacity(), text.size() + 5 * (text.size() / 60 + 2));
  }
}
}  // namespace leafpress::catalog
