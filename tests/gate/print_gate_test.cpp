// The print gate on a scratch project: a complete reviewed catalog passes; each kind of
// blocker fails the language with a report naming the unit's catalog line.
#include "app/print_gate.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "scratch_project.hpp"
#include "writers/tex_writer.hpp"

using namespace leafpress;
using namespace leafpress::testing;

namespace {

const std::string k_article3 = "Everyone has the right to life, liberty and the security of person.";
const std::string k_adopted = "Adopted and proclaimed by General Assembly resolution 217 A (III) of 10 December 1948.";

bool print_tools_installed() {
  return std::filesystem::exists("/usr/bin/lualatex") &&
         std::filesystem::exists("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf") &&
         std::filesystem::exists(std::string(writers::k_cmyk_profile));
}

app::PrintVerdict gate(const ScratchProject& scratch) {
  Diagnostics diagnostics;
  auto verdicts = app::evaluate_print_gate(scratch.project(), diagnostics);
  EXPECT_TRUE(verdicts.has_value()) << verdicts.error().to_string();
  EXPECT_EQ(verdicts->size(), 1u);
  return verdicts->front();
}

std::string blockers(const app::PrintVerdict& v) {
  std::string out;
  for (const auto& b : v.blockers) out += b.where.to_string() + ": " + b.reason + "\n";
  return out;
}

// The one blocker of `v`, which must contain `reason`.
const app::Blocker& only_blocker(const app::PrintVerdict& v, const std::string& reason) {
  EXPECT_FALSE(v.pass);
  EXPECT_EQ(v.blockers.size(), 1u) << blockers(v);
  EXPECT_NE(v.blockers.front().reason.find(reason), std::string::npos) << blockers(v);
  return v.blockers.front();
}

class PrintGate : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!print_tools_installed()) FAIL() << "Apache FOP or the Noto fonts are not installed (scripts/setup.sh)";
  }
  ScratchProject scratch;
};

}  // namespace

TEST_F(PrintGate, CompleteReviewedCatalogPasses) {
  scratch.save(scratch.translated_catalog());
  auto v = gate(scratch);
  EXPECT_TRUE(v.pass) << blockers(v);
  EXPECT_EQ(v.lang, "pl");
  EXPECT_EQ(v.units, 5u);
  EXPECT_EQ(v.translated, 5u);
  EXPECT_EQ(v.reviewed, 5u);
  EXPECT_EQ(v.errors, 0u);
  std::string report = app::format_gate_report({v});
  EXPECT_NE(report.find("udhr                 pl              5           5         5       0  pass"),
            std::string::npos)
      << report;
  EXPECT_EQ(v.statement, "udhr");
  EXPECT_EQ(v.source, "source-docs/udhr.txt");
  EXPECT_EQ(v.fingerprint.size(), 32u);
}

TEST_F(PrintGate, OneUntranslatedUnit) {
  auto c = scratch.translated_catalog();
  message(c, k_article3).msgstr = {""};
  scratch.save(c);
  auto v = gate(scratch);
  const auto& b = only_blocker(v, "untranslated: \u201CEveryone has the right to life");
  EXPECT_EQ(b.where.file, "locales/pl/statements.po");
  EXPECT_EQ(b.where.line, scratch.line_of(k_article3));
  EXPECT_EQ(v.translated, 4u);
}

TEST_F(PrintGate, OneFuzzyUnit) {
  auto c = scratch.translated_catalog();
  message(c, k_article3).set_flag("fuzzy", true);
  scratch.save(c);
  auto v = gate(scratch);
  const auto& b = only_blocker(v, "fuzzy");
  EXPECT_EQ(b.where.line, scratch.line_of(k_article3));
}

TEST_F(PrintGate, OneCheckError) {
  auto c = scratch.translated_catalog();
  auto& m = message(c, k_adopted);
  m.msgstr = {"Przyjęta i proklamowana rezolucją Zgromadzenia Ogólnego 217 A (III) z 10 grudnia."};
  qa::mark_reviewed(m, "A. Reviewer");  // reviewed as it is: only the check stands in the way
  scratch.save(c);
  auto v = gate(scratch);
  const auto& b = only_blocker(v, "[number] \"1948\" is missing from the translation");
  EXPECT_EQ(b.where.line, scratch.msgstr_line(k_adopted));
  EXPECT_EQ(b.where.column, 8u);
  EXPECT_EQ(v.errors, 1u);
}

