#include "app/config.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace leafpress::app;

namespace {
std::string error_of(std::string_view text) {
  auto config = parse_config(text, "leafpress.toml");
  return config ? std::string("no error") : config.error().to_string();
}
}  // namespace

TEST(Config, RepositoryConfigIsValid) {
  std::ifstream in(std::string(LEAFPRESS_SOURCE_DIR) + "/leafpress.toml");
  std::stringstream text;
  text << in.rdbuf();
  auto config = parse_config(text.str(), "leafpress.toml");
  ASSERT_TRUE(config.has_value()) << config.error().to_string();
  EXPECT_EQ(config->targets, default_targets());
  EXPECT_EQ(config->print_settings.page, "A5");
  // The repository never invents a printer or promoter.
  EXPECT_FALSE(config->imprint.complete());
}

TEST(Config, DefaultConfigTextParses) {
  auto config = parse_config(default_config_text("x"), "leafpress.toml");
  ASSERT_TRUE(config.has_value()) << config.error().to_string();
  EXPECT_EQ(config->targets.size(), 17u);
}

TEST(Config, CanonicalisesLanguageTags) {
  auto config = parse_config("[languages]\ntargets = [\"pt_pt\", \"zh-hant\"]\n", "leafpress.toml");
  ASSERT_TRUE(config.has_value());
  EXPECT_EQ(config->targets, (std::vector<std::string>{"pt-PT", "zh-Hant"}));
  EXPECT_EQ(config->print, config->targets);
}

TEST(Config, UnknownKeyNamesKeyAndLine) {
  EXPECT_EQ(error_of("[project]\nname = \"x\"\ncolour = \"red\"\n"),
            "leafpress.toml:3:1: error: unknown key \"project.colour\" (allowed here: name, source_language, "
            "source_dir, segmentation)");
  EXPECT_NE(error_of("[projekt]\n").find("leafpress.toml:1:"), std::string::npos);
}

TEST(Config, WrongTypesAreErrors) {
  EXPECT_EQ(error_of("[project]\nname = 3\n"), "leafpress.toml:2:8: error: \"project.name\" must be a string");
  EXPECT_NE(error_of("[languages]\ntargets = \"es\"\n").find("must be a list of strings"), std::string::npos);
  EXPECT_NE(error_of("[print]\nbody_size = 9\n").find("at least 12"), std::string::npos);
  EXPECT_NE(error_of("[print]\npage = \"A3\"\n").find("\"print.page\""), std::string::npos);
}

TEST(Config, BadLanguageTagsNameTheEntry) {
  std::string error = error_of("[languages]\ntargets = [\"es\",\n  \"e$\"]\n");
  EXPECT_EQ(error.rfind("leafpress.toml:3:3: error: \"languages.targets\"", 0), 0u) << error;
  EXPECT_NE(error_of("[languages]\ntargets = [\"qq\"]\n").find("unknown language"), std::string::npos);
  EXPECT_NE(error_of("[languages]\ntargets = [\"es\", \"es\"]\n").find("twice"), std::string::npos);
  EXPECT_NE(error_of("[languages]\ntargets = [\"es\"]\nprint = [\"fr\"]\n").find("not in"), std::string::npos);
}

TEST(Config, SyntaxErrorsHaveLineAndColumn) { EXPECT_EQ(error_of("[project\n").rfind("leafpress.toml:1:", 0), 0u); }

TEST(Config, ChecksSeverities) {
  auto config = parse_config("[checks]\nlength = \"off\"\n", "leafpress.toml");
  ASSERT_TRUE(config.has_value());
  EXPECT_EQ(config->check_severities.at("length"), "off");
  EXPECT_NE(error_of("[checks]\nlength = \"loud\"\n").find("\"checks.length\""), std::string::npos);
}

TEST(Config, WebReadableThresholdAndBaseUrl) {
  auto defaults = parse_config("", "leafpress.toml");
  ASSERT_TRUE(defaults.has_value());
  EXPECT_EQ(defaults->web.readable_percent, 80);
  EXPECT_EQ(defaults->web.base_url, "");
  auto config = parse_config("[web]\nreadable_percent = 50\nbase_url = \"https://example.org/s\"\n", "leafpress.toml");
  ASSERT_TRUE(config.has_value()) << config.error().to_string();
  EXPECT_EQ(config->web.readable_percent, 50);
  EXPECT_EQ(config->web.base_url, "https://example.org/s/");
  EXPECT_EQ(error_of("[web]\nreadable_percent = 120\n"),
            "leafpress.toml:2:20: error: \"web.readable_percent\" must be between 0 and 100 (the share of a "
            "statement translated)");
  EXPECT_NE(error_of("[web]\nreadable_percent = nan\n").find("between 0 and 100"), std::string::npos);
  EXPECT_NE(
      error_of("[web]\nbase_url = \"javascript:alert(1)\"\n").find("leafpress.toml:2:12: error: \"web.base_url\""),
      std::string::npos);
  EXPECT_NE(error_of("[web]\ncolour = 1\n").find("unknown key \"web.colour\""), std::string::npos);
}

TEST(Config, BrandColoursLogoAndPrintVariants) {
  auto config = parse_config(
      "[brand]\nname = \"Parks for all\"\ncolour = \"cmyk(0, 0.8, 0.9, 0)\"\nlogo = \"art/logo.svg\"\n"
      "call_to_action = \"Read more online\"\ncontact = \"hello@example.org\"\n[print]\nvariants = [\"standard\", "
      "\"large\"]\n",
      "leafpress.toml");
  ASSERT_TRUE(config.has_value()) << config.error().to_string();
  EXPECT_EQ(config->brand.name, "Parks for all");
  EXPECT_EQ(config->brand.colour, (std::array<double, 4>{0, 0.8, 0.9, 0}));
  EXPECT_EQ(config->brand.logo, "art/logo.svg");
  EXPECT_EQ(config->brand.logo_line, 4u);
  EXPECT_EQ(config->print_settings.variants, (std::vector<std::string>{"standard", "large"}));
  auto listed = parse_config("[brand]\ncolour = [1, 0.55, 0, 0.1]\n", "leafpress.toml");
  ASSERT_TRUE(listed.has_value()) << listed.error().to_string();
  EXPECT_EQ(listed->brand.colour, (std::array<double, 4>{1, 0.55, 0, 0.1}));
  auto defaults = parse_config("", "leafpress.toml");
  EXPECT_EQ(defaults->print_settings.variants, std::vector<std::string>{"standard"});
  // Plain words with an ampersand or a "less than" are not markup.
  EXPECT_TRUE(parse_config("[brand]\nname = \"Parks & play < 5 minutes away\"\n", "leafpress.toml").has_value());
  EXPECT_EQ(error_of("[print]\nvariants = [\"huge\"]\n"),
            "leafpress.toml:2:12: error: \"print.variants\": unknown variant \"huge\" (standard, large)");
  EXPECT_NE(error_of("[print]\nvariants = []\n").find("must name"), std::string::npos);
  EXPECT_NE(error_of("[brand]\nslogan = \"x\"\n").find("unknown key \"brand.slogan\""), std::string::npos);
}
