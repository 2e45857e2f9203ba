#include "app/check.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "app/files.hpp"
#include "app/glossary_loader.hpp"
#include "catalog/po_parser.hpp"
#include "qa/message_checks.hpp"
#include "qa/review.hpp"
#include "text/language.hpp"

namespace leafpress::app {
namespace {

// Where the strings of `po_text` stand; nothing when it does not parse.
std::vector<catalog::MessagePositions> positions_in(std::string_view po_text, const std::string& file) {
  std::vector<catalog::MessagePositions> positions;
  if (!catalog::parse_po(po_text, file, nullptr, nullptr, false, &positions)) positions.clear();
  return positions;
}

}  // namespace

size_t CatalogCheck::count(Severity severity) const {
  return static_cast<size_t>(
      std::count_if(findings.begin(), findings.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

size_t CheckReport::count(Severity severity) const {
  size_t total = 0;
  for (const auto& c : catalogs) total += c.count(severity);
  return total;
}

qa::LanguageGlossary glossary_for(const l10n::Glossary& glossary, const std::string& lang) {
  qa::LanguageGlossary out;
  out.keep = glossary.keep;
  for (const auto& term : glossary.terms) {
    // A term without a rendering here still counts: the longer term hides its words.
    auto it = term.renderings.find(lang);
    out.terms.push_back({term.source, it == term.renderings.end() ? std::vector<std::string>{} : it->second});
  }
  return out;
}

MsgstrLocator::MsgstrLocator(std::vector<catalog::MessagePositions> positions, std::string file)
    : m_positions(std::move(positions)), m_file(std::move(file)) {
  // Messages come in file order but obsolete ones may be moved: look them up by line.
  std::sort(m_positions.begin(), m_positions.end(),
            [](const catalog::MessagePositions& a, const catalog::MessagePositions& b) { return a.line < b.line; });
}

MsgstrLocator::MsgstrLocator(std::string_view po_text, const std::string& file)
    : MsgstrLocator(positions_in(po_text, file), file) {}

SourceSpan MsgstrLocator::locate(uint32_t msgid_line, size_t form, std::optional<size_t> offset) const {
  SourceSpan fallback{m_file, msgid_line, 0};
  auto found = std::lower_bound(m_positions.begin(), m_positions.end(), msgid_line,
                                [](const catalog::MessagePositions& p, uint32_t line) { return p.line < line; });
  if (msgid_line == 0 || found == m_positions.end() || found->line != msgid_line || form >= found->msgstr.size())
    return fallback;
  catalog::PoPosition where = found->msgstr[form].locate(offset);
  if (where.line == 0) return fallback;
  return {m_file, where.line, where.column};
}

SourceSpan locate_msgstr(std::string_view po_text, const std::string& file, uint32_t msgid_line, size_t form,
                         std::optional<size_t> offset) {
  return MsgstrLocator(po_text, file).locate(msgid_line, form, offset);
}

qa::SeverityTable severity_table(const Config& config, std::vector<Diagnostic>* setup) {
  qa::SeverityTable table;
  auto problems = table.apply(config.check_severities);
  if (setup)
    for (auto& problem : problems) setup->push_back({Severity::warning, {"leafpress.toml"}, std::move(problem), ""});
  return table;
}

Result<CatalogCheck> check_catalog(const catalog::Catalog& catalog, std::string_view po_text, const std::string& file,
                                   const std::string& lang, const l10n::Glossary& glossary,
                                   const qa::SeverityTable& severities) {
  return check_catalog(catalog, MsgstrLocator(po_text, file), file, lang, glossary, severities);
}

Result<CatalogCheck> check_catalog(const catalog::Catalog& catalog, const MsgstrLocator& locator,
                                   const std::string& file, const std::string& lang, const l10n::Glossary& glossary,
                                   const qa::SeverityTable& severities) {
  auto language = text::language_info(lang);
  if (!language) return fail({file}, fmt::format("\"{}\": {}", lang, language.error().message));
  qa::CheckContext context{*language, glossary_for(glossary, language->tag)};
  int nplurals = catalog.nplurals() > 0 ? catalog.nplurals() : language->nplurals;
  CatalogCheck result;
  result.lang = lang;
  result.file = file;
  for (const auto& message : catalog.messages) {
    if (message.is_header() || message.obsolete) continue;
    ++result.units;
    if (message.is_translated()) ++result.translated;
    else if (message.is_fuzzy()) ++result.fuzzy;
    else ++result.untranslated;
    if (qa::review_state(message) == qa::ReviewState::reviewed) ++result.reviewed;
    for (const auto& finding : qa::check_message(message, context, severities, nplurals, &catalog)) {
      SourceSpan where = locator.locate(message.line, finding.form, finding.offset);
      result.findings.push_back({finding.severity, std::move(where), finding.message, finding.check_id});
    }
  }
  return result;
}

Result<CheckReport> check_project(const Project& project, const std::vector<std::string>& langs) {
  CheckReport report;
  auto severities = severity_table(project.config, &report.setup);
  auto glossary = load_glossary(project);
  if (!glossary) return std::unexpected(glossary.error());
  bool explicit_langs = !langs.empty();
  const std::vector<std::string>& wanted = explicit_langs ? langs : project.config.targets;
  for (const auto& lang : wanted) {
    fs::path dir = project.locales_dir() / lang;
    std::vector<fs::path> files;
    std::error_code ec;
    if (fs::is_directory(dir, ec))
      for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().extension() == ".po") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) {
      std::string message = fmt::format("no catalog for \"{}\" (run `leafpress init {}`)", lang, lang);
      if (explicit_langs) return fail({project.relative(dir)}, message);
      report.setup.push_back({Severity::warning, {project.relative(dir)}, message, ""});
      continue;
    }
    for (const auto& path : files) {
      std::string display = project.relative(path);
      auto text = read_file(path, display);
      if (!text) {
        report.unreadable.push_back({Severity::error, text.error().where, text.error().message, ""});
        continue;
      }
      Diagnostics parse_diagnostics;
      std::vector<catalog::MessagePositions> positions;
      auto parsed = catalog::parse_po(*text, display, &parse_diagnostics, nullptr, false, &positions);
      if (!parsed) {
        for (const auto& d : parse_diagnostics.items())
          if (d.severity == Severity::error) report.unreadable.push_back(d);
        if (report.unreadable.empty() || report.unreadable.back().where.file != display)
          report.unreadable.push_back({Severity::error, parsed.error().where, parsed.error().message, ""});
        continue;
      }
      auto checked = check_catalog(*parsed, MsgstrLocator(std::move(positions), display), display, lang, *glossary,
                                   severities);
      if (!checked) return std::unexpected(checked.error());
      report.catalogs.push_back(std::move(*checked));
    }
  }
  return report;
}

std::string format_check_text(const CheckReport& report, bool show_notes) {
  std::string out;
  for (const auto& d : report.setup) out += d.to_string() + "\n";
  for (const auto& d : report.unreadable) out += d.to_string() + "\n";
  for (const auto& c : report.catalogs)
    for (const auto& d : c.findings)
      if (show_notes || d.severity != Severity::note) out += d.to_string() + "\n";
  for (const auto& c : report.catalogs)
    out += fmt::format("{}: {} units, {} translated, {} fuzzy, {} untranslated, {} reviewed; {} errors, {} warnings\n",
                       c.file, c.units, c.translated, c.fuzzy, c.untranslated, c.reviewed, c.count(Severity::error),
                       c.count(Severity::warning));
  return out;
}

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else out += c;
    }
  }
  return out + "\"";
}

