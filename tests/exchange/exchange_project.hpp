#pragma once
// A small project for the exchange and review tests: one statement made of UDHR text (the
// English original, Article 1 with an emphasis so that it carries a placeholder, and Article
// 3), in French and Arabic, and the leafpress program to run on it.
#include <gtest/gtest.h>

#include <string>

#include "test_support/scratch_project.hpp"

namespace leafpress::testing {

inline constexpr const char* k_exchange_config = R"([project]
name = "UDHR exchange"
source_language = "en"

[languages]
targets = ["fr", "ar", "zh-Hans"]
print = ["fr"]
)";

inline constexpr const char* k_udhr_statement =
    "# Universal Declaration of Human Rights\n\n"
    "All human beings are born *free and equal* in dignity and rights. They are endowed with reason and "
    "conscience and should act towards one another in a spirit of brotherhood.\n\n"
    "Everyone has the right to life, liberty and the security of person.\n";

// The UDHR's French text (tests/data/udhr/udhr_fra.xml), the emphasis placed as in the English.
inline constexpr const char* k_fr_title = "Déclaration universelle des droits de l'homme";
inline constexpr const char* k_fr_article_1 =
    "Tous les êtres humains naissent <1>libres et égaux</1> en dignité et en droits. Ils sont doués de raison et "
    "de conscience et doivent agir les uns envers les autres dans un esprit de fraternité.";
inline constexpr const char* k_fr_article_3 =
    "Tout individu a droit à la vie, à la liberté et à la sûreté de sa personne.";

/// `text` with the first `from` after `after` (a marker, or from the start) replaced by `to`;
/// a test failure when it is not there.
inline void replace_once(std::string& text, const std::string& from, const std::string& to,
                         const std::string& after = {}) {
  size_t start = after.empty() ? 0 : text.find(after);
  size_t at = start == std::string::npos ? start : text.find(from, start);
  ASSERT_NE(at, std::string::npos) << "\"" << from << "\" not in:\n" << text;
  text.replace(at, from.size(), to);
}

class ExchangeProject {
 public:
  ExchangeProject() {
    spit(root() / "leafpress.toml", k_exchange_config);
    spit(root() / "source-docs" / "udhr.md", k_udhr_statement);
    auto extracted = leafpress("-q extract");
    EXPECT_EQ(extracted.exit_code, 0) << extracted.output;
    auto updated = leafpress("-q update");
    EXPECT_EQ(updated.exit_code, 0) << updated.output;
  }
  [[nodiscard]] const fs::path& root() const { return m_dir.path(); }
  [[nodiscard]] fs::path catalog(const std::string& lang) const { return root() / "locales" / lang / "statements.po"; }
  [[nodiscard]] CommandResult leafpress(const std::string& args) const {
    return run_command(std::string(LEAFPRESS_EXE) + " -C '" + root().string() + "' " + args + " </dev/null");
  }
  /// Sets the msgstr of the unit whose msgid starts with `msgid_start` (a one-line msgstr
  /// written as msgcat would write it short, or wrapped by the next write).
  void translate(const std::string& lang, const std::string& msgid_start, const std::string& translation) const {
    std::string text = slurp(catalog(lang));
    size_t at = text.find(msgid_start);
    ASSERT_NE(at, std::string::npos) << msgid_start;
    size_t msgstr = text.find("\nmsgstr ", at);
    size_t end = text.find("\n\n", msgstr);
    if (end == std::string::npos) end = text.size() - 1;
    text.replace(msgstr + 1, end - msgstr - 1, "msgstr \"" + translation + "\"");
    spit(catalog(lang), text);
    auto normalized = leafpress("-q normalize '" + catalog(lang).string() + "'");
    ASSERT_EQ(normalized.exit_code, 0) << normalized.output;
  }
  /// The French catalog with the UDHR's French text for all three units.
  void translate_french() const {
    translate("fr", "Universal Declaration of Human Rights", k_fr_title);
    translate("fr", "All human beings are born", k_fr_article_1);
    translate("fr", "Everyone has the right to life", k_fr_article_3);
  }

 private:
  TempDir m_dir;
};

}  // namespace leafpress::testing
