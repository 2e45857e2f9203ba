// The print folder the printer can trust: after a passing print run, an edit to the statement,
// a catalog unit, the imprint or the leaflet's design moves the print-ready files out to a
// dated output/print-superseded/ folder at the next build of any kind, and the order file no
// longer lists them; a statement added untranslated never holds back one that is ready; and
// proofs never land in output/print/.
#include <gtest/gtest.h>

#include <functional>

#include "scratch_project.hpp"
#include "writers/tex_writer.hpp"

using namespace leafpress;
using namespace leafpress::testing;

namespace {

namespace fs = std::filesystem;

const std::string k_article3 = "Everyone has the right to life, liberty and the security of person.";
// A second statement, in neutral words, that nobody has translated yet.
const std::string k_notice = "Opening hours\n\nThe library opens at nine on weekdays.\n";

class PrintFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists("/usr/bin/lualatex") || !fs::exists(std::string(writers::k_cmyk_profile)))
      FAIL() << "LuaLaTeX or the CMYK profile is not installed (scripts/setup.sh)";
    ::setenv("SOURCE_DATE_EPOCH", "1796000000", 1);  // 2026-11-30T00:53:20Z
  }
  [[nodiscard]] std::string read(const std::string& relative) const {
    return app::read_file(scratch.root() / relative).value_or("");
  }
  [[nodiscard]] bool exists(const std::string& relative) const { return fs::exists(scratch.root() / relative); }
  void print_ready() {
    scratch.save(scratch.translated_catalog());
    auto run = scratch.leafpress("build --print");
    ASSERT_EQ(run.status, 0) << run.out;
    ASSERT_TRUE(exists("output/print/pl/udhr.pdf"));
    ASSERT_NE(read("output/print/ORDER.txt").find("output/print/pl/udhr.pdf"), std::string::npos);
  }
  ScratchProject scratch;
};

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

}  // namespace

TEST_F(PrintFolder, TheOrderListsEachPrintReadyFileWithItsPagesFingerprintAndGateTime) {
  print_ready();
  std::string order = read("output/print/ORDER.txt");
  std::string json = read("output/print/ORDER.json");
  EXPECT_NE(order.find("2026-11-30T00:53:20Z"), std::string::npos) << order;
  EXPECT_NE(order.find("output/print/pl/udhr.fo"), std::string::npos) << order;
  EXPECT_NE(order.find("output/print/pl/udhr.tex"), std::string::npos) << order;
  EXPECT_NE(json.find("\"path\": \"output/print/pl/udhr.pdf\", \"pages\": 2,"), std::string::npos) << json;
  EXPECT_NE(json.find("\"pages\": null, \"pages_note\": \"none (an FO file"), std::string::npos) << json;
  EXPECT_NE(json.find("\"statement\": \"udhr\", \"source\": \"source-docs/udhr.txt\", \"language\": \"pl\""),
            std::string::npos)
      << json;
  // The same inputs give the same order, byte for byte; a no-op build leaves it alone.
  ASSERT_EQ(scratch.leafpress("build --print").status, 0);
  EXPECT_EQ(read("output/print/ORDER.json"), json);
  ASSERT_EQ(scratch.leafpress("build").status, 0);
  EXPECT_EQ(read("output/print/ORDER.json"), json);
  EXPECT_TRUE(exists("output/print/pl/udhr.pdf"));
}

