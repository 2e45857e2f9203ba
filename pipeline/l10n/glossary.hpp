#pragma once
// Glossary: terms kept as written in every language and terms with approved translations.
// The file format (locales/glossary.toml) is documented in app/glossary_loader.cpp, which
// parses it; this module only matches terms in text.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace leafpress::l10n {

struct Glossary {
  /// Terms kept exactly as written in every language (names, acronyms).
  std::vector<std::string> keep;
  struct Term {
    std::string source;  // matched case-insensitively on word boundaries
    /// language tag → accepted renderings; a trailing '*' matches any word starting with it.
    std::map<std::string, std::vector<std::string>> renderings;
  };
  std::vector<Term> terms;
};

/// The keep terms found in `text` (case-sensitive, on word boundaries, longest match first so
/// "Labour Party" hides "Labour" inside it), in order of first appearance, each once.
std::vector<std::string> keep_terms_in(const Glossary& glossary, std::string_view text);

/// The terms whose source occurs in `text` (case-insensitive, on word boundaries), in
/// glossary order.
std::vector<const Glossary::Term*> terms_in(const Glossary& glossary, std::string_view text);

/// True when `translation` contains one of the term's renderings for `lang` (case-insensitive;
/// "alcalde*" matches "alcaldesa"). False when the term has no rendering for `lang`.
bool has_rendering(const Glossary::Term& term, const std::string& lang, std::string_view translation);

}  // namespace leafpress::l10n
