#pragma once
// gettext Plural-Forms for any language ICU knows, written from CLDR's plural rules.
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace leafpress::text {

/// "nplurals=N; plural=EXPR;" for the language of BCP 47 `tag`, from CLDR's plural rules
/// through ICU: the categories integers take (in CLDR order zero, one, two, few, many, other)
/// become the forms, each rule's condition a C expression over n (fraction operands are 0 for
/// an integer). The expression is checked against ICU for n = 0…1000. Error when ICU has no
/// rules for the language or the rules use syntax this translation does not know.
Result<std::string> plural_forms_from_cldr(std::string_view tag);

}  // namespace leafpress::text
