#include "app/check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "app/files.hpp"
#include "app/glossary_loader.hpp"
#include "catalog/po_parser.hpp"
#include "qa/message_checks.hpp"
#include "qa/review.hpp"
#include "text/language.hpp"

namespace leafpress::app {
namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return lines;
}

std::string_view trim_left(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

// 1-based column, in code points, of byte `byte` of `line`.
uint32_t column_of(std::string_view line, size_t byte) {
  uint32_t column = 1;
  for (size_t i = 0; i < byte && i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  return column;
}

// True when `line` is the msgstr keyword line for `form`.
bool is_msgstr_line(std::string_view line, const std::string& indexed, bool plural) {
  if (plural) return line.starts_with(indexed);
  return line.starts_with("msgstr ") || line.starts_with("msgstr\t") || line.starts_with("msgstr\"");
}

// Bytes an escape sequence at `at` (just after the backslash) decodes to, and its length.
size_t escape_length(std::string_view line, size_t at) {
  if (at >= line.size()) return 0;
  char c = line[at];
  if (c >= '0' && c <= '7') {
    size_t n = 1;
    while (n < 3 && at + n < line.size() && line[at + n] >= '0' && line[at + n] <= '7') ++n;
    return n;
  }
  if (c == 'x') {
    size_t n = 1;
    while (at + n < line.size() && std::isxdigit(static_cast<unsigned char>(line[at + n]))) ++n;
    return n;
  }
  return 1;
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

MsgstrLocator::MsgstrLocator(std::string_view po_text, std::string file)
    : m_lines(split_lines(po_text)), m_file(std::move(file)) {}

SourceSpan MsgstrLocator::locate(uint32_t msgid_line, size_t form, std::optional<size_t> offset) const {
  const auto& lines = m_lines;
  const std::string& file = m_file;
  SourceSpan span{file, msgid_line, 0};
  if (msgid_line == 0) return span;
  std::string indexed = fmt::format("msgstr[{}]", form);
  size_t index = msgid_line - 1;
  // The msgstr follows the msgid (and msgid_plural) within the same entry.
  bool plural = false;
  size_t keyword = lines.size();
  for (size_t i = index; i < lines.size(); ++i) {
    std::string_view line = trim_left(lines[i]);
    if (i > index &&
        (line.empty() || line.starts_with("#") || line.starts_with("msgid ") || line.starts_with("msgctxt")))
      break;
    if (line.starts_with("msgid_plural")) plural = true;
    if (is_msgstr_line(line, indexed, plural)) {
      keyword = i;
      break;
    }
  }
  if (keyword == lines.size()) return span;
  // Walk the string literals, counting decoded bytes until `offset`.
  size_t decoded = 0;
  SourceSpan last = span;
  for (size_t i = keyword; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    size_t quote = line.find('"');
    if (i > keyword && trim_left(line).substr(0, 1) != "\"") break;
    if (quote == std::string_view::npos) break;
    size_t at = quote + 1;
    // A finding about the whole unit points at the msgstr string's opening quote.
    if (i == keyword && !offset) return {file, static_cast<uint32_t>(i + 1), column_of(line, quote)};
    while (at < line.size() && line[at] != '"') {
      if (offset && decoded == *offset) return {file, static_cast<uint32_t>(i + 1), column_of(line, at)};
      if (line[at] == '\\') {
        at += 1 + escape_length(line, at + 1);
      } else {
        ++at;
      }
      ++decoded;
    }
    last = {file, static_cast<uint32_t>(i + 1), column_of(line, at)};
  }
  return last;
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
  auto language = text::language_info(lang);
  if (!language) return fail({file}, fmt::format("\"{}\": {}", lang, language.error().message));
  qa::CheckContext context{*language, glossary_for(glossary, language->tag)};
  int nplurals = catalog.nplurals() > 0 ? catalog.nplurals() : language->nplurals;
  MsgstrLocator locator(po_text, file);
  CatalogCheck result;
  result.lang = lang;
  result.file = file;
  for (const auto& message : catalog.messages) {
    if (message.is_header() || message.obsolete) continue;
    ++result.units;
    if (message.is_translated())
      ++result.translated;
    else if (message.is_fuzzy())
      ++result.fuzzy;
    else
      ++result.untranslated;
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
      auto parsed = catalog::parse_po(*text, display, &parse_diagnostics);
      if (!parsed) {
        for (const auto& d : parse_diagnostics.items())
          if (d.severity == Severity::error) report.unreadable.push_back(d);
        if (report.unreadable.empty() || report.unreadable.back().where.file != display)
          report.unreadable.push_back({Severity::error, parsed.error().where, parsed.error().message, ""});
        continue;
      }
      auto checked = check_catalog(*parsed, *text, display, lang, *glossary, severities);
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
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else
          out += c;
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
  for (size_t i = 0; i < report.unreadable.size(); ++i)
    out += (i ? "," : "") + diagnostic_json(report.unreadable[i]);
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
