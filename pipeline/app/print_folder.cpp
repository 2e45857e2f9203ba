#include "app/print_folder.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "app/build_cache.hpp"
#include "app/extract.hpp"
#include "app/leaflet_design.hpp"
#include "app/print_fingerprint.hpp"
#include "app/print_superseded.hpp"
#include "app/ui_template.hpp"

namespace leafpress::app {
namespace {

// The files a leaflet was made from, hashed: while they are unchanged the fingerprint is too,
// and the exact check (parsing the statement and catalogs) is skipped.
std::string inputs_key(const Project& project, const std::string& design, const std::string& source,
                       const std::string& lang) {
  return combined_hash({design, file_content_hash(project.root / source),
                        file_content_hash(project.catalog_path(lang, k_statements_domain)),
                        file_content_hash(project.catalog_path(lang, k_ui_domain))});
}

bool prints(const Project& project, const std::string& lang) {
  return std::find(project.config.print.begin(), project.config.print.end(), lang) != project.config.print.end();
}

bool makes_edition(const Project& project, const std::string& variant) {
  const auto& variants = project.config.print_settings.variants;
  return std::find(variants.begin(), variants.end(), variant) != variants.end();
}

Result<void> move_out(const Project& project, const std::vector<std::string>& files, std::vector<std::string>& moved) {
  auto done = move_to_superseded(project, files, iso_date(gate_time()));
  if (!done) return std::unexpected(done.error());
  moved.insert(moved.end(), done->begin(), done->end());
  return {};
}

}  // namespace

Result<void> supersede_stale_leaflets(const Project& project, std::vector<PrintRecord>& records,
                                      std::vector<std::string>& moved, Diagnostics& diagnostics) {
  auto read = read_print_records(project);
  if (!read) return std::unexpected(read.error());
  records = std::move(*read);
  std::vector<std::string> unlisted = unlisted_print_files(project, records);
  if (records.empty() && unlisted.empty()) return {};
  auto design = leaflet_design_hash(project);
  if (!design) return std::unexpected(design.error());

  // Records whose files changed get the exact check, all at once (one parse of each catalog).
  bool changed = false;
  std::set<std::string> statements, languages;
  std::vector<bool> stale(records.size(), false), check(records.size(), false);
  for (size_t i = 0; i < records.size(); ++i) {
    PrintRecord& record = records[i];
    std::error_code ec;
    if (!fs::exists(project.root / record.source, ec) || !prints(project, record.lang) ||
        !makes_edition(project, record.variant)) {
      stale[i] = true;
    } else if (inputs_key(project, *design, record.source, record.lang) != record.inputs) {
      check[i] = true;
      statements.insert(record.source);
      languages.insert(record.lang);
    }
  }
  if (!statements.empty()) {
    GateScope scope{{statements.begin(), statements.end()}, {languages.begin(), languages.end()}};
    Diagnostics quiet;  // the gate's warnings belong to a gated run, not to every build
    auto verdicts = evaluate_print_gate(project, quiet, scope);
    if (!verdicts) return std::unexpected(verdicts.error());
    std::map<std::pair<std::string, std::string>, std::string> now;
    for (const auto& v : *verdicts) now[{v.source, v.lang}] = v.fingerprint;
    for (size_t i = 0; i < records.size(); ++i) {
      if (!check[i]) continue;
      auto found = now.find({records[i].source, records[i].lang});
      if (found == now.end() || found->second.empty() || found->second != records[i].fingerprint) {
        stale[i] = true;
      } else {  // touched but the same: no need to look again until the files change
        records[i].inputs = inputs_key(project, *design, records[i].source, records[i].lang);
        changed = true;
      }
    }
  }
  std::vector<std::string> to_move = unlisted;
  std::vector<PrintRecord> kept;
  for (size_t i = 0; i < records.size(); ++i) {
    if (!stale[i]) {
      kept.push_back(std::move(records[i]));
      continue;
    }
    to_move.insert(to_move.end(), records[i].files.begin(), records[i].files.end());
    changed = true;
  }
  records = std::move(kept);
  size_t before = moved.size();
  if (auto done = move_out(project, to_move, moved); !done) return done;
  for (size_t i = before; i < moved.size(); ++i)
    diagnostics.warning({moved[i]},
                        "superseded: no longer matches what the print gate passed; moved out of output/print/");
  if (!changed && unlisted.empty()) return {};
  return write_print_order(project, records);
}

Result<void> record_gated_leaflets(const Project& project, std::vector<PrintRecord>& records,
                                   const std::vector<PrintVerdict>& verdicts,
                                   const std::function<unsigned(const fs::path&)>& pdf_pages,
                                   std::vector<std::string>& moved) {
  auto design = leaflet_design_hash(project);
  if (!design) return std::unexpected(design.error());
  const std::string now = iso_timestamp(gate_time());
  for (const auto& verdict : verdicts) {
    auto same_pair = [&](const PrintRecord& r) { return r.source == verdict.source && r.lang == verdict.lang; };
    if (!verdict.pass) {
      // Refused now: what passed before (every edition) is not what the gate would pass today.
      std::vector<std::string> files;
      for (const PrintRecord& old : records)
        if (same_pair(old)) files.insert(files.end(), old.files.begin(), old.files.end());
      if (auto done = move_out(project, files, moved); !done) return done;
      std::erase_if(records, same_pair);
      continue;
    }
    // One record per edition: the gate judged the words, which every edition shares.
    for (const auto& variant : project.config.print_settings.variants) {
      PrintRecord record{verdict.statement,
                         verdict.source,
                         verdict.lang,
                         variant,
                         verdict.fingerprint,
                         inputs_key(project, *design, verdict.source, verdict.lang),
                         now,
                         0,
                         {}};
      for (const char* extension : {".pdf", ".fo", ".tex"}) {
        fs::path path = project.print_path(verdict.lang, variant_name(verdict.statement, variant), extension);
        std::error_code ec;
        if (!fs::is_regular_file(fs::symlink_status(path, ec))) continue;
        record.files.push_back(project.relative(path));
        if (std::string_view(extension) == ".pdf") record.pdf_pages = pdf_pages(path);
      }
      auto old = std::find_if(records.begin(), records.end(),
                              [&](const PrintRecord& r) { return same_pair(r) && r.variant == variant; });
      if (old != records.end()) *old = std::move(record);
      else records.push_back(std::move(record));
    }
  }
  return write_print_order(project, records);
}

}  // namespace leafpress::app
