#include "app/print_pictures.hpp"

#include "app/files.hpp"
#include "picture/print_picture.hpp"
#include "writers/tex_writer.hpp"

namespace leafpress::app {

namespace {
constexpr std::string_view k_suffix = ".jpg";
}

std::string print_picture_name(const std::string& media_file) { return media_file + std::string(k_suffix); }

fs::path print_pictures_dir(const Project& project) { return project.work_dir() / "print-pictures"; }

void point_at_print_pictures(doc::Document& document, const ImageFiles& files, const std::string& from) {
  ImageFiles pointed;
  for (const auto& [url, file] : files) pointed[from + file] = print_picture_name(file);
  point_images_at(document, pointed, "media/");
}

Result<void> prepare_print_pictures(const Project& project, const std::vector<std::string>& print_names) {
  fs::path folder = print_pictures_dir(project);
  for (const auto& name : print_names) {
    fs::path copy = folder / name;
    // Only a print copy's own name: never a path that could lead out of the folder.
    if (!name.ends_with(k_suffix) || name.starts_with('.') || name.find('/') != std::string::npos)
      return fail({project.relative(copy)}, "not the name of a picture's print copy");
    std::error_code ec;
    if (fs::exists(copy, ec)) continue;
    fs::path source = media_path(project, name.substr(0, name.size() - k_suffix.size()));
    auto bytes = read_file(source, project.relative(source), k_image_max_bytes);
    if (!bytes) return std::unexpected(bytes.error());
    auto printable = picture::print_picture(*bytes, writers::k_cmyk_profile);
    if (!printable)
      return fail({project.relative(source)},
                  "this picture cannot be prepared for print: " + printable.error().message);
    if (auto written = write_file_atomic(copy, *printable); !written) return std::unexpected(written.error());
  }
  return {};
}

}  // namespace leafpress::app
