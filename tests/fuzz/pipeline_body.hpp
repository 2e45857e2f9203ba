#pragma once
// The body of the whole-pipeline fuzz target, shared with the unit test that replays its
// corpus and regression inputs: source bytes → Document → units → a PO catalog (written and
// parsed back) → translations applied → every writer (HTML page, XSL-FO leaflet, index).
//
// Input layout: byte 0 picks the reader and the target language; the rest is the source
// document, optionally followed by "\0\0" and translations, one per line, given to the units
// in order (an empty line leaves that unit untranslated). The invariants checked abort, so
// libFuzzer reports them as crashes:
// - a refused document has an error message;
// - the catalog written for the units parses back with the same translations;
// - every output is well-formed XML, holds only XML characters, and no translation ever
//   becomes markup (no <script> element, no CDATA end, no element the writers don't make).
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "catalog/message.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"
#include "doc/dump.hpp"
#include "l10n/unit.hpp"
#include "readers/reader.hpp"
#include "text/language.hpp"
#include "writers/fo_writer.hpp"
#include "writers/html_writer.hpp"
#include "writers/index_writer.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::fuzz {

/// Why `text` is not acceptable output (empty when it is): see the invariants above.
inline std::string output_problem(std::string_view text) {
  std::string error;
  if (!xml::is_well_formed(text, &error)) return "not well-formed: " + error;
  if (xml::xml_safe(text) != text) return "holds characters XML does not allow";
  if (text.find("<script") != std::string_view::npos) return "holds a <script> element";
  if (text.find("]]>") != std::string_view::npos) return "holds ]]>";
  return {};
}

struct PipelineOutcome {
  bool read = false;  // the reader accepted the document
  size_t units = 0;
  std::string problem;  // an invariant that failed, or empty
};

/// Runs the pipeline over one input; never aborts itself (the fuzz target does on `problem`).
inline PipelineOutcome run_pipeline(const uint8_t* data, size_t size) {
  PipelineOutcome outcome;
  if (size == 0) return outcome;
  static constexpr std::array<const char*, 6> k_langs{"pl", "ar", "zh-Hant", "ta", "so", "ru"};
  const uint8_t selector = data[0];
  const char* path = (selector & 1) ? "source-docs/fuzz.md" : "source-docs/fuzz.txt";
  const std::string lang = k_langs[(selector >> 1) % k_langs.size()];
  auto segmentation = (selector & 0x80) ? l10n::Segmentation::sentence : l10n::Segmentation::paragraph;
  std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  std::string_view source = rest;
  std::string_view translations;
  if (auto split = rest.find(std::string_view("\0\0", 2)); split != std::string_view::npos) {
    source = rest.substr(0, split);
    translations = rest.substr(split + 2);
  }

  auto document = readers::read_document(source, path, "en");
  if (!document) {
    if (document.error().message.empty()) outcome.problem = "a refused document without a message";
    return outcome;
  }
  outcome.read = true;
  (void)doc::dump(*document);
  auto units = l10n::extract_units(*document, segmentation);
  outcome.units = units.size();

  // The units with their translations, through the PO writer and parser as a catalog would go.
  catalog::Catalog catalog;
  catalog.set_header_field("Content-Type", "text/plain; charset=UTF-8");
  catalog.set_header_field("Language", lang);
  for (const auto& unit : units) {
    std::string_view line = translations.substr(0, translations.find('\n'));
    translations.remove_prefix(std::min(translations.size(), line.size() + 1));
    if (catalog.find({}, unit.source)) continue;
    catalog::Message message;
    message.msgid = unit.source;
    message.msgstr = {std::string(line)};
    catalog.messages.push_back(std::move(message));
  }
  std::string po = catalog::write_po(catalog);
  Diagnostics diagnostics;
  auto parsed = catalog::parse_po(po, "locales/fuzz.po", &diagnostics);
  std::unordered_map<std::string, std::string> table;
  if (parsed) {
    for (const auto& message : parsed->messages)
      if (!message.msgid.empty() && !message.obsolete && message.is_translated())
        table[message.msgid] = message.msgstr[0];
  } else if (diagnostics.empty()) {
    outcome.problem = "the catalog written for the units does not parse back, silently";
    return outcome;
  }

  l10n::ApplyReport report;
  auto localized = l10n::apply_translations(
      *document, segmentation,
      [&](std::string_view text) -> std::optional<std::string> {
        auto it = table.find(std::string(text));
        if (it == table.end()) return std::nullopt;
        return it->second;
      },
      lang, &report);
  if (report.units != units.size()) {
    outcome.problem = "apply saw a different number of units than extract";
    return outcome;
  }

  auto language = text::language_info(lang);
  auto source_language = text::language_info("en");
  if (!language || !source_language) {
    outcome.problem = "language table lacks " + lang;
    return outcome;
  }
  writers::PageContext page;
  page.language = *language;
  page.source_language = *source_language;
  page.versions = {{*source_language, "../en/fuzz.html"}, {*language, "../" + lang + "/fuzz.html"}};
  page.x_default_href = "../en/fuzz.html";
  page.index_href = "../index.html";
  page.fallback_units = report.fallback;
  page.ui = writers::english_ui();
  if (auto problem = output_problem(writers::write_html(localized, page)); !problem.empty()) {
    outcome.problem = "HTML " + problem;
    return outcome;
  }
  writers::PrintContext print;
  print.language = *language;
  print.source_language = *source_language;
  print.ui = writers::english_ui();
  print.proof = (selector & 0x40) != 0;
  if (auto problem = output_problem(writers::write_fo(localized, print)); !problem.empty()) {
    outcome.problem = "XSL-FO " + problem;
    return outcome;
  }
  writers::IndexEntry entry;
  if (const doc::Block* title = doc::find_role(localized, doc::Role::title))
    entry.title = {doc::plain_text(title->inlines), {}};
  entry.summary = {writers::autonym_of(*language), {}};
  entry.href = "page.html";
  writers::IndexEntry unavailable = entry;
  unavailable.readable = false;
  if (auto problem = output_problem(writers::write_index({entry, unavailable}, page, (selector & 0x80) != 0));
      !problem.empty()) {
    outcome.problem = "index " + problem;
    return outcome;
  }
  return outcome;
}

}  // namespace leafpress::fuzz
