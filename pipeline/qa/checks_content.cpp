// Checks on what a translation must carry over: placeholders, numbers, addresses, glossary
// terms; and on whether it was translated at all (unchanged, length).
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "qa/unit_checks.hpp"
#include "text/analysis.hpp"
#include "text/numerals.hpp"
#include "text/plural_forms.hpp"

namespace leafpress::qa {
namespace {

void add(Findings& out, std::string_view id, std::string message, std::optional<size_t> offset = std::nullopt) {
  out.push_back(Finding{std::string(id), std::move(message), 0, offset});
}

std::string times(size_t n) { return n == 1 ? "once" : n == 2 ? "twice" : fmt::format("{} times", n); }

// Occurrences of the keep terms in `text`, longest term first, each stretch of text counted
// once ("Labour Party" is not also a "Labour").
std::map<std::string, size_t> keep_terms_found(const std::vector<std::string>& keep, std::string_view text) {
  std::vector<std::string> terms = keep;
  std::stable_sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::vector<bool> taken(text.size(), false);
  std::map<std::string, size_t> counts;
  for (const auto& term : terms) {
    for (size_t at : text::find_term(text, term)) {
      size_t end = at + term.size();
      if (std::any_of(taken.begin() + static_cast<std::ptrdiff_t>(at), taken.begin() + static_cast<std::ptrdiff_t>(end),
                      [](bool t) { return t; }))
        continue;
      std::fill(taken.begin() + static_cast<std::ptrdiff_t>(at), taken.begin() + static_cast<std::ptrdiff_t>(end),
                true);
      ++counts[term];
    }
  }
  return counts;
}

// `text` with every keep term replaced by spaces of the same length.
std::string mask_keep_terms(const std::vector<std::string>& keep, std::string_view text) {
  std::string out(text);
  for (const auto& term : keep)
    for (size_t at : text::find_term(text, term)) out.replace(at, term.size(), term.size(), ' ');
  return out;
}

// Occurrences of a glossary rendering in case-folded `text`, each replaced by spaces so a
// shorter term cannot count it again. Every word of a rendering may end in `*` to match the
// word's inflected forms ("mieszka* komunaln*" matches "mieszkań komunalnych"); words of a
// rendering follow each other separated by spaces only.
size_t take_rendering(std::string& text, std::string_view rendering) {
  std::vector<std::pair<std::string, bool>> words;  // folded word, may continue
  for (size_t at = 0; at < rendering.size();) {
    size_t end = rendering.find(' ', at);
    if (end == std::string_view::npos) end = rendering.size();
    std::string_view word = rendering.substr(at, end - at);
    bool prefix = word.ends_with('*');
    if (prefix) word.remove_suffix(1);
    if (!word.empty()) words.emplace_back(text::fold_case(word), prefix);
    at = end + 1;
  }
  if (words.empty()) return 0;
  // Where the word starting at `at` ends: its own length, or the whole word for a prefix.
  auto word_end = [&](size_t at, const std::pair<std::string, bool>& word) {
    size_t end = at + word.first.size();
    if (!word.second) return end;
    while (end < text.size() && text[end] != ' ' &&
           std::string_view(".,;:!?()\"'").find(text[end]) == std::string_view::npos)
      ++end;
    return end;
  };
  size_t count = 0;
  for (size_t start : text::find_term(text, words.front().first, words.front().second)) {
    size_t end = word_end(start, words.front());
    bool whole = true;
    for (size_t w = 1; w < words.size() && whole; ++w) {
      size_t next = end;
      while (next < text.size() && text[next] == ' ') ++next;
      auto here = next == end ? std::vector<size_t>{}
                              : text::find_term(std::string_view(text).substr(next), words[w].first, words[w].second);
      whole = !here.empty() && here.front() == 0;
      if (whole) end = word_end(next, words[w]);
    }
    if (!whole || text[start] == ' ') continue;
    text.replace(start, end - start, end - start, ' ');
    ++count;
  }
  return count;
}

// Characters of text without placeholder tags and surrounding spaces.
size_t visible_length(std::string_view text) {
  std::string masked = mask_placeholders(text);
  std::string compact;
  bool space = false;
  for (char c : masked) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = true;
      continue;
    }
    if (space && !compact.empty()) compact += ' ';
    space = false;
    compact += c;
  }
  return text::count_code_points(compact);
}

}  // namespace

