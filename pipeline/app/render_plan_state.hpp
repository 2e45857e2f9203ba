#pragma once
// What a RenderPlan knows while it runs: the languages and statements of the build, each parsed
// once on first need, and the work shared by the threads rendering them. Inside app only; its
// functions live in render_plan_*.cpp by what they do (loading, pages, indexes, outputs).
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "app/leaflet_design.hpp"
#include "app/render_plan.hpp"
#include "app/site_pages.hpp"
#include "app/statement_images.hpp"
#include "app/ui_template.hpp"
#include "catalog/message.hpp"
#include "l10n/unit.hpp"
#include "text/language.hpp"
#include "text/ui_translator.hpp"
#include "writers/context.hpp"
#include "writers/html_writer.hpp"

namespace leafpress::app {

/// A page's file name as links write it, percent-encoded.
std::string page_file(std::string_view doc_name);
/// `prefix` + tag + "/" + the page's file name.
std::string page_href(std::string_view prefix, std::string_view tag, std::string_view doc_name);
/// The imprint as writers take it.
writers::Imprint imprint_of(const Config& config);

// A language's catalogs, parsed once, on first need.
struct LanguageData {
  size_t index = 0;  // in RenderPlan's languages: the source is 0
  std::string tag;
  text::Language info;
  bool is_source = false;
  std::string catalogs_hash;  // statements.po + ui.po bytes
  std::string ui_hash;        // ui.po bytes
  std::once_flag parsed;
  bool usable = true;  // false when a catalog could not be read: the language is skipped
  bool draft = false;
  StatementTranslations statements;
  std::optional<text::UiTranslator> ui;
};

// A statement, parsed once, on first need.
struct DocumentData {
  size_t index = 0;
  const SourceFile* source = nullptr;
  std::once_flag parsed;
  std::once_flag images_copied;
  std::optional<doc::Document> document;
  StatementImages images;  // where its images were copied
  bool images_missing = false;
  std::once_flag units_listed;
  std::vector<std::string> units;  // the source text of each unit, in document order
};

struct RenderPlan::State {
  const Project& project;
  std::string environment;
  const std::vector<SourceFile>& sources;
  LeafletPlan leaflets;
  bool typeset = false;  // the TeX beside each FO, for the PDF step
  FileHashes& file_hashes;
  l10n::Segmentation segmentation = l10n::Segmentation::paragraph;
  std::vector<std::unique_ptr<LanguageData>> languages;  // source first, then targets in order
  std::vector<std::unique_ptr<DocumentData>> documents;
  std::vector<std::vector<writers::Availability>> availability;  // [document][language]
  std::unordered_set<std::string> plain_outputs;                 // the outputs found as regular files at the start
  std::mutex fo_written_mutex;
  std::unordered_set<std::string> fo_written;   // FO files written by this run
  KnownTranslations known_translations;         // of catalogs this build wrote (each taken once), and the msgid pool
  std::vector<doc::Document> parsed_documents;  // empty, or one per source, in order
  std::mutex diagnostics_mutex;

  State(const Project& p, std::string env, const std::vector<SourceFile>& s, LeafletPlan plan, FileHashes& hashes)
      : project(p), environment(std::move(env)), sources(s), leaflets(std::move(plan)), file_hashes(hashes) {}

  void report(Diagnostics& diagnostics, const Error& error) {
    std::lock_guard lock(diagnostics_mutex);
    diagnostics.error(error.where, error.message);
  }

  enum class Leaflet { none, proof, print_ready };
  // The leaflet a statement gets in a language, if any.
  Leaflet leaflet(const std::string& statement, const std::string& lang) const {
    if (leaflets.print_ready.contains({statement, lang})) return Leaflet::print_ready;
    const auto& proofs = leaflets.proof_languages;
    return std::find(proofs.begin(), proofs.end(), lang) != proofs.end() ? Leaflet::proof : Leaflet::none;
  }
  // Where that leaflet's FO goes in an edition ([print] variants: "standard", "large"): each
  // edition in the same folder, named by variant_name (app/leaflet_design).
  fs::path fo_path(const std::string& statement, const std::string& lang, std::string_view variant) const {
    std::string name = variant_name(statement, variant);
    return leaflet(statement, lang) == Leaflet::print_ready ? project.print_path(lang, name)
                                                            : project.proof_path(lang, name);
  }
  // The editions every leaflet comes in, in the configuration's order.
  const std::vector<std::string>& variants() const { return project.config.print_settings.variants; }

