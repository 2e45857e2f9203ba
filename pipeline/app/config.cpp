#include "app/config.hpp"

#include <fmt/format.h>

#include <toml++/toml.h>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <set>
#include <sstream>

#include "base/strings.hpp"
#include "qa/check_list.hpp"
#include "text/language.hpp"

namespace leafpress::app {
namespace {

SourceSpan span_of(const toml::node& node, const std::string& file) {
  const auto& begin = node.source().begin;
  return {file, static_cast<uint32_t>(begin.line), static_cast<uint32_t>(begin.column)};
}

// The first C0 or C1 control character or DEL in `text` (as U+XXXX), or empty. A newline in
// a name would start a new header line in every catalog leafpress writes.
std::string control_character(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 || byte == 0x7F) return fmt::format("U+{:04X}", byte);
    if (byte == 0xC2 && i + 1 < text.size()) {
      auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9F) return fmt::format("U+{:04X}", next);
    }
  }
  return {};
}

SourceSpan span_of_key(const toml::key& key, const std::string& file) {
  const auto& begin = key.source().begin;
  return {file, static_cast<uint32_t>(begin.line), static_cast<uint32_t>(begin.column)};
}

#define LEAFPRESS_TRY_VOID(expr)                         \
  do {                                                   \
    if (auto status_ = (expr); !status_) return status_; \
  } while (false)

class Reader {
 public:
  Reader(const toml::table& root, std::string file) : m_root(root), m_file(std::move(file)) {}

  // Fails on keys of `table` not in `allowed`.
  Result<void> only_keys(const toml::table& table, const std::string& section,
                         std::initializer_list<std::string_view> allowed) const {
    for (const auto& [key, node] : table) {
      if (std::find(allowed.begin(), allowed.end(), key.str()) == allowed.end()) {
        std::string name = section.empty() ? std::string(key.str()) : section + "." + std::string(key.str());
        return fail(span_of_key(key, m_file),
                    fmt::format("unknown key \"{}\" (allowed here: {})", name, fmt::join(allowed, ", ")));
      }
    }
    return {};
  }

  Result<void> string(const toml::table& table, const std::string& section, std::string_view key,
                      std::string& out) const {
    const toml::node* node = table.get(key);
    if (!node) return {};
    if (!node->is_string())
      return fail(span_of(*node, m_file), fmt::format("\"{}.{}\" must be a string", section, key));
    out = node->as_string()->get();
    return no_control_characters(*node, fmt::format("{}.{}", section, key), out);
  }

  Result<void> no_control_characters(const toml::node& node, const std::string& name, std::string_view text) const {
    if (std::string bad = control_character(text); !bad.empty())
      return fail(span_of(node, m_file),
                  fmt::format("\"{}\" contains the control character {} (a line break, tab or similar); "
                              "write it on one line without control characters",
                              name, bad));
    return {};
  }

  // A size in points within [minimum, maximum]: NaN, infinities and integers too large for
  // the file format are errors naming the range.
  Result<void> size_points(const toml::table& table, const std::string& section, std::string_view key, double minimum,
                           double maximum, std::string_view why, double& out) const {
    const toml::node* node = table.get(key);
    if (!node) return {};
    std::optional<double> value;
    if (const auto* integer = node->as_integer()) value = static_cast<double>(integer->get());
    else if (const auto* floating = node->as_floating_point()) value = floating->get();
    else return fail(span_of(*node, m_file), fmt::format("\"{}.{}\" must be a number", section, key));
    if (!std::isfinite(*value) || *value < minimum || *value > maximum)
      return fail(span_of(*node, m_file), fmt::format("\"{}.{}\" must be a number of points from {} to {}{}", section,
                                                      key, minimum, maximum, why));
    out = *value;
    return {};
  }

  Result<void> number(const toml::table& table, const std::string& section, std::string_view key, double& out) const {
    const toml::node* node = table.get(key);
    if (!node) return {};
    if (!node->is_number())
      return fail(span_of(*node, m_file), fmt::format("\"{}.{}\" must be a number", section, key));
    out = node->value<double>().value_or(out);
    return {};
  }

  Result<void> boolean(const toml::table& table, const std::string& section, std::string_view key, bool& out) const {
    const toml::node* node = table.get(key);
    if (!node) return {};
    if (!node->is_boolean())
      return fail(span_of(*node, m_file), fmt::format("\"{}.{}\" must be true or false", section, key));
    out = node->as_boolean()->get();
    return {};
  }

  Result<void> strings(const toml::table& table, const std::string& section, std::string_view key,
                       std::vector<std::string>& out) const {
    const toml::node* node = table.get(key);
    if (!node) return {};
    const toml::array* array = node->as_array();
    if (!array) return fail(span_of(*node, m_file), fmt::format("\"{}.{}\" must be a list of strings", section, key));
    out.clear();
    for (const auto& item : *array) {
      if (!item.is_string())
        return fail(span_of(item, m_file), fmt::format("\"{}.{}\" must contain only strings", section, key));
      out.push_back(item.as_string()->get());
      LEAFPRESS_TRY_VOID(no_control_characters(item, fmt::format("{}.{}", section, key), out.back()));
    }
    return {};
  }

