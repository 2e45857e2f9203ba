// `leafpress check` on catalogs: a hostile catalog for every check, each finding pointing at
// the right line and column of the msgstr; locations in wrapped strings; JSON and list output.
#include <gtest/gtest.h>

#include <set>

#include "app/check.hpp"
#include "catalog/po_parser.hpp"
#include "scratch_project.hpp"
#include "test_support/test_data.hpp"

using namespace leafpress;

namespace {

std::string header(const std::string& lang, const char* plural_forms) {
  return "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: " + lang + "\\n\"\n" +
         (plural_forms ? "\"Plural-Forms: " + std::string(plural_forms) + "\\n\"\n" : "\"X-Generator: test\\n\"\n") +
         "\n";
}

const char* const k_pl_plurals =
    "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);";

struct Hostile {
  const char* check;
  const char* lang;
  const char* plural_forms;
  std::string entry;  // lines 7 and on of the catalog
  uint32_t line;
  uint32_t column;
};

std::vector<Hostile> hostile_catalogs() {
  const char* pl = k_pl_plurals;
  const char* two = "nplurals=2; plural=(n != 1);";
  const char* one = "nplurals=1; plural=0;";
  const char* ar =
      "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);";
  const char* ro = "nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);";
  return {
      {"placeholder", "pl", pl, "#. body\nmsgid \"Read <1>Article 1</1>.\"\nmsgstr \"Przeczytaj artykuł 1.\"\n", 9, 8},
      {"unusable", "pl", pl,
       "# leafpress-ignore: placeholder the link is dropped\n#. body\nmsgid \"Read <1>Article 1</1>.\"\n"
       "msgstr \"Przeczytaj artykuł 1.\"\n",
       10, 8},
      {"number", "pl", pl, "#. body\nmsgid \"Article 26\"\nmsgstr \"Artykuł\"\n", 9, 8},
      {"number-in-noun", "ar", ar, "#. body\nmsgid \"1 day\"\nmsgstr \"يوم\"\n", 9, 8},
      {"url", "pl", pl, "#. body\nmsgid \"See https://www.un.org/en/.\"\nmsgstr \"Zob. https://www.un.org/pl/.\"\n", 9,
       8},
      {"glossary-keep", "pl", pl, "#. body\nmsgid \"The United Nations met.\"\nmsgstr \"ONZ zebrała się.\"\n", 9, 8},
      {"glossary-term", "pl", pl, "#. body\nmsgid \"Human dignity.\"\nmsgstr \"Ludzka cześć.\"\n", 9, 8},
      {"newlines", "pl", pl, "#. body\nmsgid \"Article 3\\n\"\nmsgstr \"Artykuł 3\"\n", 9, 17},
      {"whitespace", "pl", pl, "#. body\nmsgid \"Article 3\"\nmsgstr \"Artykuł 3 \"\n", 9, 18},
      {"doubled-word", "pl", pl,
       "#. body\nmsgid \"All human beings are born free.\"\nmsgstr \"Wszyscy ludzie rodzą się się wolni.\"\n", 9, 34},
      {"end-punctuation", "zh-Hans", one,
       "#. body\nmsgid \"Everyone has the right to life.\"\nmsgstr \"人人有权享有生命.\"\n", 9, 17},
      {"quotes", "pl", pl, "#. body\nmsgid \"He said \\\"yes\\\".\"\nmsgstr \"Powiedział \\\"tak\\\".\"\n", 9, 20},
      {"romanian-cedilla", "ro", ro,
       "#. body\nmsgid \"All human beings are born free and equal.\"\nmsgstr \"Toate fiinţele umane se nasc libere şi "
       "egale.\"\n",
       9, 45},
      {"bidi", "ar", ar, "#. body\nmsgid \"Human rights\"\nmsgstr \"حقوق \u2067الإنسان\"\n", 9, 14},
      {"nfc", "vi", one, "#. body\nmsgid \"Vietnamese\"\nmsgstr \"Tie\u0302\u0301ng Vie\u0323\u0302t\"\n", 9, 11},
      {"unchanged", "pl", pl, "#. body\nmsgid \"Human rights\"\nmsgstr \"Human rights\"\n", 9, 8},
      {"length", "pl", pl,
       "#. body\nmsgid \"All human beings are born free and equal in dignity and rights. They are endowed with \"\n"
       "\"reason and conscience and should act towards one another in a spirit of brotherhood.\"\n"
       "msgstr \"Wszyscy ludzie rodzą się wolni.\"\n",
       10, 8},
      // No Plural-Forms header (msgfmt would refuse a count that contradicts it): the
      // language's own count applies.
      {"plurals", "pl", nullptr,
       "#. body\nmsgid \"%d article\"\nmsgid_plural \"%d articles\"\nmsgstr[0] \"%d artykuł\"\nmsgstr[1] \"%d "
       "artykuły\"\n",
       10, 11},
      {"fuzzy", "pl", pl, "#. body\n#, fuzzy\nmsgid \"Article 3\"\nmsgstr \"Artykuł 3\"\n", 10, 8},
      {"untranslated", "es", two, "#. body\nmsgid \"Article 3\"\nmsgstr \"\"\n", 9, 8},
      {"ignore", "pl", pl, "# leafpress-ignore: numbr typo\n#. body\nmsgid \"Article 3\"\nmsgstr \"Artykuł 3\"\n", 10,
       8},
  };
}

l10n::Glossary test_glossary() {
  l10n::Glossary glossary;
  glossary.keep = {"United Nations"};
  glossary.terms.push_back({"dignity", {{"pl", {"godnoś*"}}}});
  return glossary;
}

app::CatalogCheck check(const std::string& text, const std::string& lang) {
  auto parsed = catalog::parse_po(text, "locales/x/statements.po");
  EXPECT_TRUE(parsed.has_value()) << parsed.error().to_string() << "\n" << text;
  if (!parsed) return {};
  auto result = app::check_catalog(*parsed, text, "locales/x/statements.po", lang, test_glossary(),
                                   qa::SeverityTable());
  EXPECT_TRUE(result.has_value()) << result.error().to_string();
  return result ? *result : app::CatalogCheck{};
}

}  // namespace

