#include <gtest/gtest.h>

#include "base/text_hash.hpp"
#include "catalog/merge.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"

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
  Catalog ref = parse(
      "msgid \"\"\nmsgstr \"\"\n\"POT-Creation-Date: 2025\\n\"\n\n"
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

// A catalog's own comments (the glossary's renderings in its language) follow the template's on
// exact, fuzzy and new units alike, and replace those an older merge added.
TEST(Merge, ExtraCommentsFollowTheTemplatesOnEveryKindOfUnit) {
  Catalog def = parse(k_header +
                      "#. body\n#. Extra: stale\nmsgid \"Hello\"\nmsgstr \"Bonjour\"\n\n"
                      "msgid \"The council meets every Tuesday.\"\nmsgstr \"Le conseil se réunit le mardi.\"\n");
  Catalog ref = parse(
      "msgid \"\"\nmsgstr \"\"\n\"POT-Creation-Date: 2025\\n\"\n\n#. body\nmsgid \"Hello\"\nmsgstr \"\"\n\n"
      "#. body\nmsgid \"The council meets every Thursday.\"\nmsgstr \"\"\n\n"
      "msgid \"Nothing like the others\"\nmsgstr \"\"\n");
  MergeOptions options;
  options.extra_comments = [](const Message& unit) {
    return std::vector<std::string>{"Extra: " + unit.msgid.substr(0, 5)};
  };
  MergeStats stats;
  Catalog out = merge(def, ref, options, &stats);
  ASSERT_EQ(out.messages.size(), 4u);
  EXPECT_EQ(stats.exact, 1u);
  EXPECT_EQ(stats.fuzzy, 1u);
  EXPECT_EQ(out.messages[1].extracted_comments, (std::vector<std::string>{"body", "Extra: Hello"}));
  EXPECT_EQ(out.messages[2].extracted_comments, (std::vector<std::string>{"body", "Extra: The c"}));
  EXPECT_TRUE(out.messages[2].is_fuzzy());
  EXPECT_EQ(out.messages[3].extracted_comments, std::vector<std::string>{"Extra: Nothi"});
  // An extra comment of none leaves the template's alone.
  options.extra_comments = [](const Message&) { return std::vector<std::string>{}; };
  EXPECT_EQ(merge(def, ref, options).messages[1].extracted_comments, std::vector<std::string>{"body"});
}

TEST(Merge, ChangedUnitGetsTheMostSimilarTranslationAsFuzzyWithPreviousMsgid) {
  Catalog def = parse(
      k_header +
      "msgid \"The council meets every Tuesday evening.\"\nmsgstr \"Le conseil se réunit le mardi soir.\"\n\n"
      "msgid \"Completely different text here.\"\nmsgstr \"Autre chose.\"\n");
  Catalog ref = parse(
      "msgid \"The council meets every Thursday evening.\"\nmsgstr \"\"\n\n"
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

TEST(Merge, ASuggestionOfAnotherRoleNeedsAHigherSimilarity) {
  // A new statement's title; the old catalog holds another statement's category, still in the
  // template. msgmerge alone fills the title in from the category (similarity 0.63).
  Catalog def = parse(k_header +
                      "#. category\nmsgid \"Community & diversity in Lewisham\"\nmsgstr \"Communauté et diversité\"\n");
  Catalog ref = parse(
      "msgid \"\"\nmsgstr \"\"\n\n#. category\nmsgid \"Community & diversity in Lewisham\"\nmsgstr \"\"\n\n"
      "#. title\nmsgid \"Homes for everyone in Lewisham\"\nmsgstr \"\"\n\n"
      "#. body, paragraph 1\nmsgid \"Community and diversity in Lewisham\"\nmsgstr \"\"\n");
  const MergeOptions as_gettext;
  Catalog as_msgmerge = merge(def, ref, as_gettext);
  const Message* title = as_msgmerge.find(std::nullopt, "Homes for everyone in Lewisham");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->msgstr.front(), "Communauté et diversité");
  MergeOptions with_roles;
  with_roles.role = [](const Message& m) {
    return m.extracted_comments.empty()
               ? std::string()
               : m.extracted_comments.front().substr(0, m.extracted_comments.front().find(','));
  };
  Catalog out = merge(def, ref, with_roles);
  title = out.find(std::nullopt, "Homes for everyone in Lewisham");
  ASSERT_NE(title, nullptr);
  EXPECT_FALSE(title->is_fuzzy());
  EXPECT_EQ(title->msgstr.front(), "");
  // A body paragraph close to the category (0.94, above 0.8) still gets its translation.
  const Message* body = out.find(std::nullopt, "Community and diversity in Lewisham");
  ASSERT_NE(body, nullptr);
  EXPECT_TRUE(body->is_fuzzy());
  EXPECT_EQ(body->msgstr.front(), "Communauté et diversité");
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

// What msgmerge --previous 0.21 writes for these (its output, copied): the header rebuilt in
// its field order with the template's Report-Msgid-Bugs-To and POT-Creation-Date and a
// Language derived from Language-Team; a singular turned plural gets the translation in every
// form, fuzzy, with #|; a plural turned singular keeps the first form and #| msgid and
// msgid_plural; an old entry that was fuzzy already passes on its own #| (or none); "10 new"
// shares no 4-gram with "10 minutes", so msgmerge never compares them although their
// similarity is 0.625; an obsolete entry is a fuzzy source too (and is then used up).
constexpr const char* k_old = R"PO(# Translator's file header
#, fuzzy
msgid ""
msgstr ""
"X-Generator: Poedit 3.4\n"
"Content-Type: text/plain; charset=UTF-8\n"
"language-team: French <traduc@traduc.org>\n"
"POT-Creation-Date: 2020-01-01 00:00+0000\n"
"Project-Id-Version: demo 1.0\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

msgid "One apple"
msgstr "Une pomme"

msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d fichier"
msgstr[1] "%d fichiers"

#, fuzzy
#| msgid "The old red house on the hill"
msgid "The red house on the hill"
msgstr "La maison rouge sur la colline"

#, fuzzy
msgid "The blue car in the street"
msgstr "La voiture bleue dans la rue"

msgid "10 minutes"
msgstr "10 minutes"

msgctxt "menu"
msgid "Print the page"
msgstr "Imprimer la page (menu)"

msgid "Print the page!"
msgstr "Imprimer la page !"

#~ msgid "Save the whole document"
#~ msgstr "Enregistrer tout le document"
)PO";
constexpr const char* k_new = R"PO(msgid ""
msgstr ""
"Report-Msgid-Bugs-To: bugs@example.org\n"
"POT-Creation-Date: 2025-06-01 10:00+0000\n"
"Content-Type: text/plain; charset=UTF-8\n"

msgid "One apple"
msgid_plural "%d apples"
msgstr[0] ""
msgstr[1] ""

msgid "%d file"
msgstr ""

msgid "The red house on the hill!"
msgstr ""

msgid "The blue car in the street!"
msgstr ""

msgid "10 new"
msgstr ""

msgctxt "menu"
msgid "Print the page?"
msgstr ""

msgid "Save the document"
msgstr ""
)PO";
constexpr const char* k_msgmerge_output = R"PO(# Translator's file header
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: demo 1.0\n"
"Report-Msgid-Bugs-To: bugs@example.org\n"
"POT-Creation-Date: 2025-06-01 10:00+0000\n"
"Language-Team: French <traduc@traduc.org>\n"
"Language: fr\n"
"Content-Type: text/plain; charset=UTF-8\n"
"X-Generator: Poedit 3.4\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

#, fuzzy
#| msgid "One apple"
msgid "One apple"
msgid_plural "%d apples"
msgstr[0] "Une pomme"
msgstr[1] "Une pomme"

#, fuzzy
#| msgid "%d file"
#| msgid_plural "%d files"
msgid "%d file"
msgstr "%d fichier"

#, fuzzy
#| msgid "The old red house on the hill"
msgid "The red house on the hill!"
msgstr "La maison rouge sur la colline"

#, fuzzy
msgid "The blue car in the street!"
msgstr "La voiture bleue dans la rue"

msgid "10 new"
msgstr ""

#, fuzzy
#| msgctxt "menu"
#| msgid "Print the page"
msgctxt "menu"
msgid "Print the page?"
msgstr "Imprimer la page (menu)"

#, fuzzy
#| msgid "Save the whole document"
msgid "Save the document"
msgstr "Enregistrer tout le document"

#~ msgid "10 minutes"
#~ msgstr "10 minutes"

#~ msgid "Print the page!"
#~ msgstr "Imprimer la page !"
)PO";

