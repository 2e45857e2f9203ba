#pragma once
// Files in the source folder that no reader takes: named in a warning with what to do, so
// that a statement saved in the wrong format is not left out without a word.
#include "app/project.hpp"
#include "base/diagnostics.hpp"

namespace leafpress::app {

/// Adds a warning for every file under the source folder that no reader takes (a .pdf, a
/// .doc, a .pages…), naming the file and the formats to save it in. Hidden files, Word's lock
/// files (~$name.docx), backups (name~) and pictures a statement may show are not statements
/// and pass without a word.
void warn_unreadable_sources(const Project& project, Diagnostics& diagnostics);

}  // namespace leafpress::app
