#pragma once
// The units of a language's statements catalog as a person addresses them outside the PO file:
// numbered as on the review sheet (per statement), and named by a stable id in XLIFF files.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/project.hpp"
#include "base/result.hpp"
#include "catalog/message.hpp"
#include "text/language.hpp"

namespace leafpress::app {

/// The reference path of the statement a name on the command line means ("plan", "plan.md" or
/// "source-docs/plan.md" → "source-docs/plan.md"). Error listing the statements when none fits.
Result<std::string> find_statement(const Project& project, std::string_view name);

/// The stems of the project's statements, as `find_statement` takes them ("plan"), sorted.
Result<std::vector<std::string>> statement_names(const Project& project);

/// The language `lang` names, which must be one of the project's targets. Error otherwise,
/// saying how to add it.
Result<text::Language> target_language(const Project& project, const std::string& lang);

/// A target language's statements catalog as read.
struct StatementsCatalog {
  text::Language language;
  fs::path path;     // locales/<lang>/statements.po
  std::string file;  // the same, relative to the project, for messages
  std::string text;  // its bytes
  catalog::Catalog catalog;
};

/// Reads and parses locales/<lang>/statements.po of a target language (the caller holds its
/// lock when it will write it back). Error when the language is not a target, or the catalog
/// is missing, unreadable or invalid.
Result<StatementsCatalog> read_statements_catalog(const Project& project, const std::string& lang);

/// Positions in catalog.messages of its active units (not the header, not obsolete), in
/// catalog order; with `statement`, only those with a reference into it. Unit n on a sheet is
/// element n - 1.
std::vector<size_t> numbered_units(const catalog::Catalog& catalog, const std::optional<std::string>& statement);

/// A unit's id in exchange files: "u" and 16 hex digits of SHA-256 over its msgctxt and
/// msgid, so it names the same unit in every language and changes when its source does.
std::string unit_id(const catalog::Message& message);

/// Parses a list of unit numbers ("3,5-9"): sorted, each once. Error naming the part that is
/// not a number or range, or a number outside 1…`count` (`what` names the list, e.g. the file).
Result<std::vector<size_t>> parse_unit_numbers(std::string_view list, size_t count, const std::string& what);

}  // namespace leafpress::app
