#pragma once
// Config: the project file leafpress.toml, validated strictly (unknown keys, wrong types and
// bad language tags are errors naming the key and line).
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/result.hpp"

namespace leafpress::app {

struct ImprintConfig {
  std::string printed_by;  // "Name, full postal address"
  std::string promoted_by;
  std::string on_behalf_of;
  bool translate = false;  // follow the English imprint with its translation

  /// True when every part of the s.110 imprint is filled in.
  [[nodiscard]] bool complete() const { return !printed_by.empty() && !promoted_by.empty() && !on_behalf_of.empty(); }
  bool operator==(const ImprintConfig&) const = default;
};

struct PrintConfig {
  std::string page = "A5";                                      // A5, A4 or DL
  double body_size_pt = 14;                                     // at least 12
  std::vector<std::string> roles{"title", "body", "category"};  // which roles the leaflet shows
  std::vector<std::string> variants{"standard"};                // "standard" and/or "large" (large print)
  bool operator==(const PrintConfig&) const = default;
};

/// The leaflet's design: the campaign's name, colour and logo on the front, its call to action
/// and contact details on the back. The words are translated through ui.po (msgctxt "brand").
struct BrandConfig {
  std::string name;                               // the masthead: the campaign's name
  std::array<double, 4> colour{1, 0.55, 0, 0.1};  // CMYK, each ink 0 to 1: masthead band, rules
  std::string logo;                               // an SVG or PDF file in the project; empty: none
  uint32_t logo_line = 0, logo_column = 0;        // where leafpress.toml names the logo, for errors
  std::string call_to_action;                     // one line on the back page
  std::string contact;                            // contact details on the back page
  bool operator==(const BrandConfig&) const = default;
};

struct WebConfig {
  // A language's page or index entry counts as readable (listed first, linked from its
  // index) when at least this share of the statement's units is translated (fuzzy ones not).
  double readable_percent = 80;
  std::string base_url;  // e.g. "https://example.org/statements/": absolute URLs in the sitemap and og:url
  bool operator==(const WebConfig&) const = default;
};

struct Config {
  std::string project_name = "leafpress project";
  std::string source_language = "en";
  std::string source_dir = "source-docs";
  std::string segmentation = "paragraph";  // or "sentence"
  std::vector<std::string> targets;        // switcher order
  std::vector<std::string> print;          // languages that go to the printer
  ImprintConfig imprint;
  PrintConfig print_settings;
  WebConfig web;
  BrandConfig brand;
  std::map<std::string, std::string> check_severities;  // check id → error|warning|off
  bool operator==(const Config&) const = default;
};

/// Parses leafpress.toml text. `file` names it in errors ("leafpress.toml:12:1: …").
Result<Config> parse_config(std::string_view toml_text, const std::string& file);

/// The 17 default target languages, in Lewisham's order of size.
const std::vector<std::string>& default_targets();

/// A fresh leafpress.toml for a new project (empty imprint, default languages).
std::string default_config_text(const std::string& project_name);

}  // namespace leafpress::app
