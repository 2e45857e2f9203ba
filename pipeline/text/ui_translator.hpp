#pragma once
// UiTranslator: page furniture (the "ui" gettext domain) in one language, looked up through
// Boost.Locale from a compiled MO catalog, with contexts and plurals; English when missing.
// Also formats dates for the language through ICU (the CLDR long date pattern).
#include <locale>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace leafpress::text {

class UiTranslator {
 public:
  /// A translator with no catalog: every lookup answers in English.
  explicit UiTranslator(std::string lang_tag = "en");

  /// A translator for `lang_tag` reading the MO catalog in `mo_bytes` (a file the caller read
  /// from `<dir>/<lang>/LC_MESSAGES/ui.mo`). `file` names it in errors. Error when the bytes
  /// are not a GNU MO file.
  static Result<UiTranslator> from_mo(std::string_view lang_tag, std::string mo_bytes, const std::string& file);

  /// The translation of (context, msgid), or `msgid` when the catalog lacks it.
  [[nodiscard]] std::string translate(std::string_view context, std::string_view msgid) const;
  /// The plural form for `n` of (context, msgid, msgid_plural) under the catalog's
  /// Plural-Forms; English's rule (`msgid` for 1, else `msgid_plural`) when missing.
  [[nodiscard]] std::string translate(std::string_view context, std::string_view msgid, std::string_view msgid_plural,
                                      long n) const;
  /// True when a catalog was loaded.
  [[nodiscard]] bool has_catalog() const { return m_has_catalog; }
  [[nodiscard]] const std::string& lang() const { return m_lang; }

 private:
  std::string m_lang;
  bool m_has_catalog = false;
  std::locale m_locale;  // holds the Boost.Locale message facet when a catalog is loaded
  int m_domain = 0;
};

/// An ISO date "YYYY-MM-DD" in the language's long CLDR format ("26 November 2026",
/// "26 listopada 2026", "٢٦ نوفمبر ٢٠٢٦"). Error when the date or the tag is malformed.
Result<std::string> format_date(std::string_view lang_tag, std::string_view iso_date);

}  // namespace leafpress::text
