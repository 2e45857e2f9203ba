#pragma once
// Whether a translation keeps its source's format directives, as GNU gettext 0.21 checks a
// c-format (and objc-format) string: the same arguments, in number and type.
#include <optional>
#include <string_view>

#include "catalog/format_flags.hpp"

namespace leafpress::catalog {

/// True when `msgstr` fails gettext's check of `language` against `msgid`: it is not a valid
/// format string, or its arguments differ in number or type ("%s" translated as "%d" or
/// dropped). With `plural`, a translation may use fewer arguments (a form for one may say
/// "one" instead of "%d"). False when `msgid` is itself no valid format string. nullopt for a
/// language this does not check (all but c and objc).
std::optional<bool> fails_format_check(FormatLanguage language, std::string_view msgid, std::string_view msgstr,
                                       bool plural);

}  // namespace leafpress::catalog
