// Hostile source documents: each case puts one file in source-docs/, runs `leafpress build`
// and asserts the exact outcome. Refused files: exit 3 and a message naming file:line:col;
// accepted ones: exit 0 and pages that are well-formed and hold only XML characters.
#include <gtest/gtest.h>

#include "hostile/hostile_project.hpp"

using namespace leafpress::testing;
using namespace std::string_literals;

namespace {

struct SourceCase {
  const char* name;
  const char* file;  // under source-docs/
  std::string bytes;
  int exit_code;
  std::string message;  // expected in the output (the whole diagnostic line when refused)
};

std::ostream& operator<<(std::ostream& out, const SourceCase& c) { return out << c.name; }

const SourceCase k_cases[] = {
    {"invalid_utf8", "bad.txt", "Title\n\nAbc \xff def\n", 3,
     "source-docs/bad.txt:3:5: error: invalid UTF-8 at byte offset 11; save the file as UTF-8"},
    {"invalid_utf8_markdown", "bad.md", "# T\n\nx \xff\n", 3,
     "source-docs/bad.md:3:3: error: invalid UTF-8 at byte offset 7; save the file as UTF-8"},
    {"overlong_two_bytes", "overlong.txt", "Title\n\nA \xc0\xaf slash\n", 3,
     "source-docs/overlong.txt:3:3: error: invalid UTF-8 at byte offset 9"},
    {"overlong_three_bytes", "overlong3.txt", "Title\n\nA \xe0\x80\xaf x\n", 3,
     "source-docs/overlong3.txt:3:3: error: invalid UTF-8 at byte offset 9"},
    {"surrogate_in_utf8", "surrogate.txt", "Title\n\nA \xed\xa0\x80 surrogate.\n", 3,
     "source-docs/surrogate.txt:3:3: error: invalid UTF-8 at byte offset 9"},
    {"truncated_sequence_at_end", "truncated.txt", "Title\n\nA \xe2\x80", 3,
     "source-docs/truncated.txt:3:3: error: invalid UTF-8 at byte offset 9"},
    {"nul_byte", "nul.txt", "Title\n\nA \0 nul\n"s, 3,
     "source-docs/nul.txt:3:3: error: NUL byte at byte offset 9; is this a text file?"},
    {"utf16_with_bom", "utf16.txt", "\xff\xfeT\0i\0\n\0"s, 3,
     "source-docs/utf16.txt:1:1: error: the file is UTF-16; save it as UTF-8"},
    {"utf16_without_bom", "utf16nobom.txt", "T\0i\0t\0l\0e\0\n\0"s, 3,
     "source-docs/utf16nobom.txt:1:1: error: the file looks like UTF-16 (NUL bytes between characters); save it as "
     "UTF-8"},
    {"empty_file", "empty.txt", "", 3, "source-docs/empty.txt:1:1: error: the file is empty"},
    {"only_white_space", "blank.txt", "  \n\n \t\n", 3,
     "source-docs/blank.txt:1:1: error: the file holds only white space"},
    // Accepted: the BOM is dropped, every line end becomes \n.
    {"utf8_bom", "bom.txt", "\xef\xbb\xbfTitle\n\nBody text here.\n", 0, "<h1 class=\"title\">Title</h1>"},
    {"crlf_line_ends", "crlf.txt", "Title\r\n\r\nBody text\r\nhere.\r\n", 0, ">Body text here.</p>"},
    {"lone_cr_line_ends", "cr.txt", "Title\r\rBody text\rhere.\r", 0, ">Body text here.</p>"},
    // Accepted: C0 controls and DEL cannot be XML; the pages drop them (xml_safe), the catalog
    // keeps the source exactly (PO escapes them).
    {"control_characters", "ctrl.txt", "Title\n\nA \x01\x07\x1b[31m bell.\n", 0, ">A [31m bell.</p>"},
    {"noncharacter_fffe", "fffe.txt", "Title\n\nA \xef\xbf\xbe nonchar.\n", 0, ">A  nonchar.</p>"},
    // Accepted: bidi controls are the author's; kept, inside their own block (an unclosed
    // override ends with its paragraph). `leafpress check` flags unbalanced ones in translations.
    {"bidi_overrides", "bidi.txt", "Title\n\nA \xe2\x80\xae reversed and \xe2\x81\xa6 isolate.\n", 0,
     ">A \xe2\x80\xae reversed and \xe2\x81\xa6 isolate.</p>"},
};

class HostileSource : public ::testing::TestWithParam<SourceCase> {};

}  // namespace

TEST_P(HostileSource, ExactOutcome) {
  const SourceCase& c = GetParam();
  HostileProject project;
  fs::create_directories(project.root() / "locales");
  fs::remove(project.root() / "source-docs" / "notice.txt");
  spit(project.root() / "source-docs" / c.file, c.bytes);
  auto before = project.files();
  auto result = project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, c.exit_code) << result.output;
  expect_writes_confined(before, project.files());
  if (c.exit_code == 0) {
    std::string stem = fs::path(c.file).stem().string();
    std::string page = slurp(project.root() / "output/html/en" / (stem + ".html"));
    EXPECT_NE(page.find(c.message), std::string::npos) << "expected: " << c.message << "\nin: " << page;
    EXPECT_GE(expect_outputs_well_formed(project.root()), 6u);  // 3 pages, 2 leaflets, index
  } else {
    EXPECT_NE(result.output.find(c.message), std::string::npos)
        << "expected: " << c.message << "\ngot: " << result.output;
    EXPECT_NE(result.output.find("source-docs: error: 1 source document could not be read"), std::string::npos);
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, HostileSource, ::testing::ValuesIn(k_cases),
                         [](const auto& param_info) { return std::string(param_info.param.name); });

// One bad document does not stop the others from being read, and is named alone.
TEST(HostileSources, OneBadDocumentAmongGoodOnes) {
  HostileProject project;
  fs::create_directories(project.root() / "locales");
  spit(project.root() / "source-docs" / "bad.txt", "Title\n\nAbc \xff def\n");
  auto result = project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("source-docs/bad.txt:3:5: error: invalid UTF-8"), std::string::npos) << result.output;
  EXPECT_EQ(result.output.find("notice.txt"), std::string::npos) << result.output;
}
