#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "catalog/merge.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"

namespace leafpress::catalog {
namespace {

// Input and the output GNU msgcat 0.21 gives for it: wrapping at 79 columns, a wrapped
// string starting with "", breaks after "\n", between ideographs, never inside an escape,
// no-wrap respected, long reference lists split, obsolete entries wrapped with "#~ ".
constexpr const char* k_input = R"PO(msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#: src/a-very-long-file-name-for-testing.c:100 src/another-long-file-name.c:2000 src/third.c:3
#, c-format
msgid "Line one\nLine two is here\n"
msgstr "Première ligne\nDeuxième ligne \"citée\" avec une longue suite de mots pour aller au-delà\n"

#, no-wrap
msgid "A long sentence that goes past the seventy-ninth column of the page without any problem."
msgstr "这是一个很长的句子，它会超过页面的第七十九列，但不会被换行，因为这个消息有不换行标志。"

msgid "短"
msgstr "这是一个很长的中文句子，它会超过页面的第七十九列，所以必须在两个汉字之间换行才行。"

#~ msgid "An obsolete message whose text is long enough that it has to be wrapped somewhere."
#~ msgstr "Ein veralteter Eintrag, dessen Text lang genug ist, um umbrochen werden zu müssen."
)PO";

constexpr const char* k_msgcat_output = R"PO(msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

#: src/a-very-long-file-name-for-testing.c:100
#: src/another-long-file-name.c:2000 src/third.c:3
#, c-format
msgid ""
"Line one\n"
"Line two is here\n"
msgstr ""
"Première ligne\n"
"Deuxième ligne \"citée\" avec une longue suite de mots pour aller au-delà\n"

#, no-wrap
msgid "A long sentence that goes past the seventy-ninth column of the page without any problem."
msgstr "这是一个很长的句子，它会超过页面的第七十九列，但不会被换行，因为这个消息有不换行标志。"

msgid "短"
msgstr ""
"这是一个很长的中文句子，它会超过页面的第七十九列，所以必须在两个汉字之间换行"
"才行。"

#~ msgid ""
#~ "An obsolete message whose text is long enough that it has to be wrapped "
#~ "somewhere."
#~ msgstr ""
#~ "Ein veralteter Eintrag, dessen Text lang genug ist, um umbrochen werden "
#~ "zu müssen."
)PO";

Catalog parse(std::string_view text) {
  Diagnostics diagnostics;
  auto catalog = parse_po(text, "w.po", &diagnostics);
  EXPECT_TRUE(catalog.has_value()) << diagnostics.to_string();
  return catalog ? *catalog : Catalog{};
}

TEST(PoWriter, MatchesMsgcatOnWrappingCases) { EXPECT_EQ(write_po(parse(k_input)), k_msgcat_output); }

// Format directives stay on one line, as msgcat keeps them: each entry's directive would
// straddle the 79th column. The python-brace entry shows gettext 0.21's quirk of protecting
// the string's first bytes instead (its directive marks are relative to the directive), and
// the no-c-format one that without a format flag the same text breaks inside "% x".
constexpr const char* k_format_input = R"PO(msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#, c-format
msgid "m0"
msgstr "wwwwwwwwww vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv % x tail"

#, c-format
msgid "m1"
msgstr "wwwwwwwwww vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv %1$ 5d tail"

#, python-format
msgid "m2"
msgstr "wwwwwwwwww vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv %(user name)s tail"

#, python-format
msgid "m3"
msgstr "wwwwwwwwww vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv %(a)- 5d tail"

#, python-brace-format
msgid "m4"
msgstr "a xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx {abcdef}"

#, no-c-format
msgid "m5"
msgstr "wwwwwwwwww vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv % x tail"
)PO";

constexpr const char* k_format_msgcat_output = R"PO(msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

#, c-format
msgid "m0"
msgstr ""
"wwwwwwwwww vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv "
"% x tail"

#, c-format
msgid "m1"
msgstr ""
"wwwwwwwwww vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv "
"%1$ 5d tail"

#, python-format
msgid "m2"
msgstr ""
"wwwwwwwwww vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv "
"%(user name)s tail"

#, python-format
msgid "m3"
msgstr ""
"wwwwwwwwww vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv "
"%(a)- 5d tail"

#, python-brace-format
msgid "m4"
msgstr ""
"a xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx "
"{abcdef}"

#, no-c-format
msgid "m5"
msgstr ""
"wwwwwwwwww vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv % "
"x tail"
)PO";

TEST(PoWriter, NeverBreaksInsideAFormatDirectiveAsMsgcat) {
  EXPECT_EQ(write_po(parse(k_format_input)), k_format_msgcat_output);
}

