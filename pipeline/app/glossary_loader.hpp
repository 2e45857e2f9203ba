#pragma once
// Loads locales/glossary.toml (format documented in glossary_loader.cpp).
#include <string>
#include <string_view>

#include "app/project.hpp"
#include "base/result.hpp"
#include "l10n/glossary.hpp"

namespace leafpress::app {

/// Parses glossary TOML text; `file` names it in errors ("locales/glossary.toml:3:1: …").
/// Unknown keys, wrong types and malformed language tags are errors.
Result<l10n::Glossary> parse_glossary(std::string_view toml_text, const std::string& file);

/// The project's glossary (locales/glossary.toml), or an empty one when the file is absent.
Result<l10n::Glossary> load_glossary(const Project& project);

/// Largest locales/glossary.toml read: thousands of terms take well under a megabyte.
inline constexpr size_t k_glossary_max_bytes = 16 << 20;

}  // namespace leafpress::app
