#pragma once
// TeX writer: a localized Document as the typesetter's input (LuaLaTeX, HarfBuzz shaping),
// from the same layout model as the XSL-FO (print_layout.hpp, page_geometry.hpp and the
// fonts of text/language_table), so the PDF and the FO agree on page, boxes, fonts and inks.
#include <string>
#include <string_view>
#include <vector>

#include "doc/document.hpp"
#include "writers/fo_writer.hpp"

namespace leafpress::writers {

/// The CMYK output profile of the PDF/X output intent (Debian package libgs-common).
inline constexpr std::string_view k_cmyk_profile = "/usr/share/color/icc/ghostscript/default_cmyk.icc";

/// What a leaflet's TeX writes to the log when the page count it printed ("2 / 4") is not the
/// one it ended with: the typesetter then runs it again (the count is read from its .aux).
inline constexpr std::string_view k_rerun_marker = "leafpress: the page count changed, typeset again";

/// A complete LuaLaTeX document for a leaflet: PDF/X-4 (PDF 1.6, GTS_PDFX output intent with
/// k_cmyk_profile, XMP with the PDF/X version, TrimBox and BleedBox on every page, a fixed
/// file ID), crop marks in registration ink, text in 100% K, each script run in its own
/// embedded font, the language's hyphenation patterns and line breaking; the masthead
/// ([brand] name, colour, logo) on the front, page numbers from page 2, an even page count
/// with the back matter (call to action, QR code and address, contact, imprint) on the last
/// page, and the proof / imprint-missing marks as write_fo sets them.
/// A character no font has stops the typesetter (\tracinglostchars=3). Deterministic: no
/// dates unless the typesetter runs with SOURCE_DATE_EPOCH.
std::string write_tex(const doc::Document& localized, const PrintContext& context);

/// The picture files a leaflet's TeX places (each image whose url is "media/<name>"), in the
/// order they appear, each once: the PDF step puts them in the typesetter's media/ folder.
std::vector<std::string> tex_picture_files(std::string_view tex);

/// A document that only loads every print face, regular and bold: typeset once, it fills
/// the typesetter's font cache, so that no leaflet render pays for it.
std::string write_font_cache_tex();

}  // namespace leafpress::writers