namespace {

// "{1}" and the like are filled in at render time: each must survive (repeating one is fine),
// and one the source lacks would print as it is.
void check_value_placeholders(std::string_view source, std::string_view translation, Findings& out) {
  auto wanted = value_placeholders(source);
  auto have = value_placeholders(translation);
  auto contains = [](const std::vector<PlaceholderTag>& values, const std::string& text) {
    return std::any_of(values.begin(), values.end(), [&](const PlaceholderTag& v) { return v.text == text; });
  };
  std::vector<std::string> reported;
  for (const auto& value : wanted) {
    if (contains(have, value.text) || std::find(reported.begin(), reported.end(), value.text) != reported.end())
      continue;
    reported.push_back(value.text);
    add(out, "placeholder", fmt::format("placeholder {} is missing from the translation", value.text));
  }
  for (const auto& value : have) {
    if (contains(wanted, value.text) || std::find(reported.begin(), reported.end(), value.text) != reported.end())
      continue;
    reported.push_back(value.text);
    add(out, "placeholder", fmt::format("placeholder {} is not in the source", value.text), value.offset);
  }
}

}  // namespace

void check_placeholders(std::string_view source, std::string_view translation, Findings& out) {
  check_value_placeholders(source, translation, out);
  auto source_tags = placeholder_tags(source);
  auto translation_tags = placeholder_tags(translation);
  std::map<std::string, size_t> wanted, have;
  std::map<std::string, size_t> first_at;
  for (const auto& tag : source_tags) ++wanted[tag.text];
  for (const auto& tag : translation_tags) {
    ++have[tag.text];
    first_at.emplace(tag.text, tag.offset);
  }
  auto count_in = [](const std::map<std::string, size_t>& counts, const std::string& tag) {
    auto it = counts.find(tag);
    return it == counts.end() ? size_t{0} : it->second;
  };
  // Tags grouped by number, in order of appearance, so "<1>…</1>" is reported as one span.
  auto group = [](const std::vector<PlaceholderTag>& tags) {
    std::vector<std::pair<int, std::vector<std::string>>> groups;
    for (const auto& tag : tags) {
      auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == tag.number; });
      if (it == groups.end()) it = groups.insert(groups.end(), {tag.number, {}});
      if (std::find(it->second.begin(), it->second.end(), tag.text) == it->second.end()) it->second.push_back(tag.text);
    }
    return groups;
  };
  auto span_name = [](const std::vector<std::string>& texts) {
    return texts.size() == 2 ? texts[0] + "…" + texts[1] : texts.front();
  };
  bool counts_match = true;
  for (const auto& [number, texts] : group(source_tags)) {
    std::vector<std::string> missing;
    for (const auto& tag : texts) {
      size_t got = count_in(have, tag), count = count_in(wanted, tag);
      if (got == 0) {
        missing.push_back(tag);
      } else if (got != count) {
        add(out, "placeholder",
            fmt::format("placeholder {} appears {} in the translation but {} in the source", tag, times(got),
                        times(count)),
            first_at[tag]);
      }
      if (got != count) counts_match = false;
    }
    if (missing.size() == texts.size())
      add(out, "placeholder", fmt::format("placeholder {} is missing from the translation", span_name(texts)));
    else
      for (const auto& tag : missing)
        add(out, "placeholder", fmt::format("placeholder {} is missing from the translation", tag));
  }
  for (const auto& [number, texts] : group(translation_tags)) {
    std::vector<std::string> extra;
    for (const auto& tag : texts)
      if (count_in(wanted, tag) == 0) extra.push_back(tag);
    if (extra.empty()) continue;
    counts_match = false;
    if (extra.size() == texts.size())
      add(out, "placeholder", fmt::format("placeholder {} is not in the source", span_name(texts)),
          first_at[texts.front()]);
    else
      for (const auto& tag : extra)
        add(out, "placeholder", fmt::format("placeholder {} is not in the source", tag), first_at[tag]);
  }
  if (!counts_match) return;
  // The spans must nest: <1><2>…</2></1>, never <1><2>…</1></2>.
  std::vector<const PlaceholderTag*> open;
  for (const auto& tag : translation_tags) {
    if (tag.kind == PlaceholderTag::open) {
      open.push_back(&tag);
    } else if (tag.kind == PlaceholderTag::close) {
      if (!open.empty() && open.back()->number == tag.number) {
        open.pop_back();
        continue;
      }
      auto match = std::find_if(open.begin(), open.end(), [&](const auto* o) { return o->number == tag.number; });
      if (match == open.end()) {
        add(out, "placeholder", fmt::format("{} closes a span that is not open here", tag.text), tag.offset);
      } else {
        add(out, "placeholder",
            fmt::format("{} closes before {} is closed: spans must nest as in the source", tag.text, open.back()->text),
            tag.offset);
        open.erase(match);
      }
    }
  }
  for (const auto* tag : open) add(out, "placeholder", fmt::format("{} is never closed", tag->text), tag->offset);
}