// Catalogs sharing a WrapCache are written as without it, though the same msgid appears in
// them wrapped differently: plain, as a format string (no break inside a directive), no-wrap,
// obsolete, and at another page width.
TEST(PoWriter, SharedWrapCacheChangesNothing) {
  const std::string msgid =
      "A sentence long enough to need wrapping, with a %d directive placed near the seventy-ninth column of it.";
  std::vector<Catalog> catalogs;
  for (const std::vector<std::string>& flags : std::vector<std::vector<std::string>>{{}, {"c-format"}, {"no-wrap"}}) {
    for (bool obsolete : {false, true}) {
      Catalog c;
      Message m;
      m.msgid = msgid;
      m.msgstr = {"Une phrase."};
      m.flags = flags;
      m.obsolete = obsolete;
      c.messages.push_back(m);
      catalogs.push_back(c);
    }
  }
  WrapCache cache;
  for (int width : {79, 60}) {
    for (const Catalog& c : catalogs) {
      const std::string plain = write_po(c, {.width = width});
      EXPECT_EQ(write_po(c, {.width = width, .cache = &cache}), plain);
      EXPECT_EQ(write_po(c, {.width = width, .cache = &cache}), plain) << "from the cache";
    }
  }
  // The cases above are not all alike, or the test would prove nothing.
  EXPECT_TRUE(write_po(catalogs[0]).starts_with("msgid \"\"\n"));     // wrapped
  EXPECT_TRUE(write_po(catalogs[1]).starts_with("#~ msgid \"\"\n"));  // obsolete
  EXPECT_TRUE(write_po(catalogs[4]).starts_with("#, no-wrap\nmsgid \"A sentence"));
  EXPECT_NE(write_po(catalogs[0], {.width = 60}), write_po(catalogs[0]));
}

// A long catalog is written in slices on several threads: the text is the one thread's, with
// the obsolete entries (spread through the list here) still last and dropped ones still gone.
TEST(PoWriter, WritingOnSeveralThreadsGivesTheSameText) {
  Catalog c;
  Message header;
  header.msgstr = {"Content-Type: text/plain; charset=UTF-8\n"};
  c.messages.push_back(header);
  for (int i = 0; i < 3000; ++i) {
    Message m;
    m.msgid = "Entry " + std::to_string(i) + " of a long list, with words enough to wrap once it passes the width.";
    m.references = {"list.txt:" + std::to_string(i + 1)};
    m.msgstr = {i % 3 == 0 ? std::string() : "Eintrag " + std::to_string(i)};
    m.obsolete = i % 7 == 0;  // those without a translation are not written at all
    c.messages.push_back(m);
  }
  const std::string one = write_po(c);
  EXPECT_GT(one.find("Entry 7 of"), one.find("Entry 2999 of")) << "obsolete entries go last";
  EXPECT_EQ(one.find("Entry 21 of"), std::string::npos) << "an obsolete entry without a translation is dropped";
  for (unsigned jobs : {2u, 3u, 8u}) EXPECT_EQ(write_po(c, {.jobs = jobs}), one) << jobs << " threads";
  WrapCache cache;
  EXPECT_EQ(write_po(c, {.cache = &cache, .jobs = 4}), one);
  EXPECT_EQ(write_po(c, {.cache = &cache, .jobs = 4}), one) << "from the cache";
}

TEST(PoWriter, OutputIsAFixedPoint) {
  std::string once = write_po(parse(k_input));
  EXPECT_EQ(write_po(parse(once)), once);
}

// A CRLF file can end a comment with a backslash; written with LF alone it would join the next
// line on, so the writer ends such a line with a space.
TEST(PoWriter, CommentEndingInABackslashDoesNotJoinTheNextLine) {
  Catalog c = parse("# note\\\r\n#. part\\\r\n#: a\\ b\\\r\nmsgid \"x\"\r\nmsgstr \"y\"\r\n");
  std::string written = write_po(c);
  EXPECT_EQ(written, "# note\\ \n#. part\\ \n#: a\\ b\\ \nmsgid \"x\"\nmsgstr \"y\"\n");
  Catalog again = parse(written);
  ASSERT_EQ(again.messages.size(), 1u);
  EXPECT_EQ(again.messages[0].references, (std::vector<std::string>{"a\\", "b\\"}));
  EXPECT_EQ(write_po(again), written);
}

