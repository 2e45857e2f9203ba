#pragma once
// `leafpress extract`: source documents → locales/statements.pot.
#include <filesystem>
#include <string>
#include <vector>

#include "app/output_files.hpp"
#include "app/project.hpp"
#include "base/diagnostics.hpp"
#include "base/result.hpp"
#include "catalog/po_writer.hpp"
#include "doc/document.hpp"
#include "l10n/unit.hpp"

namespace leafpress::app {

/// The gettext domain of the statements template and catalogs.
inline constexpr const char* k_statements_domain = "statements";

/// Reads and parses every source document (Project::source_documents(), sorted by path) in
/// the project's source language. Each unreadable or invalid document is reported to
/// `diagnostics`; the result is then an error naming how many failed. Documents are parsed on
/// up to `jobs` threads (0: one per core); the result and the reports are in path order.
Result<std::vector<doc::Document>> read_sources(const Project& project, Diagnostics& diagnostics, unsigned jobs = 0);
/// The same, returning the first problem as the error.
Result<std::vector<doc::Document>> read_sources(const Project& project);
/// The same over files already read (a build's snapshot), in their order.
Result<std::vector<doc::Document>> parse_sources(const Project& project, const std::vector<SourceFile>& sources,
                                                 Diagnostics& diagnostics, unsigned jobs = 0);

/// The project's segmentation setting (config "segmentation").
Result<l10n::Segmentation> project_segmentation(const Project& project);

struct ExtractReport {
  std::filesystem::path template_path;  // locales/statements.pot
  size_t documents = 0;
  size_t units = 0;      // units in all documents, repeats included
  size_t messages = 0;   // distinct msgids in the template
  bool written = false;  // false when the template already held exactly this content
};

/// Writes locales/statements.pot atomically, only when its content changed. POT-Creation-Date
/// comes from SOURCE_DATE_EPOCH when set; otherwise it is kept from the existing template when
/// the messages are unchanged, else the current time. `jobs` as for read_sources.
Result<ExtractReport> extract_templates(const Project& project, Diagnostics& diagnostics, unsigned jobs = 0);
/// The same from documents already parsed (by read_sources or parse_sources). `write` may
/// name a wrap cache to fill and threads to write with; the template's text does not change.
Result<ExtractReport> extract_templates(const Project& project, const std::vector<doc::Document>& documents,
                                        const catalog::WriteOptions& write = {});

}  // namespace leafpress::app
