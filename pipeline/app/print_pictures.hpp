#pragma once
// The pictures a leaflet's PDF shows are print copies of the web copies in output/html/media/:
// converted to CMYK through the output profile (picture/print_picture), kept in the project's
// work folder under .cache/print-pictures/ and shown to the typesetter as media/.
#include <string>
#include <vector>

#include "app/project.hpp"
#include "app/statement_images.hpp"
#include "doc/document.hpp"

namespace leafpress::app {

/// The print copy's file name: the web copy's name with ".jpg" added (the web copy's name
/// carries its content's hash, so a print copy present is the current one).
std::string print_picture_name(const std::string& media_file);

/// The folder of print copies.
fs::path print_pictures_dir(const Project& project);

/// After point_images_at(document, files, from): points the images at their print copies,
/// "media/" + print_picture_name(file), as the typesetter sees them.
void point_at_print_pictures(doc::Document& document, const ImageFiles& files, const std::string& from);

/// Makes the print copy of each named picture (print_picture_name's) that is not there yet,
/// from its web copy. An error names the web copy and why it cannot be printed.
Result<void> prepare_print_pictures(const Project& project, const std::vector<std::string>& print_names);

}  // namespace leafpress::app
