#include <gtest/gtest.h>

#include <cstdlib>

#include "catalog/new_catalog.hpp"
#include "catalog/po_parser.hpp"

namespace leafpress::catalog {
namespace {

TEST(NewCatalog, HasAFullHeaderAndPluralSlotsForTheLanguage) {
  ::unsetenv("SOURCE_DATE_EPOCH");
  Diagnostics diagnostics;
  auto pot = parse_po(
      "msgid \"\"\nmsgstr \"\"\n\"POT-Creation-Date: 2025-01-01 00:00+0000\\n\"\n\"Content-Type: text/plain; "
      "charset=CHARSET\\n\"\n\n"
      "#. note\nmsgid \"Hello\"\nmsgstr \"\"\n\n"
      "msgid \"day\"\nmsgid_plural \"days\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"\n",
      "t.pot", &diagnostics);
  ASSERT_TRUE(pot) << diagnostics.to_string();
  auto language = text::language_info("ar");
  ASSERT_TRUE(language) << language.error().message;
  Catalog c = new_catalog(*pot, *language, "campaign");
  EXPECT_EQ(c.header_field("Project-Id-Version"), "campaign");
  EXPECT_EQ(c.header_field("Language"), language->gettext_code);
  EXPECT_EQ(c.header_field("Content-Type"), "text/plain; charset=UTF-8");
  EXPECT_EQ(c.header_field("Plural-Forms"), language->plural_forms);
  EXPECT_EQ(c.header_field("PO-Revision-Date"), "");
  EXPECT_EQ(c.nplurals(), 6);
  ASSERT_EQ(c.messages.size(), 3u);
  EXPECT_EQ(c.messages[1].extracted_comments, std::vector<std::string>{"note"});
  EXPECT_EQ(c.messages[2].msgstr.size(), 6u);
}

TEST(NewCatalog, DatesComeOnlyFromSourceDateEpoch) {
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  auto language = text::language_info("pl");
  ASSERT_TRUE(language);
  Catalog c = new_catalog(Catalog{}, *language, "campaign");
  EXPECT_EQ(c.header_field("PO-Revision-Date"), "2023-11-14 22:13+0000");
  ::unsetenv("SOURCE_DATE_EPOCH");
}

}  // namespace
}  // namespace leafpress::catalog
