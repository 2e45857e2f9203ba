#pragma once
// LANG arguments: every command takes a language tag in any case and with "_" or "-"
// ("zh-hant", "ZH_Hant", "pt_pt") and works with its canonical form ("zh-Hant", "pt-PT").
#include <CLI/CLI.hpp>

namespace leafpress::cli {

/// Makes `option` (a LANG argument or option) hold canonical tags (text/language's
/// canonical_tag). A malformed tag is left as written, for the command to refuse by name.
CLI::Option* language_tags(CLI::Option* option);

}  // namespace leafpress::cli
