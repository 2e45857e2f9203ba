#include "app/print_gate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "app/build_cache.hpp"
#include "app/check.hpp"
#include "app/extract.hpp"
#include "app/files.hpp"
#include "app/glossary_loader.hpp"
#include "app/picture_resolution.hpp"
#include "app/print_fingerprint.hpp"
#include "app/process.hpp"
#include "app/statement_name.hpp"
#include "app/ui_template.hpp"
#include "base/utf8.hpp"
#include "catalog/po_parser.hpp"
#include "l10n/template.hpp"
#include "qa/message_checks.hpp"
#include "qa/review.hpp"
#include "text/language.hpp"
#include "text/language_table.hpp"
#include "writers/tex_writer.hpp"
#include "writers/ui_messages.hpp"

namespace leafpress::app {
namespace {

// The first words of a unit (at most 48 characters, never cut inside one), to name it.
std::string excerpt(std::string_view text) {
  constexpr size_t k_max = 48;
  size_t characters = 0;
  size_t cut = 0;
  while (cut < text.size()) {
    bool starts_character = !utf8::is_continuation(text[cut]);
    if (starts_character && characters++ == k_max) break;
    ++cut;
  }
  std::string out(text.substr(0, cut));
  for (char& c : out)
    if (c == '\n') c = ' ';
  if (cut < text.size()) out += "…";
  return "“" + out + "”";
}

// The font files a language's leaflet needs (its script's family, and Noto Sans for the
// English imprint every leaflet carries), with their Debian package.
std::vector<std::pair<fs::path, std::string>> missing_fonts(const text::Language& language) {
  std::vector<std::pair<fs::path, std::string>> missing;
  for (const text::ScriptFonts& fonts : text::script_fonts()) {
    if (fonts.print_font != "NotoSans" && fonts.print_font != language.print_font) continue;
    for (const text::PrintFace& face : {fonts.print_regular, fonts.print_bold}) {
      std::error_code ec;
      if (!fs::exists(face.file, ec)) missing.emplace_back(face.file, fonts.print_package);
    }
  }
  return missing;
}

void check_setup(const Project& project, const text::Language& language, PrintVerdict& verdict) {
  const SourceSpan config{"leafpress.toml"};
  const auto& imprint = project.config.imprint;
  std::vector<std::string> missing;
  if (imprint.printed_by.empty()) missing.emplace_back("printed_by");
  if (imprint.promoted_by.empty()) missing.emplace_back("promoted_by");
  if (imprint.on_behalf_of.empty()) missing.emplace_back("on_behalf_of");
  if (!missing.empty()) {
    std::string list;
    for (const auto& key : missing) list += (list.empty() ? "" : ", ") + key;
    verdict.blockers.push_back({verdict.lang, config,
                                fmt::format("imprint incomplete: [imprint] {} not set (printed material must name "
                                            "its printer, its promoter and on whose behalf it is published)",
                                            list)});
  }
  if (!language.print_supported)
    verdict.blockers.push_back({verdict.lang, config, "not printable: " + language.print_refusal});
  if (!system_program("lualatex"))
    verdict.blockers.push_back(
        {verdict.lang, config, "the typesetter LuaLaTeX is not installed (Debian package texlive-luatex)"});
  for (const auto& [file, package] : missing_fonts(language))
    verdict.blockers.push_back(
        {verdict.lang, config, fmt::format("print font {} is missing (install {})", file.string(), package)});
  std::error_code ec;
  const fs::path profile(writers::k_cmyk_profile);
  if (!fs::exists(profile, ec))
    verdict.blockers.push_back({verdict.lang, config,
                                fmt::format("the CMYK output profile {} for PDF/X is missing (Debian package "
                                            "libgs-common)",
                                            profile.string())});
}

void check_units(const catalog::Catalog& pot, const catalog::Catalog& po, std::string_view po_text,
                 const std::string& file, const qa::CheckContext& context, const qa::SeverityTable& severities,
                 int nplurals, PrintVerdict& verdict) {
  MsgstrLocator locator(po_text, file);
  for (const auto& unit : pot.messages) {
    if (unit.is_header() || unit.obsolete) continue;
    ++verdict.units;
    const catalog::Message* message = po.find(unit.msgctxt, unit.msgid);
    auto block = [&](SourceSpan where, std::string reason) {
      verdict.blockers.push_back({verdict.lang, std::move(where), std::move(reason)});
    };
    if (!message) {
      std::string from = unit.references.empty() ? std::string() : " (from " + unit.references.front() + ")";
      block({file}, fmt::format("not in the catalog{}: {}; run `leafpress update`", from, excerpt(unit.msgid)));
      continue;
    }
    SourceSpan at{file, message->line, 0};
    if (message->is_fuzzy()) {
      block(at, std::string(qa::suggested_from_other_unit(*message, po) ? "fuzzy (suggested from a similar unit"
                                                                        : "fuzzy (its source changed") +
                    "; check the translation and remove the flag): " + excerpt(unit.msgid));
      continue;
    }
    if (!message->is_translated()) {
      block(at, "untranslated: " + excerpt(unit.msgid));
      continue;
    }
    ++verdict.translated;
    for (const auto& finding : qa::check_message(*message, context, severities, nplurals)) {
      if (finding.severity != Severity::error) continue;
      ++verdict.errors;
      block(locator.locate(message->line, finding.form, finding.offset),
            fmt::format("[{}] {}", finding.check_id, finding.message));
    }
    switch (qa::review_state(*message)) {
      case qa::ReviewState::reviewed: ++verdict.reviewed; break;
      case qa::ReviewState::unreviewed: block(at, "not reviewed: " + excerpt(unit.msgid)); break;
      case qa::ReviewState::stale: {
        auto mark = qa::review_mark(*message);
        block(at, fmt::format("review is stale (reviewed by {}, changed since): {}",
                              mark && !mark->reviewer.empty() ? mark->reviewer : "?", excerpt(unit.msgid)));
        break;
      }
    }
  }
}

// The units of locales/ui.pot that a print-ready leaflet carries: the imprint's translation,
// when the project prints one. Empty otherwise: ui.po then does not reach the printer.
catalog::Catalog printed_ui_units(const Project& project) {
  if (!project.config.imprint.translate) return {};
  catalog::Catalog pot = ui_template(project.config.project_name);
  auto printed = writers::printed_ui_messages();
  std::erase_if(pot.messages, [&](const catalog::Message& m) {
    return std::none_of(printed.begin(), printed.end(),
                        [&](const writers::UiMessage& p) { return m.msgctxt == p.context && m.msgid == p.msgid; });
  });
  return pot;
}

// A language's catalogs, read once for all its statements, and what blocks the whole language.
struct LanguageCatalogs {
  std::string lang;
  std::optional<text::Language> info;
  std::vector<Blocker> blockers;  // the language's own: setup, imprint, catalogs, printed ui units
  std::string statements_file;
  std::string statements_text;
  std::optional<catalog::Catalog> statements;
  std::optional<catalog::Catalog> ui;
  int nplurals = 0;
};

// One of the language's catalogs, read and parsed; a problem is a blocker of the language.
std::optional<catalog::Catalog> read_catalog(const Project& project, const std::string& domain, LanguageCatalogs& out,
                                             std::string& text, Diagnostics& diagnostics) {
  fs::path path = project.catalog_path(out.lang, domain);
  std::string file = project.relative(path);
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    out.blockers.push_back({out.lang, {file}, fmt::format("no catalog (run `leafpress init {}`)", out.lang)});
    return std::nullopt;
  }
  auto bytes = read_file(path, file);
  if (!bytes) {
    out.blockers.push_back({out.lang, bytes.error().where, bytes.error().message});
    return std::nullopt;
  }
  text = std::move(*bytes);
  Diagnostics parse_diagnostics;
  auto po = catalog::parse_po(text, file, &parse_diagnostics);
  diagnostics.append(parse_diagnostics);
  if (!po) {
    out.blockers.push_back({out.lang, po.error().where, "the catalog does not parse: " + po.error().message});
    return std::nullopt;
  }
  return std::move(*po);
}

LanguageCatalogs load_language(const Project& project, const std::string& lang, const catalog::Catalog& ui_pot,
                               const l10n::Glossary& glossary, const qa::SeverityTable& severities,
                               Diagnostics& diagnostics) {
  LanguageCatalogs out;
  out.lang = lang;
  auto language = text::language_info(lang);
  if (!language) {
    out.blockers.push_back({lang, {"leafpress.toml"}, language.error().message});
    return out;
  }
  out.info = *language;
  PrintVerdict setup;
  setup.lang = lang;
  check_setup(project, *language, setup);
  out.blockers = std::move(setup.blockers);
  out.statements_file = project.relative(project.catalog_path(lang, k_statements_domain));
  out.statements = read_catalog(project, k_statements_domain, out, out.statements_text, diagnostics);
  if (out.statements) out.nplurals = out.statements->nplurals() > 0 ? out.statements->nplurals() : language->nplurals;
  if (ui_pot.messages.empty()) return out;
  // The printed page furniture (the imprint's translation) is judged once for the language.
  std::string ui_text;
  out.ui = read_catalog(project, k_ui_domain, out, ui_text, diagnostics);
  if (!out.ui) return out;
  PrintVerdict ui;
  ui.lang = lang;
  qa::CheckContext context{*language, glossary_for(glossary, language->tag)};
  int nplurals = out.ui->nplurals() > 0 ? out.ui->nplurals() : language->nplurals;
  check_units(ui_pot, *out.ui, ui_text, project.relative(project.catalog_path(lang, k_ui_domain)), context, severities,
              nplurals, ui);
  for (auto& blocker : ui.blockers) out.blockers.push_back(std::move(blocker));
  return out;
}

// A source named on the command line: by its name ("udhr"), published name ("open-day"), file
// name ("udhr.txt") or path.
bool names_source(const std::string& wanted, const fs::path& path, const Project& project) {
  return wanted == path.stem().string() || wanted == statement_name(path) || wanted == path.filename().string() ||
         wanted == project.relative(path);
}

}  // namespace

