#pragma once
// The images a statement shows travel as files: each is found inside the project (or taken
// from the document that carries it, as a .docx does), copied once into output/html/media/
// under a name made from its content, and every page and leaflet points at that copy.
#include <map>
#include <string>

#include "app/output_files.hpp"
#include "app/project.hpp"
#include "doc/document.hpp"

namespace leafpress::app {

/// Image url as written → file name in output/html/media/.
using ImageFiles = std::map<std::string, std::string>;

/// Copies the document's images into output/html/media/. An image named by a path is looked
/// for next to the statement and must be a regular file inside the project (no "..", no link
/// leading out); a web address is never fetched. Errors name the statement and the image's
/// line: a remote image, a missing file, a path leaving the project.
Result<ImageFiles> copy_statement_images(const Project& project, const doc::Document& document, OutputLog& log);

/// Points the document's images at their copies: `prefix` + file name (for a page in
/// output/html/<lang>/, "../media/").
void point_images_at(doc::Document& document, const ImageFiles& files, const std::string& prefix);

}  // namespace leafpress::app
