#pragma once
// Script runs: text split where the writing system changes, so that print output can give
// each run its own font instead of relying on a formatter's per-character fallback.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/language.hpp"

namespace leafpress::text {

struct ScriptRun {
  std::string text;    // UTF-8, a contiguous slice of the input
  std::string script;  // ISO 15924 code from ICU ("Latn", "Arab", "Hani"…); "Zyyy" for neutral text
  friend bool operator==(const ScriptRun&, const ScriptRun&) = default;
};

/// How characters of the Common script (digits, punctuation, spaces) are placed.
enum class CommonPolicy {
  // Common and Inherited characters join the run before them (or, at the start, the run
  // after them): the plain ICU script-run rule.
  join,
  // Inherited characters and whitespace join as above, and so does a Common character whose
  // Script_Extensions name the neighbouring script (the Arabic comma joins Arabic, the
  // ideographic full stop joins Han); other Common characters (ASCII digits and punctuation)
  // form neutral "Zyyy" runs. For fonts that cover only their own script.
  neutral,
};

/// Splits UTF-8 `text` into maximal runs of one script. Invalid UTF-8 bytes are kept in
/// the run they occur in (the XML writer drops them later). Empty input gives no runs.
std::vector<ScriptRun> split_script_runs(std::string_view text, CommonPolicy policy = CommonPolicy::join);

/// The same runs, in order, as (text, script) slices of `text` and of ICU's static names:
/// nothing is copied. `visit` must not split text itself (the buffers are the thread's).
void for_each_script_run(std::string_view text, CommonPolicy policy,
                         const std::function<void(std::string_view run, std::string_view script)>& visit);

/// The print (FOP) font family for a run of `script` in a document in `language`: Han, kana
/// and bopomofo in the Simplified or Traditional Chinese font by the language's script
/// (Simplified for non-Chinese documents); neutral runs in the document's font for Chinese
/// and Latin-script languages, else in the Latin font, which covers digits and punctuation.
std::string print_font_for_run(std::string_view script, const Language& language);

/// The font print_font_for_run gives every neutral-policy run of non-empty `text` when that
/// is one font and no run is Arabic (most paragraphs of Latin and Cyrillic languages), found
/// without splitting the text; nullopt when the runs must be split to know their fonts.
std::optional<std::string> uniform_print_font(std::string_view text, const Language& language);

}  // namespace leafpress::text

namespace leafpress::text {

/// Arabic text with a tanween fathatan written between lam and alef (لًا) moved onto the alef
/// (لاً), the other standard spelling: FOP 2.8 cannot form the lam-alef ligature around a
/// mark and prints the letters apart. Everything else is returned unchanged.
std::string move_fathatan_after_lam_alef(std::string_view arabic);

}  // namespace leafpress::text