// A catalog this writer wrote, merged with a template that changed one unit: copying the
// unchanged entries' text gives the same bytes as writing them.
TEST(PoWriter, CopiedUnchangedEntriesGiveTheSameBytes) {
  std::string old_text = write_po(
      parse("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
            "#: a.txt:1\nmsgid \"All human beings are born free and equal in dignity and rights.\"\n"
            "msgstr \"Tous les êtres humains naissent libres et égaux en dignité et en droits.\"\n\n"
            "#: a.txt:3\nmsgid \"Everyone has the right to life, liberty and security of person.\"\n"
            "msgstr \"Tout individu a droit à la vie, à la liberté et à la sûreté de sa personne.\"\n"));
  Catalog pot = parse(
      "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
      "#: a.txt:1\nmsgid \"All human beings are born free and equal in dignity and rights.\"\nmsgstr \"\"\n\n"
      "#: a.txt:3\nmsgid \"Everyone has the right to life, liberty and the security of person.\"\nmsgstr \"\"\n");
  std::vector<std::string_view> old_entries;
  auto old = parse_po(old_text, "old.po", nullptr, &old_entries);
  ASSERT_TRUE(old);
  std::vector<size_t> kept;
  Catalog merged = merge(std::move(*old), pot, MergeOptions{}, nullptr, &kept);
  std::vector<std::string_view> unchanged = kept_entry_text(kept, old_entries);
  ASSERT_EQ(unchanged.size(), merged.messages.size());
  // The header and the first unit are unchanged; the changed unit (now fuzzy) and the obsolete
  // entry are written anew.
  EXPECT_EQ(std::count_if(unchanged.begin(), unchanged.end(), [](std::string_view t) { return !t.empty(); }), 2);
  WriteOptions copying;
  copying.verbatim = &unchanged;
  EXPECT_EQ(write_po(merged, copying), write_po(merged));
}

TEST(Message, SameEntryComparesEveryPartButTheLine) {
  Message a;
  a.msgid = "a";
  a.msgstr = {"b"};
  Message b = a;
  b.line = 42;
  EXPECT_TRUE(a.same_entry(b));
  std::vector<std::function<void(Message&)>> changes = {[](Message& m) { m.translator_comments = {"x"}; },
                                                        [](Message& m) { m.extracted_comments = {"x"}; },
                                                        [](Message& m) { m.references = {"x"}; },
                                                        [](Message& m) { m.flags = {"fuzzy"}; },
                                                        [](Message& m) { m.prev_msgctxt = "x"; },
                                                        [](Message& m) { m.prev_msgid = "x"; },
                                                        [](Message& m) { m.prev_msgid_plural = "x"; },
                                                        [](Message& m) { m.msgctxt = "x"; },
                                                        [](Message& m) { m.msgid = "x"; },
                                                        [](Message& m) { m.msgid_plural = "x"; },
                                                        [](Message& m) { m.msgstr = {"x"}; },
                                                        [](Message& m) { m.obsolete = true; }};
  for (size_t i = 0; i < changes.size(); ++i) {
    Message c = a;
    changes[i](c);
    EXPECT_FALSE(a.same_entry(c)) << "change " << i;
  }
  // Every part of a Message but `line` is listed above: a new part must be compared too.
  // (Five lists, five optional strings, msgid, then `obsolete` and `line` in one word.)
  constexpr size_t k_parts_size = 5 * sizeof(std::vector<std::string>) + 5 * sizeof(std::optional<std::string>) +
                                  sizeof(std::string) + 8;
  EXPECT_EQ(sizeof(Message), k_parts_size) << "Message has a new member; compare it in Message::same_entry";
}

TEST(PoWriter, NoWrapBreaksOnlyAfterNewlines) {
  Catalog c;
  Message m;
  m.msgid = std::string(100, 'a') + " " + std::string(10, 'b') + "\nnext";
  m.msgstr = {""};
  c.messages.push_back(m);
  std::string text = write_po(c, {.wrap = false});
  EXPECT_EQ(text,
            "msgid \"\"\n\"" + std::string(100, 'a') + " " + std::string(10, 'b') + "\\n\"\n\"next\"\nmsgstr \"\"\n");
}

TEST(PoWriter, WritesFlagsInGettextOrderAndDropsUnknownOnes) {
  Catalog c;
  Message m;
  m.msgid = "x";
  m.msgstr = {"y"};
  m.flags = {"no-wrap", "python-format", "c-format", "made-up", "fuzzy"};
  c.messages.push_back(m);
  EXPECT_EQ(write_po(c), "#, fuzzy, c-format, python-format, no-wrap\nmsgid \"x\"\nmsgstr \"y\"\n");
}

TEST(PoWriter, FuzzyIsNotWrittenForAnUntranslatedMessage) {
  Catalog c;
  Message m;
  m.msgid = "x";
  m.msgstr = {""};
  m.flags = {"fuzzy"};
  c.messages.push_back(m);
  EXPECT_EQ(write_po(c), "msgid \"x\"\nmsgstr \"\"\n");
}

}  // namespace
}  // namespace leafpress::catalog
