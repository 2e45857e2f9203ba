#include "qa/message_checks.hpp"
#include "base/strings.hpp"
#include "base/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "l10n/placeholders.hpp"

namespace leafpress::qa {
namespace {

constexpr std::string_view k_ignore_key = "leafpress-ignore:";

// Comment text: blanks off both ends, and a carriage return left at the end of the line.
std::string_view trim(std::string_view s) { return trim_right(trim_left(s), " \t\r"); }

}  // namespace

std::vector<IgnoreComment> ignore_comments(const catalog::Message& message) {
  std::vector<IgnoreComment> out;
  for (const auto& comment : message.translator_comments) {
    std::string_view line = trim(comment);
    if (!line.starts_with(k_ignore_key)) continue;
    line = trim(line.substr(k_ignore_key.size()));
    size_t space = line.find_first_of(" \t");
    IgnoreComment ignore;
    ignore.check_id = std::string(line.substr(0, space));
    if (space != std::string_view::npos) ignore.reason = std::string(trim(line.substr(space)));
    out.push_back(std::move(ignore));
  }
  return out;
}

bool suggested_from_other_unit(const catalog::Message& message, const catalog::Catalog& catalog) {
  return message.prev_msgid && (*message.prev_msgid != message.msgid || message.prev_msgctxt != message.msgctxt) &&
         catalog.find(message.prev_msgctxt, *message.prev_msgid) != nullptr;
}

std::string fuzzy_note(const catalog::Message& message, const catalog::Catalog* catalog) {
  if (catalog && suggested_from_other_unit(message, *catalog)) {
    constexpr size_t k_quoted = 60;  // bytes of the other unit shown, cut at a character
    std::string_view other = *message.prev_msgid;
    if (other.size() > k_quoted) {
      size_t cut = k_quoted;
      while (cut > 0 && utf8::is_continuation(other[cut])) --cut;
      other = other.substr(0, cut);
    }
    return fmt::format("fuzzy: suggested from a similar unit: \"{}{}\"; check the translation and remove the flag",
                       other, other.size() < message.prev_msgid->size() ? "…" : "");
  }
  return "fuzzy: the source changed since this was translated; review it and remove the flag";
}

Findings check_message(const catalog::Message& message, const CheckContext& context, const SeverityTable& severities,
                       int nplurals, const catalog::Catalog* catalog) {
  Findings raw;
  if (message.is_header() || message.obsolete) return raw;
  bool empty = message.msgstr.empty() ||
               std::any_of(message.msgstr.begin(), message.msgstr.end(), [](const auto& s) { return s.empty(); });
  if (message.is_fuzzy()) {
    raw.push_back({"fuzzy", fuzzy_note(message, catalog)});
  } else if (empty) {
    raw.push_back({"untranslated", "not translated yet"});
  }
  if (message.msgid_plural && nplurals > 0 && message.msgstr.size() != static_cast<size_t>(nplurals))
    raw.push_back({"plurals", fmt::format("{} plural forms, but the catalog's Plural-Forms says {}",
                                          message.msgstr.size(), nplurals)});
  if (!message.is_fuzzy() && !empty) {
    for (size_t form = 0; form < message.msgstr.size(); ++form) {
      std::string_view source = form > 0 && message.msgid_plural ? std::string_view(*message.msgid_plural)
                                                                 : std::string_view(message.msgid);
      for (auto& finding : check_text(context, source, message.msgstr[form])) {
        finding.form = form;
        raw.push_back(std::move(finding));
      }
    }
  }
  auto ignores = ignore_comments(message);
  for (const auto& ignore : ignores) {
    if (!find_check(ignore.check_id))
      raw.push_back({"ignore", fmt::format("\"leafpress-ignore: {}\" names no check (see `leafpress check --list`)",
                                           ignore.check_id)});
    else if (ignore.reason.empty())
      raw.push_back({"ignore", fmt::format("\"leafpress-ignore: {}\" gives no reason", ignore.check_id)});
  }
  Findings out;
  // What the pages cannot use is an error whatever the comments and settings say: otherwise a
  // silenced placeholder finding would let a leaflet through that prints the English text.
  std::optional<Finding> unusable;
  if (!message.is_fuzzy() && !empty)
    for (size_t form = 0; form < message.msgstr.size() && !unusable; ++form) {
      std::string_view source = form > 0 && message.msgid_plural ? std::string_view(*message.msgid_plural)
                                                                 : std::string_view(message.msgid);
      if (auto why = l10n::unusable_translation(source, message.msgstr[form]))
        unusable = Finding{"unusable", "the pages and leaflets cannot use this translation: " + *why, form};
    }
  for (auto& finding : raw) {
    bool ignored = std::any_of(ignores.begin(), ignores.end(),
                               [&](const IgnoreComment& i) { return i.check_id == finding.check_id; });
    if (ignored) continue;
    auto severity = severities.severity(finding.check_id);
    if (!severity) continue;
    finding.severity = *severity;
    out.push_back(std::move(finding));
  }
  // Said once: a placeholder error still reported says the same in a translator's words.
  bool said = std::any_of(out.begin(), out.end(), [&](const Finding& f) {
    return unusable && f.check_id == "placeholder" && f.severity == Severity::error && f.form == unusable->form;
  });
  if (unusable && !said) out.push_back(std::move(*unusable));
  return out;
}

bool has_error(const Findings& findings) {
  return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::error; });
}

}  // namespace leafpress::qa
