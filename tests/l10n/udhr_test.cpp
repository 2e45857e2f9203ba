// The English UDHR from tests/data/udhr, converted to Markdown and to plain text here: one
// unit per paragraph (60) and one per heading (32).
#include <gtest/gtest.h>

#include <cstring>
#include <regex>
#include <sstream>

#include "doc/dump.hpp"
#include "l10n/unit.hpp"
#include "l10n_support.hpp"
#include "test_support/test_data.hpp"

using namespace leafpress;
namespace lt = leafpress::testing;

namespace {

std::string unescape_xml(std::string text) {
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + 1))
      text.replace(pos, std::strlen(from), to);
  }
  return text;
}

// The UDHR XML is one element per line: titles become headings (the declaration's own title
// level 1, the others level 2), paragraphs paragraphs, list items numbered items. As plain
// text, the headings are lines of their own.
std::string udhr_markdown(const std::string& xml, bool plain = false) {
  std::string out;
  std::regex title(R"(^\s*<title>(.*)</title>\s*$)");
  std::regex para(R"(^\s*<para>(.*)</para>\s*$)");
  bool first_title = true, in_list = false;
  int item = 0;
  std::istringstream lines(xml);
  std::string line;
  std::smatch match;
  while (std::getline(lines, line)) {
    if (line.find("<orderedlist") != std::string::npos) in_list = true, item = 0;
    if (line.find("</orderedlist>") != std::string::npos) in_list = false, out += '\n';
    if (std::regex_match(line, match, title)) {
      out += (plain ? "" : first_title ? "# " : "## ") + unescape_xml(match[1]) + "\n\n";
      first_title = false;
    } else if (std::regex_match(line, match, para)) {
      if (in_list) out += std::to_string(++item) + ". " + unescape_xml(match[1]) + "\n";
      else out += unescape_xml(match[1]) + "\n\n";
    }
  }
  return out;
}

// The English UDHR of tests/data/udhr; a missing file fails the test.
std::string read_english() {
  std::filesystem::path path = lt::test_data_dir() / "udhr" / "udhr_eng.xml";
  std::string xml = lt::read_text_file(path);
  EXPECT_FALSE(xml.empty()) << "cannot read " << path.string();
  return xml;
}

}  // namespace

TEST(Udhr, OneUnitPerParagraphAndHeading) {
  std::string xml = read_english();
  ASSERT_FALSE(xml.empty());
  std::string markdown = udhr_markdown(xml);
  auto document = lt::read_string(markdown, "source-docs/udhr.md");
  auto units = l10n::extract_units(document, l10n::Segmentation::paragraph);
  size_t headings = 0, list_items = 0;
  for (const auto& unit : units) {
    if (unit.comment.starts_with("heading") || unit.comment == "title") ++headings;
    if (unit.comment == "list item") ++list_items;
  }
  EXPECT_EQ(headings, 32u);
  EXPECT_EQ(units.size() - headings, 60u);
  EXPECT_EQ(list_items, 32u);
  EXPECT_EQ(units.front().source, "Universal Declaration of Human Rights");
  EXPECT_EQ(units[2].source.substr(0, 38), "Whereas recognition of the inherent di");
  // Round trip in both segmentations.
  l10n::Lookup identity = [](std::string_view source) { return std::optional<std::string>(source); };
  for (auto segmentation : {l10n::Segmentation::paragraph, l10n::Segmentation::sentence}) {
    auto back = l10n::apply_translations(document, segmentation, identity, "en");
    EXPECT_EQ(back, document);
  }
  EXPECT_GT(l10n::extract_units(document, l10n::Segmentation::sentence).size(), units.size());
}

TEST(Udhr, PlainTextGivesTheSameUnits) {
  std::string xml = read_english();
  ASSERT_FALSE(xml.empty());
  auto text = lt::read_string(udhr_markdown(xml, /*plain=*/true), "source-docs/udhr.txt");
  auto markdown = lt::read_string(udhr_markdown(xml), "source-docs/udhr.md");
  auto text_units = l10n::extract_units(text, l10n::Segmentation::paragraph);
  auto markdown_units = l10n::extract_units(markdown, l10n::Segmentation::paragraph);
  ASSERT_EQ(text_units.size(), 92u);  // 60 paragraphs and 32 headings
  ASSERT_EQ(text_units.size(), markdown_units.size());
  for (size_t i = 0; i < text_units.size(); ++i) EXPECT_EQ(text_units[i].source, markdown_units[i].source) << i;
  EXPECT_EQ(text_units.front().comment, "title");
  l10n::Lookup identity = [](std::string_view source) { return std::optional<std::string>(source); };
  EXPECT_EQ(l10n::apply_translations(text, l10n::Segmentation::paragraph, identity, "en"), text);
}
