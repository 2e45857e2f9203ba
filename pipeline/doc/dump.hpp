#pragma once
// A stable, readable text dump of a Document (in the spirit of pandoc's native format), for
// golden tests that check readers without going through a writer.
#include <string>

#include "doc/document.hpp"

namespace leafpress::doc {

/// One node per line, indented by depth, with kind, attributes, role, span and quoted text.
/// The same Document always gives the same text; any difference in the model shows.
std::string dump(const Document& document);

}  // namespace leafpress::doc