  // Loading (render_plan_loading.cpp)
  const doc::Document* document(DocumentData& data, Diagnostics& diagnostics);
  // The parsed statement with its images copied into output/html/media/ (once, by whichever
  // thread gets here first); null when it does not parse or an image is missing: such a
  // statement is not rendered.
  const doc::Document* document_with_images(DocumentData& data, BuildCache& cache, Diagnostics& diagnostics,
                                            OutputLog& log);
  // True when every copy is as the last build wrote it; the record and copies are kept.
  bool media_intact(const StatementImages& images, BuildCache& cache, const DocumentData& data,
                    Diagnostics& diagnostics);
  const std::vector<std::string>& units(DocumentData& data, const doc::Document& document);
  // One of the language's catalogs, read and parsed; an error names the file.
  Result<catalog::Catalog> read_catalog(const std::string& tag, const std::string& domain) const;
  void load_language(LanguageData& data, Diagnostics& diagnostics);
  // How much of the statement the language has translated, kept in the cache with the hashes
  // it depends on, so that a build reads a catalog only when it or the statement changed.
  void measure_share(DocumentData& doc_data, LanguageData& language, BuildCache& cache, Diagnostics& diagnostics);

  // One pair's page and leaflet (render_plan_pair.cpp)
  // The second-level key of a target-language pair: everything its outputs depend on, with
  // only this document's translations instead of the whole catalog, so that an edit to one
  // entry of a catalog redoes only the documents using that entry.
  std::string unit_key(DocumentData& doc_data, const doc::Document& document, const LanguageData& language,
                       bool with_fo, bool proof);
  std::vector<writers::LanguageVersion> versions(const DocumentData& doc_data, const std::string& prefix) const;
  // Which languages a statement's switcher offers, as one character each: its pages change
  // when another language's catalog makes the statement readable or not.
  std::string availability_signature(const DocumentData& doc_data) const;
  // The document in the language: translations applied, untranslated units left in the source
  // language; problems with a translation are warnings naming the catalog.
  doc::Document localize(const doc::Document& document, LanguageData& language, Diagnostics& diagnostics,
                         l10n::ApplyReport& applied);
  // Renders one (document, language) pair; returns the FO path when one belongs to it.
  void render(DocumentData& doc_data, LanguageData& language, BuildCache& cache, OutputLog& log,
              Diagnostics& diagnostics);

  // Indexes and sitemap (render_plan_index.cpp)
  std::vector<text::Language> language_infos() const;
  // A language's index: every statement, readable ones with title, date and summary in the
  // language. Redone when the statements, the language's catalogs or a readability changed.
  void render_index(LanguageData& language, BuildCache& cache, OutputLog& log, Diagnostics& diagnostics);
  void render_sitemap(BuildCache& cache, OutputLog& log, Diagnostics& diagnostics);

  // Outputs and their records (render_plan_outputs.cpp)
  // The cache key under which the hash of an output's bytes, as this build wrote them, is kept.
  std::string output_key(const fs::path& path) const { return "output:" + project.relative(path); }
  // Writes an output and records the hash of its bytes; false (reported) when it failed.
  bool write_recorded(BuildCache& cache, const fs::path& path, const std::string& bytes, OutputLog& log,
                      Diagnostics& diagnostics);
  // Records the hash of what was just written at `path`, with the file's stamp.
  void record_output(BuildCache& cache, const fs::path& path, std::string hash);
  // True when `path` is a regular file holding exactly the bytes the last build wrote there.
  // An output changed by hand (a leaflet's FO edited before its PDF is made) is not trusted:
  // it is written again from the sources, and the build says so.
  bool output_intact(BuildCache& cache, const fs::path& path, Diagnostics& diagnostics);
};

}  // namespace leafpress::app
