// The app layer of extraction: glossary loading and `extract_templates` on a project on disk.
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <fstream>

#include "app/extract.hpp"
#include "app/files.hpp"
#include "app/glossary_loader.hpp"
#include "doc/golden.hpp"
#include "test_support/temp_dir.hpp"

using namespace leafpress;
namespace lt = leafpress::testing;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

class ExtractProject : public ::testing::Test {
 protected:
  void SetUp() override {
    ::unsetenv("SOURCE_DATE_EPOCH");
    write(m_dir.path() / "leafpress.toml", "[project]\nname = \"Test statements\"\nsource_language = \"en\"\n");
    write(m_dir.path() / "source-docs" / "b.md", "# Shared heading\n\nRead *the plan* in Springfield.\n");
    write(m_dir.path() / "source-docs" / "a.txt", "A title\n\nRead the plan.\n\nShared heading\n");
    write(m_dir.path() / "locales" / "glossary.toml", "keep = [\"Springfield\"]\n");
  }
  void TearDown() override { ::unsetenv("SOURCE_DATE_EPOCH"); }

  app::Project project() {
    auto opened = app::Project::open(m_dir.path());
    EXPECT_TRUE(opened.has_value()) << (opened ? "" : opened.error().to_string());
    return *opened;
  }
  std::string pot() { return lt::read_text_file(m_dir.path() / "locales" / "statements.pot"); }

  lt::TempDir m_dir;
};

}  // namespace

TEST_F(ExtractProject, WritesTheTemplateOnceAndKeepsItWhenUnchanged) {
  ::setenv("SOURCE_DATE_EPOCH", "1767225600", 1);  // 2026-01-01 00:00 UTC
  Diagnostics diagnostics;
  auto report = app::extract_templates(project(), diagnostics);
  ASSERT_TRUE(report.has_value()) << report.error().to_string();
  EXPECT_TRUE(report->written);
  EXPECT_EQ(report->documents, 2u);
  EXPECT_EQ(report->units, 5u);
  EXPECT_EQ(report->messages, 4u);  // "Shared heading" once
  std::string text = pot();
  EXPECT_NE(text.find("\"POT-Creation-Date: 2026-01-01 00:00+0000\\n\""), std::string::npos) << text;
  EXPECT_NE(text.find(
                "#. Keep as is: Springfield\n#: source-docs/b.md:3\nmsgid \"Read <1>the plan</1> in Springfield.\""),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("#: source-docs/a.txt:5 source-docs/b.md:1\nmsgid \"Shared heading\""), std::string::npos)
      << text;
  // a.txt comes before b.md.
  EXPECT_LT(text.find("A title"), text.find("Read <1>"));

  auto again = app::extract_templates(project(), diagnostics);
  ASSERT_TRUE(again.has_value());
  EXPECT_FALSE(again->written);
}

TEST_F(ExtractProject, KeepsTheExistingDateWhenMessagesAreUnchanged) {
  ::setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
  Diagnostics diagnostics;
  ASSERT_TRUE(app::extract_templates(project(), diagnostics).has_value());
  std::string first = pot();
  ::unsetenv("SOURCE_DATE_EPOCH");
  auto unchanged = app::extract_templates(project(), diagnostics);
  ASSERT_TRUE(unchanged.has_value());
  EXPECT_FALSE(unchanged->written);
  EXPECT_EQ(pot(), first);
  // A changed source gets a new date (now).
  write(m_dir.path() / "source-docs" / "a.txt", "A title\n\nRead the new plan.\n");
  auto changed = app::extract_templates(project(), diagnostics);
  ASSERT_TRUE(changed.has_value());
  EXPECT_TRUE(changed->written);
  EXPECT_EQ(pot().find("2026-01-01 00:00+0000"), std::string::npos);
  EXPECT_NE(pot().find("Read the new plan."), std::string::npos);

  // The new date was put into the text made with the old one: the file must be what a fresh
  // extraction with that date writes.
  std::string updated = pot();
  const std::string field = "\"POT-Creation-Date: ";
  size_t at = updated.find(field);
  ASSERT_NE(at, std::string::npos);
  std::tm date{};
  ASSERT_TRUE(strptime(updated.substr(at + field.size(), 16).c_str(), "%Y-%m-%d %H:%M", &date));
  ::setenv("SOURCE_DATE_EPOCH", std::to_string(timegm(&date)).c_str(), 1);
  fs::remove(m_dir.path() / "locales" / "statements.pot");
  ASSERT_TRUE(app::extract_templates(project(), diagnostics).has_value());
  EXPECT_EQ(pot(), updated);
}

