// Oracle test: the PO grammar corners where msgcat 0.21 decides what is valid. For each
// case our parser accepts exactly what msgcat accepts (and writes what msgcat writes), and
// refuses what it refuses with a file:line:col error.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"
#include "test_support/gettext_oracle.hpp"
#include "test_support/temp_dir.hpp"

namespace leafpress::catalog {
namespace {

namespace fs = std::filesystem;
using leafpress::testing::first_difference;
using leafpress::testing::quote;
using leafpress::testing::run_command;
using leafpress::testing::slurp;
using leafpress::testing::spit;
using leafpress::testing::TempDir;

constexpr const char* k_header = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";

// (name, entries after the header).
const std::vector<std::pair<const char*, const char*>> k_cases{
    // A backslash right before a line end joins the next line on, anywhere.
    {"continued string", "msgid \"abc\\\ndef\"\nmsgstr \"x\"\n"},
    {"continued keyword", "msg\\\nid \"k\"\nmsgstr \"y\"\n"},
    {"continued flags", "#, c-\\\nformat\nmsgid \"z\"\nmsgstr \"w\"\n"},
    {"continued obsolete string", "msgid \"a\"\nmsgstr \"x\"\n\n#~ msgid \"o\\\nld\"\n#~ msgstr \"y\"\n"},
    {"continued twice", "msgid \"abc\\\n\\\ndef\"\nmsgstr \"x\"\n"},
    {"escaped backslash then continuation", "msgid \"k\\\\\\\n\"\nmsgstr \"y\"\n"},
    {"comment swallowing the msgid", "# comment \\\nmsgid \"abc\"\nmsgstr \"x\"\n"},
    {"backslash before CRLF", "msgid \"abc\\\r\ndef\"\r\nmsgstr \"x\"\r\n"},
    {"backslash at the end of the file", "msgid \"abc\"\nmsgstr \"x\\"},
    {"escaped backslash at a line end", "msgid \"abc\\\\\ndef\"\nmsgstr \"x\"\n"},
    // An obsolete entry shares the keys of active ones.
    {"obsolete duplicate of an active entry", "msgid \"abc\"\nmsgstr \"x\"\n\n#~ msgid \"abc\"\n#~ msgstr \"y\"\n"},
    {"active duplicate of an obsolete entry", "#~ msgid \"abc\"\n#~ msgstr \"y\"\n\nmsgid \"abc\"\nmsgstr \"x\"\n"},
    {"two obsolete duplicates", "#~ msgid \"abc\"\n#~ msgstr \"y\"\n\n#~ msgid \"abc\"\n#~ msgstr \"x\"\n"},
    {"obsolete entry in another context",
     "msgctxt \"k\"\nmsgid \"abc\"\nmsgstr \"y\"\n\n#~ msgid \"abc\"\n#~ msgstr \"x\"\n"},
    // Comments come before an entry's keywords, never among them.
    {"comment after msgctxt", "msgctxt \"c\"\n# comment\nmsgid \"abc\"\nmsgstr \"x\"\n"},
    {"flags after msgctxt", "msgctxt \"c\"\n#, fuzzy\nmsgid \"abc\"\nmsgstr \"x\"\n"},
    {"comment after msgid", "msgid \"a\"\n# c\nmsgstr \"b\"\n"},
    {"comment after msgid_plural", "msgid \"a\"\nmsgid_plural \"b\"\n# c\nmsgstr[0] \"x\"\nmsgstr[1] \"y\"\n"},
    {"comment between plural forms", "msgid \"a\"\nmsgid_plural \"b\"\nmsgstr[0] \"x\"\n# c\nmsgstr[1] \"y\"\n"},
    {"comment after the previous msgid", "#| msgid \"old\"\n# c\nmsgid \"a\"\nmsgstr \"b\"\n"},
    {"flags after the previous msgid", "#| msgid \"x\"\n#, fuzzy\nmsgid \"a\"\nmsgstr \"b\"\n"},
    {"dropped comment after msgctxt", "msgctxt \"c\"\n#! x\nmsgid \"a\"\nmsgstr \"b\"\n"},
    {"obsolete comment after obsolete msgctxt", "#~ msgctxt \"c\"\n#~ # c\n#~ msgid \"a\"\n#~ msgstr \"b\"\n"},
    {"blank line after msgctxt", "msgctxt \"c\"\n\nmsgid \"a\"\nmsgstr \"b\"\n"},
    {"blank line after the previous msgid", "#| msgid \"x\"\n\nmsgid \"a\"\nmsgstr \"b\"\n"},
    {"comment then a continuation string", "msgid \"a\"\nmsgstr \"b\"\n# c\n\"more\"\n"},
    // The previous text comes first, in its own order.
    {"previous msgid after msgctxt", "msgctxt \"c\"\n#| msgid \"x\"\nmsgid \"a\"\nmsgstr \"b\"\n"},
    {"previous msgid after msgid", "msgid \"a\"\n#| msgid \"x\"\nmsgstr \"b\"\n"},
    {"previous msgctxt after previous msgid", "#| msgid \"x\"\n#| msgctxt \"y\"\nmsgid \"a\"\nmsgstr \"b\"\n"},
    {"previous msgid_plural alone", "#| msgid_plural \"x\"\nmsgid \"a\"\nmsgstr \"b\"\n"},
    {"previous msgid twice", "#| msgid \"x\"\n#| msgid \"y\"\nmsgid \"a\"\nmsgstr \"b\"\n"},
    {"previous msgctxt without previous msgid", "#| msgctxt \"x\"\nmsgid \"a\"\nmsgstr \"b\"\n"},
    {"previous continuation string", "#| msgid \"x\"\n#| \"y\"\nmsgid \"a\"\nmsgstr \"b\"\n"},
    {"full previous text",
     "#| msgctxt \"c\"\n#| msgid \"x\"\n#| msgid_plural \"xs\"\nmsgid \"a\"\nmsgid_plural \"as\"\n"
     "msgstr[0] \"b\"\nmsgstr[1] \"bs\"\n"},
    // An entry is obsolete throughout or not at all.
    {"previous text then an obsolete entry", "#| msgid \"x\"\n#~ msgid \"a\"\n#~ msgstr \"b\"\n"},
    {"obsolete previous text then an active entry", "#~| msgid \"x\"\nmsgid \"a\"\nmsgstr \"b\"\n"},
    {"obsolete msgid, active msgstr", "#~ msgid \"a\"\nmsgstr \"b\"\n"},
    {"active msgid, obsolete msgstr", "msgid \"a\"\n#~ msgstr \"b\"\n"},
    {"obsolete entry with its previous text", "#~| msgid \"x\"\n#~ msgid \"a\"\n#~ msgstr \"b\"\n"},
    {"msgctxt twice", "msgctxt \"a\"\nmsgctxt \"b\"\nmsgid \"a\"\nmsgstr \"b\"\n"},
    {"msgctxt at the end", "msgid \"a\"\nmsgstr \"b\"\n\nmsgctxt \"x\"\n"},
    {"comment at the end", "msgid \"a\"\nmsgstr \"b\"\n\n# trailing\n"},
    // msgcat drops obsolete entries without a translation.
    {"untranslated obsolete entries",
     "msgid \"a\"\nmsgstr \"b\"\n\n#~ msgid \"gone\"\n#~ msgstr \"\"\n\n#~ msgid \"p\"\n"
     "#~ msgid_plural \"ps\"\n#~ msgstr[0] \"\"\n#~ msgstr[1] \"x\"\n\n#, fuzzy\n#~ msgid \"f\"\n"
     "#~ msgstr \"g\"\n"},
};

TEST(GettextOracle, ParserAcceptsWhatMsgcatAcceptsAndRefusesTheRest) {
  TempDir temp;
  fs::path file = temp.path() / "case.po";
  fs::path out = temp.path() / "msgcat.po";
  size_t refused = 0;
  for (const auto& [name, body] : k_cases) {
    std::string text = std::string(k_header) + body;
    spit(file, text);
    fs::remove(out);
    bool gnu_accepts = run_command("msgcat " + quote(file) + " -o " + quote(out)).exit_code == 0;
    Diagnostics diagnostics;
    auto ours = parse_po(text, "case.po", &diagnostics);
    ASSERT_EQ(ours.has_value(), gnu_accepts) << name << ": " << diagnostics.to_string();
    if (gnu_accepts) {
      std::string written = write_po(*ours), expected = slurp(out);
      EXPECT_TRUE(written == expected) << name << ": " << first_difference(written, expected);
    } else {
      ++refused;
      EXPECT_GT(ours.error().where.line, 0u) << name;
      EXPECT_GT(ours.error().where.column, 0u) << name;
      EXPECT_EQ(ours.error().where.file, "case.po") << name;
    }
  }
  EXPECT_GT(refused, 20u);
}

}  // namespace
}  // namespace leafpress::catalog
