// Replays a fuzz target's seed corpus (tests/fuzz/corpus/<target>/) and its kept crashing
// inputs (tests/fuzz/regressions/<target>/) through the target itself, built with GCC as an
// ordinary test: an input that breaks an invariant aborts, and the test fails naming it.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs_under(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().filename() != "README.md") out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

void replay(const fs::path& dir, bool must_exist) {
  auto inputs = inputs_under(dir);
  if (must_exist) {
    EXPECT_FALSE(inputs.empty()) << "no seed inputs in " << dir;
  }
  for (const auto& input : inputs) {
    // Named before running: an abort ends the process, and this line says which input did it.
    std::fprintf(stderr, "replaying %s\n", input.c_str());
    std::ifstream in(input, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string bytes = buffer.str();
    EXPECT_EQ(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()), 0) << input;
  }
}

}  // namespace

TEST(FuzzReplay, SeedCorpus) {
  replay(fs::path(LEAFPRESS_SOURCE_DIR) / "tests/fuzz/corpus" / LEAFPRESS_FUZZ_TARGET, true);
}

TEST(FuzzReplay, KeptCrashingInputs) {
  replay(fs::path(LEAFPRESS_SOURCE_DIR) / "tests/fuzz/regressions" / LEAFPRESS_FUZZ_TARGET, false);
}
