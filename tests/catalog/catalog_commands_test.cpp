#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "app/catalog_commands.hpp"
#include "app/files.hpp"
#include "catalog/po_parser.hpp"
#include "test_support/scratch_project.hpp"

namespace leafpress::app {
namespace {

using leafpress::testing::run_command;
using leafpress::testing::slurp;
using leafpress::testing::spit;
using leafpress::testing::TempDir;

constexpr const char* k_config = R"([project]
name = "Test campaign"
source_language = "en"

[languages]
# Switcher order.
targets = ["fr", "pl"]   # the two we have
print = ["fr"]
)";

constexpr const char* k_template = R"(msgid ""
msgstr ""
"Project-Id-Version: Test campaign\n"
"Content-Type: text/plain; charset=UTF-8\n"

#. body
#: source-docs/a.txt:1
msgid "All human beings are born free and equal in dignity and rights."
msgstr ""

#. body
#: source-docs/a.txt:3
msgid "Everyone has the right to life, liberty and security of person."
msgstr ""
)";

class ProjectFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    spit(root() / "leafpress.toml", k_config);
    spit(root() / "source-docs" / "a.txt", "placeholder\n");
    spit(root() / "locales" / "statements.pot", k_template);
  }
  [[nodiscard]] const fs::path& root() const { return m_dir.path(); }
  Project open() {
    auto project = Project::open(root());
    EXPECT_TRUE(project) << project.error().to_string();
    return *project;
  }

 private:
  TempDir m_dir;
};

TEST_F(ProjectFixture, InitWritesCatalogsAddsTheTargetAndRefusesToOverwrite) {
  Project project = open();
  Diagnostics diagnostics;
  auto written = init_languages(project, {"de"}, diagnostics);
  ASSERT_TRUE(written) << written.error().to_string();
  ASSERT_EQ(written->size(), 1u);
  EXPECT_EQ(project.relative(written->front()), "locales/de/statements.po");
  auto catalog = catalog::parse_po(slurp(written->front()), "de.po");
  ASSERT_TRUE(catalog);
  EXPECT_EQ(catalog->header_field("Language"), "de");
  EXPECT_EQ(catalog->messages.size(), 3u);
  // The config gained the language; reopening the project sees it.
  EXPECT_EQ(open().config.targets, (std::vector<std::string>{"fr", "pl", "de"}));
  EXPECT_NE(slurp(root() / "leafpress.toml").find("# the two we have"), std::string::npos);

  spit(written->front(), "# my work\n" + slurp(written->front()));
  Diagnostics again;
  auto second = init_languages(project, {"de"}, again);
  ASSERT_TRUE(second);
  EXPECT_TRUE(second->empty());
  EXPECT_TRUE(again.has_errors());
  EXPECT_EQ(slurp(written->front()).rfind("# my work\n", 0), 0u);
}

TEST_F(ProjectFixture, InitEditsAConfigWrittenWithDottedKeysSoItStillLoads) {
  spit(root() / "leafpress.toml", "languages.targets = ['fr', 'pl']\nlanguages.print = ['fr']\n");
  Project project = open();
  Diagnostics diagnostics;
  auto written = init_languages(project, {"de"}, diagnostics);
  ASSERT_TRUE(written) << written.error().to_string();
  EXPECT_EQ(slurp(root() / "leafpress.toml"), "languages.targets = ['fr', 'pl', \"de\"]\nlanguages.print = ['fr']\n");
  EXPECT_EQ(open().config.targets, (std::vector<std::string>{"fr", "pl", "de"}));
}

