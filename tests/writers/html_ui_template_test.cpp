// The ui domain in the app layer: the template made from the UI message list, loading MO
// catalogs from locales/<lang>/LC_MESSAGES/ui.mo and the lookup the pages use.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "app/leaflet_design.hpp"
#include "app/ui_template.hpp"
#include "catalog/mo_writer.hpp"
#include "catalog/new_catalog.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"
#include "test_support/temp_dir.hpp"
#include "writers/html_fixture.hpp"
#include "writers/html_writer.hpp"
#include "writers/ui_messages.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::app {
namespace {

TEST(UiTemplate, HoldsEveryUiMessageInOrder) {
  catalog::Catalog pot = ui_template("leafpress", "2026-11-26 12:00+0000");
  ASSERT_NE(pot.header(), nullptr);
  EXPECT_EQ(pot.header_field("Project-Id-Version"), "leafpress");
  EXPECT_EQ(pot.header_field("POT-Creation-Date"), "2026-11-26 12:00+0000");
  EXPECT_EQ(pot.header_field("Content-Type"), "text/plain; charset=UTF-8");
  auto messages = writers::ui_messages();
  ASSERT_EQ(pot.messages.size(), messages.size() + 1);
  for (size_t i = 0; i < messages.size(); ++i) {
    const catalog::Message& message = pot.messages[i + 1];
    EXPECT_EQ(message.msgctxt.value_or(""), messages[i].context);
    EXPECT_EQ(message.msgid, messages[i].msgid);
    EXPECT_EQ(message.msgid_plural.value_or(""), messages[i].msgid_plural);
    EXPECT_EQ(message.msgstr.size(), messages[i].msgid_plural.empty() ? 1u : 2u);
    ASSERT_EQ(message.extracted_comments.size(), 1u);
    EXPECT_EQ(message.extracted_comments[0], messages[i].comment);
  }
  EXPECT_EQ(ui_template("leafpress").header_field("POT-Creation-Date"), "");
}

// The campaign's words from [brand] follow the page furniture, one unit each (the same words
// twice are one unit), referenced to the project file that holds them.
TEST(UiTemplate, ListsTheBrandWordsAfterThePageFurniture) {
  BrandConfig brand;
  brand.name = "Parks for all";
  brand.call_to_action = "Read more online";
  brand.contact = "Parks for all";
  auto words = brand_messages(brand);
  ASSERT_EQ(words.size(), 3u);
  catalog::Catalog pot = ui_template("leafpress", {}, words);
  ASSERT_EQ(pot.messages.size(), writers::ui_messages().size() + 1 + 2);
  const catalog::Message& name = pot.messages[writers::ui_messages().size() + 1];
  EXPECT_EQ(name.msgctxt.value_or(""), "brand");
  EXPECT_EQ(name.msgid, "Parks for all");
  EXPECT_EQ(name.references, std::vector<std::string>{"leafpress.toml"});
  EXPECT_EQ(pot.messages.back().msgid, "Read more online");
  EXPECT_TRUE(brand_messages(BrandConfig{}).empty());
}

TEST(UiTemplate, LoadsCatalogsFromTheMessagesFolder) {
  if (std::system("msgfmt --version >/dev/null 2>&1") != 0) FAIL() << "GNU msgfmt is not installed (scripts/setup.sh)";
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "fr" / "LC_MESSAGES");
  std::ofstream(dir.path() / "fr.po")
      << "msgid \"\"\nmsgstr \"\"\n"
         "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
         "\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n\n"
         "msgctxt \"notice\"\n"
         "msgid \"{1} paragraph is not yet translated and is shown in English.\"\n"
         "msgid_plural \"{1} paragraphs are not yet translated and are shown in English.\"\n"
         "msgstr[0] \"{1} paragraphe (singulier)\"\n"
         "msgstr[1] \"{1} paragraphes (pluriel)\"\n";
  std::string command = "msgfmt -o '" + (dir.path() / "fr/LC_MESSAGES/ui.mo").string() + "' '" +
                        (dir.path() / "fr.po").string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0);

  auto french = load_ui_translator(dir.path(), "fr");
  ASSERT_TRUE(french) << french.error().to_string();
  writers::UiLookup lookup = make_ui_lookup(*french);
  // French counts 0 and 1 as singular.
  EXPECT_EQ(lookup(writers::ui::untranslated_notice, 0), "{1} paragraphe (singulier)");
  EXPECT_EQ(lookup(writers::ui::untranslated_notice, 1), "{1} paragraphe (singulier)");
  EXPECT_EQ(lookup(writers::ui::untranslated_notice, 2), "{1} paragraphes (pluriel)");
  EXPECT_EQ(lookup(writers::ui::languages, 1), "Read this in");

  // No catalog for Tamil: English, not an error.
  auto tamil = load_ui_translator(dir.path(), "ta");
  ASSERT_TRUE(tamil);
  EXPECT_FALSE(tamil->has_catalog());
  EXPECT_EQ(make_ui_lookup(*tamil)(writers::ui::untranslated_notice, 3),
            "{1} paragraphs are not yet translated and are shown in English.");

  // A file that is not an MO catalog is an error naming it.
  std::filesystem::create_directories(dir.path() / "pl" / "LC_MESSAGES");
  std::ofstream(dir.path() / "pl/LC_MESSAGES/ui.mo") << "not a catalog";
  auto broken = load_ui_translator(dir.path(), "pl");
  ASSERT_FALSE(broken);
  EXPECT_NE(broken.error().to_string().find("ui.mo"), std::string::npos);
}

