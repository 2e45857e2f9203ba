#pragma once
// A scratch leafpress project for the gate and review tests: a neutral source document (from
// the Universal Declaration of Human Rights), its Polish catalog made from the published
// Polish translation, and a leafpress.toml with a complete imprint.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <map>
#include <string>

#include "app/extract.hpp"
#include "app/files.hpp"
#include "app/glossary_loader.hpp"
#include "app/project.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"
#include "l10n/template.hpp"
#include "qa/review.hpp"
#include "test_support/temp_dir.hpp"

namespace leafpress::testing {

inline constexpr const char* k_config = R"(# scratch project
[project]
name = "UDHR leaflet"

[languages]
targets = ["pl"]
print = ["pl"]

[imprint]
printed_by = "Example Print Ltd, 1 Example Street, London SE6 0AA"
promoted_by = "A. Promoter, 2 Example Road, London SE6 0AB"
on_behalf_of = "A. Candidate, 3 Example Lane, London SE6 0AC"
)";

inline constexpr const char* k_source =
    "Universal Declaration of Human Rights\n"
    "\n"
    "Adopted and proclaimed by General Assembly resolution 217 A (III) of 10 December 1948.\n"
    "\n"
    "All human beings are born free and equal in dignity and rights. They are endowed with reason and\n"
    "conscience and should act towards one another in a spirit of brotherhood.\n"
    "\n"
    "Everyone has the right to life, liberty and the security of person.\n"
    "\n"
    "Human rights\n";

// The published Polish UDHR (tests/data/udhr/udhr_pol.xml) and neutral renderings.
inline const std::map<std::string, std::string>& polish() {
  static const std::map<std::string, std::string> k{
      {"Universal Declaration of Human Rights", "Powszechna Deklaracja Praw Człowieka"},
      {"Adopted and proclaimed by General Assembly resolution 217 A (III) of 10 December 1948.",
       "Przyjęta i proklamowana rezolucją Zgromadzenia Ogólnego 217 A (III) z 10 grudnia 1948 r."},
      {"All human beings are born free and equal in dignity and rights. They are endowed with reason and "
       "conscience and should act towards one another in a spirit of brotherhood.",
       "Wszyscy ludzie rodzą się wolni i równi pod względem swej godności i swych praw. Są oni obdarzeni rozumem "
       "i sumieniem i powinni postępować wobec innych w duchu braterstwa."},
      {"Everyone has the right to life, liberty and the security of person.",
       "Każdy człowiek ma prawo do życia, wolności i bezpieczeństwa swej osoby."},
      {"Everyone has the right to life and liberty.", "Każdy człowiek ma prawo do życia i wolności."},
      {"Human rights", "Prawa człowieka"},
  };
  return k;
}

/// What a leafpress command printed (stdout and stderr) and its exit status.
struct Run {
  int status = -1;
  std::string out;
};

class ScratchProject {
 public:
  ScratchProject() {
    write("leafpress.toml", k_config);
    write("source-docs/udhr.txt", k_source);
  }

  [[nodiscard]] const std::filesystem::path& root() const { return m_dir.path(); }

  /// Runs the built leafpress program on the project: `leafpress -C ROOT ARGUMENTS`.
  [[nodiscard]] Run leafpress(const std::string& arguments) const {
    std::string command = std::string(LEAFPRESS_BINARY_DIR) + "/leafpress -C '" + root().string() + "' " + arguments +
                          " 2>&1";
    Run result;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer{};
    size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
    int status = ::pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
  }
  [[nodiscard]] std::filesystem::path catalog_path() const { return root() / "locales/pl/statements.po"; }

  void write(const std::string& relative, const std::string& content) const {
    auto written = app::write_file_atomic(root() / relative, content);
    ASSERT_TRUE(written.has_value()) << written.error().to_string();
  }

  [[nodiscard]] app::Project project() const {
    auto project = app::Project::open(root());
    EXPECT_TRUE(project.has_value()) << project.error().to_string();
    return *project;
  }

  /// The template the current sources make.
  [[nodiscard]] catalog::Catalog pot() const {
    auto p = project();
    Diagnostics diagnostics;
    auto documents = app::read_sources(p, diagnostics);
    EXPECT_TRUE(documents.has_value()) << diagnostics.to_string();
    auto glossary = app::load_glossary(p);
    return l10n::make_template(*documents, *app::project_segmentation(p), *glossary, "UDHR leaflet", "");
  }

  /// A Polish catalog with every unit translated; reviewed by "A. Reviewer" when `reviewed`.
  [[nodiscard]] catalog::Catalog translated_catalog(bool reviewed = true) const {
    catalog::Catalog c = pot();
    c.set_header_field("Language", "pl");
    c.set_header_field("Content-Type", "text/plain; charset=UTF-8");
    c.set_header_field("Plural-Forms",
                       "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);");
    for (auto& m : c.messages) {
      if (m.is_header()) continue;
      auto it = polish().find(m.msgid);
      EXPECT_NE(it, polish().end()) << "no Polish text for: " << m.msgid;
      m.msgstr = {it == polish().end() ? std::string() : it->second};
      if (reviewed) qa::mark_reviewed(m, "A. Reviewer");
    }
    return c;
  }

  void save(const catalog::Catalog& c) const { write("locales/pl/statements.po", catalog::write_po(c)); }

  [[nodiscard]] std::string catalog_text() const { return app::read_file(catalog_path()).value(); }

  /// The line of the msgstr keyword of `msgid`'s entry in the saved catalog.
  [[nodiscard]] uint32_t msgstr_line(const std::string& msgid) const {
    std::string text = catalog_text();
    uint32_t line = 1;
    uint32_t from = line_of(msgid);
    for (size_t at = 0; at < text.size(); at = text.find('\n', at) + 1, ++line) {
      if (line >= from && text.compare(at, 6, "msgstr") == 0) return line;
      if (text.find('\n', at) == std::string::npos) break;
    }
    return 0;
  }

  /// The line of `msgid`'s keyword in the saved catalog.
  [[nodiscard]] uint32_t line_of(const std::string& msgid) const {
    auto c = catalog::parse_po(catalog_text(), "statements.po");
    for (const auto& m : c->messages)
      if (m.msgid == msgid) return m.line;
    return 0;
  }

 private:
  TempDir m_dir;
};

/// Finds `msgid` in `c` (it must be there).
inline catalog::Message& message(catalog::Catalog& c, const std::string& msgid) {
  for (auto& m : c.messages)
    if (m.msgid == msgid) return m;
  ADD_FAILURE() << "no message " << msgid;
  return c.messages.front();
}

}  // namespace leafpress::testing
