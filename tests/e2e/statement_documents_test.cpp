// Statements as Word, LibreOffice and GitHub-flavoured Markdown documents through a whole
// build: their images are copied into output/html/media/ and shown on every page; a missing
// image and a hostile document stop the build with an error naming the file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "doc/golden.hpp"
#include "test_support/scratch_project.hpp"

using namespace leafpress::testing;
namespace fs = std::filesystem;

namespace {

fs::path documents_dir() { return fs::path(LEAFPRESS_SOURCE_DIR) / "tests" / "data" / "documents"; }

void add(const ScratchProject& project, const std::string& name, const std::string& as = {}) {
  fs::copy_file(documents_dir() / name, project.root() / "source-docs" / (as.empty() ? name : as),
                fs::copy_options::overwrite_existing);
}

size_t media_files(const ScratchProject& project) {
  size_t count = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(project.root() / "output" / "html" / "media", ec)) {
    (void)entry;
    ++count;
  }
  return count;
}

}  // namespace

TEST(StatementDocuments, ImagesAreCopiedAndShownOnEveryPage) {
  ScratchProject project;
  add(project, "parks.md");
  add(project, "park.png");
  add(project, "features.docx");
  add(project, "features.odt", "features-lo.odt");
  auto result = project.leafpress("build");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  // The pictures of the .docx and .odt are the same file (same name and bytes): one copy of
  // it, and one of park.png.
  EXPECT_EQ(media_files(project), 2u);
  for (const char* lang : {"en", "ar", "ta"}) {
    for (const char* page : {"parks", "features", "features-lo"}) {
      std::string html = read_text_file(project.root() / "output" / "html" / lang / (std::string(page) + ".html"));
      EXPECT_NE(html.find("<img src=\"../media/"), std::string::npos) << lang << '/' << page;
    }
  }
  // Tracked changes are reported as read accepted.
  EXPECT_NE(result.output.find("tracked changes"), std::string::npos) << result.output;
}

// The src of the first image on a page.
std::string first_image_src(const fs::path& page) {
  std::string html = read_text_file(page);
  size_t at = html.find("<img src=\"");
  if (at == std::string::npos) return {};
  at += 10;
  return html.substr(at, html.find('"', at) - at);
}

TEST(StatementDocuments, ReplacedImageIsCopiedAgainAndUnchangedOneRewritesNothing) {
  ScratchProject project;
  add(project, "parks.md");
  add(project, "park.png");
  ASSERT_EQ(project.leafpress("build").exit_code, 0);
  const fs::path page = project.root() / "output" / "html" / "ta" / "parks.html";
  std::string before = first_image_src(page);
  ASSERT_TRUE(before.starts_with("../media/park-")) << before;

  // A no-op rebuild writes nothing, the copies included.
  auto again = project.leafpress("--verbose build");
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_EQ(again.output.find("wrote "), std::string::npos) << again.output;

  // The same name, new bytes (one more byte after the PNG's end: still the same picture).
  std::string bytes = slurp(project.root() / "source-docs" / "park.png");
  spit(project.root() / "source-docs" / "park.png", bytes + '\n');
  auto changed = project.leafpress("--verbose build");
  ASSERT_EQ(changed.exit_code, 0) << changed.output;
  std::string after = first_image_src(page);
  EXPECT_NE(after, before);
  EXPECT_EQ(slurp(page.parent_path() / after), bytes + '\n');
  EXPECT_NE(changed.output.find("wrote output/html/" + after.substr(3)), std::string::npos) << changed.output;
  for (const char* lang : {"en", "ar"})
    EXPECT_EQ(first_image_src(project.root() / "output" / "html" / lang / "parks.html"), after) << lang;

  // A copy deleted from output/ is written again.
  fs::remove(page.parent_path() / after);
  ASSERT_EQ(project.leafpress("build").exit_code, 0);
  EXPECT_EQ(slurp(page.parent_path() / after), bytes + '\n');
}

TEST(StatementDocuments, WordLockFilesAreSkipped) {
  ScratchProject project;
  add(project, "seed.docx");
  // Word's lock file beside an open document: a few bytes that are no document at all.
  spit(project.root() / "source-docs" / "~$seed.docx", std::string("\x05owner"));
  auto result = project.leafpress("build");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_TRUE(fs::exists(project.root() / "output" / "html" / "en" / "seed.html"));
  EXPECT_EQ(result.output.find("~$seed"), std::string::npos) << result.output;
  EXPECT_FALSE(fs::exists(project.root() / "output" / "html" / "en" / "~$seed.html"));
}

TEST(StatementDocuments, MissingImageIsAnErrorNamingStatementAndLine) {
  ScratchProject project;
  add(project, "parks.md");
  auto result = project.leafpress("build");
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.output.find("source-docs/parks.md:9:"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("park.png"), std::string::npos) << result.output;
}

TEST(StatementDocuments, ImagesFromTheWebOrOutsideTheProjectAreRefused) {
  for (const char* url : {"https://example.org/park.png", "../../park.png", "../../../../../../../etc/passwd",
                          "/etc/passwd", "file:///etc/passwd"}) {
    ScratchProject project;
    std::ofstream(project.root() / "source-docs" / "web.md") << "# Parks\n\nText.\n\n![A park](" << url << ")\n";
    auto result = project.leafpress("build");
    EXPECT_NE(result.exit_code, 0) << url;
    EXPECT_NE(result.output.find("source-docs/web.md:5:"), std::string::npos) << result.output;
    EXPECT_FALSE(fs::exists(project.root() / "output" / "html" / "media")) << url;
  }
  // A link in the project that leads out of it is refused too, and nothing is copied.
  ScratchProject project;
  fs::create_symlink("/etc/passwd", project.root() / "source-docs" / "linked.png");
  std::ofstream(project.root() / "source-docs" / "web.md") << "# Parks\n\nText.\n\n![A park](linked.png)\n";
  auto result = project.leafpress("build");
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.output.find("source-docs/web.md:5:"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("outside the project"), std::string::npos) << result.output;
  EXPECT_FALSE(fs::exists(project.root() / "output" / "html" / "media"));
}

TEST(StatementDocuments, HostileDocumentsStopTheBuildAndWriteNothingOutside) {
  for (const char* name :
       {"zip-bomb.docx", "dot-dot.docx", "entities.docx", "deep.docx", "really-text.docx", "damaged.docx"}) {
    ScratchProject project;
    fs::copy_file(documents_dir() / "hostile" / name, project.root() / "source-docs" / name);
    auto result = project.leafpress("build");
    EXPECT_NE(result.exit_code, 0) << name;
    EXPECT_NE(result.output.find(std::string("source-docs/") + name), std::string::npos) << result.output;
    EXPECT_FALSE(fs::exists(project.root().parent_path() / "outside.txt")) << name;
    EXPECT_FALSE(fs::exists(project.root() / "outside.txt")) << name;
  }
}
