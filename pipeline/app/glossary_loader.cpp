// The glossary file, locales/glossary.toml:
//
//   # Terms kept exactly as written in every language (longest match first).
//   keep = ["Lewisham", "Labour Party", "Labour", "EU", "NRPF"]
//
//   [[term]]             # a term with an approved translation per language
//   source = "mayor"     # matched case-insensitively on word boundaries
//   es = ["alcalde*"]    # accepted renderings; a trailing * matches any word that starts
//                        # with it (inflection: alcalde, alcaldesa, alcaldes)
//   "zh-Hans" = ["市长"]  # any BCP 47 tag as key (quoted when it has a hyphen)
//
// Both parts are optional. `keep` terms are listed to translators in the template ("Keep as
// is: …") and checked in translations; `term` renderings are checked per language. Unknown
// keys, wrong types, malformed language tags and empty terms are errors with line and column.
#include "app/glossary_loader.hpp"

#include <fmt/format.h>

#include <toml++/toml.h>

#include "app/files.hpp"
#include "text/language.hpp"

namespace leafpress::app {

namespace {

SourceSpan span_of(const toml::source_region& region, const std::string& file) {
  return {file, static_cast<uint32_t>(region.begin.line), static_cast<uint32_t>(region.begin.column)};
}

Result<std::vector<std::string>> string_list(const toml::node& node, const std::string& name, const std::string& file) {
  const toml::array* array = node.as_array();
  if (!array) return fail(span_of(node.source(), file), fmt::format("\"{}\" must be a list of strings", name));
  std::vector<std::string> out;
  for (const auto& item : *array) {
    if (!item.is_string())
      return fail(span_of(item.source(), file), fmt::format("\"{}\" must hold only strings", name));
    std::string value = item.as_string()->get();
    if (value.empty() || value == "*")
      return fail(span_of(item.source(), file), fmt::format("\"{}\" holds an empty term", name));
    out.push_back(std::move(value));
  }
  return out;
}

}  // namespace

Result<l10n::Glossary> parse_glossary(std::string_view toml_text, const std::string& file) {
  toml::table root;
  try {  // Debian's toml++ is built with exceptions: parse errors arrive as toml::parse_error.
    root = toml::parse(toml_text, file);
  } catch (const toml::parse_error& error) {
    return fail(span_of(error.source(), file), std::string(error.description()));
  }
  l10n::Glossary glossary;
  for (const auto& [key, node] : root) {
    if (key.str() == "keep") {
      auto keep = string_list(node, "keep", file);
      if (!keep) return std::unexpected(keep.error());
      glossary.keep = std::move(*keep);
    } else if (key.str() == "term") {
      const toml::array* terms = node.as_array();
      if (!terms || !terms->is_array_of_tables())
        return fail(span_of(node.source(), file), "\"term\" must be written as [[term]] tables");
      for (const auto& entry : *terms) {
        const toml::table& table = *entry.as_table();
        l10n::Glossary::Term term;
        for (const auto& [field, value] : table) {
          if (field.str() == "source") {
            if (!value.is_string() || value.as_string()->get().empty())
              return fail(span_of(value.source(), file), "\"term.source\" must be a non-empty string");
            term.source = value.as_string()->get();
            continue;
          }
          auto tag = text::canonical_tag(field.str());
          if (!tag)
            return fail(span_of(field.source(), file),
                        fmt::format("unknown key \"term.{}\" (use source, or a language tag such as es or \"zh-Hans\")",
                                    field.str()));
          auto renderings = string_list(value, "term." + std::string(field.str()), file);
          if (!renderings) return std::unexpected(renderings.error());
          term.renderings[*tag] = std::move(*renderings);
        }
        if (term.source.empty()) return fail(span_of(table.source(), file), "a [[term]] needs a \"source\"");
        glossary.terms.push_back(std::move(term));
      }
    } else {
      return fail(span_of(key.source(), file), fmt::format("unknown key \"{}\" (allowed here: keep, term)", key.str()));
    }
  }
  return glossary;
}

Result<l10n::Glossary> load_glossary(const Project& project) {
  fs::path path = project.locales_dir() / "glossary.toml";
  std::error_code ec;
  if (!fs::exists(path, ec)) return l10n::Glossary{};
  std::string name = project.relative(path);
  auto text = read_file(path, name, k_glossary_max_bytes);
  if (!text) return std::unexpected(text.error());
  return parse_glossary(*text, name);
}

}  // namespace leafpress::app
