// `leafpress export`: a statements catalog as XLIFF (the mapping is in xliff_exchange.hpp).
#include <fmt/format.h>

#include "app/catalog_units.hpp"
#include "app/extract.hpp"
#include "app/files.hpp"
#include "app/xliff_exchange.hpp"
#include "catalog/po_parser.hpp"
#include "l10n/template.hpp"
#include "qa/review.hpp"
#include "text/language.hpp"

namespace leafpress::app {
namespace {

using xml::XliffPiece;

// The notes a translator reads beside a unit: context, role, glossary, places, review.
std::vector<xml::XliffNote> unit_notes(const catalog::Message& message) {
  std::vector<xml::XliffNote> notes;
  if (message.msgctxt) notes.push_back({"context", *message.msgctxt});
  for (const std::string& comment : message.extracted_comments) {
    if (comment.starts_with("Glossary: ")) notes.push_back({"glossary", comment});
    else if (comment.starts_with("Keep as is: ")) notes.push_back({"keep", comment});
    else notes.push_back({"role", comment});
  }
  for (const std::string& reference : message.references) notes.push_back({"location", reference});
  if (message.is_fuzzy() && message.prev_msgid) notes.push_back({"previous-source", *message.prev_msgid});
  if (auto mark = qa::review_mark(message); mark && qa::review_state(message) == qa::ReviewState::reviewed)
    notes.push_back({"review", "Reviewed by " + mark->reviewer});
  return notes;
}

xml::XliffState unit_state(const catalog::Message& message) {
  bool has_text = !message.msgstr.empty() && !message.msgstr.front().empty();
  if (!has_text) return xml::XliffState::untranslated;
  if (message.is_fuzzy()) return xml::XliffState::fuzzy;
  return qa::review_state(message) == qa::ReviewState::reviewed ? xml::XliffState::reviewed
                                                                : xml::XliffState::translated;
}

}  // namespace

std::vector<XliffPiece> to_xliff_pieces(std::string_view unit_text) {
  std::vector<XliffPiece> out;
  for (const l10n::UnitPiece& piece : l10n::split_unit_text(unit_text)) {
    std::string id = std::to_string(piece.id);
    switch (piece.kind) {
      case l10n::UnitPiece::Kind::text: out.push_back({XliffPiece::Kind::text, piece.text}); break;
      case l10n::UnitPiece::Kind::open: out.push_back({XliffPiece::Kind::start, id}); break;
      case l10n::UnitPiece::Kind::close: out.push_back({XliffPiece::Kind::end, id}); break;
      case l10n::UnitPiece::Kind::empty: out.push_back({XliffPiece::Kind::standalone, id}); break;
      case l10n::UnitPiece::Kind::argument: out.push_back({XliffPiece::Kind::standalone, "arg" + id}); break;
    }
  }
  return out;
}

xml::XliffFile catalog_to_xliff(const catalog::Catalog& catalog, const std::vector<size_t>& positions,
                                xml::XliffVersion version, const Project& project, const std::string& lang,
                                const std::string& original, size_t* plurals_left_out) {
  xml::XliffFile file;
  file.version = version;
  file.source_lang = project.config.source_language;
  file.target_lang = lang;
  file.original = original;
  file.project = project.config.project_name;
  size_t plurals = 0;
  for (size_t position : positions) {
    const catalog::Message& message = catalog.messages[position];
    if (message.msgid_plural) {
      ++plurals;
      continue;
    }
    xml::XliffUnit unit;
    unit.id = unit_id(message);
    unit.notes = unit_notes(message);
    unit.source = to_xliff_pieces(message.msgid);
    unit.state = unit_state(message);
    if (unit.state != xml::XliffState::untranslated) unit.target = to_xliff_pieces(message.msgstr.front());
    file.units.push_back(std::move(unit));
  }
  if (plurals_left_out) *plurals_left_out = plurals;
  return file;
}

Result<ExportReport> export_xliff(const Project& project, const std::string& lang,
                                  const std::optional<std::string>& statement, xml::XliffVersion version,
                                  const std::filesystem::path& output) {
  std::optional<std::string> reference;
  if (statement) {
    auto found = find_statement(project, *statement);
    if (!found) return std::unexpected(found.error());
    reference = *found;
  }
  auto read = read_statements_catalog(project, lang);
  if (!read) return std::unexpected(read.error());
  ExportReport report;
  report.catalog = read->file;
  auto positions = numbered_units(read->catalog, reference);
  auto file = catalog_to_xliff(read->catalog, positions, version, project, read->language.tag, report.catalog,
                               &report.plurals_left_out);
  if (file.units.empty())
    return fail({report.catalog},
                reference ? fmt::format("no units of {} to export", *reference) : std::string("no units to export"));
  for (const auto& unit : file.units) {
    ++report.units;
    switch (unit.state) {
      case xml::XliffState::untranslated: ++report.untranslated; break;
      case xml::XliffState::fuzzy: ++report.fuzzy; break;
      case xml::XliffState::translated: ++report.translated; break;
      case xml::XliffState::reviewed: ++report.reviewed; break;
    }
  }
  auto written = write_file_atomic(output, xml::write_xliff(file));
  if (!written) return std::unexpected(written.error());
  return report;
}

}  // namespace leafpress::app
