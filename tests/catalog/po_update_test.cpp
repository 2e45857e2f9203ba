// update_po: a catalog this writer wrote is updated by copying its unchanged entries; the
// bytes must be those of writing every entry anew.
#include <gtest/gtest.h>

#include <string>

#include "catalog/po_parser.hpp"
#include "catalog/po_update.hpp"
#include "catalog/po_writer.hpp"

namespace leafpress::catalog {
namespace {

constexpr const char* k_header = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";

Catalog parse(const std::string& text) {
  auto parsed = parse_po(text, "test.po");
  EXPECT_TRUE(parsed) << (parsed ? "" : parsed.error().to_string());
  return parsed ? *parsed : Catalog{};
}

TEST(PoUpdate, CopyingWhatThisWriterWroteGivesTheSameBytes) {
  const std::string old_text = write_po(
      parse(std::string(k_header) +
            "#: a.txt:1\nmsgid \"All human beings are born free and equal in dignity and rights.\"\n"
            "msgstr \"Tous les êtres humains naissent libres et égaux en dignité et en droits.\"\n\n"
            "#: a.txt:3\nmsgid \"Everyone has the right to life, liberty and security of person.\"\n"
            "msgstr \"Tout individu a droit à la vie, à la liberté et à la sûreté de sa personne.\"\n\n"
            "#: a.txt:5\nmsgid \"No one shall be held in slavery or servitude.\"\n"
            "msgstr \"Nul ne sera tenu en esclavage ni en servitude.\"\n"));
  const Catalog pot = parse(
      std::string(k_header) +
      "#: a.txt:1\nmsgid \"All human beings are born free and equal in dignity and rights.\"\nmsgstr \"\"\n\n"
      "#: a.txt:3\nmsgid \"Everyone has the right to life, liberty and the security of person.\"\nmsgstr \"\"\n");
  auto copied = update_po(old_text, "old.po", pot, MergeOptions{}, WriteOptions{}, true, nullptr);
  auto written = update_po(old_text, "old.po", pot, MergeOptions{}, WriteOptions{}, false, nullptr);
  ASSERT_TRUE(copied);
  ASSERT_TRUE(written);
  EXPECT_EQ(copied->text, written->text);
  EXPECT_EQ(copied->text, write_po(written->catalog));
  EXPECT_EQ(copied->stats.exact, 1u);
  EXPECT_EQ(copied->stats.fuzzy, 1u);
  EXPECT_EQ(copied->stats.obsoleted, 1u);
  EXPECT_NE(copied->text.find("#~ msgid \"No one shall be held in slavery or servitude.\""), std::string::npos);
}

TEST(PoUpdate, ACatalogThatDoesNotParseNamesItsLine) {
  const Catalog pot = parse(std::string(k_header));
  auto result = update_po(std::string(k_header) + "msgid \"a\"\nmsgstr \"b\n", "locales/fr/statements.po", pot,
                          MergeOptions{}, WriteOptions{}, false, nullptr);
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().to_string().find("locales/fr/statements.po:5"), std::string::npos)
      << result.error().to_string();
}

}  // namespace
}  // namespace leafpress::catalog
