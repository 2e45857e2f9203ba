#pragma once
// The images a statement shows travel as files: each is found inside the project (or taken
// from the document that carries it, as a .docx does), copied once into output/html/media/
// under a name made from its content, and every page and leaflet points at that copy.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/build_cache.hpp"
#include "app/output_files.hpp"
#include "app/project.hpp"
#include "doc/document.hpp"

namespace leafpress::app {

/// Image url as written → file name in output/html/media/.
using ImageFiles = std::map<std::string, std::string>;

/// Where a statement's images went.
struct StatementImages {
  ImageFiles files;
  /// The project files they were read from (project-relative), in document order; images the
  /// document carries (a .docx's pictures) are not listed: the statement's own hash covers them.
  std::vector<std::string> sources;
};

/// Writes one copy (an output under output/html/media/); an error names the file.
using MediaWriter = std::function<Result<void>(const fs::path& path, std::string_view bytes)>;

/// The largest image file read (a poster-sized photograph is well below it).
inline constexpr size_t k_image_max_bytes = 32u << 20;

/// Called with each distinct image of a document (by its url, in document order), its bytes,
/// and the project file they were read from (null for a picture the document carries).
using ImageVisitor =
    std::function<Result<void>(const doc::Inline& image, std::string_view bytes, const fs::path* file)>;

/// Finds and reads each image of the document as copy_statement_images does (with its errors)
/// and hands it to `visit`; stops at the first error.
Result<void> read_statement_images(const Project& project, const doc::Document& document, const ImageVisitor& visit);

/// Copies the document's images into output/html/media/ through `write`. An image named by a
/// path is looked for next to the statement and must be a regular file inside the project (no
/// "..", no absolute path, no link leading out); a web address is never fetched. Errors name
/// the statement and the image's line: a remote image, a missing file, a path leaving the
/// project, a file too large.
Result<StatementImages> copy_statement_images(const Project& project, const doc::Document& document,
                                              const MediaWriter& write);

/// The copy `file` in output/html/media/.
fs::path media_path(const Project& project, const std::string& file);

/// Records in the build cache, tied to the statement's bytes, which project files its images
/// come from and which copies they have; keep_image_record carries the record over.
void record_images(BuildCache& cache, const SourceFile& statement, const StatementImages& images);
void keep_image_record(BuildCache& cache, const SourceFile& statement);
/// What the last build recorded of the statement's images; nullopt when the statement changed
/// since (or the record cannot be read).
std::optional<StatementImages> recorded_images(const BuildCache& cache, const SourceFile& statement);

/// A hash of the bytes of the project files the images come from: a photo replaced under the
/// same name changes it.
std::string images_signature(const StatementImages& images, const Project& project, FileHashes& hashes);

/// Points the document's images at their copies: `prefix` + file name (for a page in
/// output/html/<lang>/, "../media/").
void point_images_at(doc::Document& document, const ImageFiles& files, const std::string& prefix);

/// After point_images_at(document, files, from): points the same images at `to` + file name
/// (a leaflet in output/print/<lang>/ reaches the page's copies through "../../html/media/").
void repoint_images(doc::Document& document, const ImageFiles& files, const std::string& from, const std::string& to);

}  // namespace leafpress::app
