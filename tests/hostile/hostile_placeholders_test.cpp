// Translations the pages cannot use must not pass `check`, `review` or the print gate: a page
// that falls back to English for a unit would otherwise go to the printer. Each case writes a
// translation into locales/pl/statements.po of a built project with links and literal
// angle-bracket text in its sources.
#include <gtest/gtest.h>

#include "hostile/hostile_project.hpp"

using namespace leafpress::testing;

namespace {

// Two links side by side, and text that looks like placeholders, in Markdown and plain text.
constexpr const char* k_markdown =
    "# Map and plan\n\nRead [the plan](https://example.org/p) and [the map](https://example.org/m).\n";
constexpr const char* k_literal_md = "# Signs\n\nThe sign says \\<1>closed\\</1> today.\n";
constexpr const char* k_literal_txt = "Notices\n\nThe notice reads <2>open</2> now.\n";

struct LinkedProject {
  HostileProject project{R"("pl")"};
  LinkedProject() {
    fs::create_directories(project.root() / "locales");
    spit(project.root() / "source-docs/links.md", k_markdown);
    spit(project.root() / "source-docs/signs.md", k_literal_md);
    spit(project.root() / "source-docs/notices.txt", k_literal_txt);
    auto first = project.leafpress("-q build");
    EXPECT_EQ(first.exit_code, 0) << first.output;
  }
  [[nodiscard]] fs::path po() const { return project.root() / "locales/pl/statements.po"; }

  // Sets the translation of `msgid` (as written in the PO file), with translator comments.
  void translate(const std::string& msgid, const std::string& msgstr, const std::string& comments = {}) const {
    std::string text = slurp(po());
    std::string entry = "msgid \"" + msgid + "\"\nmsgstr \"\"\n";
    size_t at = text.find(entry);
    ASSERT_NE(at, std::string::npos) << msgid << "\n" << text;
    size_t start = text.rfind("\n\n", at);
    text.replace(at, entry.size(), "msgid \"" + msgid + "\"\nmsgstr \"" + msgstr + "\"\n");
    if (!comments.empty()) text.insert(start + 2, comments);
    spit(po(), text);
  }
};

constexpr const char* k_links_msgid = "Read <1>the plan</1> and <2>the map</2>.";

}  // namespace

// The literal text is escaped in the template, so that it cannot pass for a placeholder.
TEST(HostilePlaceholders, LiteralAngleBracketTextIsEscapedInTheTemplate) {
  LinkedProject built;
  std::string pot = slurp(built.project.root() / "locales/statements.pot");
  EXPECT_NE(pot.find("msgid \"The sign says \\\\<1>closed\\\\</1> today.\""), std::string::npos) << pot;
  EXPECT_NE(pot.find("msgid \"The notice reads \\\\<2>open\\\\</2> now.\""), std::string::npos) << pot;
  EXPECT_NE(pot.find("msgid \"" + std::string(k_links_msgid) + "\""), std::string::npos) << pot;
}

TEST(HostilePlaceholders, EscapedLiteralTextIsTranslatedAsText) {
  LinkedProject built;
  built.translate("The sign says \\\\<1>closed\\\\</1> today.", "Napis mówi \\\\<1>zamknięte\\\\</1> dziś.");
  auto check = built.project.leafpress("check pl");
  EXPECT_EQ(check.output.find("The sign"), std::string::npos) << check.output;
  auto result = built.project.leafpress("build");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output.find("translation not used"), std::string::npos) << result.output;
  std::string page = slurp(built.project.root() / "output/html/pl/signs.html");
  EXPECT_NE(page.find("Napis mówi &lt;1&gt;zamknięte&lt;/1&gt; dziś."), std::string::npos) << page;
}

struct UnusableCase {
  const char* name;
  std::string msgid, msgstr, comments, reported;
};

std::ostream& operator<<(std::ostream& out, const UnusableCase& c) { return out << c.name; }

const UnusableCase k_unusable[] = {
    // The placeholder finding silenced, yet the page would not use the translation.
    {"ignored_placeholder_finding", k_links_msgid, "Przeczytaj plan i <2>mapę</2>.",
     "# leafpress-ignore: placeholder the first link is not needed here\n",
     "error: [unusable] the pages and leaflets cannot use this translation: placeholder <1> is missing"},
    // Spans that nest where the source has them side by side.
    {"nested_placeholders", k_links_msgid, "Przeczytaj <1>plan i <2>mapę</2></1>.", "",
     "error: [unusable] the pages and leaflets cannot use this translation: placeholder <2> must not be inside <1>"},
    // Literal text in the source written as if it were markup.
    {"literal_text_as_markup", "The sign says \\\\<1>closed\\\\</1> today.", "Napis mówi <1>zamknięte</1> dziś.", "",
     "error: [placeholder] placeholder <1>…</1> is not in the source"},
};

class UnusableTranslation : public ::testing::TestWithParam<UnusableCase> {};

TEST_P(UnusableTranslation, CheckReviewAndTheWriterAgree) {
  const UnusableCase& c = GetParam();
  LinkedProject built;
  built.translate(c.msgid, c.msgstr, c.comments);
  // The writer does not use it...
  auto result = built.project.leafpress("build");
  EXPECT_NE(result.output.find("translation not used"), std::string::npos) << result.output;
  // ...so `check` reports it as an error (exit 1), which the print gate refuses...
  auto check = built.project.leafpress("check pl");
  EXPECT_EQ(check.exit_code, 1) << check.output;
  EXPECT_NE(check.output.find(c.reported), std::string::npos) << c.reported << "\n" << check.output;
  // ...and `review` does not record a review on it.
  auto review = built.project.leafpress("review pl --by \"A. Reviewer\" --domain statements --all");
  EXPECT_NE(review.output.find("statements.po: 0 of"), std::string::npos) << review.output;
  EXPECT_NE(review.output.find("1 with check errors"), std::string::npos) << review.output;
  EXPECT_EQ(slurp(built.po()).find("A. Reviewer"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Cases, UnusableTranslation, ::testing::ValuesIn(k_unusable),
                         [](const auto& param_info) { return std::string(param_info.param.name); });