std::string format_check_json(const CheckReport& report) {
  auto diagnostic_json = [](const Diagnostic& d) {
    return fmt::format(R"({{"file":{},"line":{},"column":{},"severity":"{}","check":{},"message":{}}})",
                       json_string(d.where.file), d.where.line, d.where.column, severity_name(d.severity),
                       json_string(d.check_id), json_string(d.message));
  };
  std::string out = "{\n  \"catalogs\": [";
  for (size_t i = 0; i < report.catalogs.size(); ++i) {
    const auto& c = report.catalogs[i];
    out += i ? ",\n" : "\n";
    out += fmt::format(
        R"(    {{"lang":{},"file":{},"units":{},"translated":{},"fuzzy":{},"untranslated":{},"reviewed":{},"errors":{},"warnings":{},"findings":[)",
        json_string(c.lang), json_string(c.file), c.units, c.translated, c.fuzzy, c.untranslated, c.reviewed,
        c.count(Severity::error), c.count(Severity::warning));
    for (size_t j = 0; j < c.findings.size(); ++j)
      out += (j ? ",\n      " : "\n      ") + diagnostic_json(c.findings[j]);
    out += c.findings.empty() ? "]}" : "\n    ]}";
  }
  out += report.catalogs.empty() ? "],\n" : "\n  ],\n";
  out += "  \"setup\": [";
  for (size_t i = 0; i < report.setup.size(); ++i) out += (i ? "," : "") + diagnostic_json(report.setup[i]);
  out += "],\n  \"unreadable\": [";
  for (size_t i = 0; i < report.unreadable.size(); ++i) out += (i ? "," : "") + diagnostic_json(report.unreadable[i]);
  out += fmt::format("],\n  \"errors\": {},\n  \"warnings\": {},\n  \"notes\": {}\n}}\n", report.count(Severity::error),
                     report.count(Severity::warning), report.count(Severity::note));
  return out;
}

std::string format_check_list(const qa::SeverityTable& severities) {
  std::string out;
  for (const auto& check : qa::all_checks()) {
    auto severity = severities.severity(check.id);
    out += fmt::format("{:<17} {:<8} {}\n", check.id, severity ? severity_name(*severity) : "off", check.summary);
  }
  return out;
}

}  // namespace leafpress::app
