#include "app/review_sheet.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "app/catalog_units.hpp"
#include "app/check.hpp"
#include "app/extract.hpp"
#include "app/files.hpp"
#include "app/glossary_loader.hpp"
#include "app/process.hpp"
#include "app/statement_name.hpp"
#include "catalog/po_parser.hpp"
#include "l10n/placeholders.hpp"
#include "l10n/template.hpp"
#include "qa/review.hpp"
#include "text/language.hpp"

namespace leafpress::app {
namespace {

// Unit text for a reader: words as they are, each placeholder as a mark of its own.
std::vector<writers::SheetRun> sheet_runs(std::string_view unit_text) {
  std::vector<writers::SheetRun> runs;
  for (const auto& piece : l10n::split_unit_text(unit_text)) {
    std::string id = std::to_string(piece.id);
    switch (piece.kind) {
      case l10n::UnitPiece::Kind::text: runs.push_back({piece.text, false}); break;
      case l10n::UnitPiece::Kind::open: runs.push_back({"\u27e8" + id + "\u27e9", true}); break;
      case l10n::UnitPiece::Kind::close: runs.push_back({"\u27e8/" + id + "\u27e9", true}); break;
      case l10n::UnitPiece::Kind::empty: runs.push_back({"\u27e8" + id + "/\u27e9", true}); break;
      case l10n::UnitPiece::Kind::argument: runs.push_back({"{" + id + "}", true}); break;
    }
  }
  return runs;
}

std::string state_of(const catalog::Message& message) {
  bool has_text = !message.msgstr.empty() && !message.msgstr.front().empty();
  if (!has_text) return "untranslated";
  if (message.is_fuzzy()) return "fuzzy: to be checked against the new English";
  if (qa::review_state(message) == qa::ReviewState::reviewed)
    return "reviewed by " + qa::review_mark(message)->reviewer;
  if (qa::review_state(message) == qa::ReviewState::stale) return "changed since its review";
  return "translated, not yet reviewed";
}

// Findings come in catalog order, each at a line of its unit's msgstr: the unit is the last
// whose msgid line is at or before it.
std::vector<std::vector<writers::SheetFinding>> findings_by_message(const catalog::Catalog& catalog,
                                                                    const CatalogCheck& check) {
  std::vector<std::vector<writers::SheetFinding>> out(catalog.messages.size());
  for (const Diagnostic& finding : check.findings) {
    size_t owner = catalog.messages.size();
    for (size_t i = 0; i < catalog.messages.size(); ++i)
      if (!catalog.messages[i].obsolete && catalog.messages[i].line <= finding.where.line) owner = i;
    if (owner == catalog.messages.size()) continue;
    std::string text = finding.check_id.empty() ? finding.message : "[" + finding.check_id + "] " + finding.message;
    out[owner].push_back({severity_name(finding.severity), std::move(text)});
  }
  return out;
}

// Chromium's PDF carries the time it was made; the same digits from the epoch instead (same
// length, so no offset in the file moves) make the same sheet give the same bytes.
void fix_pdf_dates(std::string& pdf) {
  for (std::string_view key : {"/CreationDate (D:", "/ModDate (D:"}) {
    for (size_t at = pdf.find(key); at != std::string::npos; at = pdf.find(key, at + 1)) {
      constexpr std::string_view epoch = "19700101000000";
      size_t digits = at + key.size();
      for (size_t i = 0;
           i < epoch.size() && digits + i < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf[digits + i]));
           ++i)
        pdf[digits + i] = epoch[i];
    }
  }
}