TEST(CheckCatalog, HostileCatalogForEveryCheck) {
  std::set<std::string> covered;
  for (const auto& h : hostile_catalogs()) {
    SCOPED_TRACE(h.check);
    std::string text = header(h.lang, h.plural_forms) + h.entry;
    auto result = check(text, h.lang);
    const Diagnostic* found = nullptr;
    for (const auto& d : result.findings)
      if (d.check_id == h.check && !found) found = &d;
    std::string all;
    for (const auto& d : result.findings) all += d.to_string() + "\n";
    ASSERT_NE(found, nullptr) << all;
    EXPECT_EQ(found->where.line, h.line) << all;
    EXPECT_EQ(found->where.column, h.column) << all;
    covered.insert(h.check);
  }
  for (const auto& info : qa::all_checks()) EXPECT_TRUE(covered.count(std::string(info.id))) << info.id;
}

TEST(CheckCatalog, CleanCatalogHasNoFindings) {
  std::string text = header("pl", k_pl_plurals) +
                     "#. body\nmsgid \"Article 26\"\nmsgstr \"Artykuł 26\"\n\n"
                     "#. body\nmsgid \"He said \\\"yes\\\".\"\nmsgstr \"Powiedział „tak”.\"\n";
  auto result = check(text, "pl");
  EXPECT_TRUE(result.findings.empty()) << result.findings.front().to_string();
  EXPECT_EQ(result.units, 2u);
  EXPECT_EQ(result.translated, 2u);
}

TEST(CheckCatalog, CompilerStyleLine) {
  std::string text = header("pl", k_pl_plurals) + "#. body\nmsgid \"In 2026.\"\nmsgstr \"W roku.\"\n";
  auto result = check(text, "pl");
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].to_string(),
            "locales/x/statements.po:9:8: error: [number] \"2026\" is missing from the translation");
}

TEST(LocateMsgstr, WrappedStringsAndEscapes) {
  std::string text =
      "msgid \"x\"\n"
      "msgstr \"\"\n"
      "\"Powiedział \\\"tak\\\" \"\n"
      "\"i żółć \\\"nie\\\".\"\n";
  // Byte offsets in the decoded msgstr `Powiedział "tak" i żółć "nie".`
  std::string decoded = "Powiedział \"tak\" i żółć \"nie\".";
  EXPECT_EQ(app::locate_msgstr(text, "f.po", 1, 0, std::nullopt).to_string(), "f.po:2:8");
  EXPECT_EQ(app::locate_msgstr(text, "f.po", 1, 0, 0).to_string(), "f.po:3:2");
  EXPECT_EQ(app::locate_msgstr(text, "f.po", 1, 0, decoded.find('"')).to_string(), "f.po:3:13");
  EXPECT_EQ(app::locate_msgstr(text, "f.po", 1, 0, decoded.find("żółć")).to_string(), "f.po:4:4");
  EXPECT_EQ(app::locate_msgstr(text, "f.po", 1, 0, decoded.find("\"nie")).to_string(), "f.po:4:9");
  EXPECT_EQ(app::locate_msgstr(text, "f.po", 0, 0, 3).to_string(), "f.po");
}

