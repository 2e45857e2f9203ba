// Tokens the checks share: placeholder tags, numbers, web and e-mail addresses.
#include <algorithm>
#include <cctype>

#include "qa/unit_checks.hpp"
#include "text/analysis.hpp"

namespace leafpress::qa {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

size_t digit_run(std::string_view text, size_t at) {
  size_t end = at;
  while (end < text.size() && is_digit(text[end])) ++end;
  return end - at;
}

// Separators that may sit inside a number, with their byte length; `grouping_only` ones
// (spaces) must be followed by exactly three digits, so "in 2026 10 people" stays two numbers.
struct Separator {
  std::string_view bytes;
  bool grouping_only;
};
constexpr Separator k_separators[] = {
    {",", false},      {".", false},      {"'", false},
    {"\u2019", false}, {"\u066B", false}, {"\u066C", false},  // Arabic decimal and thousands
    {" ", true},       {"\u00A0", true},  {"\u202F", true},
};

bool ascii_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool email_local_char(char c) { return ascii_word_char(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool email_domain_char(char c) { return ascii_word_char(c) || c == '.' || c == '-'; }

// Punctuation that ends a sentence around an address but is not part of it.
size_t trim_trailing(std::string_view text) {
  static constexpr std::string_view k_closers[] = {"\u00BB", "\u201D", "\u2019", "\u300D", "\u300F",
                                                   "\uFF09", "\u3002", "\u060C", "\u061F", "\u06D4"};
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    if (std::string_view(".,;:!?)]}'\"").find(text.back()) != std::string_view::npos) {
      text.remove_suffix(1);
      changed = true;
      continue;
    }
    for (auto closer : k_closers) {
      if (text.size() >= closer.size() && text.substr(text.size() - closer.size()) == closer) {
        text.remove_suffix(closer.size());
        changed = true;
        break;
      }
    }
  }
  return text.size();
}

}  // namespace

std::vector<PlaceholderTag> placeholder_tags(std::string_view text) {
  std::vector<PlaceholderTag> tags;
  for (size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    // "\<1>" is the text "<1>" in a statement (see l10n::render), not a placeholder.
    size_t backslashes = 0;
    while (backslashes < at && text[at - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 1) continue;
    size_t i = at + 1;
    PlaceholderTag tag;
    tag.kind = PlaceholderTag::open;
    if (i < text.size() && text[i] == '/') {
      tag.kind = PlaceholderTag::close;
      ++i;
    }
    size_t digits = digit_run(text, i);
    if (digits == 0 || digits > 4) continue;
    int number = 0;
    for (size_t k = i; k < i + digits; ++k) number = number * 10 + (text[k] - '0');
    i += digits;
    if (tag.kind == PlaceholderTag::open && i < text.size() && text[i] == '/') {
      tag.kind = PlaceholderTag::empty;
      ++i;
    }
    if (i >= text.size() || text[i] != '>') continue;
    tag.number = number;
    tag.offset = at;
    tag.text = std::string(text.substr(at, i + 1 - at));
    tags.push_back(std::move(tag));
  }
  return tags;
}

std::vector<PlaceholderTag> value_placeholders(std::string_view text) {
  std::vector<PlaceholderTag> values;
  for (size_t at = text.find('{'); at != std::string_view::npos; at = text.find('{', at + 1)) {
    size_t digits = digit_run(text, at + 1);
    if (digits == 0 || digits > 4 || at + 1 + digits >= text.size() || text[at + 1 + digits] != '}') continue;
    PlaceholderTag value;
    value.kind = PlaceholderTag::value;
    value.offset = at;
    value.text = std::string(text.substr(at, digits + 2));
    for (size_t k = at + 1; k < at + 1 + digits; ++k) value.number = value.number * 10 + (text[k] - '0');
    values.push_back(std::move(value));
  }
  return values;
}

std::string mask_placeholders(std::string_view text) {
  std::string out(text);
  for (const auto& tag : placeholder_tags(text)) out.replace(tag.offset, tag.text.size(), tag.text.size(), ' ');
  for (const auto& value : value_placeholders(text))
    out.replace(value.offset, value.text.size(), value.text.size(), ' ');
  return out;
}

std::vector<NumberToken> numbers_in(std::string_view text) {
  std::string folded = text::fold_digits(mask_placeholders(text));
  std::string_view s = folded;
  std::vector<NumberToken> numbers;
  size_t i = 0;
  while (i < s.size()) {
    if (!is_digit(s[i])) {
      ++i;
      continue;
    }
    size_t start = i;
    NumberToken token;
    size_t group = digit_run(s, i);
    token.digits.append(s.substr(i, group));
    i += group;
    for (;;) {
      bool extended = false;
      for (const auto& sep : k_separators) {
        if (s.substr(i, sep.bytes.size()) != sep.bytes) continue;
        size_t next = digit_run(s, i + sep.bytes.size());
        if (next == 0) continue;
        if (sep.grouping_only && (next != 3 || group > 3)) continue;
        i += sep.bytes.size();
        token.digits.append(s.substr(i, next));
        i += next;
        group = next;
        extended = true;
        break;
      }
      if (!extended) break;
    }
    token.written = std::string(s.substr(start, i - start));
    // A letter (ASCII, or the lead byte of any other character) after one space.
    token.counts_word = i + 1 < s.size() && s[i] == ' ' &&
                        (std::isalpha(static_cast<unsigned char>(s[i + 1])) != 0 ||
                         static_cast<unsigned char>(s[i + 1]) >= 0xC0);
    numbers.push_back(std::move(token));
  }
  return numbers;
}

std::vector<std::string> addresses_in(std::string_view text) {
  std::vector<std::string> found;
  auto starts_word = [&](size_t at) { return at == 0 || !ascii_word_char(text[at - 1]); };
  // Web addresses: each occurrence of a scheme or "www." that starts a word, in text order.
  std::vector<size_t> starts;
  for (std::string_view prefix : {"http://", "https://", "www."})
    for (size_t at = text.find(prefix); at != std::string_view::npos; at = text.find(prefix, at + 1))
      if (starts_word(at)) starts.push_back(at);
  std::sort(starts.begin(), starts.end());
  size_t covered = 0;  // end of the last address found ("https://www." is one address)
  for (size_t at : starts) {
    if (at < covered) continue;
    size_t end = at;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != '<' &&
           text[end] != '>' && text[end] != '"')
      ++end;
    size_t length = trim_trailing(text.substr(at, end - at));
    found.emplace_back(text.substr(at, length));
    covered = end;
  }
  // E-mail addresses (not already part of a web address).
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    size_t start = at;
    while (start > 0 && email_local_char(text[start - 1])) --start;
    size_t end = at + 1;
    while (end < text.size() && email_domain_char(text[end])) ++end;
    std::string_view domain = text.substr(at + 1, end - at - 1);
    while (!domain.empty() && (domain.back() == '.' || domain.back() == '-')) domain.remove_suffix(1);
    if (start == at || domain.find('.') == std::string_view::npos) continue;
    std::string address(text.substr(start, at + 1 - start + domain.size()));
    bool inside_url = false;
    for (const auto& url : found)
      if (url.find(address) != std::string::npos) inside_url = true;
    if (!inside_url) found.push_back(std::move(address));
  }
  return found;
}

}  // namespace leafpress::qa
