#include "qa/check_list.hpp"

#include <algorithm>

namespace leafpress::qa {

const std::vector<CheckInfo>& all_checks() {
  static const std::vector<CheckInfo> checks{
      {"placeholder", Severity::error,
       "inline-markup placeholders <1>…</1> kept, each once, properly nested; values such as {1} kept"},
      {"unusable", Severity::error,
       "the pages can use the translation (placeholders fit the source); cannot be ignored or turned off"},
      {"number", Severity::error,
       "every number of the source is in the translation (the language's own digits allowed)"},
      {"number-in-noun", Severity::warning,
       "a 1 (or a 2, in a language with a dual) left out where the noun's own form can say it (\"a minute\")"},
      {"url", Severity::error, "web addresses and e-mail addresses unchanged"},
      {"glossary-keep", Severity::error,
       "glossary terms kept as they are (names, Lewisham, NRPF…) are present, as often as in the source"},
      {"glossary-term", Severity::error,
       "terms with an approved translation use an approved rendering, as often as the source has the term"},
      {"newlines", Severity::error,
       "the translation starts and ends with a newline exactly when the source does (as msgfmt -c)"},
      {"whitespace", Severity::warning, "leading and trailing spaces, and the number of line breaks, match the source"},
      {"doubled-word", Severity::warning, "no word repeated twice in a row (\"the the\") unless the source does"},
      {"end-punctuation", Severity::warning,
       "final punctuation matches the source, in the language's own form (。 ؟ ።)"},
      {"quotes", Severity::warning, "no ASCII \" where the language uses typographic quotes („…” «…» “…”)"},
      {"romanian-cedilla", Severity::error, "Romanian uses ș ț (comma below), not ş ţ (cedilla)"},
      {"bidi", Severity::error, "bidirectional controls (LRE…PDF, LRI…PDI) are balanced"},
      {"nfc", Severity::warning, "text is in Unicode Normalization Form C"},
      {"unchanged", Severity::warning,
       "translation differs from the source (unless it is only glossary terms, numbers, addresses, abbreviations)"},
      {"length", Severity::warning, "translation length within the usual ratio to the source's"},
      {"plurals", Severity::error, "a plural message has as many forms as the catalog's Plural-Forms says"},
      {"fuzzy", Severity::note, "fuzzy units (a changed source; their translation is not used)"},
      {"untranslated", Severity::note, "untranslated units (the source text is shown instead)"},
      {"ignore", Severity::warning, "`# leafpress-ignore:` comments name a real check and give a reason"},
  };
  return checks;
}

const CheckInfo* find_check(std::string_view id) {
  const auto& checks = all_checks();
  auto it = std::find_if(checks.begin(), checks.end(), [&](const CheckInfo& c) { return c.id == id; });
  return it == checks.end() ? nullptr : &*it;
}

SeverityTable::SeverityTable() {
  for (const auto& check : all_checks()) m_severity[std::string(check.id)] = check.severity;
}

std::vector<std::string> SeverityTable::apply(const std::map<std::string, std::string>& overrides) {
  std::vector<std::string> problems;
  for (const auto& [id, value] : overrides) {
    auto it = m_severity.find(id);
    if (it == m_severity.end()) {
      problems.push_back("[checks] names \"" + id + "\", which is not a check (see `leafpress check --list`)");
      continue;
    }
    if (value == "error") it->second = Severity::error;
    else if (value == "warning") it->second = Severity::warning;
    else if (value == "note") it->second = Severity::note;
    else if (value == "off") it->second = std::nullopt;
    else problems.push_back("[checks] " + id + " = \"" + value + "\": use \"error\", \"warning\" or \"off\"");
  }
  return problems;
}

std::optional<Severity> SeverityTable::severity(std::string_view id) const {
  auto it = m_severity.find(id);
  return it == m_severity.end() ? std::nullopt : it->second;
}

}  // namespace leafpress::qa
