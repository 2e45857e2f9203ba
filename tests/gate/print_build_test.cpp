// `leafpress build --print` as campaign staff run it before a print order: a leaflet that
// passes gets a print-ready PDF in output/print/; one that fails gets nothing and its earlier
// leaflet moves to output/print-superseded/; every other build makes proofs only, in
// output/proof/, so no unchecked leaflet looks print-ready.
#include <gtest/gtest.h>

#include <functional>
#include <vector>

#include "app/print_gate.hpp"
#include "app/ui_template.hpp"
#include "catalog/new_catalog.hpp"
#include "scratch_project.hpp"
#include "text/language.hpp"
#include "writers/tex_writer.hpp"

using namespace leafpress;
using namespace leafpress::testing;

namespace {

namespace fs = std::filesystem;

const std::string k_article3 = "Everyone has the right to life, liberty and the security of person.";
const std::string k_proof_mark = "PROOF – NOT FOR PRINT";

bool print_tools_installed() {
  return fs::exists("/usr/bin/lualatex") && fs::exists("/usr/bin/pdftotext") &&
         fs::exists("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf") &&
         fs::exists(std::string(writers::k_cmyk_profile));
}

std::string pdf_text(const fs::path& pdf) {
  std::string out;
  FILE* pipe = ::popen(("pdftotext -layout '" + pdf.string() + "' - 2>/dev/null").c_str(), "r");
  if (!pipe) return out;
  std::array<char, 4096> buffer{};
  size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  ::pclose(pipe);
  return out;
}

// Replaces the line starting with `key` in the scratch project's leafpress.toml.
void set_config_line(const ScratchProject& scratch, const std::string& key, const std::string& line) {
  std::string config = app::read_file(scratch.root() / "leafpress.toml").value();
  size_t at = config.find(key);
  ASSERT_NE(at, std::string::npos) << key;
  config.replace(at, config.find('\n', at) - at, line);
  scratch.write("leafpress.toml", config);
}

// A Polish ui.po whose imprint messages are translated (neutral wording), reviewed or not.
void save_polish_ui(const ScratchProject& scratch, bool reviewed) {
  catalog::Catalog ui = catalog::new_catalog(app::ui_template("UDHR leaflet"), text::language_info("pl").value(),
                                             "UDHR leaflet");
  for (auto& m : ui.messages) {
    if (m.msgid == "Printed by {1}.") m.msgstr = {"Wydrukowane przez {1}."};
    if (m.msgid == "Promoted by {1} on behalf of {2}.") m.msgstr = {"Rozpowszechniane przez {1} w imieniu {2}."};
    if (reviewed && m.is_translated()) qa::mark_reviewed(m, "A. Reviewer");
  }
  if (!reviewed) ui.set_header_field("X-Leafpress-Draft", "not reviewed by a native speaker");
  scratch.write("locales/pl/ui.po", catalog::write_po(ui));
}

class PrintBuild : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!print_tools_installed())
      FAIL() << "Apache FOP, poppler or the Noto fonts are not installed (scripts/setup.sh)";
    SetUpEnvironment();
  }
  [[nodiscard]] fs::path fo() const { return scratch.root() / "output/print/pl/udhr.fo"; }
  [[nodiscard]] fs::path pdf() const { return scratch.root() / "output/print/pl/udhr.pdf"; }
  [[nodiscard]] fs::path proof_fo() const { return scratch.root() / "output/proof/pl/udhr.fo"; }
  [[nodiscard]] fs::path proof_pdf() const { return scratch.root() / "output/proof/pl/udhr.pdf"; }
  // The files superseded on the day SOURCE_DATE_EPOCH names.
  [[nodiscard]] fs::path superseded(const std::string& name) const {
    return scratch.root() / "output/print-superseded/2026-11-30/pl" / name;
  }
  void SetUpEnvironment() const { ::setenv("SOURCE_DATE_EPOCH", "1796000000", 1); }
  [[nodiscard]] std::string read(const fs::path& path) const { return app::read_file(path).value_or(""); }
  ScratchProject scratch;
};

}  // namespace

