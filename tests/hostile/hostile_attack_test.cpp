// Ways into a project found by an outside attack: a Plural-Forms expression nested thousands
// deep, Plural-Forms that msgfmt -c rejects, linked files out of the project, two sources for
// one page, FIFOs and devices where files belong, unusable file names and hand-edited outputs.
// Each ends in a clear error naming the file (or a documented result), never a crash or hang.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <regex>

#include "hostile/hostile_project.hpp"

using namespace leafpress::testing;

namespace {

// Replaces the Plural-Forms value in a catalog (a field that may be wrapped over several
// lines); returns the line it is on (from 1).
size_t set_plural_forms(const fs::path& po, const std::string& value) {
  std::string text = slurp(po);
  size_t at = text.find("\"Plural-Forms: ");
  EXPECT_NE(at, std::string::npos) << text;
  if (at == std::string::npos) return 0;
  size_t end = text.find("\\n\"\n", at);
  EXPECT_NE(end, std::string::npos) << text;
  text.replace(at, end + 3 - at, "\"Plural-Forms: " + value + "\\n\"");
  spit(po, text);
  return static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<ptrdiff_t>(at), '\n')) + 1;
}

}  // namespace

// 5,000 parentheses (which msgfmt -c accepts) used to overflow the stack of the evaluator and
// stop every language's pages with SIGSEGV.
TEST(HostileAttack, DeeplyNestedPluralFormsStopsOnlyItsLanguage) {
  BuiltProject built;
  std::string deep = "nplurals=2; plural=" + std::string(5000, '(') + "n != 1" + std::string(5000, ')') + ";";
  size_t line = set_plural_forms(built.root() / "locales/pl/ui.po", deep);
  spit(built.root() / "source-docs/notice.txt", std::string(k_statement) + "\nA new paragraph.\n");
  std::string polish_page = slurp(built.root() / "output/html/pl/notice.html");
  auto result = built.project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("locales/pl/ui.po:" + std::to_string(line) +
                               ":1: error: Plural-Forms: the plural= expression: nested more than 100 deep"),
            std::string::npos)
      << result.output;
  // The other languages are built; the Polish page is left as it was.
  EXPECT_NE(slurp(built.root() / "output/html/ar/notice.html").find("A new paragraph."), std::string::npos);
  EXPECT_NE(slurp(built.root() / "output/html/en/notice.html").find("A new paragraph."), std::string::npos);
  EXPECT_EQ(slurp(built.root() / "output/html/pl/notice.html"), polish_page);
  expect_outputs_well_formed(built.root());
  // `check` says the same, and nothing else crashes on the catalog.
  auto check = built.project.leafpress("check pl");
  EXPECT_EQ(check.exit_code, 3) << check.output;
  EXPECT_NE(check.output.find("nested more than 100 deep"), std::string::npos) << check.output;
  for (const char* command : {"-q update pl", "-q compile pl", "stats pl"})
    EXPECT_LT(built.project.leafpress(command).exit_code, 128) << command;
}

// What `msgfmt -c` rejects, `check` reports at the Plural-Forms line.
TEST(HostileAttack, CheckReportsPluralFormsThatMsgfmtRejects) {
  struct Case {
    std::string value, message;
  };
  const Case cases[] = {
      {"nplurals=2; plural=n%0;", "Plural-Forms: the plural= expression divides by zero for n = 0"},
      {"nplurals=2; plural=(n/(n-n));", "divides by zero for n = 0"},
      {"nplurals=2; plural=n;", "gives form 2 for n = 2, but nplurals=2 allows only 0 to 1"},
      {"nplurals=3; plural=(n==1 ? 0 : 5);", "gives form 5 for n = 0"},
      {"nplurals=2;", "Plural-Forms has no \"plural=\" expression"},
      {"plural=(n != 1);", "Plural-Forms needs \"nplurals=N;\""},
      {"nplurals=2; plural=(n != 1;", "\"(\" without its \")\""},
      {"nplurals=2; plural=n ? 1;", "\"?\" without its \":\""},
  };
  for (const auto& c : cases) {
    BuiltProject built;
    size_t line = set_plural_forms(built.root() / "locales/pl/statements.po", c.value);
    auto check = built.project.leafpress("check pl");
    EXPECT_EQ(check.exit_code, 3) << c.value << "\n" << check.output;
    EXPECT_NE(check.output.find("locales/pl/statements.po:" + std::to_string(line) + ":1: error: "), std::string::npos)
        << c.value << "\n"
        << check.output;
    EXPECT_NE(check.output.find(c.message), std::string::npos) << c.value << "\n" << check.output;
  }
}

