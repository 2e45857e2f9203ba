#pragma once
// What a leaflet is made from besides its Document (the PrintContext), and the decisions every
// print writer shares: which blocks print, in which language, with which imprint.
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "doc/document.hpp"
#include "text/language.hpp"
#include "writers/context.hpp"
#include "writers/page_geometry.hpp"
#include "writers/print_layout.hpp"

namespace leafpress::writers {

/// A QR code's modules, row by row from the top left, without the quiet zone.
struct QrCode {
  int size = 0;            // modules per side; 0: no code
  std::vector<bool> dark;  // size * size
  [[nodiscard]] bool at(int x, int y) const {
    return dark[static_cast<size_t>(y) * static_cast<size_t>(size) + static_cast<size_t>(x)];
  }
};

/// The campaign's design ([brand] in leafpress.toml). The words are English, looked up through
/// PrintContext::ui with msgctxt "brand" (brand_ui_message); empty ones are left out.
struct Brand {
  std::string name;            // masthead
  std::string call_to_action;  // back page, large
  std::string contact;         // back page, the contact panel
  layout::Cmyk colour = layout::brand_default;
  std::string logo;  // the logo as the typesetter finds it (a CMYK JPEG); empty: none
};

struct PrintContext {
  text::Language language;
  text::Language source_language;
  Imprint imprint;          // English on the face; + translation when imprint.translate
  UiLookup ui;              // proof mark, imprint-missing mark, imprint translation
  std::string page = "A5";  // A5, A4, DL
  double body_size_pt = 14;
  std::vector<doc::Role> roles{doc::Role::title, doc::Role::body, doc::Role::category};
  bool proof = false;  // "PROOF – NOT FOR PRINT" on every page
  std::string title;   // document title for PDF metadata
  Brand brand;
  std::string page_url;      // the statement's web page in this language; empty: no base_url
  QrCode qr;                 // page_url as a QR code on the back page; size 0: none
  bool large_print = false;  // the large-print edition (layout::large_print_body_pt, sans, no hyphens)
};

/// Whether leaflets in `language` may go to print: an error carrying the language's
/// `print_refusal` (why not, and what to use instead) when FOP cannot set it correctly
/// (Bengali). The build calls this before writing print output; write_fo() itself marks
/// such a leaflet "PROOF – NOT FOR PRINT" in case it is rendered anyway.
Result<void> check_print_support(const text::Language& language);

/// The leaflet's page: the context's size, A5 when it is unknown (the configuration is
/// validated before a writer runs; page_geometry() reports the error).
PageGeometry leaflet_page(const PrintContext& context);

/// Whether every page says "PROOF – NOT FOR PRINT": a proof, or a language that cannot print.
bool marked_as_proof(const PrintContext& context);

/// Whether blocks of `role` go on the leaflet (the roles the configuration prints).
bool prints_role(const PrintContext& context, doc::Role role);

/// The role a block plays on the leaflet: its own, else its parent's; ordinary content is body text.
doc::Role effective_role(const doc::Block& block, doc::Role inherited);

/// The leaflet's title for its metadata: the context's, else the title block's, else the
/// document's; typeset for the language.
std::string leaflet_title(const doc::Document& document, const PrintContext& context);

/// The language a block is written in: the page's, or another set by translation (an
/// untranslated paragraph in the source language); `others` keeps the ones looked up.
const text::Language& language_of_block(const doc::Block& block, const PrintContext& context,
                                        std::deque<text::Language>& others);

/// The language a list item or quotation reads in: that of its first block of text (translation
/// marks the blocks of text, not their containers), else `context`'s.
const text::Language& language_of_container(const doc::Block& block, const PrintContext& context,
                                            std::deque<text::Language>& others);

/// Whether `block` is a passage left in the source language for want of a translation (a
/// proof's fallback): a block of text marked so, or a table with such a cell.
bool shows_fallback(const doc::Block& block, const PrintContext& context);

/// The label over such a passage: the web page's ui::fallback_label in the leaflet's language
/// (typeset for it), or the English text, in English, when ui.po has no translation.
struct FallbackLabel {
  std::string text;
  text::Language language;  // the leaflet's, or English
};
FallbackLabel fallback_label(const PrintContext& context);

/// The imprint sentence in English: "Printed by …. Promoted by … on behalf of …."; empty
/// when the imprint is incomplete.
std::string imprint_text(const Imprint& imprint);

/// The imprint sentence in the page's language through `ui`, with the typography of
/// `lang_tag` applied to the sentence (not to the names and addresses); empty when the
/// imprint is incomplete or the translation is the English text.
std::string translated_imprint_text(const Imprint& imprint, const UiLookup& ui, std::string_view lang_tag);

/// The UI message of a brand word (msgctxt "brand"), for looking its translation up.
inline UiMessage brand_ui_message(std::string_view english) { return {"brand", english, {}, {}}; }

/// A brand word in the leaflet's language (typeset for it), or the English when untranslated.
std::string brand_text(const PrintContext& context, std::string_view english);

/// How a link reaches paper: its address shortened by short_url ("mailto:" dropped, a
/// trailing '/' too), empty for a link that is not to the web or a mail address (a page
/// anchor); `as_note` when the address is too long to follow the text in brackets, so it is
/// a numbered note instead. Nothing is printed after a link whose text is its address.
struct PrintedLink {
  std::string address;
  bool as_note = false;
  bool text_is_address = false;
};
inline constexpr size_t k_link_note_length = 40;  // characters: longer addresses become notes
PrintedLink printed_link(const doc::Inline& link);

/// The address printed beside the QR code: page_url without "https://", "http://" and "www.".
std::string short_url(std::string_view url);

}  // namespace leafpress::writers
