// RenderPlan: statements and catalogs read and parsed once, on first need, and how much of each
// statement each language has translated.
#include "app/render_plan_state.hpp"

#include <fmt/format.h>

#include <cstdio>

#include "app/extract.hpp"
#include "app/picture_resolution.hpp"
#include "app/site_pages.hpp"
#include "catalog/mo_writer.hpp"
#include "catalog/po_parser.hpp"
#include "readers/reader.hpp"

namespace leafpress::app {

const doc::Document* RenderPlan::State::document(DocumentData& data, Diagnostics& diagnostics) {
  std::call_once(data.parsed, [&] {
    auto parsed = readers::read_document(data.source->bytes, data.source->relative, project.config.source_language);
    if (parsed) data.document = std::move(*parsed);
    else report(diagnostics, parsed.error());
  });
  return data.document ? &*data.document : nullptr;
}

const doc::Document* RenderPlan::State::document_with_images(DocumentData& data, BuildCache& cache,
                                                             Diagnostics& diagnostics, OutputLog& log) {
  const doc::Document* document = this->document(data, diagnostics);
  std::call_once(data.images_copied, [&] {
    if (!document) return;
    auto images = copy_statement_images(project, *document, [&](const fs::path& path, std::string_view bytes) {
      auto written = write_output(project, path, bytes, log);
      if (!written) return Result<void>(std::unexpected(written.error()));
      record_output(cache, path, content_hash(bytes));
      return Result<void>();
    });
    if (images) {
      data.images = std::move(*images);
      record_images(cache, *data.source, data.images);
      // Proofs may carry a coarse picture; the print gate refuses it.
      if (auto coarse = coarse_pictures(project, *document))
        for (const CoarsePicture& picture : *coarse)
          diagnostics.warning(picture.where, picture.message + "; a leaflet with it cannot pass the print gate");
    } else {
      report(diagnostics, images.error());
      data.images_missing = true;
    }
  });
  return data.images_missing ? nullptr : document;
}

bool RenderPlan::State::media_intact(const StatementImages& images, BuildCache& cache, const DocumentData& data,
                                     Diagnostics& diagnostics) {
  for (const auto& [url, file] : images.files)
    if (!output_intact(cache, media_path(project, file), diagnostics)) return false;
  keep_image_record(cache, *data.source);
  for (const auto& [url, file] : images.files) cache.keep(output_key(media_path(project, file)));
  return true;
}

const std::vector<std::string>& RenderPlan::State::units(DocumentData& data, const doc::Document& document) {
  std::call_once(data.units_listed, [&] {
    for (auto& unit : l10n::extract_units(document, segmentation)) data.units.push_back(std::move(unit.source));
  });
  return data.units;
}

Result<catalog::Catalog> RenderPlan::State::read_catalog(const std::string& tag, const std::string& domain) const {
  fs::path path = project.catalog_path(tag, domain);
  auto bytes = read_file(path, project.relative(path));
  if (!bytes) return std::unexpected(bytes.error());
  return catalog::parse_po(*bytes, project.relative(path));
}

void RenderPlan::State::load_language(LanguageData& data, Diagnostics& diagnostics) {
  std::call_once(data.parsed, [&] {
    if (data.is_source) {
      data.ui.emplace(data.tag);
      return;
    }
    if (auto known = known_translations.by_language.find(data.tag); known != known_translations.by_language.end()) {
      data.statements = std::move(known->second);
    } else {
      auto parsed = read_catalog(data.tag, k_statements_domain);
      if (!parsed) {
        report(diagnostics, parsed.error());
        data.usable = false;
        return;
      }
      data.statements = statement_translations(*parsed, *known_translations.pool);
    }

    // Page furniture: the ui catalog compiled to MO in memory and read through Boost.Locale.
    // A ui.po that does not parse (a Plural-Forms nested too deep for its evaluator, say)
    // stops its own language, as a broken statements catalog does.
    auto ui_catalog = read_catalog(data.tag, k_ui_domain);
    if (!ui_catalog) {
      report(diagnostics, ui_catalog.error());
      data.ui.emplace(data.tag);
      std::error_code ec;
      if (fs::exists(project.catalog_path(data.tag, k_ui_domain), ec)) data.usable = false;
      return;
    }
    auto translator = text::UiTranslator::from_mo(data.tag, catalog::compile_mo(*ui_catalog),
                                                  project.relative(project.catalog_path(data.tag, k_ui_domain)));
    if (translator) data.ui.emplace(std::move(*translator));
    else {
      report(diagnostics, translator.error());
      data.ui.emplace(data.tag);
    }
  });
}

void RenderPlan::State::measure_share(DocumentData& doc_data, LanguageData& language, BuildCache& cache,
                                      Diagnostics& diagnostics) {
  writers::Availability& state = availability[doc_data.index][language.index];
  if (language.is_source) return;
  std::string cache_key = "share:" + language.tag + "/" + doc_data.source->relative;
  std::string inputs = combined_hash({environment, doc_data.source->hash, language.catalogs_hash});
  StatementShare share;
  auto last = cache.get(cache_key);
  if (last && last->starts_with(inputs + ' ') &&
      std::sscanf(last->c_str() + inputs.size() + 1, "%zu/%zu", &share.translated, &share.total) == 2) {
    cache.keep(cache_key);
  } else {
    const doc::Document* document = this->document(doc_data, diagnostics);
    if (!document) return;
    load_language(language, diagnostics);
    if (!language.usable) return;
    for (const auto& source_text : units(doc_data, *document)) {
      ++share.total;
      if (language.statements.find(source_text)) ++share.translated;
    }
    cache.put(cache_key, fmt::format("{} {}/{}", inputs, share.translated, share.total));
  }
  state = availability_of(share, false, project.config.web.readable_percent);
}

}  // namespace leafpress::app