TEST_F(ProjectFixture, UpdateCreatesMergesAndLeavesUnchangedFilesAlone) {
  Project project = open();
  Diagnostics diagnostics;
  auto first = update_catalogs(project, {}, diagnostics);
  ASSERT_TRUE(first) << first.error().to_string();
  ASSERT_EQ(first->catalogs.size(), 2u);
  EXPECT_TRUE(first->catalogs[0].created);

  // A translation, then a one-word change in the template.
  fs::path fr = project.catalog_path("fr", "statements");
  std::string text = slurp(fr);
  size_t at = text.find("msgstr \"\"", text.find("All human beings"));
  text.replace(at, 9, "msgstr \"Tous les êtres humains naissent libres et égaux en dignité et en droits.\"");
  spit(fr, text);
  std::string pot = k_template;
  pot.replace(pot.find("born free"), 9, "born quite free");
  spit(root() / "locales" / "statements.pot", pot);

  auto second = update_catalogs(project, {"fr"}, diagnostics);
  ASSERT_TRUE(second) << second.error().to_string();
  ASSERT_EQ(second->catalogs.size(), 1u);
  EXPECT_TRUE(second->catalogs[0].written);
  EXPECT_EQ(second->catalogs[0].stats.fuzzy, 1u);
  auto merged = catalog::parse_po(slurp(fr), "fr.po");
  ASSERT_TRUE(merged);
  const catalog::Message* m = merged->find(std::nullopt,
                                           "All human beings are born quite free and equal in dignity and rights.");
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(m->is_fuzzy());
  EXPECT_EQ(m->prev_msgid, "All human beings are born free and equal in dignity and rights.");

  auto before = fs::last_write_time(fr);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  auto third = update_catalogs(project, {"fr"}, diagnostics);
  ASSERT_TRUE(third);
  EXPECT_FALSE(third->catalogs[0].written);
  EXPECT_EQ(fs::last_write_time(fr), before);
}

// The glossary's approved renderings reach each language's catalog as extracted comments, after
// the template's own, in glossary order, and only for terms that have one in that language.
TEST_F(ProjectFixture, UpdateShowsTheGlossarysApprovedRenderingsInEachLanguage) {
  spit(root() / "locales" / "glossary.toml",
       "[[term]]\nsource = \"security\"\nfr = [\"sûreté\", \"sécurité*\"]\n\n"
       "[[term]]\nsource = \"dignity\"\npl = [\"godnoś*\"]\nfr = [\"dignité\"]\n\n"
       "[[term]]\nsource = \"liberty\"\npl = [\"wolnoś*\"]\n");
  Project project = open();
  Diagnostics diagnostics;
  ASSERT_TRUE(update_catalogs(project, {}, diagnostics));
  std::string fr = slurp(project.catalog_path("fr", "statements"));
  EXPECT_NE(fr.find("#. body\n#. Glossary: dignity \u2192 dignité\n#: source-docs/a.txt:1\n"), std::string::npos) << fr;
  EXPECT_NE(fr.find("#. body\n#. Glossary: security \u2192 sûreté, sécurité*\n#: source-docs/a.txt:3\n"),
            std::string::npos)
      << fr;
  std::string pl = slurp(project.catalog_path("pl", "statements"));
  EXPECT_NE(pl.find("#. Glossary: dignity \u2192 godnoś*\n"), std::string::npos) << pl;
  EXPECT_NE(pl.find("#. Glossary: liberty \u2192 wolnoś*\n"), std::string::npos) << pl;
  EXPECT_EQ(pl.find("security \u2192"), std::string::npos) << "a term without a Polish rendering is not shown";
  // msgcat writes the catalog byte for byte as it is (the comments are PO as gettext writes it).
  auto msgcat = run_command("msgcat '" + project.catalog_path("fr", "statements").string() + "'");
  ASSERT_EQ(msgcat.exit_code, 0) << msgcat.output;
  EXPECT_EQ(msgcat.output, fr);
  // A changed rendering replaces the old comment on the next update; nothing else changes.
  spit(root() / "locales" / "glossary.toml", "[[term]]\nsource = \"dignity\"\nfr = [\"dignité humaine\"]\n");
  ASSERT_TRUE(update_catalogs(project, {"fr"}, diagnostics));
  std::string again = slurp(project.catalog_path("fr", "statements"));
  EXPECT_NE(again.find("#. Glossary: dignity \u2192 dignité humaine\n"), std::string::npos) << again;
  EXPECT_EQ(again.find("security \u2192"), std::string::npos) << again;
  // A language made by init shows them from the start.
  spit(root() / "locales" / "glossary.toml", "[[term]]\nsource = \"life\"\nde = [\"Leben\"]\n");
  ASSERT_TRUE(init_languages(project, {"de"}, diagnostics));
  EXPECT_NE(slurp(project.catalog_path("de", "statements")).find("#. body\n#. Glossary: life \u2192 Leben\n"),
            std::string::npos);
}

TEST_F(ProjectFixture, ABrokenGlossaryStopsTheUpdateNamingItsLine) {
  spit(root() / "locales" / "glossary.toml", "[[term]]\nsource = \"dignity\"\nfr = 3\n");
  Project project = open();
  Diagnostics diagnostics;
  auto result = update_catalogs(project, {}, diagnostics);
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().to_string().find("locales/glossary.toml:3"), std::string::npos)
      << result.error().to_string();
  EXPECT_FALSE(fs::exists(project.catalog_path("fr", "statements")));
}

