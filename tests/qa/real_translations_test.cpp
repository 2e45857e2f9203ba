// Every check over real human translations nobody here wrote: the UDHR in nine languages,
// aligned paragraph by paragraph with the English text and built into leafpress catalogs, and
// the real catalogs of GNOME Clocks (tests/data/po-real/gnome-clocks). The expectation is the
// table of findings per language and check (real_translations_expected.txt): a correct human
// translation should raise no error, and every warning in the table is explained in
// real_translations_explained.md. Each finding is written to the build folder for reading.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "app/check.hpp"
#include "app/glossary_loader.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"
#include "test_support/golden.hpp"
#include "text/language.hpp"
#include "udhr_pages/udhr_corpus.hpp"

namespace fs = std::filesystem;
using namespace leafpress;

namespace {

const fs::path k_data = fs::path(LEAFPRESS_SOURCE_DIR) / "tests" / "data";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// English and translated paragraphs paired as the corpus's align.py pairs them: one to one
// where a part has as many paragraphs in both texts, else the part as one merged pair (the
// preamble keeps its seven recitals one to one and merges the proclamation).
std::vector<std::pair<std::string, std::string>> aligned(const leafpress::testing::UdhrText& en,
                                                         const leafpress::testing::UdhrText& xx) {
  std::vector<std::pair<std::string, std::string>> pairs;
  auto join = [](const std::vector<std::string>& paras, size_t from) {
    std::string out;
    for (size_t i = from; i < paras.size(); ++i) out += (out.empty() ? "" : " ") + paras[i];
    return out;
  };
  auto pair_part = [&](const std::vector<std::string>& a, const std::vector<std::string>& b, size_t keep) {
    if (a.size() == b.size()) {
      for (size_t i = 0; i < a.size(); ++i) pairs.emplace_back(a[i], b[i]);
      return;
    }
    size_t one_to_one = std::min({keep, a.size(), b.size()});
    for (size_t i = 0; i < one_to_one; ++i) pairs.emplace_back(a[i], b[i]);
    if (one_to_one < a.size() && one_to_one < b.size()) pairs.emplace_back(join(a, one_to_one), join(b, one_to_one));
  };
  if (!en.title.empty() && !xx.title.empty()) pairs.emplace_back(en.title, xx.title);
  if (!en.preamble_title.empty() && !xx.preamble_title.empty())
    pairs.emplace_back(en.preamble_title, xx.preamble_title);
  pair_part(en.preamble, xx.preamble, 7);
  for (size_t a = 0; a < std::min(en.articles.size(), xx.articles.size()); ++a) {
    if (!en.articles[a].title.empty() && !xx.articles[a].title.empty())
      pairs.emplace_back(en.articles[a].title, xx.articles[a].title);
    pair_part(en.articles[a].paragraphs, xx.articles[a].paragraphs, 0);
  }
  return pairs;
}

// The UDHR translation as a leafpress catalog, written as leafpress writes it (so findings
// point at real lines).
std::string udhr_catalog(const text::Language& language,
                         const std::vector<std::pair<std::string, std::string>>& pairs) {
  catalog::Catalog catalog;
  catalog.set_header_field("Project-Id-Version", "udhr");
  catalog.set_header_field("Language", language.gettext_code);
  catalog.set_header_field("MIME-Version", "1.0");
  catalog.set_header_field("Content-Type", "text/plain; charset=UTF-8");
  catalog.set_header_field("Content-Transfer-Encoding", "8bit");
  catalog.set_header_field("Plural-Forms", language.plural_forms);
  std::map<std::string, size_t> seen;
  for (const auto& [en, xx] : pairs) {
    catalog::Message message;
    message.msgid = en;
    // Article titles repeat nothing, but some texts repeat a sentence: a context keeps each.
    if (seen[en]++ > 0) message.msgctxt = "udhr " + std::to_string(seen[en]);
    message.msgstr = {xx};
    catalog.messages.push_back(std::move(message));
  }
  return catalog::write_po(catalog);
}

struct Tally {
  std::map<std::string, std::map<std::string, std::pair<size_t, size_t>>> counts;  // lang → check → (errors, warnings)
  std::string log;

