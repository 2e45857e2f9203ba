#include "app/statement_translations.hpp"

#include <gtest/gtest.h>

#include "catalog/po_parser.hpp"
#include "qa/review.hpp"

using namespace leafpress::app;

namespace {

leafpress::catalog::Catalog parse(const std::string& text) {
  return leafpress::catalog::parse_po(text, "test.po").value();
}

}  // namespace

TEST(StatementTranslations, FindsEachTranslatedUnitAndItsReviewState) {
  // Articles 1 and 3 of the Universal Declaration of Human Rights: a unit reviewed below, an
  // unreviewed one, a fuzzy one, an untranslated one and an obsolete one.
  auto catalog = parse(R"(msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgid "Everyone has the right to life, liberty and security of person."
msgstr "Todo individuo tiene derecho a la vida, a la libertad y a la seguridad de su persona."

msgid "All human beings are born free and equal in dignity and rights."
msgstr "Todos los seres humanos nacen libres e iguales en dignidad y derechos."

#, fuzzy
msgid "They are endowed with reason and conscience."
msgstr "Dotados como están de razón y conciencia."

msgid "Article 1"
msgstr ""

#~ msgid "Article 3"
#~ msgstr "Artículo 3"
)");
  for (auto& message : catalog.messages)
    if (message.msgid.starts_with("Everyone")) leafpress::qa::mark_reviewed(message, "A Reviewer");
  MsgidPool pool;
  StatementTranslations got = statement_translations(catalog, pool);
  EXPECT_EQ(got.translations.size(), 2u);
  const auto* born = got.find("All human beings are born free and equal in dignity and rights.");
  ASSERT_NE(born, nullptr);
  EXPECT_EQ(born->msgstr, "Todos los seres humanos nacen libres e iguales en dignidad y derechos.");
  EXPECT_TRUE(born->unreviewed);
  const auto* life = got.find("Everyone has the right to life, liberty and security of person.");
  ASSERT_NE(life, nullptr);
  EXPECT_EQ(life->msgstr, "Todo individuo tiene derecho a la vida, a la libertad y a la seguridad de su persona.");
  EXPECT_FALSE(life->unreviewed);
  EXPECT_EQ(got.find("They are endowed with reason and conscience."), nullptr);
  EXPECT_EQ(got.find("Article 1"), nullptr);
  EXPECT_EQ(got.find("Article 3"), nullptr);
  EXPECT_EQ(got.find("All human beings"), nullptr);
  EXPECT_FALSE(got.draft);
}

TEST(StatementTranslations, LanguagesShareOneCopyOfEachMsgidAndKeepTheirTextWhenMoved) {
  MsgidPool pool;
  auto spanish = parse("msgid \"Article 1\"\nmsgstr \"Artículo 1\"\n");
  auto french = parse("msgid \"Article 1\"\nmsgstr \"Article premier\"\n");
  StatementTranslations es = statement_translations(spanish, pool);
  StatementTranslations fr = statement_translations(french, pool);
  ASSERT_EQ(es.translations.size(), 1u);
  ASSERT_EQ(fr.translations.size(), 1u);
  EXPECT_EQ(es.translations[0].msgid.data(), fr.translations[0].msgid.data());
  StatementTranslations moved = std::move(fr);
  ASSERT_NE(moved.find("Article 1"), nullptr);
  EXPECT_EQ(moved.find("Article 1")->msgstr, "Article premier");
}

TEST(TextArena, StoresLongAndShortTextsIntact) {
  TextArena arena;
  std::string big(3u << 20, 'x');
  std::string_view a = arena.store("Article 1");
  std::string_view b = arena.store(big);
  std::string_view c = arena.store("");
  std::string_view d = arena.store("Article 2");
  EXPECT_EQ(a, "Article 1");
  EXPECT_EQ(b, big);
  EXPECT_TRUE(c.empty());
  EXPECT_EQ(d, "Article 2");
}

TEST(TextArena, ReservedRoomIsExactlyWhatWasAskedFor) {
  TextArena arena;
  arena.reserve(20);
  EXPECT_EQ(arena.capacity(), 20u);
  std::string_view a = arena.store("Article 1 ");  // 10 bytes
  std::string_view b = arena.store("Article 2 ");  // 10 more: still the reserved block
  EXPECT_EQ(arena.capacity(), 20u);
  EXPECT_EQ(a.data() + a.size(), b.data());
  arena.reserve(5);  // the block is full: a new one of exactly 5 bytes
  EXPECT_EQ(arena.capacity(), 25u);
}

TEST(TextArena, UnreservedBlocksGrowWithTheTextUpToAMebibyte) {
  TextArena arena;
  arena.store("x");
  EXPECT_EQ(arena.capacity(), size_t{4} << 10);  // a short text does not cost a large block
  std::string line(1000, 'y');
  size_t stored = 1;
  size_t largest_block = 0;
  while (stored < (size_t{5} << 20)) {
    size_t before = arena.capacity();
    arena.store(line);
    stored += line.size();
    largest_block = std::max(largest_block, arena.capacity() - before);
    // Never much more set aside than stored: each block is at most twice the arena so far.
    ASSERT_LE(arena.capacity(), 3 * stored + (size_t{4} << 10));
  }
  EXPECT_EQ(largest_block, size_t{1} << 20);
}

TEST(StatementTranslations, KeepNoMoreTextThanTheTranslations) {
  MsgidPool pool;
  auto catalog = parse(
      "msgid \"Article 1\"\nmsgstr \"Artículo 1\"\n\n"
      "msgid \"Article 2\"\nmsgstr \"Artículo 2\"\n\n"
      "msgid \"Article 3\"\nmsgstr \"\"\n");
  StatementTranslations es = statement_translations(catalog, pool);
  EXPECT_EQ(es.text.capacity(), std::string_view("Artículo 1Artículo 2").size());
}
