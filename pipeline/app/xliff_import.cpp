// `leafpress import`: an XLIFF file merged into its language's statements catalog as a
// translator's edit would be (the rules are in xliff_exchange.hpp).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "app/catalog_units.hpp"
#include "app/extract.hpp"
#include "app/files.hpp"
#include "app/xliff_exchange.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"
#include "qa/review.hpp"
#include "text/language.hpp"

namespace leafpress::app {
namespace {

using xml::XliffPiece;

bool all_digits(std::string_view s) {
  return !s.empty() && s.size() <= 6 && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// The format arguments ({1}) of unit text, sorted.
std::vector<size_t> arguments_of(std::string_view unit_text) {
  std::vector<size_t> out;
  for (const auto& piece : l10n::split_unit_text(unit_text))
    if (piece.kind == l10n::UnitPiece::Kind::argument) out.push_back(piece.id);
  std::sort(out.begin(), out.end());
  return out;
}

// Why `translation` cannot stand for `source` (codes missing, invented or misplaced), or nullopt.
std::optional<std::string> code_problem(const std::string& source, const std::string& translation) {
  if (auto problem = l10n::unusable_translation(source, translation)) return problem;
  auto wanted = arguments_of(source), found = arguments_of(translation);
  for (size_t id : found)
    if (std::find(wanted.begin(), wanted.end(), id) == wanted.end())
      return fmt::format("the code {{{}}} is not in the source text", id);
  for (size_t id : wanted)
    if (std::find(found.begin(), found.end(), id) == found.end()) return fmt::format("the code {{{}}} is missing", id);
  return std::nullopt;
}

// Unit text as the catalog writes it: equal translations compare equal however escaped.
std::string normal_form(std::string_view unit_text) { return l10n::join_unit_text(l10n::split_unit_text(unit_text)); }

// What happened to one unit of the file.
enum class Outcome { changed, unchanged, kept, refused };

struct UnitMerge {
  Outcome outcome = Outcome::unchanged;
  std::string why;  // refused: the reason
  bool review_not_recorded = false;
};

// Content as written, for a file from another tool that carries placeholders as plain text
// (po2xliff); nullopt when it holds codes.
std::optional<std::string> verbatim(const std::vector<XliffPiece>& pieces) {
  std::string out;
  for (const XliffPiece& piece : pieces) {
    if (piece.kind != XliffPiece::Kind::text) return std::nullopt;
    out += piece.value;
  }
  return out;
}

Result<std::string> unit_text(const std::vector<XliffPiece>& pieces, bool as_written) {
  if (!as_written) return from_xliff_pieces(pieces);
  if (auto text = verbatim(pieces)) return *text;
  return fail({}, "the file mixes codes into a unit it names by text, not by id");
}

// Applies the file's unit to its catalog message (a translator's edit). `as_written`: the unit
// was matched by its source text, its content taken as written.
UnitMerge merge_unit(const xml::XliffUnit& unit, catalog::Message& message, bool as_written) {
  UnitMerge result;
  auto source = unit_text(unit.source, as_written);
  if (!source) return {Outcome::refused, source.error().message};
  if (!unit.source.empty() && normal_form(*source) != normal_form(message.msgid))
    return {Outcome::refused, "its source text was changed in the file; only the translation may change"};
  std::string& current = message.msgstr.front();
  if (unit.target.empty() || unit.state == xml::XliffState::untranslated) {
    // An empty target is no translation, never an instruction to delete one.
    return {current.empty() ? Outcome::unchanged : Outcome::kept, {}};
  }
  auto translation = unit_text(unit.target, as_written);
  if (!translation) return {Outcome::refused, translation.error().message};
  if (auto problem = code_problem(message.msgid, *translation)) return {Outcome::refused, *problem};
  const bool fuzzy = unit.state == xml::XliffState::fuzzy;
  const bool same_text = *translation == current || normal_form(*translation) == normal_form(current);
  if (same_text && fuzzy == message.is_fuzzy()) {
    result.review_not_recorded = unit.state == xml::XliffState::reviewed &&
                                 qa::review_state(message) != qa::ReviewState::reviewed;
    return result;
  }
  if (!same_text) current = *translation;
  // A new translation, or one now confirmed or put in doubt: any review it had is gone.
  qa::clear_review(message);
  message.set_flag("fuzzy", fuzzy);
  if (!fuzzy) {
    // As a PO editor does when a translator clears the fuzzy mark.
    message.prev_msgctxt.reset();
    message.prev_msgid.reset();
    message.prev_msgid_plural.reset();
  }
  result.outcome = Outcome::changed;
  result.review_not_recorded = unit.state == xml::XliffState::reviewed;
  return result;
}

// The canonical target language: the file's, else `lang`; they must agree and be a target.
Result<std::string> import_language(const Project& project, const xml::XliffFile& file,
                                    const std::optional<std::string>& lang, const std::string& file_name) {
  std::string tag = file.target_lang.empty() ? lang.value_or("") : file.target_lang;
  if (tag.empty()) return fail({file_name}, "the file names no target language; give it with --lang (e.g. --lang ta)");
  auto language = text::language_info(tag);
  if (!language) return fail({file_name}, fmt::format("target language \"{}\": {}", tag, language.error().message));
  if (lang && !file.target_lang.empty()) {
    auto asked = text::language_info(*lang);
    if (!asked || asked->tag != language->tag)
      return fail({file_name}, fmt::format("the file is for \"{}\", not \"{}\"", language->tag, *lang));
  }
  if (!target_language(project, language->tag))
    return fail({file_name},
                fmt::format("the file is for \"{}\", which is not one of this project's languages", language->tag));
  return language->tag;
}

}  // namespace

Result<std::string> from_xliff_pieces(const std::vector<XliffPiece>& pieces) {
  std::vector<l10n::UnitPiece> out;
  std::vector<std::string> open;
  for (const XliffPiece& piece : pieces) {
    const std::string& id = piece.value;
    switch (piece.kind) {
      case XliffPiece::Kind::text: out.push_back({l10n::UnitPiece::Kind::text, piece.value, 0}); continue;
      case XliffPiece::Kind::start:
        if (!all_digits(id)) return fail({}, fmt::format("the paired code \"{}\" is not in the source text", id));
        open.push_back(id);
        out.push_back({l10n::UnitPiece::Kind::open, {}, std::stoul(id)});
        continue;
      case XliffPiece::Kind::end:
        if (open.empty() || (!id.empty() && open.back() != id))
          return fail({}, fmt::format("the end of code \"{}\" does not match its start", id));
        out.push_back({l10n::UnitPiece::Kind::close, {}, std::stoul(open.back())});
        open.pop_back();
        continue;
      case XliffPiece::Kind::standalone:
        if (all_digits(id)) out.push_back({l10n::UnitPiece::Kind::empty, {}, std::stoul(id)});
        else if (id.starts_with("arg") && all_digits(id.substr(3)))
          out.push_back({l10n::UnitPiece::Kind::argument, {}, std::stoul(id.substr(3))});
        else return fail({}, fmt::format("the code \"{}\" is not in the source text", id));
        continue;
    }
  }
  if (!open.empty()) return fail({}, fmt::format("the code \"{}\" is not closed", open.back()));
  return l10n::join_unit_text(out);
}

Result<ImportReport> import_xliff(const Project& project, std::string_view bytes, const std::string& file_name,
                                  const std::optional<std::string>& lang) {
  auto file = xml::read_xliff(bytes, file_name);
  if (!file) return std::unexpected(file.error());
  if (!file->project.empty() && file->project != project.config.project_name)
    return fail({file_name}, fmt::format("the file was made for the project \"{}\", not this one (\"{}\")",
                                         file->project, project.config.project_name));
  if (!file->source_lang.empty()) {
    // "en-US" (po2xliff's default) is English as much as "en" is.
    auto source = text::language_info(file->source_lang);
    auto primary = [](std::string_view tag) { return tag.substr(0, tag.find('-')); };
    if (!source || primary(source->tag) != primary(project.config.source_language))
      return fail({file_name}, fmt::format("the file's source language is \"{}\", not this project's (\"{}\")",
                                           file->source_lang, project.config.source_language));
  }
  auto tag = import_language(project, *file, lang, file_name);
  if (!tag) return std::unexpected(tag.error());

  ImportReport report;
  report.lang = *tag;
  report.units = file->units.size();
  fs::path path = project.catalog_path(*tag, k_statements_domain);
  if (auto inside = project.check_in_locales(path); !inside) return std::unexpected(inside.error());
  auto lock = FileLock::acquire(path);
  if (!lock) return std::unexpected(lock.error());
  auto read = read_statements_catalog(project, *tag);
  if (!read) return std::unexpected(read.error());
  report.catalog = read->file;
  catalog::Catalog* catalog = &read->catalog;

  std::map<std::string, size_t> by_id, by_previous_id, by_source;
  for (size_t i : numbered_units(*catalog, std::nullopt)) {
    const catalog::Message& message = catalog->messages[i];
    if (message.msgid_plural) continue;
    by_id.emplace(unit_id(message), i);
    if (!message.msgctxt) by_source.emplace(message.msgid, i);
    if (message.prev_msgid) {
      catalog::Message previous;
      previous.msgctxt = message.prev_msgctxt;
      previous.msgid = *message.prev_msgid;
      by_previous_id.emplace(unit_id(previous), i);
    }
  }
  for (const xml::XliffUnit& unit : file->units) {
    SourceSpan at{file_name, unit.line, unit.column};
    auto refuse = [&](const std::string& why) {
      report.refused.push_back({Severity::error, at, fmt::format("unit {} not imported: {}", unit.id, why), "import"});
    };
    auto found = by_id.find(unit.id);
    // A file from another tool (po2xliff) has ids of its own: its units are found by source text.
    auto source_text = verbatim(unit.source);
    auto by_text = found == by_id.end() && source_text ? by_source.find(*source_text) : by_source.end();
    if (found == by_id.end() && by_text == by_source.end()) {
      auto moved = by_previous_id.find(unit.id);
      refuse(moved != by_previous_id.end()
                 ? fmt::format("its source changed since the export (the catalog now has it at line {}); export "
                               "again and translate the new text",
                               catalog->messages[moved->second].line)
                 : std::string("the catalog has no unit with this id (its source changed since the export, or the "
                               "file is from another project); export again"));
      continue;
    }
    const bool as_written = found == by_id.end();
    UnitMerge merged = merge_unit(unit, catalog->messages[as_written ? by_text->second : found->second], as_written);
    if (merged.review_not_recorded) ++report.review_not_recorded;
    switch (merged.outcome) {
      case Outcome::changed: ++report.changed; break;
      case Outcome::unchanged: ++report.unchanged; break;
      case Outcome::kept: ++report.kept; break;
      case Outcome::refused: refuse(merged.why); break;
    }
  }
  if (report.changed > 0) {
    auto written = write_file_atomic(path, catalog::write_po(*catalog));
    if (!written) return std::unexpected(written.error());
    report.written = *written == WriteOutcome::written;
  }
  return report;
}

}  // namespace leafpress::app