namespace {

// True when a count of `digits` things can be said by the noun's form alone, with no numeral:
// 1 where the language's plural rule gives 1 a form of its own (a singular: Arabic دقيقة,
// Hebrew דקה, "a minute"), 2 where it gives 2 one (a dual: Arabic دقيقتان).
bool noun_form_can_count(const text::Language& language, const std::string& digits) {
  if (digits != "1" && digits != "2") return false;
  auto forms = text::PluralForms::parse(language.plural_forms);
  if (!forms) return false;
  const unsigned long value = digits == "1" ? 1 : 2;
  const unsigned long form = forms->form(value);
  for (unsigned long n = 0; n <= 200; ++n)
    if (n != value && forms->form(n) == form) return false;
  return true;
}

}  // namespace

void check_numbers(const text::Language& language, std::string_view source, std::string_view translation,
                   Findings& out) {
  std::map<std::string, size_t> have;
  for (const auto& n : numbers_in(translation)) ++have[n.digits];
  // Numbers written in other numerals or in words, looked for only when a figure is missing.
  std::string masked = mask_placeholders(translation);
  std::optional<std::map<uint64_t, size_t>> numerals;
  std::optional<text::SpelledNumbers> spelled;
  auto written_otherwise = [&](const std::string& digits) {
    if (digits.size() > 15) return false;
    uint64_t value = std::stoull(digits);
    if (!numerals) {
      numerals.emplace();
      for (const auto& numeral : text::numeral_values(masked)) ++(*numerals)[numeral.value];
    }
    if (auto it = numerals->find(value); it != numerals->end() && it->second > 0) {
      --it->second;
      return true;
    }
    if (!spelled) spelled.emplace(masked, language.tag);
    return spelled->contains(value);
  };
  std::set<std::string> reported;
  for (const auto& n : numbers_in(source)) {
    auto it = have.find(n.digits);
    if (it != have.end() && it->second > 0) {
      --it->second;
      continue;
    }
    if (reported.contains(n.digits) || written_otherwise(n.digits)) continue;
    reported.insert(n.digits);
    if (n.counts_word && noun_form_can_count(language, n.digits)) {
      add(out, "number-in-noun",
          fmt::format(
              "\"{}\" is not written; right only if the word's own form says it (\"a minute\" for \"{} minute\")",
              n.written, n.written));
      continue;
    }
    add(out, "number", fmt::format("\"{}\" is missing from the translation", n.written));
  }
}

void check_urls(std::string_view source, std::string_view translation, Findings& out) {
  for (const auto& address : addresses_in(source)) {
    if (translation.find(address) != std::string_view::npos) continue;
    add(out, "url", fmt::format("\"{}\" is missing or changed in the translation", address));
  }
}

void check_glossary_keep(const LanguageGlossary& glossary, std::string_view source, std::string_view translation,
                         Findings& out) {
  if (glossary.keep.empty()) return;
  auto in_source = keep_terms_found(glossary.keep, source);
  auto in_translation = keep_terms_found(glossary.keep, translation);
  for (const auto& term : glossary.keep) {
    auto wanted = in_source.find(term);
    if (wanted == in_source.end()) continue;
    auto have = in_translation.find(term);
    size_t count = have == in_translation.end() ? 0 : have->second;
    if (count >= wanted->second) continue;
    if (count == 0)
      add(out, "glossary-keep", fmt::format("\"{}\" must stay as it is, but is missing from the translation", term));
    else
      add(out, "glossary-keep",
          fmt::format("\"{}\" must stay as it is: it appears {} in the source but {} in the translation", term,
                      times(wanted->second), times(count)));
  }
}

