#pragma once
// The header entry's text after a merge, as msgmerge 0.21 rebuilds it.
#include <string>
#include <string_view>

namespace leafpress::catalog {

/// The translator's header fields (`definitions`, a header msgstr) in msgmerge's order:
/// Project-Id-Version, Report-Msgid-Bugs-To, POT-Creation-Date, PO-Revision-Date,
/// Last-Translator, Language-Team, Language, MIME-Version, Content-Type,
/// Content-Transfer-Encoding (names matched without regard to case and written this way),
/// then every other line in its order. Report-Msgid-Bugs-To and POT-Creation-Date come from
/// the template's header (`reference`) when it has them; a missing Language is derived from
/// Language-Team's English name (empty when unknown), as msgmerge does.
std::string merged_header(std::string_view definitions, std::string_view reference);

}  // namespace leafpress::catalog
