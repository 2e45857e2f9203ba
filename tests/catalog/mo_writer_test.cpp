#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>

#include "catalog/mo_writer.hpp"
#include "catalog/po_parser.hpp"

namespace leafpress::catalog {
namespace {

uint32_t word(const std::string& mo, size_t offset) {
  uint32_t value = 0;
  std::memcpy(&value, mo.data() + offset, 4);
  return value;
}

std::string string_at(const std::string& mo, size_t table, uint32_t index) {
  uint32_t length = word(mo, table + 8 * index);
  uint32_t offset = word(mo, table + 8 * index + 4);
  return mo.substr(offset, length);
}

TEST(MoWriter, WritesSortedEntriesWithContextsAndPluralsAndLeavesOutFuzzy) {
  Diagnostics diagnostics;
  auto c = parse_po(
      "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
      "msgctxt \"menu\"\nmsgid \"Open\"\nmsgstr \"Ouvrir\"\n\n"
      "msgid \"file\"\nmsgid_plural \"files\"\nmsgstr[0] \"fichier\"\nmsgstr[1] \"fichiers\"\n\n"
      "#, fuzzy\nmsgid \"Guess\"\nmsgstr \"Devine\"\n\n"
      "msgid \"Untranslated\"\nmsgstr \"\"\n",
      "t.po", &diagnostics);
  ASSERT_TRUE(c) << diagnostics.to_string();
  std::string mo = compile_mo(*c);
  EXPECT_EQ(word(mo, 0), 0x950412deu);
  ASSERT_EQ(word(mo, 8), 3u);
  size_t originals = word(mo, 12), translations = word(mo, 16);
  EXPECT_EQ(string_at(mo, originals, 0), "");
  EXPECT_EQ(string_at(mo, originals, 1), std::string("file\0files", 10));
  EXPECT_EQ(string_at(mo, originals, 2), "menu\x04Open");
  EXPECT_EQ(string_at(mo, translations, 1), std::string("fichier\0fichiers", 16));
  EXPECT_EQ(string_at(mo, translations, 2), "Ouvrir");
  EXPECT_EQ(word(mo, 20), 5u);  // hash table size: smallest prime >= 4/3 * 3, at least 3
}

}  // namespace
}  // namespace leafpress::catalog
