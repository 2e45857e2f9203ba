#pragma once
// `leafpress export` and `leafpress import`: a language's statements catalog sent to a CAT tool
// or an agency as XLIFF and taken back. Units are named by app::unit_id; placeholders travel
// as protected codes (`<1>…</1>` → 2.x <pc id="1">, 1.2 <g id="1">; `<2/>` → <ph id="2"/>,
// <x id="2"/>; `{1}` → <ph id="arg1"/>, <x id="arg1"/>); states as xml/xliff.hpp lists.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/project.hpp"
#include "base/diagnostics.hpp"
#include "base/result.hpp"
#include "catalog/message.hpp"
#include "l10n/placeholders.hpp"
#include "xml/xliff.hpp"

namespace leafpress::app {

/// Unit text (msgid or msgstr) as XLIFF content, and back. from_xliff_pieces fails with a
/// message for translators when a code is not one leafpress writes (an id that is no
/// placeholder number or `argN`, an end without its start).
std::vector<xml::XliffPiece> to_xliff_pieces(std::string_view unit_text);
Result<std::string> from_xliff_pieces(const std::vector<xml::XliffPiece>& pieces);

/// The units at `positions` of `catalog` as an XLIFF file (plural units are left out: XLIFF
/// has no plural forms; `plurals_left_out` counts them).
xml::XliffFile catalog_to_xliff(const catalog::Catalog& catalog, const std::vector<size_t>& positions,
                                xml::XliffVersion version, const Project& project, const std::string& lang,
                                const std::string& original, size_t* plurals_left_out = nullptr);

struct ExportReport {
  std::string catalog;  // the catalog exported, relative to the project
  size_t units = 0, untranslated = 0, fuzzy = 0, translated = 0, reviewed = 0;
  size_t plurals_left_out = 0;
};

/// Writes locales/<lang>/statements.po (only the units of `statement` when given) to `output`
/// atomically. Error when the language is not a target, the catalog is missing or invalid,
/// the statement is unknown, or there is no unit to export.
Result<ExportReport> export_xliff(const Project& project, const std::string& lang,
                                  const std::optional<std::string>& statement, xml::XliffVersion version,
                                  const std::filesystem::path& output);

struct ImportReport {
  std::string catalog;  // the catalog written, relative to the project
  std::string lang;
  size_t units = 0;                 // units in the file
  size_t changed = 0;               // translation or state changed
  size_t unchanged = 0;             // as the catalog already had them (reviews kept)
  size_t kept = 0;                  // no translation in the file: the catalog's translation was kept
  size_t review_not_recorded = 0;   // reviewed in the file, but leafpress review records reviews
  std::vector<Diagnostic> refused;  // one error per unit not taken, at its place in the file
  bool written = false;
};

/// Merges an XLIFF file (2.x or 1.2) into its language's statements catalog, as a translator's
/// edit in a PO editor would: a changed translation loses its review and takes the file's
/// state (fuzzy or not); an untouched unit keeps everything; a unit whose id the catalog does
/// not know (its source changed since the export, or it is from elsewhere), whose source text
/// differs, or whose codes do not fit its source, is refused and left as it was. `lang` names
/// the language when the file does not (a file from another tool); `file_name` names the file
/// in messages. Error (nothing written) when the file cannot be read, is for another project
/// or a language that is not a target, or its catalog is missing or invalid.
Result<ImportReport> import_xliff(const Project& project, std::string_view bytes, const std::string& file_name,
                                  const std::optional<std::string>& lang);

}  // namespace leafpress::app
