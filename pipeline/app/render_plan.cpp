#include "app/render_plan.hpp"

#include <mutex>
#include <unordered_set>

#include "app/extract.hpp"
#include "app/parallel.hpp"
#include "app/render_plan_state.hpp"
#include "text/language.hpp"

namespace leafpress::app {
namespace {

// The regular files (not links) in `folders`, each folder read once: cheaper than a status
// call for each of the thousands of outputs a build checks. The entry's own questions use the
// type the folder listing gave, so a regular file costs no further system call.
std::unordered_set<std::string> plain_files_in(const std::vector<fs::path>& folders) {
  std::unordered_set<std::string> out;
  for (const fs::path& folder : folders) {
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
      std::error_code type_ec;
      if (!it->is_symlink(type_ec) && it->is_regular_file(type_ec) && !type_ec) out.insert(it->path().native());
    }
  }
  return out;
}

}  // namespace

RenderPlan::RenderPlan(const Project& project, std::string environment, const std::vector<SourceFile>& sources,
                       LeafletPlan leaflets, FileHashes& file_hashes)
    : m_state(std::make_unique<State>(project, std::move(environment), sources, std::move(leaflets), file_hashes)) {}

RenderPlan::~RenderPlan() = default;

void RenderPlan::write_typesetter_input() { m_state->typeset = true; }

void RenderPlan::use_known_translations(KnownTranslations known) { m_state->known_translations = std::move(known); }

void RenderPlan::use_parsed_documents(std::vector<doc::Document> documents) {
  m_state->parsed_documents = std::move(documents);
}

Result<void> RenderPlan::run(BuildCache& cache, OutputLog& log, Diagnostics& diagnostics, unsigned jobs,
                             const std::function<void(size_t, size_t, std::string_view)>& progress,
                             const std::atomic<bool>* interrupted, std::vector<fs::path>& fo_files) {
  State& state = *m_state;
  const Project& project = state.project;
  auto segmentation = project_segmentation(project);
  if (!segmentation) return std::unexpected(segmentation.error());
  state.segmentation = *segmentation;

  std::vector<std::string> tags{project.config.source_language};
  tags.insert(tags.end(), project.config.targets.begin(), project.config.targets.end());
  for (const auto& tag : tags) {
    auto info = text::language_info(tag);
    if (!info) return fail({"leafpress.toml"}, info.error().message);
    auto data = std::make_unique<LanguageData>();
    data->tag = tag;
    data->info = std::move(*info);
    data->is_source = state.languages.empty();
    data->index = state.languages.size();
    if (!data->is_source) {
      data->ui_hash = state.file_hashes.of(project.catalog_path(tag, k_ui_domain));
      data->catalogs_hash = combined_hash(
          {state.file_hashes.of(project.catalog_path(tag, k_statements_domain)), data->ui_hash});
    }
    state.languages.push_back(std::move(data));
  }
  std::vector<fs::path> output_folders{project.output_dir() / "html" / "media"};
  for (const auto& language : state.languages) {
    output_folders.push_back(project.html_path(language->tag, "x").parent_path());
    output_folders.push_back(project.print_path(language->tag, "x").parent_path());
    output_folders.push_back(project.proof_path(language->tag, "x").parent_path());
  }
  state.plain_outputs = plain_files_in(output_folders);
  const bool parsed = state.parsed_documents.size() == state.sources.size();
  for (size_t i = 0; i < state.sources.size(); ++i) {
    auto data = std::make_unique<DocumentData>();
    data->index = i;
    data->source = &state.sources[i];
    if (parsed) std::call_once(data->parsed, [&] { data->document = std::move(state.parsed_documents[i]); });
    state.documents.push_back(std::move(data));
  }

  size_t total = state.documents.size() * state.languages.size();
  // How readable each statement is in each language, first: every page's switcher shows it.
  state.availability.assign(state.documents.size(),
                            std::vector<writers::Availability>(state.languages.size(),
                                                               writers::Availability::readable));
  parallel_for(state.languages.size(), jobs, [&](size_t language) {
    for (auto& document : state.documents)
      state.measure_share(*document, *state.languages[language], cache, diagnostics);
  });
  std::mutex progress_mutex;
  size_t done = 0;
  // With documents enough to keep every thread busy, a task is a document in all languages,
  // so that no thread waits for another to parse the document it needs; otherwise (a campaign
  // of one statement) a task is one pair.
  const size_t pairs_per_task = state.documents.size() >= 4 * size_t{std::max(1u, jobs)} ? state.languages.size() : 1;
  parallel_for(total / pairs_per_task, jobs, [&](size_t task) {
    for (size_t i = task * pairs_per_task; i < (task + 1) * pairs_per_task; ++i) {
      if (interrupted && interrupted->load()) return;
      DocumentData& document = *state.documents[i / state.languages.size()];
      LanguageData& language = *state.languages[i % state.languages.size()];
      state.render(document, language, cache, log, diagnostics);
      if (progress) {
        std::lock_guard lock(progress_mutex);
        progress(++done, total, document.source->name + " (" + language.tag + ")");
      }
    }
  });
  if (interrupted && interrupted->load()) return fail({}, "interrupted");
  parallel_for(state.languages.size(), jobs,
               [&](size_t language) { state.render_index(*state.languages[language], cache, log, diagnostics); });
  state.render_sitemap(cache, log, diagnostics);

  for (const auto& language : state.languages) {
    if (language->is_source) continue;
    for (const auto& source : state.sources) {
      if (state.leaflet(source.name, language->tag) == State::Leaflet::none) continue;
      for (const auto& variant : state.variants()) {
        fs::path fo = state.fo_path(source.name, language->tag, variant);
        if (state.plain_outputs.contains(fo.native()) || state.fo_written.contains(fo.native())) fo_files.push_back(fo);
      }
    }
  }
  return {};
}

}  // namespace leafpress::app