Result<std::vector<PrintVerdict>> evaluate_print_gate(const Project& project, Diagnostics& diagnostics,
                                                      const GateScope& scope) {
  auto paths = project.source_documents();
  if (!paths) return std::unexpected(paths.error());
  for (const auto& wanted : scope.statements)
    if (std::none_of(paths->begin(), paths->end(), [&](const fs::path& p) { return names_source(wanted, p, project); }))
      return fail({project.relative(project.source_dir())},
                  fmt::format("no statement named \"{}\" (a file in {} without its extension, e.g. \"{}\")", wanted,
                              project.relative(project.source_dir()),
                              paths->empty() ? std::string("leaflet") : statement_name(paths->front())));
  std::vector<SourceFile> sources;
  for (const auto& path : *paths) {
    if (!scope.statements.empty() &&
        std::none_of(scope.statements.begin(), scope.statements.end(),
                     [&](const std::string& wanted) { return names_source(wanted, path, project); }))
      continue;
    auto bytes = read_file(path, project.relative(path));
    if (!bytes) return std::unexpected(bytes.error());
    SourceFile file{path, project.relative(path), statement_name(path), std::move(*bytes), {}};
    file.hash = content_hash(file.bytes);
    sources.push_back(std::move(file));
  }
  auto documents = parse_sources(project, sources, diagnostics);
  if (!documents) return std::unexpected(documents.error());
  auto segmentation = project_segmentation(project);
  if (!segmentation) return std::unexpected(segmentation.error());
  auto glossary = load_glossary(project);
  if (!glossary) return std::unexpected(glossary.error());
  auto design = leaflet_design_hash(project);
  if (!design) return std::unexpected(design.error());
  std::vector<Diagnostic> setup;
  auto severities = severity_table(project.config, &setup);
  for (auto& d : setup) diagnostics.add(std::move(d));
  catalog::Catalog ui_pot = printed_ui_units(project);

  std::vector<LanguageCatalogs> languages;
  for (const auto& lang : scope.languages.empty() ? project.config.print : scope.languages)
    if (lang != project.config.source_language)
      languages.push_back(load_language(project, lang, ui_pot, *glossary, severities, diagnostics));

  std::vector<PrintVerdict> verdicts;
  for (size_t i = 0; i < sources.size(); ++i) {
    // The statement's units as the current source makes them, so an edit not yet extracted counts.
    catalog::Catalog pot = l10n::make_template({(*documents)[i]}, *segmentation, *glossary, project.config.project_name,
                                               "");
    // A picture too coarse for print (or one that cannot be read) holds back every language.
    std::vector<CoarsePicture> pictures;
    if (auto coarse = coarse_pictures(project, (*documents)[i])) pictures = std::move(*coarse);
    else pictures.push_back({coarse.error().where, coarse.error().message});
    for (const auto& language : languages) {
      PrintVerdict verdict;
      verdict.statement = sources[i].name;
      verdict.source = sources[i].relative;
      verdict.lang = language.lang;
      verdict.blockers = language.blockers;
      if (language.statements && language.info) {
        qa::CheckContext context{*language.info, glossary_for(*glossary, language.info->tag)};
        check_units(pot, *language.statements, language.statements_text, language.statements_file, context, severities,
                    language.nplurals, verdict);
        verdict.fingerprint = leaflet_fingerprint(*design, sources[i].hash, pot, *language.statements, ui_pot,
                                                  language.ui ? &*language.ui : nullptr);
      }
      for (const CoarsePicture& picture : pictures)
        verdict.blockers.push_back({language.lang, picture.where, picture.message});
      verdict.pass = verdict.blockers.empty();
      verdicts.push_back(std::move(verdict));
    }
  }
  return verdicts;
}

