#pragma once
// The one list of page-furniture messages (the "ui" domain). locales/ui.pot is generated
// from it; writers look each message up through a UiTranslator at render time.
#include <span>
#include <string_view>

namespace leafpress::writers {

struct UiMessage {
  std::string_view context;  // msgctxt: where the message appears
  std::string_view msgid;
  std::string_view msgid_plural;  // empty when the message has no plural
  std::string_view comment;       // for translators (#.)
};

namespace ui {
// Placeholders use Boost.Locale's {1} syntax; translators keep them.
inline constexpr UiMessage languages{"switcher", "Read this in", {}, "Label of the language switcher"};
inline constexpr UiMessage draft_notice{"notice",
                                        "This translation is a draft: it has not yet been checked by a native speaker.",
                                        {},
                                        "Shown at the top of a page whose translation is not yet reviewed"};
inline constexpr UiMessage untranslated_notice{
    "notice", "{1} paragraph is not yet translated and is shown in English.",
    "{1} paragraphs are not yet translated and are shown in English.",
    "Shown when some paragraphs fall back to English; {1} is the number of paragraphs"};
inline constexpr UiMessage imprint_heading{"imprint", "Imprint", {}, "Heading of the legal imprint"};
inline constexpr UiMessage printed_by{"imprint", "Printed by {1}.", {}, "{1} is the printer's name and address"};
inline constexpr UiMessage promoted_by{"imprint",
                                       "Promoted by {1} on behalf of {2}.",
                                       {},
                                       "{1} is the promoter, {2} the candidate, with addresses"};
inline constexpr UiMessage published{"date", "Published {1}", {}, "{1} is a date formatted for the language"};
inline constexpr UiMessage index_title{"index", "Statements", {}, "Title of the page listing every statement"};
inline constexpr UiMessage all_languages{"index",
                                         "Available languages",
                                         {},
                                         "Heading above the list of languages on the index page"};
inline constexpr UiMessage proof_mark{"print", "PROOF – NOT FOR PRINT", {}, "Printed across every proof page"};
inline constexpr UiMessage imprint_missing{"print",
                                           "IMPRINT MISSING – NOT FOR PRINT",
                                           {},
                                           "Printed on a leaflet built without the legal imprint"};
inline constexpr UiMessage web_imprint_missing{
    "imprint",
    "IMPRINT MISSING – NOT FOR PUBLICATION",
    {},
    "Shown in the footer of a web page built without the digital imprint (promoter and candidate)"};
inline constexpr UiMessage skip_link{"navigation",
                                     "Skip to the text",
                                     {},
                                     "First link of every page, for keyboard and screen-reader users; jumps past the "
                                     "language list to the statement"};
inline constexpr UiMessage fallback_label{"notice",
                                          "Not yet translated – shown in English",
                                          {},
                                          "Label above each paragraph that is shown in English because it has no "
                                          "translation yet"};
inline constexpr UiMessage switcher_partial{"switcher",
                                            "Partly translated",
                                            {},
                                            "Label before the languages in which this page is only partly translated"};
inline constexpr UiMessage switcher_not_offered{
    "switcher",
    "Not yet translated",
    {},
    "Label before the languages in which nothing of this page is translated yet (not linked)"};
inline constexpr UiMessage read_in_your_language{"index",
                                                 "Read in your language",
                                                 {},
                                                 "Heading of the list of languages on the English index page"};
inline constexpr UiMessage not_yet_available{
    "index",
    "Not yet available in {1}",
    {},
    "Heading above the statements not yet translated enough to read; {1} is the name of this language in itself"};
}  // namespace ui

/// Every UI message, in the order of locales/ui.pot.
std::span<const UiMessage> ui_messages();

/// The UI messages a print-ready leaflet carries when the imprint is translated (proof marks
/// never reach a printer): what the print gate must find translated and reviewed.
std::span<const UiMessage> printed_ui_messages();

}  // namespace leafpress::writers
