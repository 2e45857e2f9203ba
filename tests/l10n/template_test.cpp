#include "l10n/template.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"
#include "doc/dump.hpp"
#include "l10n_support.hpp"

using namespace leafpress;
namespace lt = leafpress::testing;
using l10n::Segmentation;

namespace {

l10n::Glossary small_glossary() {
  l10n::Glossary glossary;
  glossary.keep = {"Lewisham", "Labour Party", "Labour", "EU", "NRPF", "Controlling Migration Fund"};
  return glossary;
}

const char* k_date = "2026-01-01 00:00+0000";

}  // namespace

TEST(Template, SeedGoldenPot) {
  auto document = lt::read_fixture(lt::k_seed);
  auto pot = l10n::make_template({document}, Segmentation::paragraph, small_glossary(), "Lewisham statements", k_date);
  ASSERT_EQ(pot.messages.size(), 11u);  // header + 10 units
  lt::expect_golden("community-and-diversity.pot", catalog::write_po(pot));
  const auto& title = pot.messages[3];
  EXPECT_EQ(title.extracted_comments, (std::vector<std::string>{"title"}));
  EXPECT_EQ(title.references, (std::vector<std::string>{"source-docs/community-and-diversity.txt:5"}));
  const auto& category = pot.messages[10];
  EXPECT_EQ(category.extracted_comments, (std::vector<std::string>{"category", "Keep as is: Lewisham"}));
  EXPECT_EQ(pot.header_field("POT-Creation-Date"), k_date);
  EXPECT_EQ(pot.header_field("Project-Id-Version"), "Lewisham statements");
  EXPECT_EQ(pot.header_field("Content-Type"), "text/plain; charset=UTF-8");
}

TEST(Template, SentenceGoldenPot) {
  auto document = lt::read_fixture(lt::k_seed);
  auto pot = l10n::make_template({document}, Segmentation::sentence, small_glossary(), "Lewisham statements", k_date);
  lt::expect_golden("community-and-diversity.sentences.pot", catalog::write_po(pot));
}

TEST(Template, ConstructsGoldenPot) {
  auto document = lt::read_fixture(lt::k_constructs);
  auto pot = l10n::make_template({document}, Segmentation::paragraph, {}, "constructs", k_date);
  lt::expect_golden("constructs.pot", catalog::write_po(pot));
}

TEST(Template, IdenticalUnitsAppearOnceWithEveryReference) {
  auto b = lt::read_string("Shared title\n\nA shared paragraph.\n\nOnly in b.\n", "source-docs/b.txt");
  auto a = lt::read_string("Other title\n\nA shared paragraph.\n", "source-docs/a.txt");
  auto pot = l10n::make_template({b, a}, Segmentation::paragraph, {}, "p", k_date);
  std::vector<std::string> ids;
  for (const auto& message : pot.messages) ids.push_back(message.msgid);
  // Documents sorted by path: a.txt first.
  EXPECT_EQ(ids, (std::vector<std::string>{"", "Other title", "A shared paragraph.", "Shared title", "Only in b."}));
  EXPECT_EQ(pot.messages[2].references, (std::vector<std::string>{"source-docs/a.txt:3", "source-docs/b.txt:3"}));
  EXPECT_EQ(pot.messages[2].extracted_comments, (std::vector<std::string>{"body, paragraph 1"}));
}

TEST(Template, PotIsAcceptedByMsgfmt) {
  auto document = lt::read_fixture(lt::k_seed);
  auto pot = l10n::make_template({document}, Segmentation::paragraph, small_glossary(), "Lewisham statements", k_date);
  auto path = std::filesystem::temp_directory_path() / "leafpress-template-test.pot";
  std::ofstream(path, std::ios::binary) << catalog::write_po(pot);
  std::string command = "msgfmt --check-format -o /dev/null " + path.string() + " 2>/dev/null";
  if (std::system("command -v msgfmt >/dev/null 2>&1") != 0) FAIL() << "msgfmt not installed (scripts/setup.sh)";
  EXPECT_EQ(std::system(command.c_str()), 0);
  std::filesystem::remove(path);
}

TEST(Template, CatalogWithMsgstrEqualToMsgidReproducesTheDocuments) {
  // Through real PO text: template → msgstr = msgid → PO writer → PO parser → apply.
  for (auto segmentation : {Segmentation::paragraph, Segmentation::sentence}) {
    std::vector<doc::Document> documents{lt::read_fixture(lt::k_seed), lt::read_fixture(lt::k_constructs)};
    auto pot = l10n::make_template(documents, segmentation, small_glossary(), "p", k_date);
    for (auto& message : pot.messages)
      if (!message.is_header()) message.msgstr = {message.msgid};
    auto parsed = catalog::parse_po(catalog::write_po(pot), "locales/en/statements.po");
    ASSERT_TRUE(parsed.has_value()) << parsed.error().to_string();
    l10n::Lookup lookup = [&](std::string_view source) -> std::optional<std::string> {
      const catalog::Message* message = parsed->find(std::nullopt, source);
      if (!message || !message->is_translated()) return std::nullopt;
      return message->msgstr.front();
    };
    for (const auto& document : documents) {
      l10n::ApplyReport report;
      auto back = l10n::apply_translations(document, segmentation, lookup, document.lang, &report);
      EXPECT_EQ(doc::dump(back), doc::dump(document));
      EXPECT_EQ(back, document);
      EXPECT_EQ(report.fallback, 0u);
    }
  }
}

TEST(Template, GlossaryCommentNamesTheApprovedRenderingsInTheCatalogsLanguage) {
  l10n::Glossary glossary;
  glossary.terms.push_back({"mayor", {{"es", {"alcalde*", "alcaldía*"}}, {"fr", {"maire*"}}}});
  glossary.terms.push_back({"council", {{"es", {"ayuntamiento*"}}}});
  glossary.terms.push_back({"ward", {}});
  // Glossary order, not the order of the text; terms without a Spanish rendering left out.
  EXPECT_EQ(l10n::glossary_comments(glossary, "es", "The council and the Mayor of the ward <1>meet</1>."),
            std::vector<std::string>{"Glossary: mayor \u2192 alcalde*, alcaldía*; council \u2192 ayuntamiento*"});
  EXPECT_EQ(l10n::glossary_comments(glossary, "fr", "The council and the mayor."),
            std::vector<std::string>{"Glossary: mayor \u2192 maire*"});
  EXPECT_TRUE(l10n::glossary_comments(glossary, "fr", "The council meets.").empty());
  EXPECT_TRUE(l10n::glossary_comments(glossary, "es", "Mayoral elections").empty()) << "whole words only";
  EXPECT_TRUE(l10n::glossary_comments(glossary, "de", "The mayor.").empty());
}