  // Canonicalises each tag in place; errors name the list and the bad entry's line.
  Result<void> language_tags(const toml::table& table, const std::string& section, std::string_view key,
                             std::vector<std::string>& tags) const {
    const toml::node* node = table.get(key);
    std::set<std::string> seen;
    for (size_t i = 0; i < tags.size(); ++i) {
      SourceSpan where = node && node->as_array() && i < node->as_array()->size()
                             ? span_of(*node->as_array()->get(i), m_file)
                             : SourceSpan{m_file, 0, 0};
      auto info = text::language_info(tags[i]);
      if (!info) return fail(where, fmt::format("\"{}.{}\": {}", section, key, info.error().message));
      tags[i] = info->tag;
      if (!seen.insert(tags[i]).second)
        return fail(where, fmt::format("\"{}.{}\" lists \"{}\" twice", section, key, tags[i]));
    }
    return {};
  }

  const toml::table* table(std::string_view key, Result<void>& status) const {
    const toml::node* node = m_root.get(key);
    if (!node) return nullptr;
    if (!node->is_table()) {
      status = fail(span_of(*node, m_file), fmt::format("\"{}\" must be a table ([{}])", key, key));
      return nullptr;
    }
    return node->as_table();
  }

  const std::string& file() const { return m_file; }

 private:
  const toml::table& m_root;
  std::string m_file;
};

// A CMYK colour written "cmyk(c, m, y, k)" or as a list [c, m, y, k], each ink from 0 to 1.
std::optional<std::array<double, 4>> cmyk_colour(const toml::node& node) {
  std::array<double, 4> inks{};
  if (const auto* list = node.as_array()) {
    if (list->size() != 4) return std::nullopt;
    for (size_t i = 0; i < 4; ++i) {
      auto value = list->get(i)->value<double>();
      if (!value) return std::nullopt;
      inks[i] = *value;
    }
  } else if (const auto* text = node.as_string()) {
    std::string value = text->get();
    if (!value.starts_with("cmyk(") || !value.ends_with(")")) return std::nullopt;
    std::istringstream in(value.substr(5, value.size() - 6));
    for (size_t i = 0; i < 4; ++i) {
      char comma = ',';
      if ((i > 0 && !(in >> comma)) || comma != ',' || !(in >> inks[i])) return std::nullopt;
    }
    if (in >> std::ws; !in.eof()) return std::nullopt;
  } else {
    return std::nullopt;
  }
  for (double ink : inks)
    if (!(ink >= 0 && ink <= 1)) return std::nullopt;  // NaN too
  return inks;
}

// Markup where a plain name belongs ("<b>", "&amp;", "\\textbf"): it would be printed as the
// characters it is, which is never what was meant.
bool looks_like_markup(std::string_view text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    char next = text[i + 1];
    if (text[i] == '<' && (std::isalpha(static_cast<unsigned char>(next)) || next == '/' || next == '!')) return true;
    if (text[i] == '\\' && std::isalpha(static_cast<unsigned char>(next))) return true;
    if (text[i] == '&') {
      size_t semicolon = text.find(';', i);
      if (semicolon != std::string_view::npos && semicolon - i <= 10 && semicolon > i + 1 &&
          std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                      text.begin() + static_cast<std::ptrdiff_t>(semicolon),
                      [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '#'; }))
        return true;
    }
  }
  return false;
}

#define LEAFPRESS_TRY(expr)                                                       \
  do {                                                                            \
    if (auto status_ = (expr); !status_) return std::unexpected(status_.error()); \
  } while (false)

}  // namespace

const std::vector<std::string>& default_targets() {
  static const std::vector<std::string> targets{"es",      "ta", "pt-PT", "ro", "it", "fr", "pl", "tr", "zh-Hans",
                                                "zh-Hant", "bg", "ru",    "vi", "ar", "sq", "lt", "so"};
  return targets;
}

