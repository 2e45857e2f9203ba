// leafpress stats [LANG…] [--json] [--min-percent N]: translation progress per language.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "app/catalog_commands.hpp"
#include "app/print_gate.hpp"
#include "cli/command.hpp"
#include "cli/language_option.hpp"

namespace leafpress::cli {
namespace {

// Reports `error` unless it is already among the printed diagnostics (a catalog's parse error is).
int report_once(const Diagnostics& diagnostics, const Error& error) {
  for (const auto& item : diagnostics.items())
    if (item.severity == Severity::error && item.where == error.where && item.message == error.message)
      return exit_bad_input;
  return report(error);
}

struct StatsArgs {
  std::vector<std::string> langs;
  bool json = false;
  double min_percent = -1;
  bool statements = false;
};

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\', out += c;
    else if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    else out += c;
  }
  return out + "\"";
}

std::string json_row(const app::LanguageStats& row) {
  const auto& s = row.stats;
  return fmt::format(
      "{{\"lang\": {}, \"domain\": {}, \"missing\": {}, \"units\": {}, \"translated\": {}, \"fuzzy\": {}, "
      "\"untranslated\": {}, \"obsolete\": {}, \"reviewed\": {}, \"source_words\": {}, \"translated_words\": {}, "
      "\"translation_words\": {}, \"percent\": {:.1f}}}",
      json_string(row.lang), row.domain.empty() ? "null" : json_string(row.domain), row.missing ? "true" : "false",
      s.units, s.translated, s.fuzzy, s.untranslated, s.obsolete, row.reviewed, s.source_words, s.translated_words,
      s.translation_words, row.missing ? 0.0 : s.percent());
}

// Whether a statement's leaflet in a language is ready to print, in a few words.
std::string readiness(const app::Project& project, const app::PrintVerdict& verdict) {
  const auto& print = project.config.print;
  if (std::find(print.begin(), print.end(), verdict.lang) == print.end()) return "not a print language";
  if (verdict.pass) return "yes";
  return fmt::format("no ({} blocker{})", verdict.blockers.size(), verdict.blockers.size() == 1 ? "" : "s");
}

// The per-statement view: each statement in each language (the gate's judgement of every
// target, print language or not), with a "ready to print" column.
int run_statement_stats(const GlobalOptions& global, const StatsArgs& args, const app::Project& project) {
  Diagnostics diagnostics;
  app::GateScope scope;
  scope.languages = args.langs.empty() ? project.config.targets : args.langs;
  auto verdicts = app::evaluate_print_gate(project, diagnostics, scope);
  if (!verdicts) return report(verdicts.error());
  if (args.json) {
    std::string out = "[\n";
    for (size_t i = 0; i < verdicts->size(); ++i) {
      const auto& v = (*verdicts)[i];
      out += fmt::format(
          "  {{\"statement\": {}, \"source\": {}, \"lang\": {}, \"units\": {}, \"translated\": {}, "
          "\"reviewed\": {}, \"errors\": {}, \"ready_to_print\": {}, \"readiness\": {}}}{}\n",
          json_string(v.statement), json_string(v.source), json_string(v.lang), v.units, v.translated, v.reviewed,
          v.errors, readiness(project, v) == "yes" ? "true" : "false", json_string(readiness(project, v)),
          i + 1 < verdicts->size() ? "," : "");
    }
    std::fputs((out + "]\n").c_str(), stdout);
  } else if (!global.quiet) {
    std::printf("%-20s %-10s %6s %6s %8s %6s  %s\n", "statement", "language", "units", "done", "reviewed", "errors",
                "ready to print");
    for (const auto& v : *verdicts)
      std::printf("%-20s %-10s %6zu %6zu %8zu %6zu  %s\n", v.statement.c_str(), v.lang.c_str(), v.units, v.translated,
                  v.reviewed, v.errors, readiness(project, v).c_str());
  }
  return exit_ok;
}

int run_stats(const GlobalOptions& global, const StatsArgs& args) {
  auto project = app::Project::open(global.directory);
  if (!project) return report(project.error());
  if (args.statements) return run_statement_stats(global, args, *project);
  Diagnostics diagnostics;
  auto rows = app::project_stats(*project, args.langs, diagnostics);
  if (!diagnostics.empty()) std::fprintf(stderr, "%s", diagnostics.to_string().c_str());
  if (!rows) return report_once(diagnostics, rows.error());

  std::vector<std::string> short_of;
  for (const auto& row : *rows) {
    if (!row.domain.empty()) continue;
    double percent = row.missing ? 0.0 : row.stats.percent();
    if (args.min_percent >= 0 && percent < args.min_percent) short_of.push_back(row.lang);
  }
  if (args.json) {
    std::string out = "[\n";
    for (size_t i = 0; i < rows->size(); ++i)
      out += "  " + json_row((*rows)[i]) + (i + 1 < rows->size() ? ",\n" : "\n");
    out += "]\n";
    std::fputs(out.c_str(), stdout);
  } else if (!global.quiet) {
    std::printf("%-10s %-12s %7s %6s %6s %6s %6s %8s %8s %8s %9s %6s\n", "language", "domain", "units", "done", "fuzzy",
                "todo", "obsol.", "reviewed", "words", "done w.", "target w.", "%");
    for (const auto& row : *rows) {
      const auto& s = row.stats;
      std::string domain = row.domain.empty() ? "(total)" : row.domain;
      if (row.missing) {
        std::printf("%-10s %-12s %s\n", row.lang.c_str(), domain.c_str(), "no catalog");
        continue;
      }
      std::printf("%-10s %-12s %7zu %6zu %6zu %6zu %6zu %8zu %8zu %8zu %9zu %5.1f%%\n", row.lang.c_str(),
                  domain.c_str(), s.units, s.translated, s.fuzzy, s.untranslated, s.obsolete, row.reviewed,
                  s.source_words, s.translated_words, s.translation_words, s.percent());
    }
  }
  if (!short_of.empty()) {
    std::string list;
    for (const auto& lang : short_of) list += (list.empty() ? "" : ", ") + lang;
    std::fprintf(stderr, "below %.1f%% translated: %s\n", args.min_percent, list.c_str());
    return exit_findings;
  }
  return exit_ok;
}

const RegisterCommand k_register{
    Command{45, "stats", "Show how much of each language is translated",
            [](CLI::App& app, const GlobalOptions& global) -> std::function<int()> {
              auto args = std::make_shared<StatsArgs>();
              language_tags(
                  app.add_option("LANG", args->langs, "Languages to count (default: every target in leafpress.toml)"));
              app.add_flag("--json", args->json, "Print JSON for scripts");
              app.add_option("--min-percent", args->min_percent, "Exit 1 when a language is less translated than N%")
                  ->option_text("N")
                  ->check(CLI::Range(0.0, 100.0));
              app.add_flag("--statements", args->statements,
                           "Per statement and language instead: units, translated, reviewed, check errors, and\n"
                           "whether the leaflet is ready to print (`leafpress build --print` would pass it)");
              app.description(
                  "Units, translated, fuzzy, untranslated, obsolete and reviewed counts per language and domain, with\n"
                  "words counted by ICU word boundaries: of the source (\"words\"), of the translated units'\n"
                  "source (\"done w.\") and of the translations themselves in their own language (\"target w.\",\n"
                  "so Chinese and Tamil count sensibly). --min-percent suits a translation repository's CI.");
              return [&global, args] { return run_stats(global, *args); };
            }}};

}  // namespace
}  // namespace leafpress::cli
