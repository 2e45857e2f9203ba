// Hostile and careless leafpress.toml files: control characters that would inject catalog
// header lines, the source language as a target, nonsense print sizes and misspelt check
// ids. Each is an error naming the key and its line, and nothing is written.
#include <gtest/gtest.h>

#include "hostile/hostile_project.hpp"

using namespace leafpress::testing;

namespace {

constexpr const char* k_project = "[project]\nname = \"Hostile\"\nsource_language = \"en\"\n";

// Runs `leafpress -q build` on `toml`; expects exit 3, `message` in the output and no file
// written anywhere.
void expect_refused(const std::string& toml, const std::string& message) {
  HostileProject project;
  project.write_config(toml);
  auto before = project.files();
  auto result = project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 3) << toml << "\n" << result.output;
  EXPECT_NE(result.output.find(message), std::string::npos) << toml << "\n" << result.output;
  EXPECT_TRUE(changed_files(before, project.files()).empty()) << toml;
}

}  // namespace

// A newline in the project name used to write a Plural-Forms line of the config's choosing
// into every new catalog and template.
TEST(HostileConfig, ControlCharactersInStringsAreErrorsAtTheirLine) {
  expect_refused("[project]\nname = \"Hostile\\nPlural-Forms: nplurals=1; plural=0;\"\n",
                 "leafpress.toml:2:8: error: \"project.name\" contains the control character U+000A");
  expect_refused("[project]\nname = \"Tab\\there\"\n",
                 "leafpress.toml:2:8: error: \"project.name\" contains the control character U+0009");
  expect_refused(std::string(k_project) + "\n[imprint]\nprinted_by = \"Printer\\r\\nX-Injected: yes\"\n",
                 "leafpress.toml:6:14: error: \"imprint.printed_by\" contains the control character U+000D");
  expect_refused(std::string(k_project) + "\n[print]\nroles = [\"body\", \"title\\u0085\"]\n",
                 "leafpress.toml:6:18: error: \"print.roles\" contains the control character U+0085");
}

TEST(HostileConfig, SourceLanguageAsATargetIsAnError) {
  expect_refused(std::string(k_project) + "\n[languages]\ntargets = [\"pl\", \"en\"]\n",
                 "leafpress.toml:6:18: error: \"languages.targets\" lists \"en\", the source language");
  // Written another way, it is still the source language.
  expect_refused(std::string(k_project) + "\n[languages]\ntargets = [\"EN\"]\n",
                 "leafpress.toml:6:12: error: \"languages.targets\" lists \"en\", the source language");

  HostileProject project;
  fs::create_directories(project.root() / "locales");
  ASSERT_EQ(project.leafpress("-q build").exit_code, 0);
  auto before = project.files();
  auto result = project.leafpress("-q init en");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("error: \"en\" is the source language; its pages are the originals"), std::string::npos)
      << result.output;
  EXPECT_TRUE(changed_files(before, project.files()).empty());
}

TEST(HostileConfig, NonsenseBodySizesAreErrorsNamingTheRange) {
  for (std::string size : {"nan", "+nan", "inf", "-inf", "1e308", "11.99", "0", "-14", "49", "9223372036854775807"}) {
    expect_refused(std::string(k_project) + "\n[print]\nbody_size = " + size + "\n",
                   "leafpress.toml:6:13: error: \"print.body_size\" must be a number of points from 12 to 48");
  }
  // Too large for a TOML integer: the file does not parse, which says so at the value.
  HostileProject project;
  project.write_config(std::string(k_project) + "\n[print]\nbody_size = 99999999999999999999\n");
  auto result = project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("leafpress.toml:6:"), std::string::npos) << result.output;
  EXPECT_EQ(result.output.find("14"), std::string::npos) << result.output;
}

TEST(HostileConfig, SensibleBodySizesAreAccepted) {
  for (std::string size : {"12", "14", "16.5", "48"}) {
    HostileProject project;
    fs::create_directories(project.root() / "locales");
    project.write_config(std::string(k_project) + "\n[languages]\ntargets = [\"pl\"]\n\n[print]\nbody_size = " + size +
                         "\n");
    auto result = project.leafpress("-q build");
    EXPECT_EQ(result.exit_code, 0) << size << ": " << result.output;
    std::string fo = slurp(project.root() / "output/proof/pl/notice.fo");
    EXPECT_EQ(fo.find("nanpt"), std::string::npos);
  }
}

