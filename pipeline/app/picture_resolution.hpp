#pragma once
// Pictures fine enough for print: at the size the leaflet prints it, a picture needs at least
// 250 pixels per inch (a print shop's usual floor for photographs), or it prints blurred.
// Too coarse is a warning on proofs and a blocker at the print gate.
#include <string>
#include <vector>

#include "app/project.hpp"
#include "base/result.hpp"
#include "base/source_span.hpp"
#include "doc/document.hpp"

namespace leafpress::app {

inline constexpr double k_print_min_dpi = 250;

struct CoarsePicture {
  SourceSpan where;     // the image in its statement
  std::string message;  // its size, where it prints and how many pixels it would need
};

/// The statement's pictures that print below k_print_min_dpi on the project's page size
/// ([print] page), in document order; a file that is not a PNG, JPEG or GIF is named too, as
/// its resolution cannot be known. An error when an image cannot be found or read (as when
/// copying it) or the page size is unknown.
Result<std::vector<CoarsePicture>> coarse_pictures(const Project& project, const doc::Document& document);

}  // namespace leafpress::app
