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
Findings check_message(const catalog::Message& message, const CheckContext& context, const SeverityTable& severities,
                       int nplurals);

/// True when `findings` holds an error.
bool has_error(const Findings& findings);

}  // namespace leafpress::qa