TEST(HostileConfig, UnknownCheckIdsAreErrors) {
  expect_refused(std::string(k_project) + "\n[checks]\nlenght = \"off\"\n",
                 "leafpress.toml:6:1: error: unknown check \"checks.lenght\"");
  // A translation the pages cannot use is never let through.
  expect_refused(std::string(k_project) + "\n[checks]\nunusable = \"off\"\n",
                 "leafpress.toml:6:12: error: \"checks.unusable\" cannot be changed");
}

// [brand]: a campaign name, a colour and a logo chosen by whoever edits the project file
// reach every leaflet; what cannot be printed as meant is refused at its line.
TEST(HostileConfig, BrandValuesThatCannotPrintAreErrorsAtTheirLine) {
  const std::string brand = std::string(k_project) + "\n[brand]\n";
  expect_refused(brand + "name = \"<b>Vote</b> for us\"\n",
                 "leafpress.toml:6:8: error: \"brand.name\" looks like markup (a tag, an entity or a TeX command)");
  expect_refused(brand + "call_to_action = \"Read &amp; share\"\n",
                 "leafpress.toml:6:18: error: \"brand.call_to_action\" looks like markup");
  expect_refused(brand + "name = \"\\\\textbf{Us}\"\n", "leafpress.toml:6:8: error: \"brand.name\" looks like markup");
  for (std::string colour : {"\"#ff0000\"", "\"rgb(255, 0, 0)\"", "\"cmyk(0, 0.8, 0.9)\"", "[0, 1.5, 0, 0]",
                             "\"cmyk(0, 80, 90, 0)\"", "[0, \"a\", 0, 0]", "\"cmyk(nan, 0, 0, 0)\""})
    expect_refused(brand + "colour = " + colour + "\n",
                   "leafpress.toml:6:10: error: \"brand.colour\" must be a CMYK colour");
  expect_refused(brand + "logo = \"logo.png\"\n",
                 "leafpress.toml:6:8: error: \"brand.logo\" must be an SVG or PDF file");
}

TEST(HostileConfig, LogosThatAreNotImagesOrTooBigAreRefused) {
  const std::string brand = std::string(k_project) + "\n[brand]\nname = \"Parks for all\"\n";
  auto refused = [&](const std::string& file, const std::string& bytes, const std::string& message) {
    HostileProject project;
    spit(project.root() / file, bytes);
    project.write_config(brand + "logo = \"" + file + "\"\n");
    auto result = project.leafpress("-q build");
    EXPECT_EQ(result.exit_code, 3) << file << "\n" << result.output;
    EXPECT_NE(result.output.find(message), std::string::npos) << file << "\n" << result.output;
    EXPECT_FALSE(fs::exists(project.root() / "output")) << file;
  };
  refused("logo.svg", "just some words, not a picture\n",
          "leafpress.toml:7:8: error: \"brand.logo\": \"logo.svg\" is not an SVG or PDF image");
  refused("logo.pdf", "<svg but not really",
          "leafpress.toml:7:8: error: \"brand.logo\": \"logo.pdf\" is not an SVG or PDF image");
  refused("big.pdf", "%PDF-1.4\n" + std::string(11u << 20, ' '),
          "leafpress.toml:7:8: error: \"brand.logo\": \"big.pdf\" is 11.0 MB; a logo may be at most 10 MB");
  HostileProject project;
  project.write_config(brand + "logo = \"nothere.svg\"\n");
  EXPECT_NE(project.leafpress("-q build")
                .output.find(
                    "leafpress.toml:7:8: error: \"brand.logo\": there is no file \"nothere.svg\" in the project"),
            std::string::npos);
  project.write_config(brand + "logo = \"../outside/keep.svg\"\n");
  auto result = project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("leafpress.toml:7:8: error: \"brand.logo\" must name a file inside the project folder"),
            std::string::npos)
      << result.output;
}
