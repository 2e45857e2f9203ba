#pragma once
// Where format directives lie in a string, as GNU gettext 0.21's format parsers find them:
// msgcat never breaks a PO line inside one ("%5.2f", "%(name)s", "{0:>8}").
#include <string_view>
#include <vector>

#include "catalog/format_flags.hpp"

namespace leafpress::catalog {

/// Sets out[i] to 1 for each byte of `value` inside a valid directive of `language` after its
/// first byte, and 0 elsewhere (out is resized to value.size()). Like gettext, it stops at the
/// first invalid directive: neither it nor anything after it is marked. `translated` is true
/// for a msgstr (C's "I" flag is allowed only there). Languages without a parser here (all
/// but c, objc, python and python-brace) mark nothing.
void mark_directive_interiors(std::string_view value, FormatLanguage language, bool translated, std::vector<char>& out);

}  // namespace leafpress::catalog
