#include "app/statement_images.hpp"

#include <fmt/format.h>

#include <set>

#include "app/files.hpp"
#include "base/text_hash.hpp"

namespace leafpress::app {

namespace {

void collect(const std::vector<doc::Inline>& inlines, std::vector<const doc::Inline*>& out) {
  for (const auto& node : inlines) {
    if (node.kind == doc::InlineKind::image) out.push_back(&node);
    collect(node.children, out);
  }
}

void collect(const std::vector<doc::Block>& blocks, std::vector<const doc::Inline*>& out) {
  for (const auto& block : blocks) {
    collect(block.inlines, out);
    collect(block.children, out);
  }
}

bool has_scheme(std::string_view url) {
  size_t colon = url.find(':');
  return colon != std::string_view::npos && url.substr(0, colon).find('/') == std::string_view::npos;
}

// "Ladywell photo.JPG" → "Ladywell-photo-<hash>.jpg": a name every browser and FOP take as is,
// made from the content so the same picture is one file however many statements show it.
std::string media_name(std::string_view url, std::string_view bytes) {
  std::string_view file = url.substr(url.find_last_of("/\\") == std::string_view::npos ? 0
                                                                                       : url.find_last_of("/\\") + 1);
  size_t dot = file.find_last_of('.');
  std::string stem, extension;
  for (char c : file.substr(0, dot)) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    stem += plain ? c : '-';
  }
  if (dot != std::string_view::npos)
    for (char c : file.substr(dot + 1))
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        extension += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (stem.size() > 40) stem.resize(40);
  return fmt::format("{}-{:016x}{}{}", stem.empty() ? "image" : stem, text_hash(bytes), extension.empty() ? "" : ".",
                     extension);
}

// An image named by a path relative to the statement: its project-relative path, when it is
// a regular file inside the project.
Result<fs::path> project_image(const Project& project, const doc::Document& document, const doc::Inline& image) {
  const SourceSpan& where = image.span.file.empty() ? SourceSpan{document.path} : image.span;
  if (has_scheme(image.url) || image.url.starts_with("//"))
    return fail(where, "the image \"" + image.url +
                           "\" is not a file of the project; leafpress never fetches images "
                           "from the web: save it next to the statement and name the file");
  if (image.url.empty() || image.url.starts_with('/') || image.url.starts_with('\\'))
    return fail(where, "the image \"" + image.url +
                           "\" must be named relative to the statement, not by an "
                           "absolute path; put the picture in the project and name it from the statement's folder");
  fs::path wanted = ((project.root / document.path).parent_path() / image.url).lexically_normal();
  // Both the path as written and where its links lead must stay in the project.
  auto relative = wanted.lexically_relative(project.root.lexically_normal());
  if (relative.empty() || *relative.begin() == ".." || !is_inside(project.root, wanted))
    return fail(where, "the image \"" + image.url + "\" lies outside the project; images must be inside it");
  std::error_code ec;
  if (!fs::is_regular_file(fs::symlink_status(wanted, ec)))
    return fail(where, "the image \"" + image.url + "\" was not found (looked for " + project.relative(wanted) + ")");
  return wanted;
}

}  // namespace

Result<void> read_statement_images(const Project& project, const doc::Document& document, const ImageVisitor& visit) {
  std::vector<const doc::Inline*> images;
  collect(document.blocks, images);
  std::set<std::string_view> seen;
  for (const doc::Inline* image : images) {
    if (!seen.insert(image->url).second) continue;
    if (auto carried = document.media.find(image->url); carried != document.media.end()) {
      if (auto visited = visit(*image, carried->second, nullptr); !visited) return visited;
      continue;
    }
    auto path = project_image(project, document, *image);
    if (!path) return std::unexpected(path.error());
    auto read = read_file(*path, project.relative(*path), k_image_max_bytes);
    if (!read) {
      const SourceSpan& where = image->span.file.empty() ? SourceSpan{document.path} : image->span;
      return fail(where, "the image \"" + image->url + "\" cannot be used: " + read.error().message);
    }
    if (auto visited = visit(*image, *read, &*path); !visited) return visited;
  }
  return {};
}