TEST_F(ProjectFixture, CompileWritesMoFilesAndStatsCountUnits) {
  Project project = open();
  Diagnostics diagnostics;
  ASSERT_TRUE(update_catalogs(project, {}, diagnostics));
  auto compiled = compile_catalogs(project, {"fr"}, diagnostics);
  ASSERT_TRUE(compiled) << compiled.error().to_string();
  ASSERT_EQ(compiled->size(), 1u);
  EXPECT_EQ(project.relative(compiled->front().mo), "output/mo/fr/LC_MESSAGES/statements.mo");
  EXPECT_EQ(slurp(compiled->front().mo).substr(0, 4), std::string("\xde\x12\x04\x95", 4));

  auto stats = project_stats(project, {"fr", "de"}, diagnostics);
  ASSERT_TRUE(stats) << stats.error().to_string();
  ASSERT_EQ(stats->size(), 4u);
  EXPECT_EQ((*stats)[0].stats.units, 2u);
  EXPECT_EQ((*stats)[0].stats.untranslated, 2u);
  EXPECT_EQ((*stats)[0].stats.source_words, 23u);
  EXPECT_TRUE((*stats)[3].missing);
}

TEST_F(ProjectFixture, CommandLineExitCodes) {
  std::string exe = std::string(LEAFPRESS_EXE) + " -C '" + root().string() + "' ";
  EXPECT_EQ(run_command(exe + "update").exit_code, 0);
  auto stats = run_command(exe + "stats --min-percent 50");
  EXPECT_EQ(stats.exit_code, 1) << stats.output;
  EXPECT_NE(stats.output.find("below 50.0% translated: fr, pl"), std::string::npos) << stats.output;
  auto json = run_command(exe + "stats fr --json");
  EXPECT_EQ(json.exit_code, 0);
  EXPECT_NE(json.output.find("\"lang\": \"fr\", \"domain\": \"statements\""), std::string::npos) << json.output;

  // normalize --check lists a hand-wrapped file and exits 1; normalize fixes it.
  fs::path po = root() / "locales" / "fr" / "statements.po";
  std::string text = slurp(po);
  std::string odd = text;
  odd.replace(odd.find("msgid \"All human"), 16, "msgid \"\"\n\"All human");
  spit(po, odd);
  auto check = run_command(exe + "normalize --check '" + po.string() + "'");
  EXPECT_EQ(check.exit_code, 1) << check.output;
  EXPECT_NE(check.output.find("not in canonical form"), std::string::npos);
  EXPECT_EQ(run_command(exe + "normalize '" + po.string() + "'").exit_code, 0);
  EXPECT_EQ(slurp(po), text);

  // A broken catalog: file, line and column, exit 3.
  spit(po, "msgid \"open\nmsgstr \"\"\n");
  auto broken = run_command(exe + "normalize --check '" + po.string() + "'");
  EXPECT_EQ(broken.exit_code, 3);
  EXPECT_NE(broken.output.find(":1:12: error: missing closing quote"), std::string::npos) << broken.output;
}

