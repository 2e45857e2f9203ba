#pragma once
// gettext Plural-Forms for any language ICU knows, written from CLDR's plural rules, and an
// evaluator for Plural-Forms expressions (the C subset gettext accepts).
#include <optional>
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

/// The form index a Plural-Forms value ("nplurals=3; plural=(n==1 ? 0 : …);") or a bare
/// expression gives for `n`, as gettext computes it; nullopt when the expression does not
/// parse, divides by zero, or gives an index outside 0…nplurals-1.
std::optional<unsigned long> plural_index(std::string_view plural_forms, unsigned long n);

}  // namespace leafpress::text
