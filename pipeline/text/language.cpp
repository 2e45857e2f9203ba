#include "text/language.hpp"

#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "base/strings.hpp"
#include "text/cldr_plural_forms.hpp"
#include "text/icu_string.hpp"
#include "text/language_table.hpp"

namespace leafpress::text {
namespace {

bool all_of(std::string_view s, bool (*pred)(char)) {
  for (char c : s)
    if (!pred(c)) return false;
  return true;
}
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

std::vector<std::string_view> split_subtags(std::string_view tag) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= tag.size(); ++i) {
    if (i == tag.size() || tag[i] == '-' || tag[i] == '_') {
      parts.push_back(tag.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

std::string delimiter(ULocaleData* data, ULocaleDataDelimiterType type) {
  UErrorCode status = U_ZERO_ERROR;
  std::array<UChar, 16> buffer{};
  int32_t length = ulocdata_getDelimiter(data, type, buffer.data(), static_cast<int32_t>(buffer.size()), &status);
  if (U_FAILURE(status)) return {};
  return to_utf8(icu::UnicodeString(buffer.data(), length));
}

// The gettext rule whose integer partition equals CLDR's for this locale, or nullptr.
const PluralRule* derive_plural_rule(const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(locale, status));
  if (U_FAILURE(status) || !rules) return nullptr;
  for (const PluralRule* candidate : plural_rules()) {
    // Same partition: category ↔ index must be a bijection over 0..1000.
    std::map<std::string, int> category_to_index;
    std::map<int, std::string> index_to_category;
    bool same = true;
    for (unsigned long n = 0; n <= 1000 && same; ++n) {
      std::string category = to_utf8(rules->select(static_cast<int32_t>(n)));
      int index = candidate->index(n);
      auto [c, c_new] = category_to_index.emplace(category, index);
      auto [i, i_new] = index_to_category.emplace(index, category);
      same = c->second == index && i->second == category;
    }
    if (same && static_cast<int>(index_to_category.size()) == candidate->nplurals) return candidate;
  }
  return nullptr;
}

// The gettext (glibc locale) name of a language: language_COUNTRY, and a script that is not
// the language's usual one as an @modifier: sr-Latn → sr@latin, uz-Cyrl-UZ → uz_UZ@cyrillic,
// while sr-Cyrl is plain sr.
std::string gettext_code(const icu::Locale& locale) {
  std::string code = locale.getLanguage();
  if (*locale.getCountry()) code += std::string("_") + locale.getCountry();
  std::string script = locale.getScript();
  if (script.empty()) return code;
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale usual(locale.getLanguage());
  usual.addLikelySubtags(status);
  if (U_SUCCESS(status) && script == usual.getScript()) return code;
  // glibc's modifiers are the scripts' English names in lower case ("latin", "cyrillic",
  // "devanagari").
  icu::UnicodeString name;
  locale.getDisplayScript(icu::Locale::getEnglish(), name);
  std::string modifier;
  for (char c : to_utf8(name))
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) modifier += static_cast<char>(c | 0x20);
  return modifier.empty() ? code : code + "@" + modifier;
}

}  // namespace

bool is_well_formed_tag(std::string_view tag) {
  auto parts = split_subtags(tag);
  if (parts.empty()) return false;
  // language: 2–3 letters (or 5–8 registered); then optional script (4 letters),
  // region (2 letters or 3 digits), variants (5–8 alnum or digit+3 alnum).
  std::string_view language = parts[0];
  if (language.size() < 2 || language.size() > 8 || language.size() == 4 || !all_of(language, is_alpha)) return false;
  size_t i = 1;
  if (i < parts.size() && parts[i].size() == 4 && all_of(parts[i], is_alpha)) ++i;
  if (i < parts.size() &&
      ((parts[i].size() == 2 && all_of(parts[i], is_alpha)) || (parts[i].size() == 3 && all_of(parts[i], is_digit))))
    ++i;
  for (; i < parts.size(); ++i) {
    std::string_view v = parts[i];
    bool variant = (v.size() >= 5 && v.size() <= 8 && all_of(v, is_alnum)) ||
                   (v.size() == 4 && is_digit(v[0]) && all_of(v, is_alnum));
    if (!variant) return false;
  }
  return true;
}

Result<std::string> canonical_tag(std::string_view tag) {
  if (!is_well_formed_tag(tag))
    return fail({}, "\"" + std::string(tag) +
                        "\" is not a valid language tag (expected e.g. \"pl\", \"pt-PT\" or \"zh-Hant\")");
  auto parts = split_subtags(tag);
  std::string out = ascii_lower(parts[0]);
  for (size_t i = 1; i < parts.size(); ++i) {
    std::string part = ascii_lower(parts[i]);
    if (part.size() == 4 && is_alpha(part[0])) part[0] = static_cast<char>(part[0] - 'a' + 'A');
    else if (part.size() == 2)
      for (char& c : part) c = static_cast<char>(c - 'a' + 'A');
    out += '-' + part;
  }
  return out;
}

const std::vector<std::string>& known_tags() {
  static const std::vector<std::string> tags = [] {
    std::vector<std::string> out;
    for (const auto& row : language_rows()) out.emplace_back(row.tag);
    return out;
  }();
  return tags;
}

namespace {

// What ICU, CLDR and the table say about the language of `raw_tag`.
Result<Language> describe_language(std::string_view raw_tag) {
  auto tag = canonical_tag(raw_tag);
  if (!tag) return std::unexpected(tag.error());
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(*tag, status);
  if (U_FAILURE(status) || locale.isBogus())
    return fail({}, "ICU does not understand the language tag \"" + *tag + "\"");

  // A language ICU has no name for is one we cannot describe or pluralise reliably.
  icu::UnicodeString english;
  icu::Locale(locale.getLanguage()).getDisplayLanguage(icu::Locale::getEnglish(), english);
  if (to_utf8(english) == locale.getLanguage())
    return fail({}, "unknown language \"" + *tag + "\": ICU/CLDR has no data for it");

  Language info;
  info.tag = *tag;
  const LanguageRow* row = find_language_row(*tag);

  std::unique_ptr<icu::LocaleDisplayNames> english_names(
      icu::LocaleDisplayNames::createInstance(icu::Locale::getEnglish(), ULDN_DIALECT_NAMES));
  std::unique_ptr<icu::LocaleDisplayNames> own_names(
      icu::LocaleDisplayNames::createInstance(locale, ULDN_DIALECT_NAMES));
  icu::UnicodeString name;
  info.english_name = to_utf8(english_names->localeDisplayName(locale, name));
  name.remove();
  info.autonym = to_utf8(own_names->localeDisplayName(locale, name));

  icu::Locale maximized = locale;
  status = U_ZERO_ERROR;
  maximized.addLikelySubtags(status);
  info.script = maximized.getScript();
  info.direction = locale.isRightToLeft() ? Direction::rtl : Direction::ltr;

  status = U_ZERO_ERROR;
  ULocaleData* data = ulocdata_open(maximized.getName(), &status);
  if (U_SUCCESS(status)) {
    info.quote_open = delimiter(data, ULOCDATA_QUOTATION_START);
    info.quote_close = delimiter(data, ULOCDATA_QUOTATION_END);
    info.alt_quote_open = delimiter(data, ULOCDATA_ALT_QUOTATION_START);
    info.alt_quote_close = delimiter(data, ULOCDATA_ALT_QUOTATION_END);
    ulocdata_close(data);
  }

  // The table's formula, else a known gettext formula with CLDR's partition (as gettext
  // writes it), else one written from CLDR's rules.
  if (const PluralRule* plural = row ? row->plural : derive_plural_rule(locale)) {
    info.plural_forms = std::string(plural->formula);
    info.nplurals = plural->nplurals;
  } else {
    auto derived = plural_forms_from_cldr(*tag);
    if (!derived) return fail({}, "no Plural-Forms for \"" + *tag + "\": " + derived.error().message);
    info.plural_forms = *derived;
    info.nplurals = static_cast<int>(derived->at(derived->find('=') + 1) - '0');
  }
  info.gettext_code = row ? std::string(row->gettext_code) : gettext_code(locale);

  std::string font_key = row ? std::string(row->script_fonts) : info.script;
  const ScriptFonts& fonts = fonts_for_script(font_key);
  info.web_fonts = std::string(fonts.web_fonts);
  info.web_line_height = fonts.web_line_height;
  info.print_font = std::string(fonts.print_font);
  if (row) info.tex_locale = std::string(row->tex_locale);
  info.fop_language_attribute = row ? row->fop_language_attribute : !info.rtl();
  if (row && !row->print_refusal.empty()) {
    info.print_supported = false;
    info.print_refusal = std::string(row->print_refusal);
  }
  std::string_view primary = locale.getLanguage();
  info.inverted_opening_marks = primary == "es" || primary == "gl" || primary == "ast";
  info.comma_below_letters = primary == "ro" || primary == "mo";
  return info;
}

}  // namespace

Result<Language> language_info(std::string_view raw_tag) {
  // Every page asks for its few languages again, and ICU's display names cost a page's worth
  // of work each time: answers are kept, for as many tags as a project can name.
  constexpr size_t k_kept_tags = 256;
  static std::mutex mutex;
  static std::map<std::string, Result<Language>, std::less<>> known;
  {
    std::lock_guard lock(mutex);
    if (auto it = known.find(raw_tag); it != known.end()) return it->second;
  }
  Result<Language> info = describe_language(raw_tag);
  std::lock_guard lock(mutex);
  if (known.size() < k_kept_tags) known.emplace(std::string(raw_tag), info);
  return info;
}

std::string gettext_code_for_english_name(std::string_view name) {
  // English names of the ISO 639 languages, then of regional variants ("Brazilian
  // Portuguese"), each name mapped once to the first code that has it.
  static const auto names = [] {
    std::map<std::string, std::string, std::less<>> out;
    for (const char* const* code = icu::Locale::getISOLanguages(); *code; ++code) {
      icu::UnicodeString english;
      icu::Locale(*code).getDisplayLanguage(icu::Locale::getEnglish(), english);
      std::string text = to_utf8(english);
      if (text != *code) out.emplace(text, *code);
    }
    std::unique_ptr<icu::LocaleDisplayNames> dialects(
        icu::LocaleDisplayNames::createInstance(icu::Locale::getEnglish(), ULDN_DIALECT_NAMES));
    int32_t count = 0;
    const icu::Locale* locales = icu::Locale::getAvailableLocales(count);
    for (int32_t i = 0; i < count; ++i) {
      const icu::Locale& locale = locales[i];
      if (!*locale.getCountry() || *locale.getScript() || *locale.getVariant()) continue;
      icu::UnicodeString dialect;
      out.emplace(to_utf8(dialects->localeDisplayName(locale, dialect)),
                  std::string(locale.getLanguage()) + "_" + locale.getCountry());
    }
    return out;
  }();
  auto it = names.find(name);
  return it == names.end() ? std::string() : it->second;
}

}  // namespace leafpress::text
