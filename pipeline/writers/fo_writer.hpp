#pragma once
// XSL-FO writer: a localized Document as a print-ready leaflet for Apache FOP.
#include <string>

#include "doc/document.hpp"
#include "writers/print_context.hpp"

namespace leafpress::writers {

/// XSL-FO for a localized Document: leaflet pages with bleed and crop marks, the imprint at
/// the foot of the first page (the face) in an area sized to hold it; each
/// language's typography (text::typeset) on its text, never on code; blocks of
/// other roles left out; every text run in an explicit font-family by script; `language` only
/// where FOP's shaping survives it; right-to-left languages with writing-mode rl-tb; an imprint
/// missing → visible IMPRINT MISSING mark. Deterministic, well-formed, valid for FOP's strict mode.
/// An unknown page size falls back to A5 (configuration is validated before this is called;
/// page_geometry() reports the error). Body text below 12 pt is raised to 12 pt.
std::string write_fo(const doc::Document& localized, const PrintContext& context);

}  // namespace leafpress::writers
