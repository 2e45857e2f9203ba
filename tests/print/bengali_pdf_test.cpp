// Bengali after `leafpress init bn`: `leafpress build --proof --pdf` renders its leaflet as
// a proof, and says why it cannot print (FOP 2.8 does not reorder Bengali pre-base vowels)
// and what to use instead. Label "print".
#include <gtest/gtest.h>

#include "print/poppler.hpp"
#include "test_support/scratch_project.hpp"

namespace leafpress {
namespace {

using namespace leafpress::testing;

TEST(BengaliPdf, ProofBuildWarnsThatFopMisspellsBengali) {
  for (const char* tool : {"fop", "java", "pdftotext"})
    if (!have(tool)) FAIL() << tool << " not installed (scripts/setup.sh)";
  ::setenv("LEAFPRESS_CJK_FONT_DIR", (fs::path(LEAFPRESS_SOURCE_DIR) / ".cache" / "fonts").c_str(), 0);
  TempDir dir;
  const fs::path& root = dir.path();
  // No `print` list: every target language prints, as in a new project.
  spit(root / "leafpress.toml", "[project]\nname = \"Library\"\nsource_language = \"en\"\n\n[languages]\n"
                                "targets = [\"fr\"]\n");
  spit(root / "source-docs" / "opening.txt", "Library opening\n\nThe library opens at nine in the morning.\n");
  auto leafpress = [&](const std::string& args) {
    return run_command(std::string(LEAFPRESS_EXE) + " -C '" + root.string() + "' " + args);
  };
  ASSERT_EQ(leafpress("build").exit_code, 0);  // the templates `init` makes catalogs from
  CommandResult init = leafpress("init bn");
  ASSERT_EQ(init.exit_code, 0) << init.output;

  CommandResult build = leafpress("build --proof --pdf");
  ASSERT_EQ(build.exit_code, 0) << build.output;
  size_t warning = build.output.find("output/print/bn: warning: ");
  ASSERT_NE(warning, std::string::npos) << build.output;
  std::string line = build.output.substr(warning, build.output.find('\n', warning) - warning);
  EXPECT_NE(line.find("(bn) leaflets are rendered as proofs only"), std::string::npos) << line;
  EXPECT_NE(line.find("does not reorder Bengali pre-base vowels"), std::string::npos) << line;  // why
  EXPECT_NE(line.find("Chromium"), std::string::npos) << line;                                    // what instead
  EXPECT_EQ(count_of(build.output, "rendered as proofs only"), 1u) << build.output;
  EXPECT_EQ(build.output.find("(fr)"), std::string::npos) << "French prints: " << build.output;

  // The proof is still there, marked as one on the page.
  fs::path pdf = root / "output" / "print" / "bn" / "opening.pdf";
  ASSERT_TRUE(fs::exists(pdf));
  EXPECT_NE(page_text(pdf, 1).find("PROOF – NOT FOR PRINT"), std::string::npos);
}

}  // namespace
}  // namespace leafpress