// A link in source-docs/ to a file outside the project used to publish it (/etc/passwd) in
// every page and catalog, though a linked source folder is refused.
TEST(HostileAttack, LinkedSourceFileOutsideTheProjectIsRefused) {
  for (std::string target : {"outside", "/etc/passwd"}) {
    HostileProject project;
    fs::create_directories(project.root() / "locales");
    spit(project.outside() / "linked.txt", "Kept elsewhere\n\nA paragraph kept outside the project.\n");
    fs::path link_target = target == "outside" ? project.outside() / "linked.txt" : fs::path(target);
    fs::create_symlink(link_target, project.root() / "source-docs/passwd.txt");
    auto before = project.files();
    auto result = project.leafpress("-q build");
    EXPECT_EQ(result.exit_code, 3) << result.output;
    EXPECT_NE(result.output.find("source-docs/passwd.txt: error: is a symbolic link to a file outside the project"),
              std::string::npos)
        << result.output;
    EXPECT_TRUE(changed_files(before, project.files()).empty());
  }
}

TEST(HostileAttack, TwoSourcesForOnePageAreAnError) {
  HostileProject project;
  fs::create_directories(project.root() / "locales");
  spit(project.root() / "source-docs/notice.md", "# Another notice\n\nWritten in Markdown.\n");
  auto result = project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("source-docs/notice.txt: error: would be published as notice.html, as "
                               "source-docs/notice.md is; rename one of them"),
            std::string::npos)
      << result.output;
  EXPECT_FALSE(fs::exists(project.root() / "output/html/en/notice.html"));
}

// A statement named "index" would be overwritten by each language's list of statements.
TEST(HostileAttack, AStatementNamedIndexIsAnError) {
  HostileProject project;
  fs::create_directories(project.root() / "locales");
  spit(project.root() / "source-docs/index.md", "# A notice\n\nWritten in Markdown.\n");
  auto before = project.files();
  auto result = project.leafpress("-q build");
  EXPECT_EQ(result.exit_code, 3) << result.output;
  EXPECT_NE(result.output.find("source-docs/index.md: error: would be published as index.html, which is each "
                               "language's list of statements; rename the file"),
            std::string::npos)
      << result.output;
  EXPECT_TRUE(changed_files(before, project.files()).empty());
}

// A FIFO used to block the build for ever (Ctrl-C could not stop it) and /dev/zero to grow
// memory without bound; only regular files are read, glossary and config within a size limit.
TEST(HostileAttack, PipesDevicesAndHugeFilesAreNotRead) {
  struct Case {
    std::string file;
    std::string kind;  // fifo, zero, huge
  };
  const Case cases[] = {{"locales/glossary.toml", "fifo"},    {"locales/glossary.toml", "zero"},
                        {"locales/pl/statements.po", "fifo"}, {"locales/pl/ui.po", "zero"},
                        {"leafpress.toml", "fifo"},           {"locales/glossary.toml", "huge"}};
  for (const auto& c : cases) {
    BuiltProject built;
    fs::path path = built.root() / c.file;
    fs::remove(path);
    if (c.kind == "fifo") {
      ASSERT_EQ(::mkfifo(path.c_str(), 0644), 0);
    }
    if (c.kind == "zero") fs::create_symlink("/dev/zero", path);
    if (c.kind == "huge") {
      spit(path, "# terms\n");
      fs::resize_file(path, 17u << 20);
    }
    auto result = built.project.leafpress("-q build", "", 60);
    EXPECT_NE(result.exit_code, 124) << c.file << " " << c.kind << ": the build hung";
    EXPECT_EQ(result.exit_code, 3) << c.file << " " << c.kind << ": " << result.output;
    std::string expected = c.kind == "huge" ? c.file + ": error: is 17825792 bytes, more than the 16777216"
                                            : c.file + ": error: is not a regular file (a pipe, device or folder)";
    EXPECT_NE(result.output.find(expected), std::string::npos) << c.kind << ": " << result.output;
  }
}

