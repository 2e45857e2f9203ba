#include "l10n/glossary.hpp"

#include <algorithm>

#include "text/segment.hpp"

namespace leafpress::l10n {

std::vector<std::string> keep_terms_in(const Glossary& glossary, std::string_view text) {
  struct Match {
    size_t offset, length;
    const std::string* term;
  };
  std::vector<Match> matches;
  for (const auto& term : glossary.keep) {
    if (term.empty()) continue;
    for (size_t offset : text::find_term(text, term)) matches.push_back({offset, term.size(), &term});
  }
  // Leftmost first; at one place the longest term wins; a match inside a taken one is skipped.
  std::stable_sort(matches.begin(), matches.end(), [](const Match& a, const Match& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
  });
  std::vector<std::string> found;
  size_t taken_until = 0;
  for (const auto& match : matches) {
    if (match.offset < taken_until) continue;
    taken_until = match.offset + match.length;
    if (std::find(found.begin(), found.end(), *match.term) == found.end()) found.push_back(*match.term);
  }
  return found;
}

std::vector<const Glossary::Term*> terms_in(const Glossary& glossary, std::string_view text) {
  std::vector<const Glossary::Term*> found;
  if (glossary.terms.empty()) return found;  // folding the text is the cost; spare it when nothing is sought
  std::string folded = text::fold_case(text);
  for (const auto& term : glossary.terms)
    if (!term.source.empty() && !text::find_term(folded, text::fold_case(term.source)).empty()) found.push_back(&term);
  return found;
}

bool has_rendering(const Glossary::Term& term, const std::string& lang, std::string_view translation) {
  auto it = term.renderings.find(lang);
  if (it == term.renderings.end()) return false;
  std::string folded = text::fold_case(translation);
  for (const auto& rendering : it->second) {
    bool prefix = rendering.ends_with('*');
    std::string_view word = prefix ? std::string_view(rendering).substr(0, rendering.size() - 1)
                                   : std::string_view(rendering);
    if (word.empty()) continue;
    if (!text::find_term(folded, text::fold_case(word), prefix).empty()) return true;
  }
  return false;
}

}  // namespace leafpress::l10n