TEST_F(PrintFolder, EveryKindOfEditSupersedesThePrintReadyLeaflet) {
  struct Edit {
    std::string name;
    std::function<void()> make;
  };
  const std::vector<Edit> edits{
      {"statement",
       [&] { scratch.write("source-docs/udhr.txt", replaced(k_source, "Human rights\n", "Human rights!\n")); }},
      {"catalog unit",
       [&] {
         auto c = scratch.translated_catalog();
         message(c, k_article3).msgstr = {"Każdy człowiek ma prawo do życia, wolności i bezpieczeństwa osobistego."};
         qa::mark_reviewed(message(c, k_article3), "A. Reviewer");
         scratch.save(c);
       }},
      {"imprint", [&] { scratch.write("leafpress.toml", replaced(k_config, "1 Example Street", "5 Example Street")); }},
      {"design", [&] { scratch.write("leafpress.toml", std::string(k_config) + "\n[print]\npage = \"A4\"\n"); }},
  };
  int round = 0;
  for (const auto& edit : edits) {
    SCOPED_TRACE(edit.name);
    scratch.write("source-docs/udhr.txt", k_source);
    scratch.write("leafpress.toml", k_config);
    print_ready();
    const std::string printed = read("output/print/pl/udhr.pdf");
    edit.make();
    auto build = scratch.leafpress("build");  // an ordinary build, not the gate
    EXPECT_EQ(build.status, 0) << build.out;
    EXPECT_NE(build.out.find("Superseded: 3 files moved from output/print to output/print-superseded"),
              std::string::npos)
        << build.out;
    for (const char* extension : {".pdf", ".fo", ".tex"})
      EXPECT_FALSE(exists(std::string("output/print/pl/udhr") + extension)) << extension;
    std::string moved = round == 0 ? "udhr.pdf" : "udhr-" + std::to_string(round + 1) + ".pdf";
    EXPECT_EQ(read("output/print-superseded/2026-11-30/pl/" + moved), printed) << moved;
    EXPECT_EQ(read("output/print/ORDER.txt").find("udhr"), std::string::npos) << read("output/print/ORDER.txt");
    EXPECT_NE(read("output/print/ORDER.txt").find("No leaflet is ready for print."), std::string::npos);
    ++round;
  }
}

