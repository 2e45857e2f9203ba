#include "text/ui_translator.hpp"

#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <boost/locale/gnu_gettext.hpp>
#include <boost/locale/message.hpp>

#include <memory>
#include <vector>

#include "text/icu_string.hpp"
#include "text/language.hpp"

namespace leafpress::text {
namespace {

using MessageFacet = boost::locale::message_format<char>;

constexpr std::string_view k_domain = "ui";

}  // namespace

UiTranslator::UiTranslator(std::string lang_tag) : m_lang(std::move(lang_tag)), m_locale(std::locale::classic()) {}

Result<UiTranslator> UiTranslator::from_mo(std::string_view lang_tag, std::string mo_bytes, const std::string& file) {
  UiTranslator translator{std::string(lang_tag)};
  // Boost.Locale treats an empty file as "no catalog"; a caller that read a file expects one.
  auto magic = [&](size_t at) { return static_cast<unsigned char>(mo_bytes[at]); };
  bool little = mo_bytes.size() >= 28 && magic(0) == 0xde && magic(1) == 0x12 && magic(2) == 0x04 && magic(3) == 0x95;
  bool big = mo_bytes.size() >= 28 && magic(0) == 0x95 && magic(1) == 0x04 && magic(2) == 0x12 && magic(3) == 0xde;
  if (!little && !big)
    return fail({file, 0, 0}, "not a GNU MO catalog (compile the PO file with msgfmt or leafpress compile)");
  // Boost.Locale asks for <path>/<language>/LC_MESSAGES/ui.mo; the callback answers with the
  // bytes already read (the app layer does the I/O), and nothing for any other name.
  boost::locale::gnu_gettext::messages_info info;
  info.language = std::string(lang_tag);
  info.encoding = "UTF-8";
  info.paths.emplace_back("catalog");
  info.domains.emplace_back(std::string(k_domain));
  const std::string expected = "catalog/" + std::string(lang_tag) + "/LC_MESSAGES/ui.mo";
  bool asked = false;
  info.callback = [&](const std::string& name, const std::string&) -> std::vector<char> {
    if (name != expected) return {};
    asked = true;
    return std::vector<char>(mo_bytes.begin(), mo_bytes.end());
  };
  try {
    MessageFacet* facet = boost::locale::gnu_gettext::create_messages_facet<char>(info);
    if (!facet || !asked) return fail({file, 0, 0}, "could not load the UI catalog");
    translator.m_locale = std::locale(std::locale::classic(), facet);
    translator.m_domain = facet->domain(std::string(k_domain));
    translator.m_has_catalog = true;
  } catch (const std::exception& e) {
    return fail({file, 0, 0}, std::string("not a valid MO catalog: ") + e.what());
  }
  return translator;
}

std::string UiTranslator::translate(std::string_view context, std::string_view msgid) const {
  std::string id(msgid);
  if (m_has_catalog) {
    std::string ctx(context);
    const auto& facet = std::use_facet<MessageFacet>(m_locale);
    if (const char* found = facet.get(m_domain, ctx.empty() ? nullptr : ctx.c_str(), id.c_str()); found && *found)
      return found;
  }
  return id;
}

std::string UiTranslator::translate(std::string_view context, std::string_view msgid, std::string_view msgid_plural,
                                    long n) const {
  if (m_has_catalog) {
    std::string ctx(context);
    std::string id(msgid);
    // Boost.Locale takes an int; counts beyond it choose by their last digits as gettext does.
    int count = static_cast<int>(n < 0 ? -n % 1000000 : n % 1000000000);
    const auto& facet = std::use_facet<MessageFacet>(m_locale);
    if (const char* found = facet.get(m_domain, ctx.empty() ? nullptr : ctx.c_str(), id.c_str(), count);
        found && *found)
      return found;
  }
  return std::string(n == 1 ? msgid : msgid_plural);
}

Result<std::string> format_date(std::string_view lang_tag, std::string_view iso_date) {
  auto bad = [&] { return fail({}, "\"" + std::string(iso_date) + "\" is not a date of the form YYYY-MM-DD"); };
  if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') return bad();
  auto number = [&](size_t from, size_t length, int& out) {
    out = 0;
    for (size_t i = from; i < from + length; ++i) {
      if (iso_date[i] < '0' || iso_date[i] > '9') return false;
      out = out * 10 + (iso_date[i] - '0');
    }
    return true;
  };
  int year = 0, month = 0, day = 0;
  if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day)) return bad();
  static constexpr int k_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > k_days[month - 1]) return bad();
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return bad();

  auto tag = canonical_tag(lang_tag);
  if (!tag) return std::unexpected(tag.error());
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(*tag, status);
  if (U_FAILURE(status)) return fail({}, "ICU does not understand the language tag \"" + *tag + "\"");

  // Noon UTC on that day, formatted in UTC: the same text on every machine.
  std::unique_ptr<icu::TimeZone> utc(icu::TimeZone::createTimeZone("Etc/UTC"));
  icu::GregorianCalendar calendar(*utc, status);
  calendar.clear();
  calendar.set(year, month - 1, day, 12, 0, 0);
  UDate when = calendar.getTime(status);
  std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
  if (U_FAILURE(status) || !format) return fail({}, "ICU cannot format dates for \"" + *tag + "\"");
  format->setTimeZone(*utc);
  icu::UnicodeString out;
  format->format(when, out);
  return to_utf8(out);
}

}  // namespace leafpress::text
