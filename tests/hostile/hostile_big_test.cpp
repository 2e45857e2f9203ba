// Big and pathological input, generated here (never committed): a 50 MB statement, one 10 MB
// line, 100,000 nested Markdown quotes or emphasis markers through the whole build, and a
// 1,000,000-entry catalog. Each must finish in time that grows linearly, without a crash.
#include <gtest/gtest.h>

#include <chrono>

#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"
#include "hostile/hostile_project.hpp"
#include "readers/reader.hpp"
#include "test_support/time_limits.hpp"

using namespace leafpress;
using namespace leafpress::testing;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// `bytes` of paragraphs, each a different sentence so extraction cannot deduplicate them.
std::string paragraphs(size_t bytes) {
  std::string text = "Big notice\n\n";
  for (size_t i = 0; text.size() < bytes; ++i)
    text += "Paragraph " + std::to_string(i) + " says the library opens at nine in the morning.\n\n";
  return text;
}

}  // namespace

TEST(HostileBig, FiftyMegabyteStatementReadsInLinearTime) {
  std::string small = paragraphs(5'000'000);
  std::string big = paragraphs(50'000'000);
  auto start = std::chrono::steady_clock::now();
  auto small_doc = readers::read_document(small, "source-docs/big.txt", "en");
  double small_seconds = seconds_since(start);
  start = std::chrono::steady_clock::now();
  auto big_doc = readers::read_document(big, "source-docs/big.txt", "en");
  double big_seconds = seconds_since(start);
  ASSERT_TRUE(small_doc.has_value()) << small_doc.error().to_string();
  ASSERT_TRUE(big_doc.has_value()) << big_doc.error().to_string();
  EXPECT_GT(big_doc->blocks.size(), 500'000u);
  // Ten times the input, at most ~20 times the time (linear, with slack for a busy machine).
  if (k_time_limits_apply) {
    EXPECT_LT(big_seconds, 20 * small_seconds + 2.0) << small_seconds << " s then " << big_seconds << " s";
  }
}

TEST(HostileBig, TenMegabyteLineReadsAsOneParagraph) {
  std::string line;
  while (line.size() < 10'000'000) line += "word ";
  std::string text = "Long line\n\n" + line + "\n";
  auto start = std::chrono::steady_clock::now();
  auto document = readers::read_document(text, "source-docs/line.txt", "en");
  double seconds = seconds_since(start);
  ASSERT_TRUE(document.has_value()) << document.error().to_string();
  EXPECT_EQ(document->blocks.size(), 2u);
  if (k_time_limits_apply) {
    EXPECT_LT(seconds, 30.0);
  }
}

// Through the executable: 100,000 nested quotes or emphasis spans are refused with a clear
// error; 100,000 emphasis openers that never close build, quickly, and the pages stay
// well-formed.
TEST(HostileBig, HundredThousandNestedQuotesThroughTheBuild) {
  HostileProject project;
  fs::create_directories(project.root() / "locales");
  spit(project.root() / "source-docs/deep.md", std::string(100'000, '>') + " deep\n");
  auto start = std::chrono::steady_clock::now();
  auto result = project.leafpress("-q build", {}, 60);
  if (k_time_limits_apply) {
    EXPECT_LT(seconds_since(start), 30.0);
  }
  EXPECT_EQ(result.exit_code, 3) << result.output.substr(0, 2000);
  EXPECT_NE(result.output.find("source-docs/deep.md:1:"), std::string::npos) << result.output.substr(0, 2000);
  EXPECT_NE(result.output.find("nests more than"), std::string::npos) << result.output.substr(0, 2000);
}

TEST(HostileBig, HundredThousandNestedEmphasisSpansThroughTheBuild) {
  HostileProject project;
  fs::create_directories(project.root() / "locales");
  std::string text = "# Emphasis\n\n";
  for (int i = 0; i < 100'000; ++i) text += "*a ";
  for (int i = 0; i < 100'000; ++i) text += "a*";
  spit(project.root() / "source-docs/emphasis.md", text + "\n");
  auto start = std::chrono::steady_clock::now();
  auto result = project.leafpress("-q build", {}, 120);
  if (k_time_limits_apply) {
    EXPECT_LT(seconds_since(start), 60.0);
  }
  EXPECT_EQ(result.exit_code, 3) << result.output.substr(0, 2000);
  // The 65th opener, 3 bytes each, is where the nesting limit is passed.
  EXPECT_NE(result.output.find("source-docs/emphasis.md:3:193: error: Markdown nests more than 64 levels deep"),
            std::string::npos)
      << result.output.substr(0, 2000);
}

TEST(HostileBig, HundredThousandUnclosedEmphasisMarkersThroughTheBuild) {
  HostileProject project;
  fs::create_directories(project.root() / "locales");
  std::string text = "# Emphasis\n\n";
  for (int i = 0; i < 100'000; ++i) text += "*a ";
  spit(project.root() / "source-docs/emphasis.md", text + "\n");
  auto start = std::chrono::steady_clock::now();
  auto result = project.leafpress("-q build", {}, 120);
  if (k_time_limits_apply) {
    EXPECT_LT(seconds_since(start), 60.0);
  }
  EXPECT_EQ(result.exit_code, 0) << result.output.substr(0, 2000);
  // The markers are text: one unit holding all of them, on every page.
  std::string page = slurp(project.root() / "output/html/pl/emphasis.html");
  EXPECT_EQ(page.find("<em>"), std::string::npos);
  EXPECT_NE(page.find("*a *a *a"), std::string::npos);
  expect_outputs_well_formed(project.root());
}

TEST(HostileBig, TenMegabyteLineThroughTheBuild) {
  HostileProject project;
  fs::create_directories(project.root() / "locales");
  std::string line;
  while (line.size() < 10'000'000) line += "word ";
  spit(project.root() / "source-docs/line.txt", "Long line\n\n" + line + "\n");
  auto result = project.leafpress("-q build", {}, 240);
  EXPECT_EQ(result.exit_code, 0) << result.output.substr(0, 2000);
  EXPECT_GT(fs::file_size(project.root() / "output/html/ar/line.html"), 10'000'000u);
  expect_outputs_well_formed(project.root());
}

TEST(HostileBig, MillionEntryCatalogParsesAndWrites) {
  std::string po =
      "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
      "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n";
  for (int i = 0; i < 1'000'000; ++i)
    po += "#: source-docs/big.txt:" + std::to_string(i) + "\nmsgid \"Entry " + std::to_string(i) +
          "\"\nmsgstr \"Wpis " + std::to_string(i) + "\"\n\n";
  auto start = std::chrono::steady_clock::now();
  auto catalog = catalog::parse_po(po, "locales/pl/big.po");
  double parse_seconds = seconds_since(start);
  ASSERT_TRUE(catalog.has_value()) << catalog.error().to_string();
  EXPECT_EQ(catalog->messages.size(), 1'000'001u);
  start = std::chrono::steady_clock::now();
  std::string written = catalog::write_po(*catalog);
  double write_seconds = seconds_since(start);
  EXPECT_NE(written.find("msgstr \"Wpis 999999\""), std::string::npos);
  if (k_time_limits_apply) {
    EXPECT_LT(parse_seconds + write_seconds, 60.0) << parse_seconds << " s parse, " << write_seconds << " s write";
  }
}