TEST_F(PrintBuild, OnlyThePrintGateMakesLeafletsWithoutTheProofMark) {
  scratch.save(scratch.translated_catalog());
  auto print = scratch.leafpress("build --print");
  ASSERT_EQ(print.status, 0) << print.out;
  EXPECT_NE(print.out.find("1 of 1 leaflets pass the gate"), std::string::npos) << print.out;
  EXPECT_NE(print.out.find("Leaflets for print: udhr (pl)"), std::string::npos) << print.out;
  EXPECT_EQ(read(fo()).find("NOT FOR PRINT"), std::string::npos);
  std::string text = pdf_text(pdf());
  EXPECT_NE(text.find("Printed by Example Print Ltd"), std::string::npos) << text;
  EXPECT_EQ(text.find("NOT FOR PRINT"), std::string::npos) << text;

  // The translator empties a unit and someone runs an ordinary build with PDFs: the leaflet
  // that comes out falls back to English for that unit, so it must say it is a proof, and
  // stand apart from print-ready files; the print-ready one no longer matches and moves out.
  auto c = scratch.translated_catalog();
  message(c, k_article3).msgstr = {""};
  scratch.save(c);
  auto ordinary = scratch.leafpress("build --pdf");
  ASSERT_EQ(ordinary.status, 0) << ordinary.out;
  EXPECT_NE(ordinary.out.find("every page marked PROOF"), std::string::npos) << ordinary.out;
  EXPECT_NE(read(proof_fo()).find(k_proof_mark), std::string::npos);
  EXPECT_NE(pdf_text(proof_pdf()).find(k_proof_mark), std::string::npos);
  EXPECT_FALSE(fs::exists(fo()));
  EXPECT_FALSE(fs::exists(pdf()));
  EXPECT_EQ(pdf_text(superseded("udhr.pdf")).find(k_proof_mark), std::string::npos);
}

TEST_F(PrintBuild, EachBlockerRefusesAndMovesTheEarlierLeafletOut) {
  struct Blocker {
    std::string name;
    std::function<void()> make;
    std::string reported;  // part of the report line
  };
  const std::vector<Blocker> blockers{
      {"untranslated",
       [&] {
         auto c = scratch.translated_catalog();
         message(c, k_article3).msgstr = {""};
         scratch.save(c);
       },
       "untranslated: “Everyone has the right to life"},
      {"fuzzy",
       [&] {
         auto c = scratch.translated_catalog();
         message(c, k_article3).set_flag("fuzzy", true);
         scratch.save(c);
       },
       "fuzzy (its source changed"},
      {"check error",
       [&] {
         auto c = scratch.translated_catalog();
         auto& m = message(c, "Adopted and proclaimed by General Assembly resolution 217 A (III) of 10 December 1948.");
         m.msgstr = {"Przyjęta i proklamowana rezolucją Zgromadzenia Ogólnego 217 A (III) z 10 grudnia."};
         qa::mark_reviewed(m, "A. Reviewer");
         scratch.save(c);
       },
       "[number] \"1948\" is missing from the translation"},
      {"stale review",
       [&] {
         auto c = scratch.translated_catalog();
         message(c, k_article3).msgstr = {"Każdy człowiek ma prawo do życia i wolności osobistej."};
         scratch.save(c);
       },
       "review is stale (reviewed by A. Reviewer, changed since)"},
      {"missing imprint", [&] { set_config_line(scratch, "printed_by = ", "printed_by = \"   \""); },
       "leafpress.toml: imprint incomplete: [imprint] printed_by not set"},
  };
  for (const auto& blocker : blockers) {
    SCOPED_TRACE(blocker.name);
    scratch.save(scratch.translated_catalog());
    scratch.write("leafpress.toml", k_config);
    ASSERT_EQ(scratch.leafpress("build --print").status, 0);
    const std::string printed_pdf = read(pdf());
    ASSERT_FALSE(printed_pdf.empty());
    blocker.make();
    auto refused = scratch.leafpress("build --print");
    EXPECT_EQ(refused.status, 1) << refused.out;
    EXPECT_NE(refused.out.find("pl: not ready for print (1 blocker)"), std::string::npos) << refused.out;
    EXPECT_NE(refused.out.find(blocker.reported), std::string::npos) << refused.out;
    EXPECT_NE(refused.out.find("Leaflets for print: none"), std::string::npos) << refused.out;
    EXPECT_FALSE(fs::exists(fo()));
    EXPECT_FALSE(fs::exists(pdf()));
    EXPECT_EQ(read(scratch.root() / "output/print/ORDER.txt").find("udhr.pdf"), std::string::npos);
    // Moved, never overwritten: each round's leaflet keeps its own name in the dated folder.
    bool kept = false;
    for (const auto& entry : fs::directory_iterator(superseded("").parent_path()))
      if (read(entry.path()) == printed_pdf) kept = true;
    EXPECT_TRUE(kept);
  }
}

