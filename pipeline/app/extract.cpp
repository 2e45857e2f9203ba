#include "app/extract.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <ctime>

#include "app/files.hpp"
#include "app/glossary_loader.hpp"
#include "app/parallel.hpp"
#include "app/unreadable_sources.hpp"
#include "catalog/po_writer.hpp"
#include "l10n/template.hpp"
#include "readers/reader.hpp"

namespace leafpress::app {

namespace {

std::string format_date(std::time_t seconds) {
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  return fmt::format("{:%Y-%m-%d %H:%M}+0000", utc);
}

// POT-Creation-Date from SOURCE_DATE_EPOCH (reproducible builds), if set.
Result<std::optional<std::string>> epoch_date() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch || !*epoch) return std::optional<std::string>();
  char* end = nullptr;
  long long value = std::strtoll(epoch, &end, 10);
  if (*end != '\0' || value < 0)
    return fail({}, fmt::format("SOURCE_DATE_EPOCH \"{}\" is not a number of seconds", epoch));
  return std::optional<std::string>(format_date(static_cast<std::time_t>(value)));
}

// The POT-Creation-Date value written in an existing template, or empty.
std::string existing_date(std::string_view pot) {
  constexpr std::string_view field = "\"POT-Creation-Date: ";
  size_t start = pot.find(field);
  if (start == std::string_view::npos) return {};
  start += field.size();
  size_t end = pot.find("\\n\"", start);
  if (end == std::string_view::npos) return {};
  return std::string(pot.substr(start, end - start));
}

// The template text with its POT-Creation-Date changed from `from` to `to`, as writing it with
// that date would give: the field is a short line of the header, the first entry, so nothing
// else moves. False (text unchanged) when the field is not found as such a line.
bool replace_date(std::string& pot, std::string_view from, std::string_view to) {
  constexpr size_t k_short_line = 60;  // far below the width at which a line would wrap
  if (from.size() > k_short_line || to.size() > k_short_line) return false;
  if (from.find_first_of("\\\"") != std::string_view::npos || to.find_first_of("\\\"") != std::string_view::npos)
    return false;
  const std::string line = "\n\"POT-Creation-Date: " + std::string(from) + "\\n\"\n";
  const size_t header_end = pot.find("\n\n");
  const size_t at = pot.find(line);
  if (at == std::string::npos || at > header_end) return false;
  pot.replace(at, line.size(), "\n\"POT-Creation-Date: " + std::string(to) + "\\n\"\n");
  return true;
}

// Gathers per-document results in order: each failure reported, then one error counting them.
Result<std::vector<doc::Document>> collect_documents(const Project& project,
                                                     std::vector<std::optional<Result<doc::Document>>>& parsed,
                                                     Diagnostics& diagnostics) {
  std::vector<doc::Document> documents;
  documents.reserve(parsed.size());
  size_t failed = 0;
  for (auto& document : parsed) {
    if (!*document) {
      diagnostics.error(document->error().where, document->error().message);
      ++failed;
      continue;
    }
    // What a reader read only approximately; word-processor documents count paragraphs, not lines.
    for (const auto& note : (*document)->notes)
      diagnostics.warning({note.where.file}, note.where.line > 0
                                                 ? fmt::format("paragraph {}: {}", note.where.line, note.message)
                                                 : note.message);
    documents.push_back(std::move(**document));
  }
  if (failed > 0)
    return fail({project.relative(project.source_dir())},
                failed == 1 ? "1 source document could not be read"
                            : fmt::format("{} source documents could not be read", failed));
  return documents;
}

}  // namespace

Result<std::vector<doc::Document>> read_sources(const Project& project, Diagnostics& diagnostics, unsigned jobs) {
  auto paths = project.source_documents();
  if (!paths) return std::unexpected(paths.error());
  std::vector<std::optional<Result<doc::Document>>> parsed(paths->size());
  parallel_for(paths->size(), jobs == 0 ? default_jobs() : jobs, [&](size_t i) {
    std::string name = project.relative((*paths)[i]);
    auto bytes = read_file((*paths)[i], name);
    if (!bytes) parsed[i] = std::unexpected(bytes.error());
    else parsed[i] = readers::read_document(*bytes, name, project.config.source_language);
  });
  return collect_documents(project, parsed, diagnostics);
}

