#include <gtest/gtest.h>

#include "catalog/merge.hpp"
#include "catalog/po_parser.hpp"

namespace leafpress::catalog {
namespace {

Catalog parse(const std::string& text) {
  Diagnostics diagnostics;
  auto catalog = parse_po(text, "t.po", &diagnostics);
  EXPECT_TRUE(catalog.has_value()) << diagnostics.to_string();
  return catalog ? *catalog : Catalog{};
}

const std::string k_header =
    "# Translator's file header\n"
    "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
    "\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n\n";

TEST(Similarity, IsTwiceTheCommonSubsequenceOverTheLengths) {
  EXPECT_DOUBLE_EQ(similarity("", ""), 1.0);
  EXPECT_DOUBLE_EQ(similarity("abc", "abc"), 1.0);
  EXPECT_DOUBLE_EQ(similarity("abc", "xyz"), 0.0);
  EXPECT_DOUBLE_EQ(similarity("abcd", "abed"), 0.75);  // LCS "abd"
  std::string long_a(300, 'x'), long_b(300, 'x');
  long_b[150] = 'y';
  EXPECT_DOUBLE_EQ(similarity(long_a, long_b), 598.0 / 600.0);
}

TEST(Merge, KeepsExactMatchesAndTakesCommentsFromTheTemplate) {
  Catalog def = parse(k_header +
                      "# my note\n#. old extracted\n#: old.c:1\n#, fuzzy\nmsgid \"Hello\"\nmsgstr \"Bonjour\"\n");
  Catalog ref = parse("msgid \"\"\nmsgstr \"\"\n\"POT-Creation-Date: 2025\\n\"\n\n"
                      "#. new extracted\n#: new.c:9\n#, c-format\nmsgid \"Hello\"\nmsgstr \"\"\n");
  MergeStats stats;
  Catalog out = merge(def, ref, &stats);
  ASSERT_EQ(out.messages.size(), 2u);
  EXPECT_EQ(out.messages[0].translator_comments, std::vector<std::string>{"Translator's file header"});
  const Message& m = out.messages[1];
  EXPECT_EQ(m.msgstr, std::vector<std::string>{"Bonjour"});
  EXPECT_EQ(m.translator_comments, std::vector<std::string>{"my note"});
  EXPECT_EQ(m.extracted_comments, std::vector<std::string>{"new extracted"});
  EXPECT_EQ(m.references, std::vector<std::string>{"new.c:9"});
  EXPECT_EQ(m.flags, (std::vector<std::string>{"fuzzy", "c-format"}));
  EXPECT_EQ(stats.exact, 1u);
}

TEST(Merge, ChangedUnitGetsTheMostSimilarTranslationAsFuzzyWithPreviousMsgid) {
  Catalog def = parse(k_header +
                      "msgid \"The council meets every Tuesday evening.\"\nmsgstr \"Le conseil se réunit le mardi soir.\"\n\n"
                      "msgid \"Completely different text here.\"\nmsgstr \"Autre chose.\"\n");
  Catalog ref = parse("msgid \"The council meets every Thursday evening.\"\nmsgstr \"\"\n\n"
                      "msgid \"Nothing like the old ones at all, sorry.\"\nmsgstr \"\"\n");
  MergeStats stats;
  Catalog out = merge(def, ref, &stats);
  const Message* changed = out.find(std::nullopt, "The council meets every Thursday evening.");
  ASSERT_NE(changed, nullptr);
  EXPECT_TRUE(changed->is_fuzzy());
  EXPECT_EQ(changed->prev_msgid, "The council meets every Tuesday evening.");
  EXPECT_EQ(changed->msgstr.front(), "Le conseil se réunit le mardi soir.");
  const Message* fresh = out.find(std::nullopt, "Nothing like the old ones at all, sorry.");
  ASSERT_NE(fresh, nullptr);
  EXPECT_EQ(fresh->msgstr, std::vector<std::string>{""});
  EXPECT_FALSE(fresh->is_fuzzy());
  EXPECT_EQ(stats.fuzzy, 1u);
  EXPECT_EQ(stats.added, 1u);
  // The unmatched translated unit is kept as an obsolete entry, at the end.
  EXPECT_TRUE(out.messages.back().obsolete);
  EXPECT_EQ(out.messages.back().msgid, "Completely different text here.");
  EXPECT_EQ(stats.obsoleted, 1u);
}

TEST(Merge, ObsoleteEntriesKeepTranslatorCommentsButNoSourcePointers) {
  Catalog def = parse(k_header + "# my note\n#. extracted\n#: a.c:1\nmsgid \"Gone for good\"\nmsgstr \"Parti\"\n");
  Catalog out = merge(def, parse("msgid \"Something else entirely, really\"\nmsgstr \"\"\n"));
  const Message& gone = out.messages.back();
  ASSERT_TRUE(gone.obsolete);
  EXPECT_EQ(gone.translator_comments, std::vector<std::string>{"my note"});
  EXPECT_TRUE(gone.extracted_comments.empty());
  EXPECT_TRUE(gone.references.empty());
}

TEST(Merge, NoFuzzyMatchingLeavesChangedUnitsUntranslated) {
  Catalog def = parse(k_header + "msgid \"The council meets on Tuesday.\"\nmsgstr \"Mardi.\"\n");
  Catalog ref = parse("msgid \"The council meets on Thursday.\"\nmsgstr \"\"\n");
  Catalog out = merge(def, ref, MergeOptions{.fuzzy_matching = false});
  EXPECT_EQ(out.messages[1].msgstr, std::vector<std::string>{""});
  EXPECT_TRUE(out.messages.back().obsolete);
}

TEST(Merge, RestoredUnitGetsItsObsoleteTranslationBack) {
  Catalog def = parse(k_header + "#~ msgid \"Back again\"\n#~ msgstr \"De retour\"\n");
  Catalog ref = parse("msgid \"Back again\"\nmsgstr \"\"\n");
  Catalog out = merge(def, ref);
  ASSERT_EQ(out.messages.size(), 2u);
  EXPECT_FALSE(out.messages[1].obsolete);
  EXPECT_EQ(out.messages[1].msgstr.front(), "De retour");
}

TEST(Merge, PluralUnitsGetOneFormPerNplurals) {
  Catalog def = parse(k_header);
  Catalog ref = parse("msgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"\n");
  Catalog out = merge(def, ref);
  EXPECT_EQ(out.messages[1].msgstr.size(), 2u);
}

TEST(Merge, ContextsAreKeptApart) {
  Catalog def = parse(k_header + "msgctxt \"a\"\nmsgid \"Open\"\nmsgstr \"Ouvrir\"\n");
  Catalog ref = parse("msgctxt \"b\"\nmsgid \"Open\"\nmsgstr \"\"\n");
  Catalog out = merge(def, ref);
  ASSERT_GE(out.messages.size(), 2u);
  EXPECT_EQ(out.messages[1].msgctxt, "b");
  EXPECT_TRUE(out.messages[1].is_fuzzy());
  EXPECT_EQ(out.messages[1].prev_msgctxt, "a");
}

}  // namespace
}  // namespace leafpress::catalog