TEST_F(PrintBuild, ABrokenCatalogStopsOnlyItsOwnLanguage) {
  set_config_line(scratch, "targets = ", "targets = [\"pl\", \"ro\"]");
  set_config_line(scratch, "print = ", "print = [\"pl\", \"ro\"]");
  scratch.save(scratch.translated_catalog());
  scratch.write("locales/ro/statements.po", "msgid \"\"\nmsgstr \"Language: ro\\n\"\n\nmsgid \"a\"\nmsgstr \"b\n");
  auto build = scratch.leafpress("build --print");
  EXPECT_EQ(build.status, 3) << build.out;  // invalid input, reported once
  const std::string error = "locales/ro/statements.po:5:10: error: missing closing quote";
  ASSERT_NE(build.out.find(error), std::string::npos) << build.out;
  EXPECT_EQ(build.out.find(error, build.out.find(error) + 1), std::string::npos) << build.out;
  EXPECT_NE(build.out.find("ro: not ready for print"), std::string::npos) << build.out;
  EXPECT_NE(build.out.find("1 of 2 leaflets pass the gate"), std::string::npos) << build.out;
  EXPECT_TRUE(fs::exists(pdf()));
  EXPECT_FALSE(fs::exists(scratch.root() / "output/print/ro/udhr.pdf"));
}

// With [imprint] translate = true the leaflet carries the imprint's translation from ui.po,
// so that catalog must be reviewed too; without it, ui.po never reaches the printer.
TEST_F(PrintBuild, ATranslatedImprintNeedsItsUiCatalogReviewed) {
  scratch.save(scratch.translated_catalog());
  save_polish_ui(scratch, /*reviewed=*/false);
  Diagnostics diagnostics;
  auto untranslated_imprint = app::evaluate_print_gate(scratch.project(), diagnostics);
  ASSERT_TRUE(untranslated_imprint.has_value());
  EXPECT_TRUE(untranslated_imprint->front().pass) << app::format_gate_report(*untranslated_imprint);

  scratch.write("leafpress.toml", std::string(k_config) + "translate = true\n");
  auto refused = app::evaluate_print_gate(scratch.project(), diagnostics);
  ASSERT_TRUE(refused.has_value());
  std::string report = app::format_gate_report(*refused);
  EXPECT_FALSE(refused->front().pass) << report;
  EXPECT_NE(report.find("locales/pl/ui.po:"), std::string::npos) << report;
  EXPECT_NE(report.find("not reviewed: “Printed by {1}.”"), std::string::npos) << report;
  EXPECT_NE(report.find("not reviewed: “Promoted by {1} on behalf of {2}.”"), std::string::npos) << report;

  auto review = scratch.leafpress("review pl --by 'A. Reviewer' --all");
  EXPECT_NE(review.out.find("locales/pl/ui.po: 2 of 18 units reviewed"), std::string::npos) << review.out;
  auto passed = app::evaluate_print_gate(scratch.project(), diagnostics);
  ASSERT_TRUE(passed.has_value());
  EXPECT_TRUE(passed->front().pass) << app::format_gate_report(*passed);

  // A translation that drops the printer's name is a check error, and blocks.
  std::string ui = app::read_file(scratch.root() / "locales/pl/ui.po").value();
  ui.replace(ui.find("Wydrukowane przez {1}."), std::string("Wydrukowane przez {1}.").size(), "Wydrukowane.");
  scratch.write("locales/pl/ui.po", ui);
  auto broken = app::evaluate_print_gate(scratch.project(), diagnostics);
  ASSERT_TRUE(broken.has_value());
  EXPECT_NE(app::format_gate_report(*broken).find("[placeholder] placeholder {1} is missing"), std::string::npos)
      << app::format_gate_report(*broken);
}