TEST(Merge, WritesWhatMsgmergePreviousWrites) {
  EXPECT_EQ(write_po(merge(parse(k_old), parse(k_new))), k_msgmerge_output);
  EXPECT_GT(similarity("10 new", "10 minutes"), 0.6);
}

// Context weighting as msgmerge's fuzzy_search_goal_function: a candidate with the same or no
// context gets a bonus of 0.00001, not a penalty for another context. So the exact msgid in
// another context (1.0) beats a no-context one at 0.995, and between two equally similar
// candidates the one without a context wins.
constexpr const char* k_contexts_old = R"PO(msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

msgctxt "menu"
msgid "Every resident of the borough may ask the council for a copy of the minutes of any public meeting"
msgstr "A"

msgid "Every resident of the borough may ask the council for a copy of the minutes of any public meeting!"
msgstr "B"

msgctxt "menu"
msgid "Every resident of the borough may ask the council for a copy of the minutes of any public meeting x?"
msgstr "C"

msgid "Every resident of the borough may ask the council for a copy of the minutes of any public meeting x."
msgstr "D"
)PO";
constexpr const char* k_contexts_new = R"PO(msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

msgctxt "button"
msgid "Every resident of the borough may ask the council for a copy of the minutes of any public meeting"
msgstr ""

