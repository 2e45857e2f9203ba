// Runs the reader fuzz targets' body on fixtures and on deterministic random inputs, so the
// round-trip property is checked in every test run, not only under libFuzzer.
#include <gtest/gtest.h>

#include <random>

#include "doc/golden.hpp"
#include "readers/fuzz_reader_common.hpp"

using namespace leafpress;
namespace lt = leafpress::testing;

namespace {

void run_both(const std::string& input) {
  const auto* data = reinterpret_cast<const uint8_t*>(input.data());
  fuzz::run_reader(data, input.size(), "source-docs/fuzz.txt");
  fuzz::run_reader(data, input.size(), "source-docs/fuzz.md");
}

}  // namespace

TEST(FuzzBody, Fixtures) {
  run_both(
      lt::read_text_file(std::filesystem::path(LEAFPRESS_SOURCE_DIR) / "source-docs" / "community-and-diversity.txt"));
  run_both(lt::read_text_file(lt::golden_dir() / "constructs.md"));
  for (const char* odd :
       {"", " ", "\n\n", "---\n---\n", "---\n", "> \n>", "- \n-", "*a **b* c**", "[]()", "`` ` ``", "a  \nb",
        "1) x\n2. y", "\xEF\xBB\xBF", "x\r\r\ny", "Dr. X. Y! *Z. W.* V", "&#32;", "<1>x</1>"}) {
    run_both(odd);
  }
}

TEST(FuzzBody, RandomMarkdownishInputs) {
  const std::string alphabet[] = {"*",    "**", "_",         "`",    "[", "]",    "(", ")",    ">",     "- ",
                                  "1. ",  "#",  "\n",        "\n\n", " ", "  \n", "a", "Word", ". ",    "! ",
                                  "Mr. ", "é",  "e\xCC\x81", "中。", "<", "/",    "2", "\t",   "---\n", "\\"};
  std::mt19937 random(20260101);
  std::uniform_int_distribution<size_t> pick(0, std::size(alphabet) - 1);
  std::uniform_int_distribution<int> length(1, 60);
  for (int round = 0; round < 3000; ++round) {
    std::string input;
    int n = length(random);
    for (int i = 0; i < n; ++i) input += alphabet[pick(random)];
    run_both(input);
  }
}
