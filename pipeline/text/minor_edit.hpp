#pragma once
// Minor source edits: a change to a unit's English that cannot change what a translation says
// (a comma fixed, a space doubled, straight quotes made curly), so the web pages may keep
// showing the earlier translation, marked as a draft, until it is reviewed again.
#include <string>
#include <string_view>

namespace leafpress::text {

/// `text` with every punctuation character (Unicode general category P: full stops, commas,
/// colons, question and exclamation marks, quotation marks and apostrophes of every style,
/// dashes and hyphens, brackets) and every run of white space made one space, without
/// leading or trailing space. Letters, digits, symbols (S: $ % + < > …) and case are kept.
/// Ill-formed UTF-8 is kept byte for byte.
std::string without_punctuation_and_spacing(std::string_view text);

/// True when `before` and `after` differ but are equal once each is reduced by
/// without_punctuation_and_spacing: the edit touched only punctuation, white space or
/// quotation style. "Vote on 5 May." → "Vote on 5 May!" is minor; "5 May" → "6 May",
/// "vote" → "Vote" and "£5" → "$5" are not.
bool is_minor_edit(std::string_view before, std::string_view after);

}  // namespace leafpress::text
