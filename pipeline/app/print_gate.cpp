#include "app/print_gate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "app/check.hpp"
#include "app/extract.hpp"
#include "app/files.hpp"
#include "app/glossary_loader.hpp"
#include "app/process.hpp"
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

void check_setup(const Project& project, const text::Language& language, LanguageVerdict& verdict) {
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
                 int nplurals, LanguageVerdict& verdict) {
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
      case qa::ReviewState::reviewed:
        ++verdict.reviewed;
        break;
      case qa::ReviewState::unreviewed:
        block(at, "not reviewed: " + excerpt(unit.msgid));
        break;
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

// Judges one of the language's catalogs against the units of `pot` it must carry to print.
// The draft mark blocks only a catalog that prints whole (statements): of ui.po only a few
// units reach the printer, and their own review records are what counts.
void judge_catalog(const Project& project, const std::string& domain, const catalog::Catalog& pot,
                   const qa::CheckContext& context, const qa::SeverityTable& severities, LanguageVerdict& verdict,
                   Diagnostics& diagnostics) {
  const std::string& lang = verdict.lang;
  fs::path path = project.catalog_path(lang, domain);
  std::string file = project.relative(path);
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    verdict.blockers.push_back({lang, {file}, fmt::format("no catalog (run `leafpress init {}`)", lang)});
    return;
  }
  auto text = read_file(path, file);
  if (!text) {
    verdict.blockers.push_back({lang, text.error().where, text.error().message});
    return;
  }
  Diagnostics parse_diagnostics;
  auto po = catalog::parse_po(*text, file, &parse_diagnostics);
  diagnostics.append(parse_diagnostics);
  if (!po) {
    verdict.blockers.push_back({lang, po.error().where, "the catalog does not parse: " + po.error().message});
    return;
  }
  auto note = qa::draft_note(*po);
  if (note && domain == k_statements_domain) {
    const catalog::Message* header = po->header();
    verdict.blockers.push_back(
        {lang,
         {file, header ? header->line : 0, 0},
         fmt::format("the catalog is a draft ({}: {}); `leafpress review {} --by NAME` removes the mark once every "
                     "unit is reviewed",
                     qa::k_draft_field, *note, lang)});
  }
  int nplurals = po->nplurals() > 0 ? po->nplurals() : context.language.nplurals;
  check_units(pot, *po, *text, file, context, severities, nplurals, verdict);
}

LanguageVerdict judge_language(const Project& project, const std::string& lang, const catalog::Catalog& pot,
                               const catalog::Catalog& ui_pot, const l10n::Glossary& glossary,
                               const qa::SeverityTable& severities, Diagnostics& diagnostics) {
  LanguageVerdict verdict;
  verdict.lang = lang;
  auto language = text::language_info(lang);
  if (!language) {
    verdict.blockers.push_back({lang, {"leafpress.toml"}, language.error().message});
    return verdict;
  }
  check_setup(project, *language, verdict);
  qa::CheckContext context{*language, glossary_for(glossary, language->tag)};
  judge_catalog(project, k_statements_domain, pot, context, severities, verdict, diagnostics);
  if (!ui_pot.messages.empty()) judge_catalog(project, k_ui_domain, ui_pot, context, severities, verdict, diagnostics);
  return verdict;
}

}  // namespace

Result<std::vector<LanguageVerdict>> evaluate_print_gate(const Project& project, Diagnostics& diagnostics) {
  auto documents = read_sources(project, diagnostics);
  if (!documents) return std::unexpected(documents.error());
  auto segmentation = project_segmentation(project);
  if (!segmentation) return std::unexpected(segmentation.error());
  auto glossary = load_glossary(project);
  if (!glossary) return std::unexpected(glossary.error());
  // The template as the current sources make it, so an edit not yet extracted still counts.
  catalog::Catalog pot = l10n::make_template(*documents, *segmentation, *glossary, project.config.project_name, "");
  std::vector<Diagnostic> setup;
  auto severities = severity_table(project.config, &setup);
  for (auto& d : setup) diagnostics.add(std::move(d));
  catalog::Catalog ui_pot = printed_ui_units(project);
  std::vector<LanguageVerdict> verdicts;
  for (const auto& lang : project.config.print) {
    if (lang == project.config.source_language) continue;
    auto verdict = judge_language(project, lang, pot, ui_pot, *glossary, severities, diagnostics);
    verdict.pass = verdict.blockers.empty();
    verdicts.push_back(std::move(verdict));
  }
  return verdicts;
}

std::string format_gate_report(const std::vector<LanguageVerdict>& verdicts) {
  std::string out;
  for (const auto& v : verdicts) {
    if (v.pass) continue;
    out += fmt::format("{}: not ready for print ({} blocker{})\n", v.lang, v.blockers.size(),
                       v.blockers.size() == 1 ? "" : "s");
    for (const auto& b : v.blockers) {
      std::string where = b.where.to_string();
      out += fmt::format("  {}{}{}\n", where, where.empty() ? "" : ": ", b.reason);
    }
  }
  out += fmt::format("{:<10} {:>6} {:>11} {:>9} {:>7}  {}\n", "language", "units", "translated", "reviewed", "errors",
                     "verdict");
  size_t passed = 0;
  for (const auto& v : verdicts) {
    if (v.pass) ++passed;
    out += fmt::format("{:<10} {:>6} {:>11} {:>9} {:>7}  {}\n", v.lang, v.units, v.translated, v.reviewed, v.errors,
                       v.pass ? "pass" : "FAIL");
  }
  out += fmt::format("{} of {} print languages pass the gate\n", passed, verdicts.size());
  return out;
}

}  // namespace leafpress::app