// A line break or bytes that are not UTF-8 in a name went raw into `#:` references, after
// which no build could read the template again.
TEST(HostileAttack, SourceNamesThatCannotBeReferencedAreRefused) {
  struct Case {
    std::string name, shown, why;
  };
  const Case cases[] = {
      {"two\nlines.txt", "source-docs/two\\x0Alines.txt", "contains a control character"},
      {"bad\xff name.txt", "source-docs/bad\\xFF name.txt", "is not valid UTF-8"},
      {"tab\there.md", "source-docs/tab\\x09here.md", "contains a control character"},
  };
  for (const auto& c : cases) {
    HostileProject project;
    fs::create_directories(project.root() / "locales");
    spit(project.root() / "source-docs" / c.name, "A title\n\nSome text.\n");
    auto before = project.files();
    auto result = project.leafpress("-q build");
    EXPECT_EQ(result.exit_code, 3) << result.output;
    EXPECT_NE(result.output.find("source-docs: error: the file name \"" + c.shown + "\" " + c.why), std::string::npos)
        << result.output;
    EXPECT_TRUE(changed_files(before, project.files()).empty());
    // Once renamed, the project builds again.
    fs::rename(project.root() / "source-docs" / c.name, project.root() / "source-docs/renamed.txt");
    EXPECT_EQ(project.leafpress("-q build").exit_code, 0);
  }
}

// "#" and "?" in a name used to cut links short: a statement is published under a name made
// safe in a web address ("q&a #2?" → "q-a-2"), and every link is percent-encoded besides.
TEST(HostileAttack, LinksToPagesAreSafe) {
  HostileProject project;
  fs::create_directories(project.root() / "locales");
  spit(project.root() / "source-docs/q&a #2?.txt", "Questions\n\nAnswers follow.\n");
  auto result = project.leafpress("-q build");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  ASSERT_TRUE(fs::exists(project.root() / "output/html/pl/q-a-2.html"));
  EXPECT_FALSE(fs::exists(project.root() / "output/html/pl/q&a #2?.html"));
  std::string index = slurp(project.root() / "output/html/index.html");
  EXPECT_NE(index.find("href=\"en/q-a-2.html\""), std::string::npos) << index;
  // Untranslated in Polish: the Polish index lists it under its English page.
  std::string polish_index = slurp(project.root() / "output/html/pl/index.html");
  EXPECT_NE(polish_index.find("href=\"../en/q-a-2.html\""), std::string::npos) << polish_index;
  std::string page = slurp(project.root() / "output/html/pl/q-a-2.html");
  EXPECT_NE(page.find("href=\"../en/q-a-2.html\""), std::string::npos) << page;
  EXPECT_EQ(page.find("#2?.html\""), std::string::npos) << page;
  expect_outputs_well_formed(project.root());
}

// An untouched output is trusted from its size, inode and time, without reading it; an edit in
// the same clock tick as the build cache's save keeps the time, so such a file is read again.
TEST(HostileAttack, EditInTheCachesClockTickIsFound) {
  BuiltProject built;
  fs::path page = built.root() / "output/html/pl/notice.html";
  std::string original = slurp(page);
  struct stat written {};
  ASSERT_EQ(::stat(page.c_str(), &written), 0);
  std::string edited = original;
  edited.replace(edited.rfind("</html>"), 7, "</HTML>");  // same size
  spit(page, edited);
  // Back to the time it was written, and the cache saved in that same tick.
  const struct timespec times[2] = {written.st_mtim, written.st_mtim};
  ASSERT_EQ(::utimensat(AT_FDCWD, page.c_str(), times, 0), 0);
  ASSERT_EQ(::utimensat(AT_FDCWD, (built.root() / "output/.leafpress-cache").c_str(), times, 0), 0);
  auto result = built.project.leafpress("build");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("output/html/pl/notice.html: warning: changed since leafpress wrote it"),
            std::string::npos)
      << result.output;
  EXPECT_EQ(slurp(page), original);
}

// A hand-edited leaflet used to count as up to date and go into the print-ready PDF.
TEST(HostileAttack, EditedOutputsAreWrittenAgain) {
  BuiltProject built;
  for (std::string file : {"output/proof/pl/notice.fo", "output/html/ar/notice.html", "output/html/index.html"}) {
    fs::path path = built.root() / file;
    std::string original = slurp(path);
    std::string edited = original;
    edited.insert(edited.rfind('<'), "<!-- changed by hand -->");
    spit(path, edited);
    auto result = built.project.leafpress("build");
    EXPECT_EQ(result.exit_code, 0) << result.output;
    EXPECT_NE(result.output.find(file +
                                 ": warning: changed since leafpress wrote it; writing it again from the sources"),
              std::string::npos)
        << result.output;
    EXPECT_EQ(slurp(path), original) << file;
    // Once restored, it counts as up to date again.
    auto again = built.project.leafpress("build");
    EXPECT_EQ(again.output.find("changed since leafpress wrote it"), std::string::npos) << again.output;
  }
}
