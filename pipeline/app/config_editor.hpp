#pragma once
// Edits leafpress.toml in place for `leafpress init`: a small change to the text, so the
// project's comments and layout survive, checked by reading the result back.
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace leafpress::app {

/// Adds `tag` (a canonical BCP 47 tag) to `languages.targets` of leafpress.toml text, changing
/// nothing else; the text unchanged when the tag is already there. Works whether the languages
/// table is a [languages] section, dotted keys (`languages.targets = …`) or an inline table.
/// The result is read back before it is returned: an error naming `file` when the text does
/// not load, or when the edit could not be made so that it loads with `tag` as its last target
/// and every other setting as before.
Result<std::string> add_target_to_config_text(std::string_view toml_text, const std::string& tag,
                                              const std::string& file);

}  // namespace leafpress::app
