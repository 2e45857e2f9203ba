#include "app/catalog_units.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "app/extract.hpp"
#include "app/files.hpp"
#include "app/statement_name.hpp"
#include "catalog/po_parser.hpp"
#include "qa/sha256.hpp"

namespace leafpress::app {

Result<std::vector<std::string>> statement_names(const Project& project) {
  auto documents = project.source_documents();
  if (!documents) return std::unexpected(documents.error());
  std::vector<std::string> names;
  for (const auto& path : *documents) names.push_back(statement_name(path));
  std::sort(names.begin(), names.end());
  return names;
}

Result<std::string> find_statement(const Project& project, std::string_view name) {
  auto documents = project.source_documents();
  if (!documents) return std::unexpected(documents.error());
  std::vector<std::string> stems;
  for (const auto& path : *documents) {
    std::string relative = project.relative(path);
    if (name == relative || name == path.filename().string() || name == path.stem().string() ||
        name == statement_name(path))
      return relative;
    stems.push_back(statement_name(path));
  }
  std::sort(stems.begin(), stems.end());
  std::string known;
  for (const auto& stem : stems) known += (known.empty() ? "" : ", ") + stem;
  return fail({}, fmt::format("--statement {}: no such statement in {} (there are: {})", name,
                              project.relative(project.source_dir()), known.empty() ? "none" : known));
}

Result<text::Language> target_language(const Project& project, const std::string& lang) {
  auto language = text::language_info(lang);
  if (!language) return fail({}, fmt::format("\"{}\": {}", lang, language.error().message));
  const auto& targets = project.config.targets;
  if (std::find(targets.begin(), targets.end(), language->tag) == targets.end())
    return fail({}, fmt::format("\"{}\" is not one of this project's languages (add it with `leafpress init {}`)",
                                language->tag, language->tag));
  return language;
}

Result<StatementsCatalog> read_statements_catalog(const Project& project, const std::string& lang) {
  auto language = target_language(project, lang);
  if (!language) return std::unexpected(language.error());
  StatementsCatalog out;
  out.language = std::move(*language);
  out.path = project.catalog_path(out.language.tag, k_statements_domain);
  out.file = project.relative(out.path);
  std::error_code ec;
  if (!fs::exists(out.path, ec))
    return fail({out.file},
                fmt::format("no catalog for \"{}\" (run `leafpress init {}`)", out.language.tag, out.language.tag));
  auto text = read_file(out.path, out.file);
  if (!text) return std::unexpected(text.error());
  out.text = std::move(*text);
  auto catalog = catalog::parse_po(out.text, out.file);
  if (!catalog) return std::unexpected(catalog.error());
  out.catalog = std::move(*catalog);
  return out;
}

std::vector<size_t> numbered_units(const catalog::Catalog& catalog, const std::optional<std::string>& statement) {
  std::vector<size_t> out;
  for (size_t i = 0; i < catalog.messages.size(); ++i) {
    const catalog::Message& message = catalog.messages[i];
    if (message.is_header() || message.obsolete) continue;
    if (statement && std::none_of(message.references.begin(), message.references.end(), [&](const std::string& ref) {
          return ref == *statement ||
                 (ref.starts_with(*statement) && ref.size() > statement->size() && ref[statement->size()] == ':');
        }))
      continue;
    out.push_back(i);
  }
  return out;
}

std::string unit_id(const catalog::Message& message) {
  // Length-prefixed parts, so no two (msgctxt, msgid) pairs hash the same bytes.
  std::string key = "leafpress-unit-id-1\n";
  if (message.msgctxt) key += fmt::format("c{}:{}", message.msgctxt->size(), *message.msgctxt);
  key += fmt::format("i{}:{}", message.msgid.size(), message.msgid);
  return "u" + qa::sha256_hex(key).substr(0, 16);
}

Result<std::vector<size_t>> parse_unit_numbers(std::string_view typed, size_t count, const std::string& what) {
  // "5–9" as a sheet or a word processor writes a range is "5-9".
  std::string list(typed);
  for (size_t at; (at = list.find("\u2013")) != std::string::npos;) list.replace(at, 3, "-");
  std::vector<size_t> out;
  auto number = [](std::string_view text, size_t& value) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size() && !text.empty();
  };
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t comma = list.find(',', pos);
    std::string_view part = std::string_view(list).substr(pos, comma == std::string::npos ? comma : comma - pos);
    size_t dash = part.find('-');
    size_t first = 0, last = 0;
    bool ok = dash == std::string_view::npos
                  ? number(part, first) && (last = first, true)
                  : number(part.substr(0, dash), first) && number(part.substr(dash + 1), last) && first <= last;
    if (!ok) return fail({}, fmt::format("--units: \"{}\" is not a unit number or a range such as 5-9", part));
    for (size_t n : {first, last})
      if (n < 1 || n > count)
        return fail({},
                    fmt::format("--units: there is no unit {} in {} (its units are numbered 1 to {})", n, what, count));
    for (size_t n = first; n <= last; ++n) out.push_back(n);
    if (comma == std::string::npos) break;
    pos = comma + 1;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace leafpress::app
