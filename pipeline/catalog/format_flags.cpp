#include "catalog/format_flags.hpp"

namespace leafpress::catalog {
namespace {

constexpr std::array<std::string_view, k_format_languages> k_names{
    "c",      "objc",       "python", "python-brace", "java",          "java-printf",
    "csharp", "javascript", "scheme", "lisp",         "elisp",         "librep",
    "ruby",   "sh",         "awk",    "lua",          "object-pascal", "smalltalk",
    "qt",     "qt-plural",  "kde",    "kde-kuit",     "boost",         "tcl",
    "perl",   "perl-brace", "php",    "gcc-internal", "gfc-internal",  "ycp"};

}  // namespace

std::string_view format_language_name(FormatLanguage language) { return k_names[static_cast<size_t>(language)]; }

std::array<FormatState, k_format_languages> format_states(const std::vector<std::string>& flags) {
  std::array<FormatState, k_format_languages> states{};
  for (const std::string& flag : flags) {
    std::string_view name = flag;
    if (!name.ends_with("-format")) continue;
    name.remove_suffix(7);
    FormatState state = FormatState::yes;
    if (name.starts_with("no-")) state = FormatState::no, name.remove_prefix(3);
    else if (name.starts_with("possible-")) state = FormatState::possible, name.remove_prefix(9);
    else if (name.starts_with("impossible-")) state = FormatState::impossible, name.remove_prefix(11);
    for (size_t i = 0; i < k_names.size(); ++i)
      if (k_names[i] == name) states[i] = state;
  }
  return states;
}

std::optional<FormatLanguage> wrapping_format(const std::vector<std::string>& flags) {
  // Most messages carry no format flag at all: skip the table then.
  bool any = false;
  for (const std::string& flag : flags) any = any || flag.ends_with("-format");
  if (!any) return std::nullopt;
  auto states = format_states(flags);
  for (size_t i = 0; i < states.size(); ++i)
    if (states[i] == FormatState::yes || states[i] == FormatState::possible) return static_cast<FormatLanguage>(i);
  return std::nullopt;
}

}  // namespace leafpress::catalog
