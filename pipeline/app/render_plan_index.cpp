// RenderPlan: each language's index and the sitemap.
#include "app/render_plan_state.hpp"

#include "app/site_pages.hpp"
#include "writers/index_writer.hpp"
#include "writers/sitemap_writer.hpp"

namespace leafpress::app {

std::vector<text::Language> RenderPlan::State::language_infos() const {
  std::vector<text::Language> out;
  for (const auto& language : languages) out.push_back(language->info);
  return out;
}

void RenderPlan::State::render_index(LanguageData& language, BuildCache& cache, OutputLog& log,
                                     Diagnostics& diagnostics) {
  std::string all;
  for (const auto& data : documents)
    all += data->source->relative + '\t' + data->source->hash + '\t' +
           static_cast<char>('0' + static_cast<int>(availability[data->index][language.index])) + '\n';
  const auto infos = language_infos();
  const bool root = language.is_source;
  std::string key = combined_hash({environment, all, language.catalogs_hash, project.config.web.base_url});
  std::string cache_key = "render:index:" + language.tag;
  fs::path index_path = project.output_dir() / "html" / app::index_path(infos, language.index);
  if (cache.matches(cache_key, key) && output_intact(cache, index_path, diagnostics)) {
    cache.keep(cache_key);
    cache.keep(output_key(index_path));
    log.reused(1);
    return;
  }
  load_language(language, diagnostics);
  if (!language.usable) return;
  std::vector<writers::IndexEntry> entries;
  const std::string prefix = root ? language.tag + "/" : "";
  const std::string source_prefix = root ? prefix : "../" + languages.front()->tag + "/";
  for (auto& data : documents) {
    const doc::Document* document = this->document(*data, diagnostics);
    if (!document) continue;
    bool readable = availability[data->index][language.index] == writers::Availability::readable;
    l10n::ApplyReport applied;
    if (readable) {
      doc::Document localized = localize(index_head(*document), language, diagnostics, applied);
      entries.push_back(
          index_entry(localized, language.info, languages.front()->tag, prefix + page_file(data->source->name)));
    } else {
      // Not yet readable in the language: named in the source language, linked to its page there.
      entries.push_back(index_entry(*document, languages.front()->info, languages.front()->tag,
                                    source_prefix + page_file(data->source->name)));
      entries.back().title.lang = languages.front()->tag;
      entries.back().readable = false;
    }
  }
  writers::PageContext page;
  page.language = language.info;
  page.source_language = languages.front()->info;
  page.versions = index_versions(infos, root);
  page.x_default_href = root ? "index.html" : "../index.html";
  page.imprint = imprint_of(project.config);
  page.ui = make_ui_lookup(*language.ui);
  if (!project.config.web.base_url.empty())
    page.page_url = project.config.web.base_url + app::index_path(infos, language.index);
  if (write_recorded(cache, index_path, writers::write_index(entries, page, root), log, diagnostics))
    cache.put(cache_key, key);
}

void RenderPlan::State::render_sitemap(BuildCache& cache, OutputLog& log, Diagnostics& diagnostics) {
  std::vector<std::string> names;
  for (const auto& source : sources) names.push_back(source.name);
  std::string sitemap = writers::write_sitemap(
      sitemap_pages(language_infos(), names, availability, project.config.web.base_url));
  std::string key = combined_hash({environment, sitemap});
  fs::path path = project.output_dir() / "html" / "sitemap.xml";
  if (cache.matches("render:sitemap", key) && output_intact(cache, path, diagnostics)) {
    cache.keep("render:sitemap");
    cache.keep(output_key(path));
    log.reused(1);
    return;
  }
  if (write_recorded(cache, path, sitemap, log, diagnostics)) cache.put("render:sitemap", key);
}

}  // namespace leafpress::app