TEST_F(PrintFolder, AnUntranslatedStatementDoesNotHoldBackAReviewedOne) {
  scratch.save(scratch.translated_catalog());
  scratch.write("source-docs/notice.txt", k_notice);
  ASSERT_EQ(scratch.leafpress("update").status, 0);
  auto run = scratch.leafpress("build --print");
  EXPECT_EQ(run.status, 1) << run.out;  // the notice was refused
  EXPECT_NE(run.out.find("notice (source-docs/notice.txt)\n  pl: not ready for print (2 blockers)"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("untranslated: “The library opens at nine on weekdays.”"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("Leaflets for print: udhr (pl)"), std::string::npos) << run.out;
  EXPECT_TRUE(exists("output/print/pl/udhr.pdf"));
  EXPECT_FALSE(exists("output/print/pl/notice.pdf"));
  EXPECT_FALSE(exists("output/print/pl/notice.fo"));

  // Named on the command line, only that statement is judged.
  auto named = scratch.leafpress("build --print udhr");
  EXPECT_EQ(named.status, 0) << named.out;
  EXPECT_EQ(named.out.find("notice"), std::string::npos) << named.out;
  auto unknown = scratch.leafpress("build --print flyer");
  EXPECT_EQ(unknown.status, 3) << unknown.out;
  EXPECT_NE(unknown.out.find("no statement named \"flyer\""), std::string::npos) << unknown.out;
}

TEST_F(PrintFolder, ProofsNeverLandInThePrintFolder) {
  print_ready();
  const std::string printed = read("output/print/pl/udhr.pdf");
  auto proof = scratch.leafpress("build --proof --pdf");
  ASSERT_EQ(proof.status, 0) << proof.out;
  EXPECT_EQ(read("output/print/pl/udhr.pdf"), printed);
  EXPECT_NE(read("output/proof/pl/udhr.fo").find("PROOF – NOT FOR PRINT"), std::string::npos);
  EXPECT_TRUE(exists("output/proof/pl/udhr.pdf"));
  for (const auto& entry : fs::recursive_directory_iterator(scratch.root() / "output/print")) {
    if (!entry.is_regular_file()) continue;
    std::string name = entry.path().filename().string();
    EXPECT_TRUE(name == "ORDER.txt" || name == "ORDER.json" || name.starts_with("udhr.")) << entry.path();
    EXPECT_EQ(app::read_file(entry.path()).value_or("").find("PROOF"), std::string::npos) << entry.path();
  }
}

// A proof an earlier leafpress wrote into output/print/ is not print-ready: any build moves it.
TEST_F(PrintFolder, AProofLeftInThePrintFolderIsMovedOut) {
  scratch.write("output/print/pl/udhr.fo", "<fo:root>PROOF – NOT FOR PRINT</fo:root>");
  auto build = scratch.leafpress("build");
  EXPECT_EQ(build.status, 0) << build.out;
  EXPECT_FALSE(exists("output/print/pl/udhr.fo"));
  EXPECT_EQ(read("output/print-superseded/2026-11-30/pl/udhr.fo"), "<fo:root>PROOF – NOT FOR PRINT</fo:root>");
  EXPECT_TRUE(exists("output/proof/pl/udhr.fo"));
}

// With [print] variants = ["standard", "large"], the gate's pass puts both editions in the print
// folder and the order lists both; an edit moves both out; the gate still refuses a statement
// with an untranslated unit, in either edition.
TEST_F(PrintFolder, BothEditionsArePrintedOrderedAndSupersededTogether) {
  const std::string config = std::string(k_config) + "\n[print]\nvariants = [\"standard\", \"large\"]\n";
  scratch.write("leafpress.toml", config);
  scratch.save(scratch.translated_catalog());
  scratch.write("source-docs/notice.txt", k_notice);
  ASSERT_EQ(scratch.leafpress("update").status, 0);
  auto run = scratch.leafpress("build --print");
  EXPECT_EQ(run.status, 1) << run.out;  // the notice is refused
  EXPECT_NE(run.out.find("untranslated: “The library opens at nine on weekdays.”"), std::string::npos) << run.out;
  for (const char* file : {"udhr.pdf", "udhr.fo", "udhr.tex", "udhr-large.pdf", "udhr-large.fo", "udhr-large.tex"})
    EXPECT_TRUE(exists(std::string("output/print/pl/") + file)) << file;
  for (const char* file : {"notice.pdf", "notice-large.pdf", "notice-large.fo"})
    EXPECT_FALSE(exists(std::string("output/print/pl/") + file)) << file;
  // Print-ready means translated throughout: no passage stands in English under a label.
  EXPECT_EQ(read("output/print/pl/udhr-large.tex").find("Not yet translated"), std::string::npos);
  EXPECT_NE(read("output/print/pl/udhr-large.tex").find("\\fontsize{18pt}"), std::string::npos);

  std::string json = read("output/print/ORDER.json");
  EXPECT_NE(json.find("\"path\": \"output/print/pl/udhr.pdf\", \"pages\": 2,"), std::string::npos) << json;
  EXPECT_NE(json.find("\"language\": \"pl\", \"edition\": \"large\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"path\": \"output/print/pl/udhr-large.pdf\", \"pages\": "), std::string::npos) << json;
  EXPECT_LT(json.find("output/print/pl/udhr.pdf"), json.find("output/print/pl/udhr-large.pdf"));
  EXPECT_NE(read("output/print/ORDER.txt").find("output/print/pl/udhr-large.pdf"), std::string::npos);
  // A no-op gated build leaves the order as it was.
  ASSERT_EQ(scratch.leafpress("build --print udhr").status, 0);
  EXPECT_EQ(read("output/print/ORDER.json"), json);

  const std::string large = read("output/print/pl/udhr-large.pdf");
  scratch.write("source-docs/udhr.txt", replaced(k_source, "Human rights\n", "Human rights!\n"));
  auto build = scratch.leafpress("build");
  EXPECT_EQ(build.status, 0) << build.out;
  EXPECT_NE(build.out.find("Superseded: 6 files moved from output/print to output/print-superseded"), std::string::npos)
      << build.out;
  for (const char* file : {"udhr.pdf", "udhr-large.pdf", "udhr-large.fo", "udhr-large.tex"})
    EXPECT_FALSE(exists(std::string("output/print/pl/") + file)) << file;
  EXPECT_EQ(read("output/print-superseded/2026-11-30/pl/udhr-large.pdf"), large);
  EXPECT_NE(read("output/print/ORDER.txt").find("No leaflet is ready for print."), std::string::npos);
}
