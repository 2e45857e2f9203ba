#include "app/build.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <mutex>
#include <optional>

#include "app/build_cache.hpp"
#include "app/catalog_commands.hpp"
#include "app/executable_identity.hpp"
#include "app/extract.hpp"
#include "app/files.hpp"
#include "app/glossary_loader.hpp"
#include "app/leaflet_design.hpp"
#include "app/output_files.hpp"
#include "app/parallel.hpp"
#include "app/print_folder.hpp"
#include "app/print_pictures.hpp"
#include "app/render_plan.hpp"
#include "app/statement_name.hpp"
#include "app/typesetter.hpp"
#include "app/ui_template.hpp"
#include "app/unprintable.hpp"
#include "app/unreadable_sources.hpp"
#include "catalog/merge_session.hpp"
#include "catalog/po_writer.hpp"
#include "text/language.hpp"
#include "writers/tex_writer.hpp"

namespace leafpress::app {
namespace {

bool stop_requested(const BuildOptions& options) { return options.interrupted && options.interrupted->load(); }

// Hashes of everything a build reads, taken once at the start.
struct Inputs {
  std::string environment;  // leafpress binary + config + glossary
  std::vector<SourceFile> sources;
  std::string sources_key;  // all source paths and hashes
};

Result<Inputs> snapshot_inputs(const Project& project) {
  Inputs inputs;
  auto config = read_file(project.config_path());
  fs::path glossary_path = project.locales_dir() / "glossary.toml";
  auto glossary = read_file(glossary_path, project.relative(glossary_path), k_glossary_max_bytes);
  // A glossary that is there but cannot be read (a FIFO, a device) is an error, not "no glossary".
  if (std::error_code ec; !glossary && fs::exists(fs::symlink_status(glossary_path, ec)))
    return std::unexpected(glossary.error());
  // The logo is part of every leaflet: a new logo redoes them as a config change does.
  auto logo = prepare_logo(project);
  if (!logo) return std::unexpected(logo.error());
  inputs.environment = combined_hash({executable_identity(), config ? content_hash(*config) : std::string(),
                                      glossary ? content_hash(*glossary) : std::string(), *logo});
  auto paths = project.source_documents();
  if (!paths) return std::unexpected(paths.error());
  std::string all;
  for (const auto& path : *paths) {
    auto bytes = read_file(path, project.relative(path));
    if (!bytes) return std::unexpected(bytes.error());
    SourceFile file{path, project.relative(path), statement_name(path), std::move(*bytes), {}};
    file.hash = content_hash(file.bytes);
    all += file.relative + '\t' + file.hash + '\n';
    inputs.sources.push_back(std::move(file));
  }
  inputs.sources_key = combined_hash({inputs.environment, all});
  return inputs;
}

// What the stages of one build share: its project and inputs, what it knew from the last build
// and learns in this one, where its findings go, and the catalogs' shared work.
struct BuildState {
  const Project& project;
  const Inputs& inputs;
  Diagnostics& diagnostics;
  unsigned jobs;
  BuildCache cache;
  FileHashes hashes;
  OutputLog log;
  // Msgids wrapped once for the template and every catalog, the templates parsed once for
  // every language's merge, …; dropped once the catalogs are done (the pages need none of it).
  std::optional<catalog::MergeSession> merges{std::in_place};

