#include "catalog/new_catalog.hpp"

#include <cstdlib>
#include <ctime>
#include <string>

namespace leafpress::catalog {
namespace {

// "YYYY-MM-DD HH:MM+0000" from SOURCE_DATE_EPOCH, or empty when it is not set.
std::string reproducible_date() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch || !*epoch) return {};
  char* end = nullptr;
  long long seconds = std::strtoll(epoch, &end, 10);
  if (end == epoch || *end != '\0' || seconds < 0) return {};
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M+0000", &utc);
  return buffer;
}

}  // namespace

Catalog new_catalog(const Catalog& pot, const text::Language& language, const std::string& project_name) {
  Catalog out;
  std::string date = reproducible_date();
  std::string pot_date = pot.header_field("POT-Creation-Date");

  Message header;
  header.translator_comments = {language.english_name + " translation for " + project_name + ".",
                                "This file is distributed under the same license as the " + project_name + " package."};
  std::string text;
  auto field = [&text](std::string_view name, std::string_view value) {
    text += name;
    text += ": ";
    text += value;
    text += '\n';
  };
  field("Project-Id-Version", project_name);
  std::string bugs = pot.header_field("Report-Msgid-Bugs-To");
  field("Report-Msgid-Bugs-To", bugs);
  if (!pot_date.empty()) field("POT-Creation-Date", pot_date);
  // msgfmt -c wants the field present; empty keeps the file free of the current time.
  field("PO-Revision-Date", date);
  field("Last-Translator", "");
  field("Language-Team", language.english_name);
  field("Language", language.gettext_code);
  field("MIME-Version", "1.0");
  field("Content-Type", "text/plain; charset=UTF-8");
  field("Content-Transfer-Encoding", "8bit");
  field("Plural-Forms", language.plural_forms);
  header.msgstr.push_back(std::move(text));
  out.messages.push_back(std::move(header));

  const size_t forms = static_cast<size_t>(language.nplurals > 0 ? language.nplurals : 1);
  for (const Message& m : pot.messages) {
    if (m.is_header() || m.obsolete) continue;
    Message fresh = m;
    fresh.translator_comments.clear();
    fresh.set_flag("fuzzy", false);
    fresh.prev_msgctxt.reset();
    fresh.prev_msgid.reset();
    fresh.prev_msgid_plural.reset();
    fresh.msgstr.assign(m.msgid_plural ? forms : 1, std::string());
    out.messages.push_back(std::move(fresh));
  }
  return out;
}

}  // namespace leafpress::catalog