std::string format_gate_report(const std::vector<PrintVerdict>& verdicts) {
  std::string out;
  std::string statement;  // the one whose heading was written last
  for (const auto& v : verdicts) {
    if (v.pass) continue;
    if (v.source != statement) out += v.statement + " (" + v.source + ")\n";
    statement = v.source;
    out += fmt::format("  {}: not ready for print ({} blocker{})\n", v.lang, v.blockers.size(),
                       v.blockers.size() == 1 ? "" : "s");
    for (const auto& b : v.blockers) {
      std::string where = b.where.to_string();
      out += fmt::format("    {}{}{}\n", where, where.empty() ? "" : ": ", b.reason);
    }
  }
  out += fmt::format("{:<20} {:<10} {:>6} {:>11} {:>9} {:>7}  {}\n", "statement", "language", "units", "translated",
                     "reviewed", "errors", "verdict");
  size_t passed = 0;
  for (const auto& v : verdicts) {
    if (v.pass) ++passed;
    out += fmt::format("{:<20} {:<10} {:>6} {:>11} {:>9} {:>7}  {}\n", v.statement, v.lang, v.units, v.translated,
                       v.reviewed, v.errors, v.pass ? "pass" : "FAIL");
  }
  out += fmt::format("{} of {} leaflets pass the gate\n", passed, verdicts.size());
  return out;
}

}  // namespace leafpress::app