// normalize must read the catalog only once it holds the lock: an update holding it rewrites
// the file meanwhile, and normalize's result must be built on that new content.
TEST(NormalizeCommand, ReadsTheCatalogOnlyOnceItHoldsTheLock) {
  TempDir dir;
  fs::path po = dir.path() / "fr.po";
  const std::string header = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";
  spit(po, header + "msgid \"\"\n\"old\"\nmsgstr \"ancien\"\n");  // not canonical: normalize rewrites it
  std::optional<FileLock> lock;
  lock.emplace(FileLock::acquire(po).value());
  fs::path rc = dir.path() / "rc";
  std::string command = "(" + std::string(LEAFPRESS_EXE) + " -q normalize '" + po.string() + "'; echo $? > '" +
                        rc.string() + "') >/dev/null 2>&1 &";
  ASSERT_EQ(std::system(command.c_str()), 0);
  // Give normalize time to start and block; then the concurrent "update" writes and unlocks.
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  ASSERT_FALSE(fs::exists(rc)) << "normalize did not wait for the lock";
  spit(po, header + "msgid \"new\"\nmsgstr \"nouveau\"\n");
  lock.reset();
  for (int i = 0; i < 200 && slurp(rc).empty(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(25));
  EXPECT_EQ(slurp(rc), "0\n");
  EXPECT_EQ(slurp(po),
            "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"new\"\nmsgstr \"nouveau\"\n");
}

// `leafpress merge DEF.po REF.pot -o OUT`: msgmerge --previous on two files, outside a project.
TEST(MergeCommand, WritesWhatMsgmergePreviousWrites) {
  TempDir dir;
  fs::path def = dir.path() / "fr.po", ref = dir.path() / "new.pot", out = dir.path() / "out" / "fr.po";
  spit(
      def,
      "# French translation\nmsgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: demo 1\\n\"\n\"Language: fr\\n\"\n"
      "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n\n"
      "#: a.c:1\nmsgid \"The council meets every Tuesday evening.\"\nmsgstr \"Le conseil se réunit le mardi soir.\"\n\n"
      "msgid \"Open the file\"\nmsgstr \"Ouvrir le fichier\"\n\n"
      "msgid \"One file\"\nmsgstr \"Un fichier\"\n\n"
      "msgid \"Completely different text here.\"\nmsgstr \"Autre chose.\"\n");
  spit(ref,
       "msgid \"\"\nmsgstr \"\"\n\"Report-Msgid-Bugs-To: bugs@example.org\\n\"\n\"POT-Creation-Date: 2025-06-01 "
       "10:00+0000\\n\"\n"
       "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
       "#: a.c:2\nmsgid \"The council meets every Thursday evening.\"\nmsgstr \"\"\n\n"
       "#: b.c:3\nmsgid \"Open the file\"\nmsgstr \"\"\n\n"
       "msgid \"One file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"\n\n"
       "msgid \"Nothing like the old ones at all, sorry.\"\nmsgstr \"\"\n");
  const std::string exe = std::string(LEAFPRESS_EXE);
  auto merged = run_command(exe + " merge '" + def.string() + "' '" + ref.string() + "' -o '" + out.string() + "'");
  ASSERT_EQ(merged.exit_code, 0) << merged.output;
  // "One file" is kept (same msgid) but fuzzy, since it became a plural.
  EXPECT_NE(merged.output.find("2 kept, 1 fuzzy, 1 new, 1 obsolete"), std::string::npos) << merged.output;
  auto gnu = run_command("msgmerge -q --previous '" + def.string() + "' '" + ref.string() + "'");
  ASSERT_EQ(gnu.exit_code, 0) << gnu.output;
  EXPECT_EQ(slurp(out), gnu.output);
  // To standard output ("-o -" or no -o), and without fuzzy matching as msgmerge's option.
  EXPECT_EQ(run_command(exe + " -q merge '" + def.string() + "' '" + ref.string() + "' -o -").output, gnu.output);
  auto plain = run_command(exe + " -q merge --no-fuzzy-matching '" + def.string() + "' '" + ref.string() + "'");
  auto gnu_plain = run_command("msgmerge -q --previous --no-fuzzy-matching '" + def.string() + "' '" + ref.string() +
                               "'");
  EXPECT_EQ(plain.exit_code, 0);
  EXPECT_EQ(plain.output, gnu_plain.output);
  // --no-previous: plain msgmerge, which writes no "#|" lines, not even those the old
  // catalog had.
  std::string with_previous = slurp(out);
  ASSERT_NE(with_previous.find("#| msgid"), std::string::npos);
  spit(dir.path() / "old-fuzzy.po", with_previous);
  for (const fs::path& old : {def, dir.path() / "old-fuzzy.po"}) {
    auto bare = run_command(exe + " -q merge --no-previous '" + old.string() + "' '" + ref.string() + "'");
    auto gnu_bare = run_command("msgmerge -q '" + old.string() + "' '" + ref.string() + "'");
    ASSERT_EQ(gnu_bare.exit_code, 0) << gnu_bare.output;
    EXPECT_EQ(bare.exit_code, 0) << bare.output;
    EXPECT_EQ(bare.output, gnu_bare.output) << old;
    EXPECT_EQ(bare.output.find("#|"), std::string::npos);
  }
  // A broken input: file, line and column, exit 3, nothing written.
  spit(ref, "msgid \"open\nmsgstr \"\"\n");
  fs::remove(out);
  auto broken = run_command(exe + " merge '" + def.string() + "' '" + ref.string() + "' -o '" + out.string() + "'");
  EXPECT_EQ(broken.exit_code, 3);
  EXPECT_NE(broken.output.find("new.pot:1:12: error: missing closing quote"), std::string::npos) << broken.output;
  EXPECT_FALSE(fs::exists(out));
}

}  // namespace
}  // namespace leafpress::app
