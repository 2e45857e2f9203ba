#pragma once
// The checks applied to one PO message: untranslated and fuzzy notes, the plural count, the
// text checks on every form, then `# leafpress-ignore:` comments and severities.
#include <string>
#include <vector>

#include "catalog/message.hpp"
#include "qa/check_list.hpp"
#include "qa/unit_checks.hpp"

namespace leafpress::qa {

/// A translator comment `# leafpress-ignore: <check-id> <reason>`.
struct IgnoreComment {
  std::string check_id;
  std::string reason;
};

/// The ignore comments on a message, in order.
std::vector<IgnoreComment> ignore_comments(const catalog::Message& message);

/// Every finding for `message` (header and obsolete messages have none). `nplurals` is the
/// catalog's (Plural-Forms) or the language's number of plural forms. Findings silenced by
/// an ignore comment or a check set to "off" are left out; the rest carry their severity.
/// `catalog`, the one holding the message, tells a fuzzy suggestion taken from another unit
/// still in it from a unit whose own source changed.
Findings check_message(const catalog::Message& message, const CheckContext& context, const SeverityTable& severities,
                       int nplurals, const catalog::Catalog* catalog = nullptr);

/// True when fuzzy `message` was filled in from another unit still in `catalog` (its previous
/// msgid is that unit's): the unit is new and never had a translation of its own.
bool suggested_from_other_unit(const catalog::Message& message, const catalog::Catalog& catalog);

/// The note on a fuzzy message: "suggested from a similar unit: …" when its previous msgid
/// is another unit still in `catalog` (the unit is new and never had a translation of its
/// own), else "the source changed since this was translated".
std::string fuzzy_note(const catalog::Message& message, const catalog::Catalog* catalog);

/// True when `findings` holds an error.
bool has_error(const Findings& findings);

}  // namespace leafpress::qa