Result<std::vector<doc::Document>> parse_sources(const Project& project, const std::vector<SourceFile>& sources,
                                                 Diagnostics& diagnostics, unsigned jobs) {
  std::vector<std::optional<Result<doc::Document>>> parsed(sources.size());
  parallel_for(sources.size(), jobs == 0 ? default_jobs() : jobs, [&](size_t i) {
    parsed[i] = readers::read_document(sources[i].bytes, sources[i].relative, project.config.source_language);
  });
  return collect_documents(project, parsed, diagnostics);
}

Result<std::vector<doc::Document>> read_sources(const Project& project) {
  Diagnostics diagnostics;
  auto documents = read_sources(project, diagnostics);
  if (!documents && !diagnostics.items().empty()) {
    const Diagnostic& first = diagnostics.items().front();
    return fail(first.where, first.message);
  }
  return documents;
}

Result<l10n::Segmentation> project_segmentation(const Project& project) {
  auto segmentation = l10n::parse_segmentation(project.config.segmentation);
  if (!segmentation) return fail({"leafpress.toml"}, "\"project.segmentation\" must be \"paragraph\" or \"sentence\"");
  return *segmentation;
}

Result<ExtractReport> extract_templates(const Project& project, Diagnostics& diagnostics, unsigned jobs) {
  warn_unreadable_sources(project, diagnostics);
  auto documents = read_sources(project, diagnostics, jobs);
  if (!documents) return std::unexpected(documents.error());
  catalog::WriteOptions write;
  write.jobs = jobs == 0 ? default_jobs() : jobs;
  return extract_templates(project, *documents, write);
}

Result<ExtractReport> extract_templates(const Project& project, const std::vector<doc::Document>& documents,
                                        const catalog::WriteOptions& write) {
  auto segmentation = project_segmentation(project);
  if (!segmentation) return std::unexpected(segmentation.error());
  auto glossary = load_glossary(project);
  if (!glossary) return std::unexpected(glossary.error());
  auto epoch = epoch_date();
  if (!epoch) return std::unexpected(epoch.error());

  ExtractReport report;
  report.template_path = project.template_path(k_statements_domain);
  report.documents = documents.size();
  std::vector<std::vector<l10n::Unit>> units(documents.size());
  parallel_for(documents.size(), write.jobs,
               [&](size_t i) { units[i] = l10n::extract_units(documents[i], *segmentation); });
  for (const auto& of_document : units) report.units += of_document.size();

  // The template is made once; only its date may change before it is written.
  std::optional<catalog::Catalog> pot;
  auto render = [&](const std::string& date) {
    if (!pot) {
      pot = l10n::make_template(documents, units, *glossary, project.config.project_name, date);
      report.messages = pot->messages.empty() ? 0 : pot->messages.size() - 1;
    } else {
      pot->set_header_field("POT-Creation-Date", date);
    }
    return catalog::write_po(*pot, write);
  };

  auto lock = FileLock::acquire(report.template_path);
  if (!lock) return std::unexpected(lock.error());
  std::string content;
  if (*epoch) {
    content = render(**epoch);
  } else {
    // An unchanged source never rewrites the template: try the existing date first.
    std::error_code ec;
    if (fs::exists(report.template_path, ec)) {
      auto old = read_file(report.template_path, project.relative(report.template_path));
      if (!old) return std::unexpected(old.error());
      std::string date = existing_date(*old);
      if (!date.empty()) {
        content = render(date);
        // Changed: the same text with today's date, without writing it all again.
        if (content != *old && !replace_date(content, date, format_date(std::time(nullptr)))) content.clear();
      }
    }
    if (content.empty()) content = render(format_date(std::time(nullptr)));
  }
  if (auto inside = project.check_in_locales(report.template_path); !inside) return std::unexpected(inside.error());
  auto outcome = write_file_atomic(report.template_path, content);
  if (!outcome) return std::unexpected(outcome.error());
  report.written = *outcome == WriteOutcome::written;
  return report;
}

}  // namespace leafpress::app
