#include "app/print_order.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "app/check.hpp"
#include "app/files.hpp"

namespace leafpress::app {
namespace {

// Version 2 added each record's edition; a version 1 record is of the standard edition.
constexpr std::string_view k_record_header = "leafpress print record 2";
constexpr std::string_view k_record_header_v1 = "leafpress print record 1";

fs::path record_path(const Project& project) { return project.output_dir() / ".leafpress-print-record"; }

std::vector<std::string> split(std::string_view line, char separator) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t end = line.find(separator, start);
    out.emplace_back(line.substr(start, end == std::string_view::npos ? line.npos : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

std::string pages_text(const PrintRecord& record, const std::string& file) {
  if (file.ends_with(".pdf"))
    return record.pdf_pages > 0 ? "from the PDF" : "unknown (the build that made the PDF did not record it)";
  if (file.ends_with(".fo")) return "none (an FO file has pages only once an FO processor sets it)";
  return "none (the typesetter's input for the PDF)";
}

std::string order_text(const std::vector<PrintRecord>& records) {
  std::string out =
      "Print order: the leaflets in output/print/ that passed leafpress's print gate.\n"
      "Each was translated, checked and reviewed in full; a leaflet whose statement, translation,\n"
      "review, imprint or design changed since has been moved to output/print-superseded/ and is\n"
      "not listed. The fingerprint identifies exactly what was reviewed.\n\n";
  if (records.empty()) return out + "No leaflet is ready for print.\n";
  out += fmt::format("{:<20} {:<9} {:<44} {:<6} {:<34} {}\n", "statement", "language", "file", "pages", "fingerprint",
                     "gated at");
  for (const auto& record : records)
    for (const auto& file : record.files) {
      std::string count = file.ends_with(".pdf") && record.pdf_pages > 0 ? std::to_string(record.pdf_pages)
                          : file.ends_with(".pdf")                       ? "?"
                                                                         : "-";
      out += fmt::format("{:<20} {:<9} {:<44} {:<6} {:<34} {}\n", record.statement, record.lang, file, count,
                         record.fingerprint, record.gated_at);
    }
  out +=
      "\nPages: \"-\" for an FO file (its pages exist only once an FO processor sets it) and for the\n"
      "TeX file (the typesetter's input); the PDF is what goes to the printer.\n";
  return out;
}

std::string order_json(const std::vector<PrintRecord>& records) {
  std::string out = "{\n  \"leaflets\": [";
  for (size_t i = 0; i < records.size(); ++i) {
    const PrintRecord& r = records[i];
    std::string edition = r.variant == "standard" ? "" : ", \"edition\": " + json_string(r.variant);
    out += fmt::format(
        "{}\n    {{\"statement\": {}, \"source\": {}, \"language\": {}{}, \"fingerprint\": {}, "
        "\"gated_at\": {}, \"files\": [",
        i ? "," : "", json_string(r.statement), json_string(r.source), json_string(r.lang), edition,
        json_string(r.fingerprint), json_string(r.gated_at));
    for (size_t j = 0; j < r.files.size(); ++j) {
      const std::string& file = r.files[j];
      std::string pages = file.ends_with(".pdf") && r.pdf_pages > 0 ? std::to_string(r.pdf_pages) : "null";
      out += fmt::format("{}\n      {{\"path\": {}, \"pages\": {}, \"pages_note\": {}}}", j ? "," : "",
                         json_string(file), pages, json_string(pages_text(r, file)));
    }
    out += "\n    ]}";
  }
  out += records.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

}  // namespace

Result<std::vector<PrintRecord>> read_print_records(const Project& project) {
  fs::path path = record_path(project);
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(path, ec))) return std::vector<PrintRecord>{};
  std::string name = project.relative(path);
  auto text = read_file(path, name);
  if (!text) return std::unexpected(text.error());
  std::vector<PrintRecord> records;
  auto lines = split(*text, '\n');
  const bool v1 = !lines.empty() && lines.front() == k_record_header_v1;
  if (lines.empty() || (lines.front() != k_record_header && !v1))
    return fail({name, 1, 1}, "not a print record of this leafpress; remove it and run `leafpress build --print`");
  const size_t first_file = v1 ? 7 : 8;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    auto fields = split(lines[i], '\t');
    if (fields.size() < first_file + 1 || (!v1 && fields[3] != "standard" && fields[3] != "large"))
      return fail({name, static_cast<uint32_t>(i + 1), 1},
                  "damaged line; remove the file and run `leafpress build --print`");
    std::string variant = "standard";
    if (!v1) {  // the edition, then the fields as version 1 has them
      variant = std::move(fields[3]);
      fields.erase(fields.begin() + 3);
    }
    PrintRecord record{fields[0], fields[1],
                       fields[2], std::move(variant),
                       fields[3], fields[4],
                       fields[5], static_cast<unsigned>(std::strtoul(fields[6].c_str(), nullptr, 10)),
                       {}};
    record.files.assign(fields.begin() + 7, fields.end());
    records.push_back(std::move(record));
  }
  return records;
}

Result<void> write_print_order(const Project& project, std::vector<PrintRecord> records) {
  std::sort(records.begin(), records.end(), [](const PrintRecord& a, const PrintRecord& b) {
    bool a_large = a.variant != "standard", b_large = b.variant != "standard";
    return std::tie(a.statement, a.lang, a_large) < std::tie(b.statement, b.lang, b_large);
  });
  std::string text = std::string(k_record_header) + "\n";
  for (const auto& r : records)
    text += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", r.statement, r.source, r.lang, r.variant, r.fingerprint,
                        r.inputs, r.gated_at, r.pdf_pages, fmt::join(r.files, "\t"));
  fs::path print = project.output_dir() / "print";
  for (const auto& [path, bytes] :
       {std::pair{record_path(project), text}, std::pair{print / "ORDER.txt", order_text(records)},
        std::pair{print / "ORDER.json", order_json(records)}})
    if (auto written = write_file_atomic(path, bytes); !written) return std::unexpected(written.error());
  return {};
}

std::time_t gate_time() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    long long seconds = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0' && seconds >= 0) return static_cast<std::time_t>(seconds);
  }
  return std::time(nullptr);
}

std::string iso_timestamp(std::time_t time) {
  std::tm utc{};
  gmtime_r(&time, &utc);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                     utc.tm_hour, utc.tm_min, utc.tm_sec);
}

std::string iso_date(std::time_t time) { return iso_timestamp(time).substr(0, 10); }

}  // namespace leafpress::app