void check_glossary_terms(const LanguageGlossary& glossary, std::string_view source, std::string_view translation,
                          Findings& out) {
  if (glossary.terms.empty()) return;
  // A term inside a name kept as it is ("free movement" in "Labour Campaign for Free
  // Movement") is not translated there, so it does not count.
  std::string folded_source = text::fold_case(mask_keep_terms(glossary.keep, source));
  std::string folded_translation = text::fold_case(mask_keep_terms(glossary.keep, translation));
  // Longest terms first, each occurrence taken out once counted: "council homes" is one term,
  // not also a "council", in the source and in its rendering in the translation.
  std::vector<const LanguageGlossary::Term*> terms;
  for (const auto& term : glossary.terms) terms.push_back(&term);
  std::stable_sort(terms.begin(), terms.end(),
                   [](const auto* a, const auto* b) { return a->source.size() > b->source.size(); });
  for (const auto* term : terms) {
    auto found = text::find_term(folded_source, text::fold_case(term->source));
    size_t wanted = found.size();
    for (size_t at : found)
      folded_source.replace(at, text::fold_case(term->source).size(), text::fold_case(term->source).size(), ' ');
    if (wanted == 0 || term->renderings.empty()) continue;
    size_t used = 0;
    for (const auto& rendering : term->renderings) used += take_rendering(folded_translation, rendering);
    if (used >= wanted) continue;
    std::string list;
    for (const auto& rendering : term->renderings) list += (list.empty() ? "\"" : " or \"") + rendering + "\"";
    if (used == 0) add(out, "glossary-term", fmt::format("\"{}\" has an approved translation: {}", term->source, list));
    else
      add(out, "glossary-term",
          fmt::format("\"{}\" appears {} in the source but its approved translation ({}) {} in the translation",
                      term->source, times(wanted), list, times(used)));
  }
}

void check_unchanged(const LanguageGlossary& glossary, std::string_view source, std::string_view translation,
                     Findings& out) {
  if (source != translation) return;
  // What is left once placeholders, addresses and keep terms are taken out must hold letters.
  std::string rest = mask_placeholders(source);
  for (const auto& address : addresses_in(source))
    for (size_t at = rest.find(address); at != std::string::npos; at = rest.find(address, at))
      rest.replace(at, address.size(), address.size(), ' ');
  std::vector<std::string> terms = glossary.keep;
  std::stable_sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  for (const auto& term : terms) {
    auto found = text::find_term(rest, term);
    for (auto it = found.rbegin(); it != found.rend(); ++it) rest.replace(*it, term.size(), term.size(), ' ');
  }
  // Abbreviations and symbols ("1 m", "OK") often stay as they are.
  constexpr size_t k_min_letters = 3;
  if (text::count_letters(rest) < k_min_letters) return;
  add(out, "unchanged", "the translation is identical to the source");
}

void check_length(const text::Language& language, std::string_view source, std::string_view translation,
                  Findings& out) {
  // Short texts vary too much (a title, a name) for a ratio to mean anything.
  constexpr size_t k_min_source = 40;
  size_t source_length = visible_length(source);
  if (source_length < k_min_source) return;
  size_t length = visible_length(translation);
  // Code points per source code point seen for English sources: ideographic scripts carry a
  // word in one or two characters; other scripts run from about 0.8 to 1.6.
  const std::string& script = language.script;
  bool ideographic = script == "Hans" || script == "Hant" || script == "Jpan" || script == "Kore";
  double low = ideographic ? 0.15 : 0.55;
  double high = ideographic ? 0.9 : 2.2;
  double ratio = static_cast<double>(length) / static_cast<double>(source_length);
  if (ratio >= low && ratio <= high) return;
  add(out, "length",
      fmt::format("the translation is {:.0f}% of the source's length (usually {:.0f}%–{:.0f}% for this script): {}",
                  ratio * 100, low * 100, high * 100, ratio < low ? "is text missing?" : "is text added or repeated?"));
}

}  // namespace leafpress::qa
