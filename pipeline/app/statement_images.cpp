#include "app/statement_images.hpp"

#include <fmt/format.h>

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
  std::string_view file = url.substr(url.find_last_of("/\\") == std::string_view::npos ? 0 : url.find_last_of("/\\") + 1);
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

// The bytes of an image named by a path relative to the statement, when it is a regular file
// inside the project.
Result<std::string> project_image(const Project& project, const doc::Document& document, const doc::Inline& image) {
  const SourceSpan& where = image.span.file.empty() ? SourceSpan{document.path} : image.span;
  if (has_scheme(image.url) || image.url.starts_with("//"))
    return fail(where, "the image \"" + image.url + "\" is not a file of the project; leafpress never fetches images "
                       "from the web: save it next to the statement and name the file");
  if (image.url.empty() || image.url.starts_with('/'))
    return fail(where, "the image \"" + image.url + "\" must be named relative to the statement");
  fs::path statement = project.root / document.path;
  fs::path wanted = (statement.parent_path() / image.url).lexically_normal();
  std::error_code ec;
  fs::path real = fs::weakly_canonical(wanted, ec);
  fs::path root = fs::weakly_canonical(project.root, ec);
  auto inside = [&](const fs::path& path) {
    auto relative = path.lexically_relative(root);
    return !relative.empty() && *relative.begin() != "..";
  };
  if (ec || !inside(wanted) || !inside(real))
    return fail(where, "the image \"" + image.url + "\" lies outside the project; images must be inside it");
  if (!fs::is_regular_file(fs::symlink_status(wanted, ec)))
    return fail(where, "the image \"" + image.url + "\" was not found (looked for " + project.relative(wanted) + ")");
  return read_file(wanted, project.relative(wanted));
}

}  // namespace

Result<ImageFiles> copy_statement_images(const Project& project, const doc::Document& document, OutputLog& log) {
  std::vector<const doc::Inline*> images;
  collect(document.blocks, images);
  ImageFiles files;
  for (const doc::Inline* image : images) {
    if (files.contains(image->url)) continue;
    std::string bytes;
    if (auto carried = document.media.find(image->url); carried != document.media.end()) {
      bytes = carried->second;
    } else {
      auto read = project_image(project, document, *image);
      if (!read) return std::unexpected(read.error());
      bytes = std::move(*read);
    }
    std::string name = media_name(image->url, bytes);
    auto written = write_output(project, project.output_dir() / "html" / "media" / name, bytes, log);
    if (!written) return std::unexpected(written.error());
    files[image->url] = name;
  }
  return files;
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
  point(document.blocks, files, prefix);
}

}  // namespace leafpress::app