Result<Config> parse_config(std::string_view toml_text, const std::string& file) {
  toml::table root;
  try {  // Debian's toml++ is built with exceptions: parse errors arrive as toml::parse_error.
    root = toml::parse(toml_text, file);
  } catch (const toml::parse_error& error) {
    return fail({file, static_cast<uint32_t>(error.source().begin.line),
                 static_cast<uint32_t>(error.source().begin.column)},
                std::string(error.description()));
  }
  Reader reader(root, file);
  Config config;
  LEAFPRESS_TRY(reader.only_keys(root, "", {"project", "languages", "imprint", "print", "web", "brand", "checks"}));

  Result<void> status;
  if (const toml::table* project = reader.table("project", status)) {
    LEAFPRESS_TRY(reader.only_keys(*project, "project", {"name", "source_language", "source_dir", "segmentation"}));
    LEAFPRESS_TRY(reader.string(*project, "project", "name", config.project_name));
    LEAFPRESS_TRY(reader.string(*project, "project", "source_language", config.source_language));
    LEAFPRESS_TRY(reader.string(*project, "project", "source_dir", config.source_dir));
    LEAFPRESS_TRY(reader.string(*project, "project", "segmentation", config.segmentation));
    if (config.segmentation != "paragraph" && config.segmentation != "sentence")
      return fail(span_of(*project->get("segmentation"), file),
                  "\"project.segmentation\" must be \"paragraph\" or \"sentence\"");
    auto info = text::language_info(config.source_language);
    if (!info)
      return fail(project->get("source_language") ? span_of(*project->get("source_language"), file) : SourceSpan{file},
                  "\"project.source_language\": " + info.error().message);
    config.source_language = info->tag;
  }
  LEAFPRESS_TRY(status);

  if (const toml::table* languages = reader.table("languages", status)) {
    LEAFPRESS_TRY(reader.only_keys(*languages, "languages", {"targets", "print"}));
    LEAFPRESS_TRY(reader.strings(*languages, "languages", "targets", config.targets));
    LEAFPRESS_TRY(reader.language_tags(*languages, "languages", "targets", config.targets));
    // The source language's pages are the originals: as a target its "translation" would
    // overwrite them.
    if (auto same = std::find(config.targets.begin(), config.targets.end(), config.source_language);
        same != config.targets.end())
      return fail(span_of(*languages->get("targets")->as_array()->get(
                              static_cast<size_t>(same - config.targets.begin())),
                          file),
                  fmt::format("\"languages.targets\" lists \"{}\", the source language; its pages are the "
                              "originals, not a translation",
                              *same));
    config.print = config.targets;
    LEAFPRESS_TRY(reader.strings(*languages, "languages", "print", config.print));
    LEAFPRESS_TRY(reader.language_tags(*languages, "languages", "print", config.print));
    for (const auto& tag : config.print) {
      if (std::find(config.targets.begin(), config.targets.end(), tag) == config.targets.end())
        return fail(span_of(*languages->get("print"), file),
                    fmt::format("\"languages.print\" lists \"{}\", which is not in \"languages.targets\"", tag));
    }
  } else {
    config.targets = default_targets();
    config.print = config.targets;
  }
  LEAFPRESS_TRY(status);

  if (const toml::table* imprint = reader.table("imprint", status)) {
    LEAFPRESS_TRY(reader.only_keys(*imprint, "imprint", {"printed_by", "promoted_by", "on_behalf_of", "translate"}));
    LEAFPRESS_TRY(reader.string(*imprint, "imprint", "printed_by", config.imprint.printed_by));
    LEAFPRESS_TRY(reader.string(*imprint, "imprint", "promoted_by", config.imprint.promoted_by));
    LEAFPRESS_TRY(reader.string(*imprint, "imprint", "on_behalf_of", config.imprint.on_behalf_of));
    LEAFPRESS_TRY(reader.boolean(*imprint, "imprint", "translate", config.imprint.translate));
    // Blank space is no name or address: "   " must count as missing, not pass the print gate.
    for (std::string* part : {&config.imprint.printed_by, &config.imprint.promoted_by, &config.imprint.on_behalf_of})
      *part = std::string(trim(*part, " \t\r\n\v\f"));
  }
  LEAFPRESS_TRY(status);

  if (const toml::table* print = reader.table("print", status)) {
    LEAFPRESS_TRY(reader.only_keys(*print, "print", {"page", "body_size", "roles", "variants"}));
    LEAFPRESS_TRY(reader.string(*print, "print", "page", config.print_settings.page));
    if (config.print_settings.page != "A5" && config.print_settings.page != "A4" && config.print_settings.page != "DL")
      return fail(span_of(*print->get("page"), file), "\"print.page\" must be \"A5\", \"A4\" or \"DL\"");
    LEAFPRESS_TRY(reader.size_points(*print, "print", "body_size", 12, 48,
                                     " (at least 12, as clear-print guidance asks)",
                                     config.print_settings.body_size_pt));
    LEAFPRESS_TRY(reader.strings(*print, "print", "roles", config.print_settings.roles));
    for (const auto& role : config.print_settings.roles)
      if (role != "preamble" && role != "title" && role != "body" && role != "category" && role != "none")
        return fail(span_of(*print->get("roles"), file),
                    fmt::format("\"print.roles\": unknown role \"{}\" (preamble, title, body, category, none)", role));
    auto& variants = config.print_settings.variants;
    LEAFPRESS_TRY(reader.strings(*print, "print", "variants", variants));
    for (const auto& variant : variants)
      if (variant != "standard" && variant != "large")
        return fail(span_of(*print->get("variants"), file),
                    fmt::format("\"print.variants\": unknown variant \"{}\" (standard, large)", variant));
    if (variants.empty() || std::set<std::string>(variants.begin(), variants.end()).size() != variants.size())
      return fail(span_of(*print->get("variants"), file),
                  "\"print.variants\" must name \"standard\", \"large\" or both, each once");
  }
  LEAFPRESS_TRY(status);

  if (const toml::table* web = reader.table("web", status)) {
    LEAFPRESS_TRY(reader.only_keys(*web, "web", {"readable_percent", "base_url"}));
    LEAFPRESS_TRY(reader.number(*web, "web", "readable_percent", config.web.readable_percent));
    if (!(config.web.readable_percent >= 0 && config.web.readable_percent <= 100))  // NaN too
      return fail(span_of(*web->get("readable_percent"), file),
                  "\"web.readable_percent\" must be between 0 and 100 (the share of a statement translated)");
    LEAFPRESS_TRY(reader.string(*web, "web", "base_url", config.web.base_url));
    const std::string& url = config.web.base_url;
    if (!url.empty() && !url.starts_with("https://") && !url.starts_with("http://"))
      return fail(span_of(*web->get("base_url"), file),
                  "\"web.base_url\" must start with https:// or http:// (where output/html/ is published)");
    if (!url.empty() && !url.ends_with('/')) config.web.base_url += '/';
  }
  LEAFPRESS_TRY(status);

  if (const toml::table* brand = reader.table("brand", status)) {
    LEAFPRESS_TRY(reader.only_keys(*brand, "brand", {"name", "colour", "logo", "call_to_action", "contact"}));
    LEAFPRESS_TRY(reader.string(*brand, "brand", "name", config.brand.name));
    LEAFPRESS_TRY(reader.string(*brand, "brand", "logo", config.brand.logo));
    LEAFPRESS_TRY(reader.string(*brand, "brand", "call_to_action", config.brand.call_to_action));
    LEAFPRESS_TRY(reader.string(*brand, "brand", "contact", config.brand.contact));
    for (std::string_view key : {"name", "call_to_action", "contact"})
      if (const toml::node* node = brand->get(key); node && looks_like_markup(node->as_string()->get()))
        return fail(span_of(*node, file),
                    fmt::format("\"brand.{}\" looks like markup (a tag, an entity or a TeX command); write it as "
                                "plain text: leaflets print it exactly as written",
                                key));
    if (const toml::node* logo = brand->get("logo")) {
      config.brand.logo_line = span_of(*logo, file).line;
      config.brand.logo_column = span_of(*logo, file).column;
      std::string lower = config.brand.logo;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (!config.brand.logo.empty() && !lower.ends_with(".svg") && !lower.ends_with(".pdf"))
        return fail(span_of(*logo, file),
                    "\"brand.logo\" must be an SVG or PDF file in the project (vector art "
                    "prints sharp at any size)");
    }
    if (const toml::node* colour = brand->get("colour")) {
      auto inks = cmyk_colour(*colour);
      if (!inks)
        return fail(span_of(*colour, file),
                    "\"brand.colour\" must be a CMYK colour, \"cmyk(c, m, y, k)\" or [c, m, y, k] with each ink from "
                    "0 to 1 (e.g. \"cmyk(0, 0.8, 0.9, 0)\"); screen colours such as \"#ff0000\" or rgb() are not "
                    "print colours");
      config.brand.colour = *inks;
    }
  }
  LEAFPRESS_TRY(status);

  if (const toml::table* checks = reader.table("checks", status)) {
    for (const auto& [key, node] : *checks) {
      if (!qa::find_check(key.str()))
        return fail(span_of_key(key, file),
                    fmt::format("unknown check \"checks.{}\" (`leafpress check --list` shows every check id)",
                                key.str()));
      if (!node.is_string())
        return fail(span_of(node, file),
                    fmt::format("\"checks.{}\" must be \"error\", \"warning\" or \"off\"", key.str()));
      std::string severity = node.as_string()->get();
      if (severity != "error" && severity != "warning" && severity != "off")
        return fail(span_of(node, file),
                    fmt::format("\"checks.{}\" must be \"error\", \"warning\" or \"off\"", key.str()));
      // A translation the pages cannot use must stop the print gate whatever the settings.
      if (key.str() == "unusable" && severity != "error")
        return fail(span_of(node, file),
                    "\"checks.unusable\" cannot be changed: a translation the pages cannot use "
                    "would print in English");
      config.check_severities[std::string(key.str())] = severity;
    }
  }
  LEAFPRESS_TRY(status);
  return config;
}

}  // namespace leafpress::app
