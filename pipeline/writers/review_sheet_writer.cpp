#include "writers/review_sheet_writer.hpp"

#include <fmt/format.h>

#include <utility>

#include "writers/web_styles.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::writers {
namespace {

// After the page stylesheet: a wide table on screens and paper, one block per unit on a phone.
constexpr std::string_view k_sheet_css = R"(body { max-width: 75rem; }
h1 { font-size: 1.75rem; line-height: 1.3; }
.how { font-size: 1rem; }
.how code { overflow-wrap: anywhere; }
table.units { width: 100%; table-layout: fixed; }
table.units th, table.units td { padding: 0.4rem 0.5rem; }
table.units .number { width: 3.5rem; text-align: center; }
table.units .checks { width: 14rem; }
table.units td.checks { font-size: 0.9rem; }
table.units .tick { width: 4rem; text-align: center; }
table.units input { width: 1.5rem; height: 1.5rem; }
.role, .state { display: block; font-size: 0.85rem; color: #4d4d4d; }
.code { font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace; font-size: 0.8em; color: #4d4d4d; unicode-bidi: isolate; }
.missing { font-style: italic; color: #4d4d4d; }
.findings { margin: 0; padding-inline-start: 1rem; }
.findings .error { color: #b00020; font-weight: bold; }
.sign-off { margin-block-start: 2rem; border: 1px solid #767676; padding: 0.5rem 1rem 1rem; break-inside: avoid; }
.sign-off dl { display: grid; grid-template-columns: max-content 1fr; gap: 1.25rem 1rem; align-items: end; }
.sign-off dt { font-weight: bold; }
.sign-off dd { margin: 0; border-block-end: 1px solid #1a1a1a; min-height: 1.75rem; }
@media (max-width: 40em) {
  table.units, table.units tbody, table.units tr, table.units td, table.units th { display: block; width: auto; }
  table.units thead { display: none; }
  table.units tr { border: 1px solid #767676; margin-block-end: 1rem; }
  table.units th, table.units td { border: none; }
  table.units .number, table.units .tick { text-align: start; }
  table.units td[data-label]::before { content: attr(data-label); display: block; font-size: 0.85rem; font-weight: bold; color: #4d4d4d; }
}
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { font-size: 11pt; }
  table.units .number { width: 2.5rem; }
  table.units .checks { width: 8rem; }
  table.units .tick { width: 3.5rem; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .how code { font-size: 9pt; }
}
)";

void write_runs(xml::XmlWriter& out, const std::vector<SheetRun>& runs) {
  for (const SheetRun& run : runs) {
    if (!run.code) {
      out.text(run.text);
      continue;
    }
    out.open("span");
    out.attribute("class", "code");
    out.attribute("dir", "ltr");
    out.text(run.text);
    out.close();
  }
}

// A cell in a language of its own: lang and dir, so each text gets its script's fonts.
void open_text_cell(xml::XmlWriter& out, const text::Language& language, std::string_view label) {
  out.open("td");
  out.attribute("data-label", label);
  out.open("div");
  out.attribute("lang", language.tag);
  out.attribute("dir", language.dir());
}

void write_unit(xml::XmlWriter& out, const ReviewSheet& sheet, const SheetUnit& unit) {
  const std::string number = std::to_string(unit.number);
  out.open("tr");
  out.attribute("id", "unit-" + number);
  out.open("th");
  out.attribute("scope", "row");
  out.attribute("class", "number");
  out.text(number);
  out.close();

  open_text_cell(out, sheet.source_language, sheet.source_language.english_name);
  write_runs(out, unit.source);
  out.close();
  if (!unit.role.empty()) {
    out.open("span");
    out.attribute("class", "role");
    out.text(unit.role);
    out.close();
  }
  out.close();

  std::string translation_label = "Translation (" + sheet.target_language.english_name + ")";
  if (unit.translation.empty()) {
    out.open("td");
    out.attribute("data-label", translation_label);
    out.open("span");
    out.attribute("class", "missing");
    out.text("Not translated");
    out.close();
  } else {
    open_text_cell(out, sheet.target_language, translation_label);
    write_runs(out, unit.translation);
    out.close();
  }
  out.close();

  out.open("td");
  out.attribute("class", "checks");
  out.attribute("data-label", "Checks");
  out.open("span");
  out.attribute("class", "state");
  out.text(unit.state);
  out.close();
  if (!unit.findings.empty()) {
    out.open("ul");
    out.attribute("class", "findings");
    for (const SheetFinding& finding : unit.findings) {
      out.open("li");
      out.attribute("class", finding.severity);
      out.text(finding.severity + ": " + finding.text);
      out.close();
    }
    out.close();
  }
  out.close();

  out.open("td");
  out.attribute("class", "tick");
  out.attribute("data-label", "Right?");
  out.open("input");
  out.attribute("type", "checkbox");
  out.attribute("id", "right-" + number);
  out.attribute("aria-label", "Unit " + number + " is right");
  out.close();
  out.close();
  out.close();
  out.newline();
}

void write_sign_off(xml::XmlWriter& out, const ReviewSheet& sheet) {
  out.open("section");
  out.attribute("class", "sign-off");
  out.attribute("aria-labelledby", "sign-off");
  out.open("h2");
  out.attribute("id", "sign-off");
  out.text("Sign-off");
  out.close();
  out.element("p", "I have read the " + sheet.target_language.english_name +
                       " translation of the units ticked above beside their English source, and they are right.");
  out.open("dl");
  for (const char* line : {"Units ticked", "Name", "Date", "Signature"}) {
    out.element("dt", line);
    out.open("dd");
    out.close();
  }
  out.close();
  out.close();
}

}  // namespace

std::string write_review_sheet(const ReviewSheet& sheet) {
  const std::string title = fmt::format("Review sheet: {} translation of {}", sheet.target_language.english_name,
                                        sheet.statement);
  xml::XmlWriter out(xml::XmlWriter::Mode::html);
  out.declaration();
  out.open("html");
  out.attribute("lang", sheet.source_language.tag);
  out.attribute("dir", sheet.source_language.dir());
  out.open("head");
  out.open("meta");
  out.attribute("charset", "utf-8");
  out.close();
  out.open("meta");
  out.attribute("name", "viewport");
  out.attribute("content", "width=device-width, initial-scale=1");
  out.close();
  out.element("title", title);
  out.open("style");
  out.text(web_stylesheet({sheet.source_language, sheet.target_language}) + std::string(k_sheet_css));
  out.close();
  out.close();
  out.newline();
  out.open("body");
  out.open("main");
  out.open("h1");
  out.text("Review sheet: ");
  out.open("span");
  out.attribute("lang", sheet.target_language.tag);
  out.attribute("dir", sheet.target_language.dir());
  out.text(sheet.target_language.autonym);
  out.close();
  out.text(" (" + sheet.target_language.english_name + ")");
  out.close();
  out.element("p", fmt::format("Statement {}, {} units, from {}.", sheet.statement, sheet.units.size(), sheet.catalog));
  out.open("p");
  out.attribute("class", "how");
  out.text(
      "Read each translation beside its English source. Tick the units that are right and write what is "
      "wrong beside the others. The units ticked are then recorded as reviewed with ");
  out.element("code", sheet.review_command);
  out.text(", the numbers ticked in place of LIST (for example 3,5-9).");
  out.close();
  out.newline();
  out.open("table");
  out.attribute("class", "units");
  out.open("thead");
  out.open("tr");
  // With a fixed layout the header row sets the columns' widths.
  const std::pair<std::string, const char*> headings[] = {{"No.", "number"},
                                                          {sheet.source_language.english_name, "text"},
                                                          {"Translation (" + sheet.target_language.english_name + ")",
                                                           "text"},
                                                          {"Checks", "checks"},
                                                          {"Right?", "tick"}};
  for (const auto& [heading, column] : headings) {
    out.open("th");
    out.attribute("scope", "col");
    out.attribute("class", column);
    out.text(heading);
    out.close();
  }
  out.close();
  out.close();
  out.newline();
  out.open("tbody");
  out.newline();
  for (const SheetUnit& unit : sheet.units) write_unit(out, sheet, unit);
  out.close();
  out.close();
  out.newline();
  write_sign_off(out, sheet);
  out.newline();
  return out.finish();
}

}  // namespace leafpress::writers