Result<StatementImages> copy_statement_images(const Project& project, const doc::Document& document,
                                              const MediaWriter& write) {
  StatementImages out;
  auto copied = read_statement_images(project, document,
                                      [&](const doc::Inline& image, std::string_view bytes, const fs::path* file) {
                                        if (file) out.sources.push_back(project.relative(*file));
                                        std::string name = media_name(image.url, bytes);
                                        if (auto written = write(media_path(project, name), bytes); !written)
                                          return written;
                                        out.files[image.url] = name;
                                        return Result<void>();
                                      });
  if (!copied) return std::unexpected(copied.error());
  return out;
}

namespace {

// A record is the statement's hash, then each image as "s" (a source file) or "m" (a copy)
// and a length-prefixed name: any byte may appear in a file name.
std::string image_key(const SourceFile& statement) { return "images:" + statement.relative; }

std::string image_record(std::string_view statement_hash, const StatementImages& images) {
  std::string out(statement_hash);
  auto add = [&](char kind, std::string_view name) { out += fmt::format("\n{}{}:{}", kind, name.size(), name); };
  for (const auto& source : images.sources) add('s', source);
  for (const auto& [url, file] : images.files) add('m', file);
  return out;
}

std::optional<StatementImages> read_image_record(std::string_view record, std::string_view statement_hash) {
  if (!record.starts_with(statement_hash)) return std::nullopt;
  record.remove_prefix(statement_hash.size());
  StatementImages images;
  while (!record.empty()) {
    size_t colon = record.find(':');
    if (record.size() < 3 || record[0] != '\n' || colon == std::string_view::npos) return std::nullopt;
    size_t length = 0;
    for (char c : record.substr(2, colon - 2)) {
      if (c < '0' || c > '9') return std::nullopt;
      length = length * 10 + static_cast<size_t>(c - '0');
    }
    if (record.size() - colon - 1 < length) return std::nullopt;
    std::string name(record.substr(colon + 1, length));
    if (record[1] == 's') images.sources.push_back(std::move(name));
    else if (record[1] == 'm') images.files[name] = name;  // the url is not recorded: the copy is what counts
    else return std::nullopt;
    record.remove_prefix(colon + 1 + length);
  }
  return images;
}

}  // namespace

fs::path media_path(const Project& project, const std::string& file) {
  return project.output_dir() / "html" / "media" / file;
}

void record_images(BuildCache& cache, const SourceFile& statement, const StatementImages& images) {
  cache.put(image_key(statement), image_record(statement.hash, images));
}

void keep_image_record(BuildCache& cache, const SourceFile& statement) { cache.keep(image_key(statement)); }

std::optional<StatementImages> recorded_images(const BuildCache& cache, const SourceFile& statement) {
  auto record = cache.get(image_key(statement));
  return record ? read_image_record(*record, statement.hash) : std::nullopt;
}

std::string images_signature(const StatementImages& images, const Project& project, FileHashes& hashes) {
  HashStream signature;
  for (const auto& source : images.sources) signature.add(hashes.of(project.root / source));
  return signature.digest();
}

namespace {
void point(std::vector<doc::Inline>& inlines, const ImageFiles& files, const std::string& prefix) {
  for (auto& node : inlines) {
    if (node.kind == doc::InlineKind::image)
      if (auto found = files.find(node.url); found != files.end()) node.url = prefix + found->second;
    point(node.children, files, prefix);
  }
}
void point(std::vector<doc::Block>& blocks, const ImageFiles& files, const std::string& prefix) {
  for (auto& block : blocks) {
    point(block.inlines, files, prefix);
    point(block.children, files, prefix);
  }
}
}  // namespace

void point_images_at(doc::Document& document, const ImageFiles& files, const std::string& prefix) {
  if (!files.empty()) point(document.blocks, files, prefix);
}

void repoint_images(doc::Document& document, const ImageFiles& files, const std::string& from, const std::string& to) {
  ImageFiles pointed;
  for (const auto& [url, file] : files) pointed[from + file] = file;
  point_images_at(document, pointed, to);
}

}  // namespace leafpress::app
