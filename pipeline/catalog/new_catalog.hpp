#pragma once
// A fresh translation catalog for one language, made from a template (what msginit does).
#include <string>

#include "catalog/message.hpp"
#include "text/language.hpp"

namespace leafpress::catalog {

/// A new catalog for `language` from a template: full header (Project-Id-Version, Language in
/// gettext form, Language-Team, Content-Type UTF-8, Plural-Forms from text::Language), msgstr
/// arrays sized to nplurals. Deterministic: no dates unless SOURCE_DATE_EPOCH is given.
Catalog new_catalog(const Catalog& pot, const text::Language& language, const std::string& project_name);

}  // namespace leafpress::catalog