  BuildState(const Project& p, const Inputs& i, Diagnostics& d, unsigned j)
      : project(p), inputs(i), diagnostics(d), jobs(j), cache(build_cache_path(p)), log(p) {}
};

// locales/statements.pot: re-extracted only when a source, the config or the glossary changed.
// Returns whether the template was extracted; `documents` then receives the parsed sources.
Result<bool> stage_templates(BuildState& build, std::vector<doc::Document>& documents) {
  const Project& project = build.project;
  const Inputs& inputs = build.inputs;
  BuildCache& cache = build.cache;
  FileHashes& hashes = build.hashes;
  OutputLog& log = build.log;
  fs::path pot = project.template_path(k_statements_domain);
  std::string key = "template:statements";
  if (cache.matches(key, inputs.sources_key) && cache.matches(key + ":out", hashes.of(pot))) {
    cache.put(key, inputs.sources_key);
    cache.put(key + ":out", *cache.get(key + ":out"));
    log.reused(1);
    return false;
  }
  hashes.forget(pot);
  auto parsed = parse_sources(project, inputs.sources, build.diagnostics, build.jobs);
  if (!parsed) return std::unexpected(parsed.error());
  catalog::WriteOptions write;
  write.cache = &build.merges->wrap_cache();  // the msgids' lines, written again in every catalog
  write.jobs = build.jobs;
  auto report = extract_templates(project, *parsed, write);
  if (!report) return std::unexpected(report.error());
  documents = std::move(*parsed);
  log.record(pot, report->written ? WriteOutcome::written : WriteOutcome::unchanged);
  cache.put(key, inputs.sources_key);
  cache.put(key + ":out", hashes.of(pot));

  // locales/ui.pot comes from the message list compiled into leafpress.
  if (auto inside = project.check_in_locales(project.template_path(k_ui_domain)); !inside)
    return std::unexpected(inside.error());
  hashes.forget(project.template_path(k_ui_domain));
  auto written = write_file_atomic(project.template_path(k_ui_domain),
                                   catalog::write_po(ui_template(project.config.project_name, {},
                                                                 brand_messages(project.config.brand))));
  if (!written) return std::unexpected(written.error());
  log.record(project.template_path(k_ui_domain), *written);
  return true;
}

// Every target's catalogs merged with the templates; skipped for a language whose catalogs and
// templates are byte-identical to what the last build left. A language whose catalogs cannot
// be read or merged is reported and left as it is; the others go on. Returns the languages
// updated; `known` receives the statements of each catalog merged.
Result<std::vector<std::string>> stage_catalogs(BuildState& build, KnownTranslations& known) {
  const Project& project = build.project;
  const std::string& environment = build.inputs.environment;
  BuildCache& cache = build.cache;
  FileHashes& hashes = build.hashes;
  const unsigned jobs = build.jobs;
  std::string templates = combined_hash(
      {hashes.of(project.template_path(k_statements_domain)), hashes.of(project.template_path(k_ui_domain))});
  auto state_of = [&](const std::string& lang) {
    return combined_hash({templates, hashes.of(project.catalog_path(lang, k_statements_domain)),
                          hashes.of(project.catalog_path(lang, k_ui_domain))});
  };
  // The bytes of each catalog as this leafpress last wrote them: unchanged entries of such a
  // catalog are copied, not written again.
  auto written_key = [&](const fs::path& path) { return "written:" + project.relative(path); };
  auto written_value = [&](std::string_view hash) { return combined_hash({environment, hash}); };
  // Every catalog is read and hashed up front, on all cores: tens of megabytes in a large project.
  std::vector<fs::path> catalog_paths;
  for (const auto& lang : project.config.targets)
    for (const char* domain : {k_statements_domain, k_ui_domain})
      catalog_paths.push_back(project.catalog_path(lang, domain));
  parallel_for(catalog_paths.size(), jobs, [&](size_t i) { static_cast<void>(hashes.of(catalog_paths[i])); });
  std::vector<std::string> stale;
  for (const auto& lang : project.config.targets) {
    std::string state = state_of(lang);
    if (cache.matches("catalogs:" + lang, state)) {
      cache.put("catalogs:" + lang, std::move(state));
      for (const char* domain : {k_statements_domain, k_ui_domain})
        cache.keep(written_key(project.catalog_path(lang, domain)));
      build.log.reused(2);
    } else {
      stale.push_back(lang);
    }
  }
  if (stale.empty()) return stale;
  // One language per task: each merge reads and writes only that language's files. Findings
  // are gathered per language and reported in the languages' order, whatever the schedule.
  // Templates are parsed and msgids wrapped once for all languages; what the pages need from
  // each merged statements catalog is kept, so that rendering does not parse it again.
  for (auto& [domain, pot] : parse_templates(project, build.diagnostics))
    build.merges->share_template(domain, std::move(pot));
  std::vector<Diagnostics> findings(stale.size());
  std::vector<std::optional<Result<UpdateReport>>> reports(stale.size());
  std::vector<std::optional<StatementTranslations>> merged(stale.size());
  parallel_for(stale.size(), jobs, [&](size_t i) {
    UpdateOptions options;
    options.session = &*build.merges;
    // With a language per core already, threads within a merge would only compete.
    options.fuzzy_jobs = stale.size() >= jobs ? 1 : 0;
    options.written_by_leafpress = [&](const fs::path& path, std::string_view bytes) {
      return cache.matches(written_key(path), written_value(content_hash(bytes)));
    };
    options.on_merged = [&](const CatalogUpdate& update, const catalog::Catalog& catalog) {
      if (update.domain == k_statements_domain) merged[i] = statement_translations(catalog, *known.pool);
    };
    reports[i] = update_catalogs(project, {stale[i]}, findings[i], options);
  });
  std::vector<std::string> updated;
  for (size_t i = 0; i < stale.size(); ++i) {
    build.diagnostics.append(findings[i]);
    const auto& report = *reports[i];
    if (!report) {
      build.diagnostics.error(report.error().where, report.error().message);
      // Some of its catalogs may have been written before the failure.
      for (const char* domain : {k_statements_domain, k_ui_domain})
        hashes.forget(project.catalog_path(stale[i], domain));
      continue;
    }
    for (const auto& update : report->catalogs) {
      build.log.record(update.path, update.written ? WriteOutcome::written : WriteOutcome::unchanged);
      cache.put(written_key(update.path), written_value(update.content_hash));
      hashes.record(update.path, update.content_hash);
    }
    cache.put("catalogs:" + stale[i], state_of(stale[i]));
    updated.push_back(stale[i]);
    if (merged[i]) known.by_language[stale[i]] = std::move(*merged[i]);
  }
  return updated;
}

// The cache key of a PDF's page count, kept as "<hash of the PDF> <pages>".
std::string pages_key(const Project& project, const fs::path& pdf) { return "pdf-pages:" + project.relative(pdf); }

// The page count of the PDF as it now is, from this build's renders, else as an earlier build
// recorded it; 0 when unknown.
unsigned recorded_pages(const Project& project, const BuildCache& cache, const std::map<fs::path, unsigned>& rendered,
                        const fs::path& pdf) {
  if (auto now = rendered.find(pdf); now != rendered.end()) return now->second;
  auto value = cache.get(pages_key(project, pdf));
  std::string hash = file_content_hash(pdf);
  if (!value || !value->starts_with(hash + ' ')) return 0;
  return static_cast<unsigned>(std::strtoul(value->c_str() + hash.size() + 1, nullptr, 10));
}

// Typesets the leaflets whose PDF is missing, was edited, or came from other TeX than the
// FO stage just left (the PDF and its TeX are hashed, never dated).
Result<void> stage_pdfs(const Project& project, const std::vector<fs::path>& fo_files, BuildCache& cache,
                        FileHashes& hashes, OutputLog& log, Diagnostics& diagnostics,
                        const std::atomic<bool>* interrupted, std::map<fs::path, unsigned>& rendered_pages) {
  std::vector<PdfJob> jobs;
  std::vector<std::string> keys, tex_hashes;
  size_t without_pictures = 0;
  for (const auto& fo : fo_files) {
    fs::path tex = fs::path(fo).replace_extension(".tex");
    fs::path pdf = fs::path(fo).replace_extension(".pdf");
    std::string key = "pdf:" + project.relative(pdf);
    std::string tex_hash = hashes.of(tex);
    if (cache.matches(key, combined_hash({tex_hash, file_content_hash(pdf)}))) {
      cache.keep(key);
      cache.keep(pages_key(project, pdf));
      log.reused(1);
      continue;
    }
    std::string tag = fo.parent_path().filename().string();
    auto language = text::language_info(tag);
    std::string language_name = language ? language->english_name + " (" + tag + ")" : tag;
    // The typesetter is shown the CMYK print copies of the pictures this leaflet places.
    auto tex_text = read_file(tex, project.relative(tex));
    auto pictures = tex_text ? prepare_print_pictures(project, writers::tex_picture_files(*tex_text))
                             : Result<void>(std::unexpected(tex_text.error()));
    if (!pictures) {
      diagnostics.error(pictures.error().where,
                        fmt::format("the {} leaflet \"{}\" was not typeset; the previous PDF, if any, is kept. {}",
                                    language_name, fo.stem().string(), pictures.error().message));
      ++without_pictures;
      continue;
    }
    jobs.push_back({tex, pdf, language_name, fo.stem().string(), print_pictures_dir(project)});
    keys.push_back(std::move(key));
    tex_hashes.push_back(std::move(tex_hash));
  }
  auto pictures_failed = [&] {
    return fail({},
                fmt::format("{} PDF file(s) not typeset: a picture could not be prepared for print", without_pictures));
  };
  if (jobs.empty()) return without_pictures > 0 ? Result<void>(pictures_failed()) : Result<void>();
  warn_unprintable_languages(project, fo_files, diagnostics);
  std::vector<size_t> written;
  std::vector<unsigned> pages;
  auto rendered = typeset_pdfs(jobs, project.work_dir(), diagnostics, written, interrupted, &pages);
  for (size_t i = 0; i < jobs.size(); ++i) {
    // A PDF rendered now, or already holding exactly what this render made, is up to date.
    bool now = std::binary_search(written.begin(), written.end(), i);
    std::string pdf_hash = file_content_hash(jobs[i].pdf);
    if (now) log.record(jobs[i].pdf, WriteOutcome::written);
    if (now || (rendered && pdf_hash != "absent")) cache.put(keys[i], combined_hash({tex_hashes[i], pdf_hash}));
    if (i < pages.size() && pages[i] > 0) {
      cache.put(pages_key(project, jobs[i].pdf), pdf_hash + ' ' + std::to_string(pages[i]));
      rendered_pages[jobs[i].pdf] = pages[i];
    }
  }
  if (!rendered) return std::unexpected(rendered.error());
  if (without_pictures > 0) return pictures_failed();
  return {};
}

// Pages and leaflets still build without the imprint, but nobody should publish them unaware.
void warn_about_missing_imprint(const Project& project, Diagnostics& diagnostics) {
  const auto& imprint = project.config.imprint;
  std::vector<std::string> missing;
  if (imprint.printed_by.empty()) missing.emplace_back("printed_by");
  if (imprint.promoted_by.empty()) missing.emplace_back("promoted_by");
  if (imprint.on_behalf_of.empty()) missing.emplace_back("on_behalf_of");
  if (missing.empty()) return;
  bool web = imprint.promoted_by.empty() || imprint.on_behalf_of.empty();
  diagnostics.warning({"leafpress.toml"},
                      fmt::format("[imprint] {} not set: {} marked IMPRINT MISSING; leaflets cannot "
                                  "pass the print gate",
                                  fmt::join(missing, ", "), web ? "web pages and leaflets are" : "leaflets are"));
}

// Records the time since the previous lap under a stage's name.
class StageClock {
 public:
  explicit StageClock(std::vector<std::pair<std::string, double>>& laps) : m_laps(laps) {}
  void lap(std::string name) {
    auto now = std::chrono::steady_clock::now();
    m_laps.emplace_back(std::move(name), std::chrono::duration<double>(now - m_last).count());
    m_last = now;
  }