TEST_F(ExtractProject, BadDocumentsAreReportedEachAtItsPlace) {
  write(m_dir.path() / "source-docs" / "c.txt", "Title\n\nbad \xFF byte\n");
  write(m_dir.path() / "source-docs" / "d.md", "");
  Diagnostics diagnostics;
  auto report = app::extract_templates(project(), diagnostics);
  ASSERT_FALSE(report.has_value());
  EXPECT_EQ(report.error().message, "2 source documents could not be read");
  ASSERT_EQ(diagnostics.items().size(), 2u);
  EXPECT_EQ(diagnostics.items()[0].to_string(),
            "source-docs/c.txt:3:5: error: invalid UTF-8 at byte offset 11; save the file as UTF-8");
  EXPECT_EQ(diagnostics.items()[1].to_string(), "source-docs/d.md:1:1: error: the file is empty");
  EXPECT_FALSE(fs::exists(m_dir.path() / "locales" / "statements.pot"));
  auto first = app::read_sources(project());
  ASSERT_FALSE(first.has_value());
  EXPECT_EQ(first.error().where.file, "source-docs/c.txt");
}

TEST_F(ExtractProject, SentenceSegmentationFromConfig) {
  write(m_dir.path() / "leafpress.toml", "[project]\nname = \"T\"\nsegmentation = \"sentence\"\n");
  write(m_dir.path() / "source-docs" / "a.txt", "A title\n\nFirst one. Second one.\n");
  ::setenv("SOURCE_DATE_EPOCH", "0", 1);
  Diagnostics diagnostics;
  auto report = app::extract_templates(project(), diagnostics);
  ASSERT_TRUE(report.has_value()) << report.error().to_string();
  EXPECT_NE(pot().find("#. body, paragraph 1, sentence 2\n#: source-docs/a.txt:3\nmsgid \"Second one.\""),
            std::string::npos)
      << pot();
  EXPECT_NE(pot().find("1970-01-01 00:00+0000"), std::string::npos);
}

TEST(GlossaryFile, ParsesTheDocumentedFormat) {
  auto glossary = app::parse_glossary(
      "keep = [\"Lewisham\", \"Labour Party\"]\n[[term]]\nsource = \"mayor\"\nes = [\"alcalde*\"]\n\"zh-hans\" = "
      "[\"市长\"]\n",
      "locales/glossary.toml");
  ASSERT_TRUE(glossary.has_value()) << glossary.error().to_string();
  EXPECT_EQ(glossary->keep, (std::vector<std::string>{"Lewisham", "Labour Party"}));
  ASSERT_EQ(glossary->terms.size(), 1u);
  EXPECT_EQ(glossary->terms[0].source, "mayor");
  EXPECT_EQ(glossary->terms[0].renderings.at("es"), (std::vector<std::string>{"alcalde*"}));
  EXPECT_EQ(glossary->terms[0].renderings.at("zh-Hans"), (std::vector<std::string>{"市长"}));
}

TEST(GlossaryFile, ErrorsNameTheLine) {
  auto unknown = app::parse_glossary("keep = []\nkept = [\"x\"]\n", "g.toml");
  ASSERT_FALSE(unknown.has_value());
  EXPECT_EQ(unknown.error().to_string(), "g.toml:2:1: error: unknown key \"kept\" (allowed here: keep, term)");
  auto type = app::parse_glossary("keep = \"Lewisham\"\n", "g.toml");
  ASSERT_FALSE(type.has_value());
  EXPECT_EQ(type.error().where.line, 1u);
  auto tag = app::parse_glossary("[[term]]\nsource = \"x\"\n\"not a tag\" = [\"y\"]\n", "g.toml");
  ASSERT_FALSE(tag.has_value());
  EXPECT_EQ(tag.error().where.line, 3u);
  auto no_source = app::parse_glossary("[[term]]\nes = [\"y\"]\n", "g.toml");
  ASSERT_FALSE(no_source.has_value());
  auto syntax = app::parse_glossary("keep = [\n", "g.toml");
  ASSERT_FALSE(syntax.has_value());
  EXPECT_EQ(syntax.error().where.file, "g.toml");
}

TEST(GlossaryFile, RepositoryGlossaryParses) {
  fs::path path = fs::path(LEAFPRESS_SOURCE_DIR) / "locales" / "glossary.toml";
  auto glossary = app::parse_glossary(lt::read_text_file(path), "locales/glossary.toml");
  ASSERT_TRUE(glossary.has_value()) << glossary.error().to_string();
  EXPECT_FALSE(glossary->keep.empty());
}