  void add(const std::string& corpus, const app::CatalogCheck& check) {
    auto& row = counts[corpus + " " + check.lang];
    for (const auto& finding : check.findings) {
      if (finding.severity == Severity::error) ++row[finding.check_id].first;
      else if (finding.severity == Severity::warning) ++row[finding.check_id].second;
      else continue;
      log += finding.to_string() + "\n";
    }
  }

  // One line per language: "corpus lang: check errors/warnings …" (clean languages say so).
  [[nodiscard]] std::string table() const {
    std::string out = "# corpus language: check errors/warnings (notes are not counted)\n";
    for (const auto& [lang, checks] : counts) {
      out += lang + ":";
      if (checks.empty()) out += " clean";
      for (const auto& [id, count] : checks)
        out += " " + id + " " + std::to_string(count.first) + "/" + std::to_string(count.second);
      out += "\n";
    }
    return out;
  }
};

// "pt_BR" → "pt-BR", "ca@valencia" → "ca-valencia" as leafpress names languages.
std::string tag_of(std::string code) {
  std::replace(code.begin(), code.end(), '_', '-');
  if (auto at = code.find('@'); at != std::string::npos) {
    std::string variant = code.substr(at + 1);
    code = code.substr(0, at) + (variant == "latin" ? "-Latn" : "-" + variant);
  }
  return code;
}

}  // namespace

TEST(RealTranslations, EveryCheckOverEveryHumanTranslation) {
  auto glossary = app::parse_glossary(read_file(fs::path(LEAFPRESS_SOURCE_DIR) / "locales" / "glossary.toml"),
                                      "locales/glossary.toml");
  ASSERT_TRUE(glossary) << glossary.error().message;
  const qa::SeverityTable severities;
  Tally tally;

  auto texts = leafpress::testing::load_udhr(k_data / "udhr");
  auto english = std::find_if(texts.begin(), texts.end(), [](const auto& t) { return t.tag == "en"; });
  ASSERT_NE(english, texts.end());
  size_t udhr_units = 0;
  for (const auto& text : texts) {
    if (&text == &*english) continue;
    auto language = text::language_info(text.tag);
    ASSERT_TRUE(language) << text.tag << ": " << language.error().message;
    std::string po = udhr_catalog(*language, aligned(*english, text));
    std::string file = "udhr/" + text.tag + ".po";
    auto catalog = catalog::parse_po(po, file);
    ASSERT_TRUE(catalog) << catalog.error().message;
    auto check = app::check_catalog(*catalog, po, file, text.tag, *glossary, severities);
    ASSERT_TRUE(check) << check.error().message;
    udhr_units += check->units;
    tally.add("udhr", *check);
  }
  EXPECT_GT(udhr_units, 9u * 80);  // titles, recitals and paragraphs of nine languages

  size_t catalogs = 0;
  for (const auto& entry : fs::recursive_directory_iterator(k_data / "po-real" / "gnome-clocks")) {
    if (entry.path().extension() != ".po") continue;
    std::string po = read_file(entry.path());
    std::string file = fs::relative(entry.path(), k_data / "po-real").generic_string();
    auto catalog = catalog::parse_po(po, file);
    ASSERT_TRUE(catalog) << catalog.error().message;
    std::string tag = tag_of(entry.path().stem().string());
    std::string corpus = entry.path().parent_path().filename() == "po" ? "clocks" : "clocks-help";
    auto check = app::check_catalog(*catalog, po, file, tag, *glossary, severities);
    if (!check) {
      tally.log += file + ": " + check.error().message + "\n";
      tally.counts[corpus + " " + tag]["(language unknown)"] = {0, 0};
      continue;
    }
    ++catalogs;
    tally.add(corpus, *check);
  }
  EXPECT_EQ(catalogs, 50u);

  std::ofstream(fs::path(LEAFPRESS_BINARY_DIR) / "real_translations_findings.txt", std::ios::binary) << tally.log;
  leafpress::testing::expect_golden_file("qa/real_translations_expected.txt", tally.table());
}