 private:
  std::vector<std::pair<std::string, double>>& m_laps;
  std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

}  // namespace

bool BuildReport::gate_refused() const {
  return std::any_of(gate.begin(), gate.end(), [](const PrintVerdict& v) { return !v.pass; });
}

fs::path build_cache_path(const Project& project) { return project.output_dir() / ".leafpress-cache"; }

Result<BuildReport> run_build(const Project& project, const BuildOptions& options, Diagnostics& diagnostics) {
  for (const fs::path& folder : {project.output_dir(), project.locales_dir(), project.work_dir()})
    if (!project.holds(folder, folder))
      return fail({project.relative(folder)},
                  "is a symbolic link to a folder outside the project; leafpress writes only inside it");
  remove_stale_temporaries(project);
  auto inputs = snapshot_inputs(project);
  if (!inputs) return std::unexpected(inputs.error());
  warn_unreadable_sources(project, diagnostics);
  const unsigned jobs = options.jobs == 0 ? default_jobs() : options.jobs;
  BuildState build(project, *inputs, diagnostics, jobs);
  BuildCache& cache = build.cache;
  FileHashes& hashes = build.hashes;
  OutputLog& log = build.log;

  BuildReport report;
  StageClock clock(report.stage_seconds);
  std::vector<doc::Document> documents;  // parsed for extraction, kept for rendering
  auto templates = stage_templates(build, documents);
  if (!templates) return std::unexpected(templates.error());
  report.extracted = *templates;
  clock.lap("templates");
  if (stop_requested(options)) return fail({}, "interrupted");
  KnownTranslations known;
  auto catalogs = stage_catalogs(build, known);
  build.merges.reset();
  if (!catalogs) return std::unexpected(catalogs.error());
  report.updated = std::move(*catalogs);
  clock.lap("catalogs");
  if (stop_requested(options)) return fail({}, "interrupted");

  warn_about_missing_imprint(project, diagnostics);
  if (options.pdf || options.print) note_leaflets_without_qr_code(project.config, diagnostics);
  report.documents = inputs->sources.size();
  report.languages = project.config.targets.size();

  // Whatever kind of build this is, nothing stays in output/print/ that no longer matches what
  // the gate passed.
  std::vector<PrintRecord> records;
  if (auto current = supersede_stale_leaflets(project, records, report.superseded, diagnostics); !current)
    return std::unexpected(current.error());

  // Which leaflets: proofs of every statement in every print language for an ordinary build
  // or --proof; with --print, print-ready leaflets of the (statement, language) pairs that
  // pass the gate, and nothing else. Only those go without the PROOF mark.
  LeafletPlan leaflets;
  if (options.print && !options.proof) {
    auto verdicts = evaluate_print_gate(project, diagnostics, GateScope{options.statements, {}});
    if (!verdicts) return std::unexpected(verdicts.error());
    report.gate_ran = true;
    report.gate = std::move(*verdicts);
    for (const auto& verdict : report.gate)
      if (verdict.pass) leaflets.print_ready.insert({verdict.statement, verdict.lang});
    clock.lap("print gate");
  } else {
    leaflets.proof_languages = project.config.print;
  }
  RenderPlan plan(project, inputs->environment, inputs->sources, std::move(leaflets), hashes);
  if (options.pdf || options.print) plan.write_typesetter_input();
  plan.use_known_translations(std::move(known));
  if (!documents.empty()) plan.use_parsed_documents(std::move(documents));
  std::vector<fs::path> fo_files;
  auto rendered = plan.run(cache, log, diagnostics, jobs, options.progress, options.interrupted, fo_files);
  if (!rendered) return std::unexpected(rendered.error());
  clock.lap("pages and leaflets");

  std::map<fs::path, unsigned> rendered_pages;
  if (options.pdf || options.print) {
    if (auto pdfs = stage_pdfs(project, fo_files, cache, hashes, log, diagnostics, options.interrupted, rendered_pages);
        !pdfs)
      return std::unexpected(pdfs.error());
    clock.lap("PDF");
  }
  if (report.gate_ran) {
    auto pages = [&](const fs::path& pdf) { return recorded_pages(project, cache, rendered_pages, pdf); };
    if (auto recorded = record_gated_leaflets(project, records, report.gate, pages, report.superseded); !recorded)
      return std::unexpected(recorded.error());
  }

  // Outputs are written unflushed; make them durable before the cache vouches for them.
  if (!log.written().empty())
    if (auto synced = sync_outputs(project); !synced) return std::unexpected(synced.error());
  if (auto saved = cache.save(build_cache_path(project)); !saved) return std::unexpected(saved.error());
  clock.lap("sync and cache");
  report.written = log.written();
  report.unchanged = log.unchanged();
  report.reused = log.reused_count();
  report.rendered = log.rendered_pairs();
  return report;
}

}  // namespace leafpress::app
