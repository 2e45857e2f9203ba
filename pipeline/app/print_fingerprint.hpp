#pragma once
// What a print-ready leaflet was made from, as one hash: recorded when the gate passes a
// (statement, language) and compared at every build, so that a leaflet whose inputs changed
// leaves the print folder (app/print_superseded) before anyone can send it to a printer.
#include <string>
#include <string_view>

#include "app/project.hpp"
#include "base/result.hpp"
#include "catalog/message.hpp"

namespace leafpress::app {

/// What every leaflet of the project shares: this leafpress (its layout and typesetter input)
/// and the sections of leafpress.toml that change a leaflet's words or look ([imprint],
/// [print], [brand]), hashed as parsed, so comments and the other sections do not count.
/// Error when leafpress.toml cannot be read or parsed.
Result<std::string> leaflet_design_hash(const Project& project);

/// The fingerprint of one leaflet (32 hex digits): the design hash, the statement's bytes,
/// and for each unit of `units` (a template holding the statement's units, then the printed
/// page-furniture units of `ui_units`) its context, source, translation and review record in
/// `catalog` (`ui_catalog`). A unit missing from its catalog counts as missing.
std::string leaflet_fingerprint(std::string_view design, std::string_view statement_hash, const catalog::Catalog& units,
                                const catalog::Catalog& catalog, const catalog::Catalog& ui_units,
                                const catalog::Catalog* ui_catalog);

}  // namespace leafpress::app