msgctxt "button"
msgid "Every resident of the borough may ask the council for a copy of the minutes of any public meeting x"
msgstr ""
)PO";
constexpr const char* k_contexts_msgmerge_output = R"PO(msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

#, fuzzy
#| msgctxt "menu"
#| msgid ""
#| "Every resident of the borough may ask the council for a copy of the "
#| "minutes of any public meeting"
msgctxt "button"
msgid ""
"Every resident of the borough may ask the council for a copy of the minutes "
"of any public meeting"
msgstr "A"

#, fuzzy
#| msgid ""
#| "Every resident of the borough may ask the council for a copy of the "
#| "minutes of any public meeting x."
msgctxt "button"
msgid ""
"Every resident of the borough may ask the council for a copy of the minutes "
"of any public meeting x"
msgstr "D"

#~ msgid ""
#~ "Every resident of the borough may ask the council for a copy of the "
#~ "minutes of any public meeting!"
#~ msgstr "B"

#~ msgctxt "menu"
#~ msgid ""
#~ "Every resident of the borough may ask the council for a copy of the "
#~ "minutes of any public meeting x?"
#~ msgstr "C"
)PO";

TEST(Merge, ContextWeightingIsMsgmergesBonus) {
  EXPECT_EQ(write_po(merge(parse(k_contexts_old), parse(k_contexts_new))), k_contexts_msgmerge_output);
}

// Catalogs of several languages hold the same msgids; a memo shared by their merges must not
// change any choice, and it is really consulted.
TEST(Merge, SharedLcsMemoChangesNoChoice) {
  const std::vector<std::string> old_ids = {
      "Everyone has the right to freedom of thought, conscience and religion; this right includes freedom to "
      "change his religion or belief.",
      "Everyone has the right to freedom of opinion and expression; this right includes freedom to hold opinions "
      "without interference.",
      "Everyone has the right to freedom of peaceful assembly and association, and no one may be compelled to "
      "belong to an association.",
      "Everyone has the right to take part in the government of his country, directly or through freely chosen "
      "representatives.",
      "Everyone has the right of equal access to public service in his country, and the will of the people shall "
      "be the basis of authority.",
      "Everyone, as a member of society, has the right to social security and is entitled to realization of the "
      "economic and social rights."};
  // Long enough (over 256 bytes) that the search keeps their comparisons in the memo.
  std::vector<std::string> long_ids;
  for (const std::string& id : old_ids) long_ids.push_back(id + " " + id);
  auto catalog_with = [&](const std::vector<std::string>& ids, std::vector<bool> translated) {
    std::string text = k_header;
    for (size_t i = 0; i < ids.size(); ++i)
      text += "msgid \"" + ids[i] + "\"\nmsgstr \"" + (translated[i] ? "T" + std::to_string(i) : "") + "\"\n\n";
    return parse(text);
  };
  std::vector<std::string> new_ids;
  for (const std::string& id : long_ids) new_ids.push_back(id.substr(0, id.size() - 1) + " everywhere.");
  const Catalog pot = catalog_with(new_ids, std::vector<bool>(new_ids.size(), false));
  const Catalog first = catalog_with(long_ids, {true, true, false, true, true, true});
  const Catalog second = catalog_with(long_ids, {true, false, true, true, false, true});

  MergeSession session;
  MergeOptions shared;
  shared.session = &session;
  for (const Catalog* old : {&first, &second, &first})
    EXPECT_EQ(write_po(merge(*old, pot, shared)), write_po(merge(*old, pot)));

  // A length planted in the memo is taken as it is: with none in common with the candidate it
  // would take, the second unit (whose own old version is untranslated in `second`) takes
  // another.
  const Catalog plain = merge(second, pot);
  const Message* chosen = plain.find(std::nullopt, new_ids[1]);
  ASSERT_NE(chosen, nullptr);
  ASSERT_FALSE(chosen->msgstr.front().empty());
  const std::string& chosen_id = long_ids[std::stoul(chosen->msgstr.front().substr(1))];
  MergeSession planted;
  planted.lcs_memo().store(text_hash(new_ids[1]), text_hash(chosen_id), 0);
  MergeOptions with_plant;
  with_plant.session = &planted;
  Catalog merged = merge(second, pot, with_plant);
  const Message* unit = merged.find(std::nullopt, new_ids[1]);
  ASSERT_NE(unit, nullptr);
  EXPECT_NE(unit->msgstr.front(), chosen->msgstr.front());
}

}  // namespace
}  // namespace leafpress::catalog
