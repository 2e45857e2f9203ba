#include "app/config_editor.hpp"

#include <gtest/gtest.h>

#include "app/config.hpp"

namespace leafpress::app {
namespace {

constexpr const char* k_config = R"([project]
name = "Test campaign"
source_language = "en"

[languages]
# Switcher order.
targets = ["fr", "pl"]   # the two we have
print = ["fr"]
)";

Result<std::string> add(std::string_view text, const std::string& tag) {
  return add_target_to_config_text(text, tag, "leafpress.toml");
}

// The edited text loads, with `tag` added as the last target.
void expect_loads_with(const std::string& edited, const std::vector<std::string>& targets) {
  auto config = parse_config(edited, "leafpress.toml");
  ASSERT_TRUE(config) << config.error().to_string() << "\n" << edited;
  EXPECT_EQ(config->targets, targets) << edited;
}

TEST(ConfigEditor, AppendsToAnInlineListKeepingComments) {
  auto edited = add(k_config, "de");
  ASSERT_TRUE(edited);
  EXPECT_NE(edited->find("targets = [\"fr\", \"pl\", \"de\"]   # the two we have"), std::string::npos) << *edited;
  EXPECT_NE(edited->find("# Switcher order."), std::string::npos);
  EXPECT_NE(edited->find("print = [\"fr\"]"), std::string::npos);
}

TEST(ConfigEditor, HandlesMultiLineEmptyAndMissingLists) {
  auto multi = add("[languages]\ntargets = [\n  \"fr\",\n  \"pl\",\n]\n", "de");
  ASSERT_TRUE(multi);
  EXPECT_EQ(*multi, "[languages]\ntargets = [\n  \"fr\",\n  \"pl\", \"de\",\n]\n");
  auto empty = add("[languages]\ntargets = []\n", "de");
  EXPECT_EQ(*empty, "[languages]\ntargets = [\"de\"]\n");
  auto none = add("[project]\nname = \"x\"\n", "de");
  EXPECT_EQ(*none, "[project]\nname = \"x\"\n\n[languages]\ntargets = [\"de\"]\n");
  auto present = add(k_config, "pl");
  EXPECT_EQ(*present, k_config);
}

TEST(ConfigEditor, EditsDottedKeysInPlace) {
  auto edited = add("languages.targets = [\"fr\"]\n\n[project]\nname = \"x\"\n", "de");
  ASSERT_TRUE(edited) << edited.error().to_string();
  EXPECT_EQ(*edited, "languages.targets = [\"fr\", \"de\"]\n\n[project]\nname = \"x\"\n");
  auto without_targets = add("languages.print = []\n", "de");
  ASSERT_TRUE(without_targets) << without_targets.error().to_string();
  expect_loads_with(*without_targets, {"de"});
}

TEST(ConfigEditor, EditsAnInlineLanguagesTable) {
  auto edited = add("languages = { targets = [\"fr\"], print = [\"fr\"] }\n", "de");
  ASSERT_TRUE(edited) << edited.error().to_string();
  EXPECT_EQ(*edited, "languages = { targets = [\"fr\", \"de\"], print = [\"fr\"] }\n");
  auto without_targets = add("languages = { print = [] }\n", "de");
  ASSERT_TRUE(without_targets) << without_targets.error().to_string();
  expect_loads_with(*without_targets, {"de"});
  auto empty_table = add("languages = {}\n", "de");
  ASSERT_TRUE(empty_table) << empty_table.error().to_string();
  expect_loads_with(*empty_table, {"de"});
}

TEST(ConfigEditor, KeepsSingleQuotedStrings) {
  auto edited = add("[languages]\ntargets = ['fr', 'pl'] # literal strings\n", "de");
  ASSERT_TRUE(edited) << edited.error().to_string();
  EXPECT_EQ(*edited, "[languages]\ntargets = ['fr', 'pl', \"de\"] # literal strings\n");
  // A quote of the other kind inside a string is text, not the end of the string.
  auto comment = add("[languages]\ntargets = [ # 'quoted' \"words\"\n  'fr' ]\n", "de");
  ASSERT_TRUE(comment) << comment.error().to_string();
  expect_loads_with(*comment, {"fr", "de"});
}

TEST(ConfigEditor, RefusesWhatItCannotEditSafelyNamingTheFile) {
  // A multi-line string is valid TOML ("fr" after the trimmed newline) but not worth editing.
  auto multi_line = add("[languages]\ntargets = [\"\"\"\nfr\"\"\"]\n", "de");
  ASSERT_FALSE(multi_line);
  EXPECT_NE(multi_line.error().to_string().find("leafpress.toml"), std::string::npos);
  EXPECT_NE(multi_line.error().message.find("by hand"), std::string::npos);
  // A file that does not load is never edited.
  auto broken = add("[languages\ntargets = [\"fr\"]\n", "de");
  ASSERT_FALSE(broken);
  EXPECT_EQ(broken.error().where.file, "leafpress.toml");
}

}  // namespace
}  // namespace leafpress::app