TEST_F(PrintGate, ReviewMadeStaleBySourceEdit) {
  scratch.save(scratch.translated_catalog());
  // The statement is edited; `leafpress update` carries the unit over as fuzzy and the
  // translator adjusts it and clears the flag, but nobody reviews it again.
  std::string source = k_source;
  source.replace(source.find(k_article3), k_article3.size(), "Everyone has the right to life and liberty.");
  scratch.write("source-docs/udhr.txt", source);
  auto stale = scratch.translated_catalog(false);
  for (auto& m : stale.messages) {
    if (m.is_header()) continue;
    std::string old_msgid = m.msgid == "Everyone has the right to life and liberty." ? k_article3 : m.msgid;
    auto reviewed = m;
    reviewed.msgid = old_msgid;
    reviewed.msgstr = {polish().at(old_msgid)};
    qa::mark_reviewed(reviewed, "A. Reviewer");
    m.translator_comments = reviewed.translator_comments;  // the record as msgmerge keeps it
  }
  scratch.save(stale);
  auto v = gate(scratch);
  const auto& b = only_blocker(v, "review is stale (reviewed by A. Reviewer, changed since)");
  EXPECT_EQ(b.where.line, scratch.line_of("Everyone has the right to life and liberty."));
  EXPECT_EQ(v.reviewed, 4u);
}

TEST_F(PrintGate, SourceEditNotYetInTheCatalog) {
  scratch.save(scratch.translated_catalog());
  std::string source = k_source;
  source.replace(source.find(k_article3), k_article3.size(), "Everyone has the right to life and liberty.");
  scratch.write("source-docs/udhr.txt", source);
  auto v = gate(scratch);
  const auto& b = only_blocker(v, "not in the catalog (from source-docs/udhr.txt:");
  EXPECT_EQ(b.where.file, "locales/pl/statements.po");
}

TEST_F(PrintGate, MissingImprint) {
  std::string config = k_config;
  size_t at = config.find("promoted_by = ");
  config.replace(at, config.find('\n', at) - at, "promoted_by = \"\"");
  scratch.write("leafpress.toml", config);
  scratch.save(scratch.translated_catalog());
  auto v = gate(scratch);
  const auto& b = only_blocker(v, "imprint incomplete: [imprint] promoted_by not set");
  EXPECT_EQ(b.where.file, "leafpress.toml");
}

// The draft mark is the catalog's as a whole; what a leaflet needs is its own statement's
// units reviewed, so a draft catalog blocks only through its unreviewed units.
TEST_F(PrintGate, DraftHeaderBlocksOnlyThroughUnreviewedUnits) {
  auto c = scratch.translated_catalog();
  c.set_header_field("X-Leafpress-Draft", "machine-drafted, not reviewed by a native speaker");
  scratch.save(c);
  auto v = gate(scratch);
  EXPECT_TRUE(v.pass) << blockers(v);
  qa::clear_review(message(c, k_article3));
  scratch.save(c);
  v = gate(scratch);
  const auto& b = only_blocker(v, "not reviewed: “Everyone has the right to life");
  EXPECT_EQ(b.where.line, scratch.line_of(k_article3));
}

TEST_F(PrintGate, UnreviewedCatalogNamesEveryUnit) {
  scratch.save(scratch.translated_catalog(false));
  auto v = gate(scratch);
  EXPECT_FALSE(v.pass);
  EXPECT_EQ(v.blockers.size(), 5u) << blockers(v);
  EXPECT_EQ(v.reviewed, 0u);
  std::string report = app::format_gate_report({v});
  EXPECT_NE(report.find("udhr (source-docs/udhr.txt)\n  pl: not ready for print (5 blockers)"), std::string::npos)
      << report;
  EXPECT_NE(report.find(fmt::format("    locales/pl/statements.po:{}: not reviewed: ", scratch.line_of(k_article3))),
            std::string::npos)
      << report;
  EXPECT_NE(report.find("FAIL"), std::string::npos);
}

TEST_F(PrintGate, MissingOrBrokenCatalog) {
  auto v = gate(scratch);
  only_blocker(v, "no catalog (run `leafpress init pl`)");
  scratch.write("locales/pl/statements.po", "msgid \"a\"\nmsgstr \"b\n");
  v = gate(scratch);
  const auto& b = only_blocker(v, "the catalog does not parse");
  EXPECT_EQ(b.where.line, 2u);
}