// The template through our own PO writer, parser and MO compiler, read back by Boost.Locale:
// the path `leafpress build` takes for page furniture.
TEST(UiTemplate, RoundTripsThroughOurMoCompilerIntoBoostLocale) {
  catalog::Catalog pot = ui_template("leafpress");
  auto reparsed = catalog::parse_po(catalog::write_po(pot), "locales/ui.pot");
  ASSERT_TRUE(reparsed) << reparsed.error().to_string();
  EXPECT_EQ(reparsed->messages.size(), pot.messages.size());

  catalog::Catalog polish = catalog::new_catalog(*reparsed, text::language_info("pl").value(), "leafpress");
  for (auto& message : polish.messages) {
    if (message.is_header()) continue;
    if (message.msgid == writers::ui::languages.msgid) message.msgstr = {"Przeczytaj w języku"};
    if (message.msgid == writers::ui::untranslated_notice.msgid)
      message.msgstr = {"{1} akapit (jeden)", "{1} akapity (kilka)", "{1} akapitów (wiele)"};
  }
  auto translator = text::UiTranslator::from_mo("pl", catalog::compile_mo(polish), "locales/pl/ui.po");
  ASSERT_TRUE(translator) << translator.error().to_string();
  writers::UiLookup lookup = make_ui_lookup(*translator);
  EXPECT_EQ(lookup(writers::ui::languages, 1), "Przeczytaj w języku");
  EXPECT_EQ(lookup(writers::ui::untranslated_notice, 1), "{1} akapit (jeden)");
  EXPECT_EQ(lookup(writers::ui::untranslated_notice, 3), "{1} akapity (kilka)");
  EXPECT_EQ(lookup(writers::ui::untranslated_notice, 5), "{1} akapitów (wiele)");
  EXPECT_EQ(lookup(writers::ui::imprint_heading, 1), "Imprint") << "untranslated: English";
}

// A translator's UI catalog cannot put markup on the page.
TEST(UiTemplate, HostileUiTranslationsAppearOnlyAsText) {
  if (std::system("msgfmt --version >/dev/null 2>&1") != 0) FAIL() << "GNU msgfmt is not installed (scripts/setup.sh)";
  testing::TempDir dir;
  std::filesystem::create_directories(dir.path() / "fr" / "LC_MESSAGES");
  std::ofstream(dir.path() / "fr.po")
      << "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
         "\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n\n"
         "msgctxt \"switcher\"\nmsgid \"Read this in\"\nmsgstr \"\\\"><script>alert(1)</script>\"\n\n"
         "msgctxt \"notice\"\nmsgid \"This translation is a draft: it has not yet been checked by a native "
         "speaker.\"\nmsgstr \"<img src=x onerror=alert(2)> ]]> <![CDATA[\"\n\n"
         "msgctxt \"imprint\"\nmsgid \"Promoted by {1} on behalf of {2}.\"\n"
         "msgstr \"<a href=\\\"javascript:alert(3)\\\">{1}</a> {2}\"\n";
  std::string command = "msgfmt -o '" + (dir.path() / "fr/LC_MESSAGES/ui.mo").string() + "' '" +
                        (dir.path() / "fr.po").string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0);
  auto french = load_ui_translator(dir.path(), "fr");
  ASSERT_TRUE(french) << french.error().to_string();

  auto context = testing::fixture_context("fr");
  context.draft = true;
  context.imprint.translate = true;
  context.ui = make_ui_lookup(*french);
  std::string page = writers::write_html(testing::fixture_document("fr"), context);
  std::string error;
  EXPECT_TRUE(xml::is_well_formed(page, &error)) << error;
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_EQ(page.find("<a href=\"javascript"), std::string::npos);
  EXPECT_EQ(page.find("<![CDATA["), std::string::npos);
  EXPECT_NE(page.find("&lt;img src=x onerror=alert(2)&gt;"), std::string::npos);
  EXPECT_NE(page.find("aria-label=\"&quot;&gt;&lt;script&gt;"), std::string::npos);
  EXPECT_NE(page.find("&lt;a href=\"javascript:alert(3)\"&gt;Example Promoter"), std::string::npos);
}

}  // namespace
}  // namespace leafpress::app
