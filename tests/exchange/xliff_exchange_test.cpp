// leafpress export / import: XLIFF 2.1 and 1.2 files that the OASIS schemas accept, that come
// back into the catalog byte for byte when nothing changed, that merge a translator's work as
// a PO editor would, and whose bad forms are refused with the place and the reason.
#include <gtest/gtest.h>

#include <string>

#include "catalog/po_parser.hpp"
#include "exchange/exchange_project.hpp"
#include "l10n/placeholders.hpp"
#include "test_support/test_data.hpp"

namespace leafpress::testing {
namespace {

const char* format_name(bool v2) { return v2 ? "xliff2" : "xliff12"; }

fs::path schema(bool v2) {
  return test_data_dir() / "xliff-schemas" / (v2 ? "2.0/xliff_core_2.0.xsd" : "1.2/xliff-core-1.2-strict.xsd");
}

CommandResult validate(const fs::path& file, bool v2) {
  return run_command("xmllint --noout --schema '" + schema(v2).string() + "' '" + file.string() + "'");
}

// A project whose French catalog holds a unit of each state: the title reviewed, Article 1
// fuzzy, Article 3 translated and not reviewed; its Chinese catalog nothing translated.
class XliffExchange : public ::testing::Test {
 protected:
  void SetUp() override {
    p.translate_french();
    auto reviewed = p.leafpress("review fr --by 'A. Reviewer' --units 1");
    ASSERT_EQ(reviewed.exit_code, 0) << reviewed.output;
    std::string text = slurp(p.catalog("fr"));
    size_t at = text.find("msgid \"\"\n\"All human beings");
    ASSERT_NE(at, std::string::npos) << text;
    text.insert(at, "#, fuzzy\n");
    spit(p.catalog("fr"), text);
  }
  fs::path exported(const std::string& lang, bool v2, const std::string& extra = "") {
    fs::path file = p.root() / (lang + (v2 ? ".xlf" : "-12.xlf"));
    auto result = p.leafpress("export " + lang + " --format " + format_name(v2) + " -o '" + file.string() + "' " +
                              extra);
    EXPECT_EQ(result.exit_code, 0) << result.output;
    return file;
  }
  ExchangeProject p;
};

TEST_F(XliffExchange, ExportsAreValidXliffTwoPointOneAndOnePointTwo) {
  for (bool v2 : {true, false}) {
    for (const std::string lang : {"fr", "zh-Hans"}) {
      fs::path file = exported(lang, v2);
      auto valid = validate(file, v2);
      EXPECT_EQ(valid.exit_code, 0) << format_name(v2) << " " << lang << ": " << valid.output;
    }
    std::string text = slurp(exported("fr", v2));
    // Placeholders are protected codes; states as documented; notes carry role and place.
    EXPECT_NE(text.find(v2 ? "<pc id=\"1\">free and equal</pc>" : "<g id=\"1\">free and equal</g>"), std::string::npos)
        << text;
    EXPECT_NE(text.find(v2 ? "<pc id=\"1\">libres et égaux</pc>" : "<g id=\"1\">libres et égaux</g>"),
              std::string::npos);
    if (v2) {
      EXPECT_NE(text.find("<segment state=\"reviewed\">"), std::string::npos);
      EXPECT_NE(text.find("<segment state=\"initial\" subState=\"leafpress:fuzzy\">"), std::string::npos);
      EXPECT_NE(text.find("<segment state=\"translated\">"), std::string::npos);
      EXPECT_NE(text.find("<note category=\"location\">source-docs/udhr.md:1</note>"), std::string::npos);
      EXPECT_NE(text.find("<note category=\"role\">title</note>"), std::string::npos);
      EXPECT_NE(text.find("<note category=\"review\">Reviewed by A. Reviewer</note>"), std::string::npos);
    } else {
      EXPECT_NE(text.find("<target state=\"signed-off\">"), std::string::npos);
      EXPECT_NE(text.find("<target state=\"needs-review-translation\">"), std::string::npos);
      EXPECT_NE(text.find("<context context-type=\"sourcefile\">source-docs/udhr.md</context>"), std::string::npos);
    }
    EXPECT_EQ(slurp(exported("fr", v2)), text) << "the same catalog gives the same bytes";
  }
}

TEST_F(XliffExchange, ExportThenImportWithNoChangeLeavesTheCatalogByteIdentical) {
  for (bool v2 : {true, false}) {
    for (const std::string lang : {"fr", "zh-Hans"}) {
      std::string before = slurp(p.catalog(lang));
      fs::path file = exported(lang, v2);
      auto imported = p.leafpress("import '" + file.string() + "'");
      EXPECT_EQ(imported.exit_code, 0) << imported.output;
      EXPECT_NE(imported.output.find("0 changed"), std::string::npos) << imported.output;
      EXPECT_EQ(slurp(p.catalog(lang)), before) << format_name(v2) << " " << lang;
    }
  }
}

TEST_F(XliffExchange, AChangedTranslationLosesItsReviewAndAnUntouchedOneKeepsIt) {
  fs::path file = exported("fr", true);
  std::string text = slurp(file);
  // The translator changes Article 3 and confirms Article 1 (fuzzy → translated).
  replace_once(text, "de sa personne.</target>", "de sa personne !</target>");
  replace_once(text, "<segment state=\"initial\" subState=\"leafpress:fuzzy\">", "<segment state=\"translated\">");
  // And the title's translation, reviewed, is changed too.
  replace_once(text, "droits de l'homme</target>", "droits de l'Homme</target>");
  spit(file, text);
  auto imported = p.leafpress("import '" + file.string() + "'");
  ASSERT_EQ(imported.exit_code, 0) << imported.output;
  EXPECT_NE(imported.output.find("3 changed, 0 unchanged, 0 refused"), std::string::npos) << imported.output;
  std::string po = slurp(p.catalog("fr"));
  EXPECT_NE(po.find("sûreté de sa personne !"), std::string::npos) << po;
  EXPECT_EQ(po.find("leafpress-reviewed"), std::string::npos) << "the changed title lost its review";
  EXPECT_EQ(po.find("fuzzy"), std::string::npos) << po;
  EXPECT_EQ(run_command("msgcat '" + p.catalog("fr").string() + "'").output, po) << "written as gettext writes it";

  // An untouched reviewed unit keeps its review when another unit changes.
  ASSERT_EQ(p.leafpress("review fr --by 'A. Reviewer' --units 1").exit_code, 0);
  fs::path again = exported("fr", false);
  std::string twelve = slurp(again);
  replace_once(twelve, "sa personne !</target>", "sa personne.</target>");
  spit(again, twelve);
  imported = p.leafpress("import '" + again.string() + "'");
  ASSERT_EQ(imported.exit_code, 0) << imported.output;
  EXPECT_NE(imported.output.find("1 changed, 2 unchanged"), std::string::npos) << imported.output;
  po = slurp(p.catalog("fr"));
  EXPECT_NE(po.find("# leafpress-reviewed: A. Reviewer"), std::string::npos) << po;
  EXPECT_NE(po.find("sûreté de sa personne.\""), std::string::npos) << po;
}

TEST_F(XliffExchange, AnEmptyTargetNeverDeletesATranslation) {
  std::string before = slurp(p.catalog("fr"));
  fs::path file = exported("fr", true);
  std::string text = slurp(file);
  replace_once(text, "Tout individu a droit à la vie, à la liberté et à la sûreté de sa personne.</target>",
               "</target>");
  spit(file, text);
  auto imported = p.leafpress("import '" + file.string() + "'");
  EXPECT_EQ(imported.exit_code, 0) << imported.output;
  EXPECT_NE(imported.output.find("1 without a translation in the file (the catalog's kept)"), std::string::npos)
      << imported.output;
  EXPECT_EQ(slurp(p.catalog("fr")), before);
}

// A unit refused is named by the file, line, column and id; the others are taken; exit 1.
TEST_F(XliffExchange, PlaceholdersRemovedOrInventedAreRefusedUnitByUnit) {
  for (bool v2 : {true, false}) {
    std::string before = slurp(p.catalog("fr"));
    fs::path file = exported("fr", v2);
    std::string text = slurp(file);
    const std::string code = v2 ? "<pc id=\"1\">libres et égaux</pc>" : "<g id=\"1\">libres et égaux</g>";
    for (const std::string& bad : {std::string("libres et égaux"),                    // removed
                                   code + (v2 ? "<ph id=\"7\"/>" : "<x id=\"7\"/>"),  // invented
                                   code + code}) {                                    // repeated
      std::string changed = text;
      replace_once(changed, code, bad, "<target");
      spit(file, changed);
      auto imported = p.leafpress("import '" + file.string() + "'");
      EXPECT_EQ(imported.exit_code, 1) << imported.output;
      EXPECT_NE(imported.output.find(file.string() + ":"), std::string::npos) << imported.output;
      EXPECT_NE(imported.output.find(": error: [import] unit u"), std::string::npos) << imported.output;
      EXPECT_NE(imported.output.find("placeholder <"), std::string::npos) << imported.output;
      EXPECT_NE(imported.output.find("1 refused"), std::string::npos) << imported.output;
      EXPECT_EQ(slurp(p.catalog("fr")), before) << bad;
    }
  }
}

TEST_F(XliffExchange, AUnitWhoseSourceChangedSinceTheExportIsRefusedWithItsIdAndReason) {
  fs::path file = exported("fr", true);
  std::string statement = k_udhr_statement;
  statement.replace(statement.find("the security of person"), 22, "security of person");
  spit(p.root() / "source-docs" / "udhr.md", statement);
  ASSERT_EQ(p.leafpress("-q extract").exit_code, 0);
  ASSERT_EQ(p.leafpress("-q update").exit_code, 0);
  std::string before = slurp(p.catalog("fr"));
  std::string text = slurp(file);
  replace_once(text, "de sa personne.</target>", "de la personne.</target>");
  spit(file, text);
  auto imported = p.leafpress("import '" + file.string() + "'");
  EXPECT_EQ(imported.exit_code, 1) << imported.output;
  EXPECT_NE(imported.output.find("its source changed since the export"), std::string::npos) << imported.output;
  EXPECT_NE(imported.output.find("2 unchanged, 1 refused"), std::string::npos) << imported.output;
  EXPECT_EQ(slurp(p.catalog("fr")), before) << "nothing is lost";
  // An id and a source the catalog never had (a unit of another tool's file is found by its
  // source text when its id is unknown).
  replace_once(text, "<unit id=\"u", "<unit id=\"zz");
  replace_once(text, "Universal Declaration of Human Rights</source>", "Universal Declaration</source>");
  spit(file, text);
  imported = p.leafpress("import '" + file.string() + "'");
  EXPECT_EQ(imported.exit_code, 1);
  EXPECT_NE(imported.output.find("the catalog has no unit with this id"), std::string::npos) << imported.output;
}

TEST_F(XliffExchange, FilesThatCannotBeUsedAreRefusedWholeNamingTheFile) {
  std::string before = slurp(p.catalog("fr"));
  fs::path file = exported("fr", true);
  const std::string text = slurp(file);
  auto refused = [&](const std::string& content, const std::string& why) {
    spit(file, content);
    auto imported = p.leafpress("import '" + file.string() + "'");
    EXPECT_EQ(imported.exit_code, 3) << imported.output;
    EXPECT_EQ(imported.output.rfind(file.string() + ":", 0), 0u) << imported.output;
    EXPECT_NE(imported.output.find(why), std::string::npos) << imported.output;
    EXPECT_EQ(slurp(p.catalog("fr")), before);
  };
  refused(text.substr(0, text.size() * 2 / 3), "not well-formed XML");  // truncated
  refused("<xliff version='2.1' trgLang='fr'><file><unit id='a'><segment></file></xliff>", "not well-formed XML");
  refused("<!DOCTYPE xliff [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n" + text.substr(text.find("<xliff")), "DTD");
  std::string german = text;
  replace_once(german, "trgLang=\"fr\"", "trgLang=\"de\"");
  refused(german, "\"de\", which is not one of this project's languages");
  std::string other = text;
  replace_once(other, "UDHR exchange", "Other project");
  refused(other, "made for the project \"Other project\"");
  auto wrong_lang = p.leafpress("import '" + file.string() + "' --lang ar");
  EXPECT_EQ(wrong_lang.exit_code, 3);
  auto missing = p.leafpress("import '" + (p.root() / "nowhere.xlf").string() + "'");
  EXPECT_EQ(missing.exit_code, 3) << missing.output;
  EXPECT_NE(missing.output.find("nowhere.xlf"), std::string::npos) << missing.output;
}

TEST_F(XliffExchange, ExportRefusesWhatItCannotDo) {
  auto bad_format = p.leafpress("export fr --format xliff3 -o x.xlf");
  EXPECT_EQ(bad_format.exit_code, 2) << bad_format.output;
  auto not_target = p.leafpress("export de --format xliff2 -o '" + (p.root() / "de.xlf").string() + "'");
  EXPECT_EQ(not_target.exit_code, 3);
  EXPECT_NE(not_target.output.find("not one of this project's languages"), std::string::npos) << not_target.output;
  auto no_statement = p.leafpress("export fr --statement plan --format xliff2 -o '" + (p.root() / "x.xlf").string() +
                                  "'");
  EXPECT_EQ(no_statement.exit_code, 3);
  EXPECT_NE(no_statement.output.find("no such statement"), std::string::npos) << no_statement.output;
  EXPECT_NE(no_statement.output.find("udhr"), std::string::npos) << no_statement.output;
  fs::path one = exported("fr", true, "--statement udhr");
  EXPECT_NE(slurp(one).find("<unit id="), std::string::npos);
}

// Translate Toolkit, the XLIFF tool in Debian: xliff2po reads our 1.2 and gives the catalog's
// units and translations back; our import reads what its po2xliff writes (XLIFF 1.1, its own
// ids, placeholders as plain text), matching units by their source text.
TEST_F(XliffExchange, TranslateToolkitReadsOurOnePointTwoAndWeReadItsPo2xliff) {
  fs::path file = exported("fr", false);
  fs::path back = p.root() / "back.po";
  auto converted = run_command("xliff2po '" + file.string() + "' '" + back.string() + "'");
  ASSERT_EQ(converted.exit_code, 0) << converted.output;
  auto ours = catalog::parse_po(slurp(p.catalog("fr")), "fr.po");
  auto theirs = catalog::parse_po(slurp(back), "back.po");
  ASSERT_TRUE(ours && theirs);
  size_t compared = 0;
  for (const auto& message : ours->messages) {
    if (message.is_header()) continue;
    // xliff2po keeps the text inside a paired code and drops the code itself.
    std::string plain;
    for (const auto& piece : l10n::split_unit_text(message.msgid))
      if (piece.kind == l10n::UnitPiece::Kind::text) plain += piece.text;
    const catalog::Message* found = theirs->find(std::nullopt, plain);
    ASSERT_NE(found, nullptr) << message.msgid;
    if (plain == message.msgid) {
      EXPECT_EQ(found->msgstr, message.msgstr);
    }
    EXPECT_EQ(found->is_fuzzy(), message.is_fuzzy()) << message.msgid;
    EXPECT_EQ(found->extracted_comments.front(), message.extracted_comments.front());
    ++compared;
  }
  EXPECT_EQ(compared, 3u);

  fs::path pox = p.root() / "pox.xlf";
  auto made = run_command("po2xliff '" + p.catalog("fr").string() + "' '" + pox.string() + "'");
  ASSERT_EQ(made.exit_code, 0) << made.output;
  std::string text = slurp(pox);
  replace_once(text, "sa personne.</target>", "sa propre personne.</target>");
  spit(pox, text);
  auto no_lang = p.leafpress("import '" + pox.string() + "'");
  EXPECT_EQ(no_lang.exit_code, 3);
  EXPECT_NE(no_lang.output.find("give it with --lang"), std::string::npos) << no_lang.output;
  auto imported = p.leafpress("import '" + pox.string() + "' --lang fr");
  EXPECT_EQ(imported.exit_code, 0) << imported.output;
  EXPECT_NE(imported.output.find("1 changed, 2 unchanged, 0 refused"), std::string::npos) << imported.output;
  std::string po = slurp(p.catalog("fr"));
  for (size_t at; (at = po.find("\"\n\"")) != std::string::npos;) po.erase(at, 3);  // unwrapped
  EXPECT_NE(po.find("sa propre personne."), std::string::npos) << po;
}

// The npm package `xliff` (xliff2js, xliff12ToJs), a reader of XLIFF 2.x and 1.2, reads our
// exports: every unit by its id, with its source, its translation and the code inside it.
TEST_F(XliffExchange, TheNpmXliffPackageReadsOurExportsOfBothVersions) {
  const std::string folder = std::string(LEAFPRESS_SOURCE_DIR) + "/tests/exchange/xliff-js";
  auto installed = run_command("bash -c 'source \"" + folder + "/npm_ci.sh\" && xliff_js_npm_ci'");
  ASSERT_EQ(installed.exit_code, 0) << "npm ci in tests/exchange/xliff-js failed (Node.js and npm: scripts/setup.sh):\n"
                                    << installed.output;
  for (bool v2 : {true, false}) {
    fs::path file = exported("fr", v2);
    auto read = run_command("node '" + folder + "/read_xliff.mjs' '" + file.string() + "' " + (v2 ? "2" : "12"));
    ASSERT_EQ(read.exit_code, 0) << read.output;
    const std::string& json = read.output;
    EXPECT_NE(json.find(v2 ? "\"xliffVersion\":\"2.1\"" : "\"sourceLanguage\":\"en\""), std::string::npos) << json;
    EXPECT_NE(json.find("\"targetLanguage\":\"fr\""), std::string::npos) << json;
    std::string xlf = slurp(file);
    for (size_t at = xlf.find(" id=\"u"); at != std::string::npos; at = xlf.find(" id=\"u", at + 1)) {
      std::string id = xlf.substr(at + 5, 17);
      EXPECT_NE(json.find("\"" + id + "\":{"), std::string::npos) << id << " in " << json;
    }
    EXPECT_NE(json.find("\"target\":\"" + std::string(k_fr_article_3) + "\""), std::string::npos) << json;
    EXPECT_NE(json.find("\"contents\":\"libres et égaux\""), std::string::npos) << json;
  }
}

}  // namespace
}  // namespace leafpress::testing