TEST(LocateMsgstr, MultiLineStringsAndPluralForms) {
  std::string text =
      "msgid \"one\"\n"
      "msgid_plural \"many\"\n"
      "msgstr[0] \"jeden\"\n"
      "msgstr[1] \"\"\n"
      "\"dwa \"\n"
      "\"lub więcej\"\n"
      "\n"
      "msgid \"y\"\n"
      "msgstr \"\"\n"
      "\"ab\"\n"
      "\"cd\"\n";
  EXPECT_EQ(app::locate_msgstr(text, "f.po", 1, 0, std::nullopt).to_string(), "f.po:3:11");
  EXPECT_EQ(app::locate_msgstr(text, "f.po", 1, 0, 2).to_string(), "f.po:3:14");
  EXPECT_EQ(app::locate_msgstr(text, "f.po", 1, 1, std::nullopt).to_string(), "f.po:4:11");
  EXPECT_EQ(app::locate_msgstr(text, "f.po", 1, 1, 4).to_string(), "f.po:6:2");
  EXPECT_EQ(app::locate_msgstr(text, "f.po", 1, 1, 13).to_string(), "f.po:6:10");  // "ę" is two bytes, one column
  EXPECT_EQ(app::locate_msgstr(text, "f.po", 1, 1, 99).to_string(), "f.po:6:12");
  EXPECT_EQ(app::locate_msgstr(text, "f.po", 1, 2, 0).to_string(), "f.po:1");  // no such form: the msgid line
  EXPECT_EQ(app::locate_msgstr(text, "f.po", 8, 0, 3).to_string(), "f.po:11:3");
}

TEST(CheckCatalog, JsonAndList) {
  std::string text = header("pl", k_pl_plurals) + "#. body\nmsgid \"In 2026.\"\nmsgstr \"W roku \\\"x\\\".\"\n";
  app::CheckReport report;
  report.catalogs.push_back(check(text, "pl"));
  std::string json = app::format_check_json(report);
  EXPECT_NE(
      json.find(
          R"({"file":"locales/x/statements.po","line":9,"column":8,"severity":"error","check":"number","message":"\"2026\" is missing from the translation"})"),
      std::string::npos)
      << json;
  EXPECT_NE(json.find("\"errors\": 1,"), std::string::npos) << json;
  qa::SeverityTable table;
  table.apply({{"length", "off"}});
  std::string list = app::format_check_list(table);
  EXPECT_NE(list.find("number            error    every number"), std::string::npos) << list;
  EXPECT_NE(list.find("length            off "), std::string::npos) << list;
}

TEST(CheckProject, ScratchProjectWithConfigOverrides) {
  leafpress::testing::ScratchProject scratch;
  auto c = scratch.translated_catalog(false);
  leafpress::testing::message(c, "Human rights").msgstr = {"Human rights"};
  scratch.save(c);
  auto report = app::check_project(scratch.project(), {});
  ASSERT_TRUE(report.has_value()) << report.error().to_string();
  ASSERT_EQ(report->catalogs.size(), 1u);
  EXPECT_EQ(report->catalogs[0].file, "locales/pl/statements.po");
  EXPECT_EQ(report->count(Severity::warning), 1u) << app::format_check_text(*report);
  scratch.write("leafpress.toml", std::string(leafpress::testing::k_config) + "\n[checks]\nunchanged = \"error\"\n");
  report = app::check_project(scratch.project(), {"pl"});
  ASSERT_TRUE(report.has_value());
  EXPECT_EQ(report->count(Severity::error), 1u);
  EXPECT_TRUE(report->setup.empty());  // an unknown check id is refused when the config is read
  auto missing = app::check_project(scratch.project(), {"fr"});
  ASSERT_FALSE(missing.has_value());
  EXPECT_NE(missing.error().message.find("leafpress init fr"), std::string::npos);
}

// Real catalogs (GNOME Clocks, tests/data/po-real): published translations have no
// check errors, and the Spanish one's decomposed accents are found where they are.
TEST(CheckCatalog, RealPublishedCatalogs) {
  std::filesystem::path dir = leafpress::testing::test_data_dir() / "po-real" / "gnome-clocks" / "po";
  for (const char* lang : {"es", "fr", "pl", "ru", "ta", "tr", "vi", "de", "el", "bg", "lt", "ro"}) {
    SCOPED_TRACE(lang);
    std::string text = app::read_file(dir / (std::string(lang) + ".po")).value();
    auto result = check(text, lang);
    EXPECT_EQ(result.count(Severity::error), 0u);
    EXPECT_GT(result.translated, 70u);
    if (std::string(lang) == "es") {
      bool found = false;
      for (const auto& d : result.findings)
        if (d.check_id == "nfc" && d.where.line == 365 && d.where.column == 10) found = true;  // "Ti\u0301tulo…"
      EXPECT_TRUE(found);
    }
  }
}
