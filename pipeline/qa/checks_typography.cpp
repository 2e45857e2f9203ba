// Checks on the form of a translation: whitespace, newlines, doubled words, punctuation,
// quotes, letters, bidirectional controls and normalization.
#include <fmt/format.h>

#include <algorithm>

#include "qa/unit_checks.hpp"
#include "text/analysis.hpp"
#include "text/nfc.hpp"

namespace leafpress::qa {
namespace {

void add(Findings& out, std::string_view id, std::string message, std::optional<size_t> offset = std::nullopt) {
  out.push_back(Finding{std::string(id), std::move(message), 0, offset});
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Words written twice in a row, separated only by white space; folded case.
struct Doubled {
  std::string word;
  size_t offset;  // of the second one
  size_t length;  // of the second one, in bytes
};
std::vector<Doubled> doubled_words(std::string_view text, std::string_view lang) {
  std::string masked = mask_placeholders(text);
  auto words = text::split_words(masked, lang);
  std::vector<Doubled> found;
  for (size_t i = 1; i < words.size(); ++i) {
    const auto& a = words[i - 1];
    const auto& b = words[i];
    // From the text as written: a placeholder between the two words ("от {1} от") puts a
    // value there, so they are not written twice in a row.
    std::string_view gap = text.substr(a.offset + a.length, b.offset - a.offset - a.length);
    if (gap.empty()) continue;
    bool spaces = std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n'; }) ||
                  gap == "\u00A0" || gap == "\u202F";
    if (!spaces) continue;
    std::string_view first = std::string_view(masked).substr(a.offset, a.length);
    std::string_view second = std::string_view(masked).substr(b.offset, b.length);
    if (!text::has_letters(first)) continue;
    std::string folded = text::fold_case(first);
    if (folded == text::fold_case(second)) found.push_back({folded, b.offset, b.length});
  }
  return found;
}

struct Control {
  std::string_view bytes;
  std::string_view name;
  enum Kind { embedding, isolate, pop_embedding, pop_isolate } kind;
};
constexpr Control k_controls[] = {
    {"\u202A", "LRE (U+202A)", Control::embedding},     {"\u202B", "RLE (U+202B)", Control::embedding},
    {"\u202D", "LRO (U+202D)", Control::embedding},     {"\u202E", "RLO (U+202E)", Control::embedding},
    {"\u202C", "PDF (U+202C)", Control::pop_embedding}, {"\u2066", "LRI (U+2066)", Control::isolate},
    {"\u2067", "RLI (U+2067)", Control::isolate},       {"\u2068", "FSI (U+2068)", Control::isolate},
    {"\u2069", "PDI (U+2069)", Control::pop_isolate},
};

}  // namespace

void check_newlines(std::string_view source, std::string_view translation, Findings& out) {
  if (translation.empty()) return;
  bool source_starts = !source.empty() && source.front() == '\n';
  bool starts = translation.front() == '\n';
  if (source_starts != starts)
    add(out, "newlines",
        source_starts ? "the source starts with a newline, the translation does not"
                      : "the translation starts with a newline, the source does not",
        0);
  bool source_ends = !source.empty() && source.back() == '\n';
  bool ends = translation.back() == '\n';
  if (source_ends != ends)
    add(out, "newlines",
        source_ends ? "the source ends with a newline, the translation does not"
                    : "the translation ends with a newline, the source does not",
        translation.size() - 1);
}

void check_whitespace(std::string_view source, std::string_view translation, Findings& out) {
  if (translation.empty()) return;
  bool source_leads = !source.empty() && is_blank(source.front());
  bool leads = is_blank(translation.front());
  if (source_leads != leads)
    add(out, "whitespace",
        leads ? "the translation starts with a space, the source does not"
              : "the source starts with a space, the translation does not",
        0);
  bool source_trails = !source.empty() && is_blank(source.back());
  bool trails = is_blank(translation.back());
  if (source_trails != trails)
    add(out, "whitespace",
        trails ? "the translation ends with a space, the source does not"
               : "the source ends with a space, the translation does not",
        translation.size() - 1);
  // Line breaks inside the text matter less (msgfmt ignores them): a warning only. Leading and
  // trailing ones are the newlines check's.
  auto count = [](std::string_view s) {
    while (!s.empty() && s.front() == '\n') s.remove_prefix(1);
    while (!s.empty() && s.back() == '\n') s.remove_suffix(1);
    return std::count(s.begin(), s.end(), '\n');
  };
  auto source_lines = count(source), lines = count(translation);
  if (source_lines != lines)
    add(out, "whitespace", fmt::format("the translation has {} line breaks, the source {}", lines, source_lines));
}

void check_doubled_words(const text::Language& language, std::string_view source, std::string_view translation,
                         Findings& out) {
  auto found = doubled_words(translation, language.tag);
  if (found.empty()) return;
  // A source that repeats a word ("very very", "had had") may be rendered with a repetition
  // of another word; only repetitions beyond the source's count.
  size_t allowed = doubled_words(source, "en").size();
  for (size_t i = allowed; i < found.size(); ++i) {
    const auto& d = found[i];
    std::string_view word = translation.substr(d.offset, d.length);
    add(out, "doubled-word", fmt::format("\"{}\" is written twice in a row", word), d.offset);
  }
}

void check_end_punctuation(const text::Language& language, std::string_view source, std::string_view translation,
                           Findings& out) {
  if (translation.empty()) return;
  auto want = text::end_punctuation(source);
  auto have = text::end_punctuation(translation);
  std::string native = text::native_end_mark(language, want.mark);
  bool same_mark = want.mark == have.mark || (!native.empty() && have.text == native);
  if (!same_mark) {
    add(out, "end-punctuation",
        fmt::format("the source ends with {}{}, the translation with {}{}", text::end_mark_name(want.mark),
                    want.text.empty() ? "" : " \"" + want.text + "\"", text::end_mark_name(have.mark),
                    have.text.empty() ? "" : " \"" + have.text + "\""),
        have.offset);
    return;
  }
  if (!native.empty() && have.text != native) {
    add(out, "end-punctuation",
        fmt::format("{} writes {} as \"{}\", not \"{}\"", language.english_name, text::end_mark_name(want.mark), native,
                    have.text),
        have.offset);
    return;
  }
  // Spanish opens questions and exclamations with their inverted marks.
  if (language.inverted_opening_marks) {
    if (want.mark == text::EndMark::question && translation.find("\u00BF") == std::string_view::npos)
      add(out, "end-punctuation", fmt::format("a question in {} opens with \"¿\"", language.english_name), 0);
    if (want.mark == text::EndMark::exclamation && translation.find("\u00A1") == std::string_view::npos)
      add(out, "end-punctuation", fmt::format("an exclamation in {} opens with \"¡\"", language.english_name), 0);
  }
}

void check_quotes(const text::Language& language, std::string_view translation, Findings& out) {
  if (language.quote_open.empty() || language.quote_open == "\"") return;
  size_t at = translation.find('"');
  if (at == std::string_view::npos) return;
  add(out, "quotes",
      fmt::format("ASCII quotation mark '\"': {} uses {}…{}", language.english_name, language.quote_open,
                  language.quote_close),
      at);
}

void check_romanian_cedilla(const text::Language& language, std::string_view translation, Findings& out) {
  if (!language.comma_below_letters) return;
  struct Letter {
    std::string_view wrong, right, name;
  };
  static constexpr Letter k_letters[] = {{"\u015F", "\u0219", "s"},
                                         {"\u015E", "\u0218", "S"},
                                         {"\u0163", "\u021B", "t"},
                                         {"\u0162", "\u021A", "T"}};
  for (const auto& letter : k_letters) {
    size_t at = translation.find(letter.wrong);
    if (at == std::string_view::npos) continue;
    add(out, "romanian-cedilla",
        fmt::format("\"{}\" ({} with cedilla) should be \"{}\" ({} with comma below)", letter.wrong, letter.name,
                    letter.right, letter.name),
        at);
  }
}

void check_bidi(std::string_view translation, Findings& out) {
  struct Open {
    const Control* control;
    size_t offset;
  };
  std::vector<Open> stack;
  for (size_t at = 0; at < translation.size(); ++at) {
    if (static_cast<unsigned char>(translation[at]) != 0xE2) continue;
    const Control* control = nullptr;
    for (const auto& c : k_controls)
      if (translation.substr(at, c.bytes.size()) == c.bytes) control = &c;
    if (!control) continue;
    switch (control->kind) {
      case Control::embedding:
      case Control::isolate: stack.push_back({control, at}); break;
      case Control::pop_embedding:
        if (!stack.empty() && stack.back().control->kind == Control::embedding) stack.pop_back();
        else add(out, "bidi", fmt::format("{} closes no embedding or override", control->name), at);
        break;
      case Control::pop_isolate: {
        auto isolate = std::find_if(stack.rbegin(), stack.rend(),
                                    [](const Open& o) { return o.control->kind == Control::isolate; });
        if (isolate == stack.rend()) {
          add(out, "bidi", fmt::format("{} closes no isolate", control->name), at);
          break;
        }
        // A PDI also ends the embeddings opened inside its isolate, but they should be closed.
        for (auto it = stack.rbegin(); it != isolate; ++it)
          add(out, "bidi", fmt::format("{} is not closed before the isolate ends", it->control->name), it->offset);
        stack.erase(std::prev(isolate.base()), stack.end());
        break;
      }
    }
  }
  for (const auto& open : stack)
    add(out, "bidi",
        fmt::format("{} is never closed (with {})", open.control->name,
                    open.control->kind == Control::isolate ? "PDI" : "PDF"),
        open.offset);
}

void check_nfc(std::string_view translation, Findings& out) {
  if (auto at = text::first_non_nfc(translation))
    add(out, "nfc", "the text is not in Unicode Normalization Form C (decomposed accents?)", *at);
}

Findings check_text(const CheckContext& context, std::string_view source, std::string_view translation) {
  Findings out;
  check_placeholders(source, translation, out);
  check_numbers(context.language, source, translation, out);
  check_urls(source, translation, out);
  check_glossary_keep(context.glossary, source, translation, out);
  check_glossary_terms(context.glossary, source, translation, out);
  check_newlines(source, translation, out);
  check_whitespace(source, translation, out);
  check_doubled_words(context.language, source, translation, out);
  check_end_punctuation(context.language, source, translation, out);
  check_quotes(context.language, translation, out);
  check_romanian_cedilla(context.language, translation, out);
  check_bidi(translation, out);
  check_nfc(translation, out);
  check_unchanged(context.glossary, source, translation, out);
  check_length(context.language, source, translation, out);
  return out;
}

}  // namespace leafpress::qa
