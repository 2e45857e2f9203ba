// Library-level regression tests for bugs the hostile corpus and the fuzz targets found.
#include <gtest/gtest.h>

#include "base/utf8.hpp"
#include "doc/dump.hpp"
#include "l10n/unit.hpp"
#include "readers/reader.hpp"

using namespace leafpress;

namespace {

bool all_utf8(const doc::Document& document) {
  std::string dump = doc::dump(document);
  return !utf8::find_invalid(dump);
}

}  // namespace

// cmark encodes U+FFFE/U+FFFF from numeric entities as the lone bytes 0xFE/0xFF; the Markdown
// reader must not pass them on (they made the whole Document invalid UTF-8, and apply then
// refused every translation of that paragraph).
TEST(HostileUnits, MarkdownNoncharacterEntitiesStayUtf8) {
  auto document = readers::read_document(
      "Entities &#xFFFE; and &#xFFFF; and &#65534;, [a link](/x&#xFFFF; \"title "
      "&#xFFFE;\").\n\n```&#xFFFE;\ncode\n```\n",
      "source-docs/entities.md", "en");
  ASSERT_TRUE(document.has_value()) << document.error().to_string();
  EXPECT_TRUE(all_utf8(*document)) << doc::dump(*document);
  EXPECT_NE(doc::dump(*document).find("Entities \xEF\xBF\xBD and \xEF\xBF\xBD and \xEF\xBF\xBD"), std::string::npos)
      << doc::dump(*document);
  l10n::Lookup identity = [](std::string_view source) { return std::optional<std::string>(source); };
  l10n::ApplyReport report;
  auto back = l10n::apply_translations(*document, l10n::Segmentation::paragraph, identity, "en", &report);
  EXPECT_TRUE(report.problems.empty()) << report.problems.front();
  EXPECT_TRUE(back == *document);
}