Result<fs::path> print_to_pdf(const Project& project, const fs::path& html, const fs::path& pdf) {
  auto chromium = system_program("chromium");
  if (!chromium)
    return fail({project.relative(pdf)},
                "headless Chromium is needed for the PDF: install the Debian package chromium");
  fs::path work = project.work_dir() / "sheet-pdf";
  std::error_code ec;
  fs::remove_all(work, ec);
  fs::create_directories(work / "home", ec);
  if (ec) return fail({project.relative(work)}, "cannot create the folder: " + ec.message());
  fs::path printed = work / "sheet.pdf";
  ProcessSpec spec;
  spec.argv = {chromium->string(),
               "--headless",
               "--no-sandbox",
               "--disable-gpu",
               "--no-first-run",
               "--user-data-dir=" + (work / "profile").string(),
               "--no-pdf-header-footer",
               "--print-to-pdf=" + printed.string(),
               "file://" + fs::absolute(html).string()};
  spec.environment = {{"HOME", (work / "home").string()}, {"PATH", "/usr/bin:/bin"}};
  spec.log = work / "chromium.log";
  auto status = run_process(spec);
  if (!status) return std::unexpected(status.error());
  auto bytes = read_file(printed, project.relative(printed));
  if (!status->ok() || !bytes || !bytes->starts_with("%PDF"))
    return fail({project.relative(pdf)},
                "Chromium could not print the sheet (" + status->describe() + "); see " + project.relative(spec.log));
  fix_pdf_dates(*bytes);
  auto written = write_file_atomic(pdf, *bytes);
  if (!written) return std::unexpected(written.error());
  fs::remove_all(work, ec);
  return pdf;
}

}  // namespace

Result<writers::ReviewSheet> make_review_sheet(const Project& project, const std::string& lang,
                                               const std::string& statement) {
  auto source = text::language_info(project.config.source_language);
  if (!source) return std::unexpected(source.error());
  auto read = read_statements_catalog(project, lang);
  if (!read) return std::unexpected(read.error());
  const text::Language* language = &read->language;
  const std::string& file = read->file;
  const catalog::Catalog* catalog = &read->catalog;
  auto glossary = load_glossary(project);
  if (!glossary) return std::unexpected(glossary.error());
  auto check = check_catalog(*catalog, read->text, file, language->tag, *glossary, severity_table(project.config));
  if (!check) return std::unexpected(check.error());
  auto findings = findings_by_message(*catalog, *check);

  writers::ReviewSheet sheet;
  sheet.source_language = *source;
  sheet.target_language = *language;
  sheet.statement = statement;
  sheet.catalog = file;
  std::string stem = statement_name(statement);
  sheet.review_command = fmt::format("leafpress review {} --by \"NAME\" --statement {} --units LIST", language->tag,
                                     stem);
  size_t number = 0;
  for (size_t position : numbered_units(*catalog, statement)) {
    const catalog::Message& message = catalog->messages[position];
    writers::SheetUnit unit;
    unit.number = ++number;
    unit.role = message.extracted_comments.empty() ? std::string() : message.extracted_comments.front();
    unit.source = sheet_runs(message.msgid);
    if (!message.msgstr.empty() && !message.msgstr.front().empty())
      unit.translation = sheet_runs(message.msgstr.front());
    unit.state = state_of(message);
    unit.findings = findings[position];
    sheet.units.push_back(std::move(unit));
  }
  return sheet;
}

Result<std::vector<SheetFiles>> write_review_sheets(const Project& project, const std::string& lang,
                                                    const std::optional<std::string>& statement, bool pdf) {
  std::vector<std::string> statements;
  if (statement) {
    auto found = find_statement(project, *statement);
    if (!found) return std::unexpected(found.error());
    statements.push_back(*found);
  } else {
    auto documents = project.source_documents();
    if (!documents) return std::unexpected(documents.error());
    for (const auto& path : *documents) statements.push_back(project.relative(path));
  }
  std::vector<SheetFiles> out;
  for (const std::string& reference : statements) {
    auto sheet = make_review_sheet(project, lang, reference);
    if (!sheet) return std::unexpected(sheet.error());
    SheetFiles files;
    files.units = sheet->units.size();
    fs::path folder = project.output_dir() / "review" / sheet->target_language.tag;
    files.html = folder / (statement_name(reference) + ".html");
    auto written = write_file_atomic(files.html, writers::write_review_sheet(*sheet));
    if (!written) return std::unexpected(written.error());
    if (pdf) {
      auto printed = print_to_pdf(project, files.html, fs::path(files.html).replace_extension(".pdf"));
      if (!printed) return std::unexpected(printed.error());
      files.pdf = *printed;
    }
    out.push_back(std::move(files));
  }
  return out;
}

}  // namespace leafpress::app