TEST_F(PrintGate, EarlierOutputsAreLeftInPlace) {
  scratch.write("output/print/pl/udhr.pdf", "%PDF-1.4 earlier leaflet");
  scratch.save(scratch.translated_catalog(false));
  auto v = gate(scratch);
  EXPECT_FALSE(v.pass);
  EXPECT_EQ(app::read_file(scratch.root() / "output/print/pl/udhr.pdf").value(), "%PDF-1.4 earlier leaflet");
}

TEST_F(PrintGate, BengaliIsNotRefusedForItsScript) {
  std::string config = k_config;
  config.replace(config.find("targets = [\"pl\"]"), std::string("targets = [\"pl\"]").size(),
                 "targets = [\"pl\", \"bn\"]");
  config.replace(config.find("print = [\"pl\"]"), std::string("print = [\"pl\"]").size(), "print = [\"bn\", \"pl\"]");
  scratch.write("leafpress.toml", config);
  scratch.save(scratch.translated_catalog());
  Diagnostics diagnostics;
  auto verdicts = app::evaluate_print_gate(scratch.project(), diagnostics);
  ASSERT_TRUE(verdicts.has_value());
  ASSERT_EQ(verdicts->size(), 2u);
  EXPECT_EQ((*verdicts)[0].lang, "bn");
  // Its catalog may block it; its script no longer does (the typesetter shapes Bengali).
  EXPECT_EQ(blockers((*verdicts)[0]).find("not printable"), std::string::npos) << blockers((*verdicts)[0]);
  EXPECT_TRUE((*verdicts)[1].pass) << blockers((*verdicts)[1]);
}

namespace {

// A PNG's signature and header, all the resolution check reads.
std::string png_header(unsigned width, unsigned height) {
  std::string out("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
  for (unsigned value : {width, height})
    for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xFF);
  return out + std::string("\x08\x02\0\0\0\0\0\0\0", 9);
}

}  // namespace

// 600 pixels across the 124 mm measure of an A5 leaflet is 123 dpi: the statement's leaflets
// are refused in every language, naming the picture's line and the pixels it would need; the
// other statement is not held back; a picture of 2000 pixels passes.
TEST_F(PrintGate, APictureTooCoarseForPrintBlocksItsStatement) {
  scratch.save(scratch.translated_catalog());
  scratch.write("source-docs/photo.png", png_header(600, 400));
  scratch.write("source-docs/park.md", "# Parks\n\n![A park](photo.png)\n");
  Diagnostics diagnostics;
  auto verdicts = app::evaluate_print_gate(scratch.project(), diagnostics);
  ASSERT_TRUE(verdicts.has_value()) << verdicts.error().to_string();
  ASSERT_EQ(verdicts->size(), 2u);
  const app::PrintVerdict& park = verdicts->front().statement == "park" ? verdicts->front() : verdicts->back();
  const app::PrintVerdict& udhr = verdicts->front().statement == "park" ? verdicts->back() : verdicts->front();
  EXPECT_TRUE(udhr.pass) << blockers(udhr);
  std::string found = blockers(park);
  EXPECT_NE(found.find("source-docs/park.md:3:1: the image \"photo.png\" is 600 × 400 pixels: printed 124 mm wide on "
                       "the A5 leaflet it has 123 pixels per inch, and print needs at least 250 (a picture at least "
                       "1221 pixels wide)"),
            std::string::npos)
      << found;

  scratch.write("source-docs/photo.png", png_header(2000, 1300));
  verdicts = app::evaluate_print_gate(scratch.project(), diagnostics);
  ASSERT_TRUE(verdicts.has_value());
  for (const auto& verdict : *verdicts)
    EXPECT_EQ(blockers(verdict).find("photo.png"), std::string::npos) << blockers(verdict);
}

// A proof build says so too, as a warning: proofs may carry the coarse picture.
TEST_F(PrintGate, AProofWarnsOfAPictureTooCoarseForPrint) {
  scratch.write("source-docs/photo.png", png_header(600, 400));
  scratch.write("source-docs/park.md", "# Parks\n\n![A park](photo.png)\n");
  auto run = scratch.leafpress("build");
  EXPECT_EQ(run.status, 0) << run.out;
  EXPECT_NE(run.out.find("source-docs/park.md:3:1: warning: the image \"photo.png\" is 600 × 400 pixels"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("a leaflet with it cannot pass the print gate"), std::string::npos) << run.out;
}
