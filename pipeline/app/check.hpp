#pragma once
// `leafpress check`: runs the translation checks (qa/) over the project's catalogs and points
// each finding at the catalog line and column of the msgstr it concerns.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "app/project.hpp"
#include "base/diagnostics.hpp"
#include "base/result.hpp"
#include "catalog/message.hpp"
#include "catalog/po_positions.hpp"
#include "l10n/glossary.hpp"
#include "qa/check_list.hpp"
#include "qa/unit_checks.hpp"

namespace leafpress::app {

namespace fs = std::filesystem;

/// One catalog's findings and counts.
struct CatalogCheck {
  std::string lang;
  std::string file;  // relative to the project root, e.g. "locales/pl/statements.po"
  size_t units = 0, translated = 0, fuzzy = 0, untranslated = 0, reviewed = 0;
  std::vector<Diagnostic> findings;  // in catalog order; check_id set

  [[nodiscard]] size_t count(Severity severity) const;
};

struct CheckReport {
  std::vector<CatalogCheck> catalogs;
  std::vector<Diagnostic> setup;       // problems with leafpress.toml's [checks] table
  std::vector<Diagnostic> unreadable;  // why catalogs could not be read or parsed (all errors)

  [[nodiscard]] size_t count(Severity severity) const;
};

/// The glossary as `lang` sees it: keep terms and that language's approved renderings.
qa::LanguageGlossary glossary_for(const l10n::Glossary& glossary, const std::string& lang);

/// Finds msgstr positions in one PO file, from the string positions its parse recorded.
class MsgstrLocator {
 public:
  /// From the positions parse_po gave for the file named `file`.
  MsgstrLocator(std::vector<catalog::MessagePositions> positions, std::string file);
  /// Parses `po_text` for its positions (a text that does not parse locates no msgstr).
  MsgstrLocator(std::string_view po_text, const std::string& file);
  /// See locate_msgstr.
  [[nodiscard]] SourceSpan locate(uint32_t msgid_line, size_t form, std::optional<size_t> offset) const;

 private:
  std::vector<catalog::MessagePositions> m_positions;  // by msgid line
  std::string m_file;
};

/// Where byte `offset` of msgstr[`form`] of the message whose msgid keyword is on line
/// `msgid_line` lies in the PO text: 1-based line and column (in code points) of that
/// character in its string literal. Without an offset, the msgstr string's opening quote
/// (`msgstr "…"` → column 8). Falls back to the msgid line when the msgstr cannot be found.
SourceSpan locate_msgstr(std::string_view po_text, const std::string& file, uint32_t msgid_line, size_t form,
                         std::optional<size_t> offset);

/// The severity table from leafpress.toml's [checks] (unknown ids and bad values go to `setup`).
qa::SeverityTable severity_table(const Config& config, std::vector<Diagnostic>* setup = nullptr);

/// Checks an already parsed catalog whose text is `po_text` (for locations). `lang` is a
/// tag known to text::language_info; error otherwise.
Result<CatalogCheck> check_catalog(const catalog::Catalog& catalog, std::string_view po_text, const std::string& file,
                                   const std::string& lang, const l10n::Glossary& glossary,
                                   const qa::SeverityTable& severities);
/// The same, with the locations of the catalog's strings already at hand.
Result<CatalogCheck> check_catalog(const catalog::Catalog& catalog, const MsgstrLocator& locator,
                                   const std::string& file, const std::string& lang, const l10n::Glossary& glossary,
                                   const qa::SeverityTable& severities);

/// Checks every catalog locales/<lang>/*.po for the given languages (every configured target
/// when empty; a language without catalogs is an error). An unreadable or invalid catalog is
/// reported in `unreadable` and the others are still checked; an unreadable glossary is an error.
Result<CheckReport> check_project(const Project& project, const std::vector<std::string>& langs);

/// Compiler-style lines, one per finding, then one summary line per catalog.
std::string format_check_text(const CheckReport& report, bool show_notes = true);

/// The report as JSON (stable key order), for tools.
std::string format_check_json(const CheckReport& report);

/// `leafpress check --list`: every check with its id, effective severity and explanation.
std::string format_check_list(const qa::SeverityTable& severities);

/// A JSON string literal for `text` (quotes included).
std::string json_string(std::string_view text);

}  // namespace leafpress::app
