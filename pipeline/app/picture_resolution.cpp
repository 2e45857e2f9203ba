#include "app/picture_resolution.hpp"

#include <fmt/format.h>

#include <cmath>

#include "app/statement_images.hpp"
#include "readers/picture_header.hpp"
#include "writers/picture_size.hpp"

namespace leafpress::app {

Result<std::vector<CoarsePicture>> coarse_pictures(const Project& project, const doc::Document& document) {
  auto page = writers::page_geometry(project.config.print_settings.page);
  if (!page) return std::unexpected(page.error());
  std::vector<CoarsePicture> out;
  auto checked =
      read_statement_images(project, document, [&](const doc::Inline& image, std::string_view bytes, const fs::path*) {
        SourceSpan where = image.span.file.empty() ? SourceSpan{document.path} : image.span;
        auto header = readers::read_picture_header(bytes);
        if (!header) {
          out.push_back({where, fmt::format("the image \"{}\" is not a PNG, JPEG or GIF picture, so its resolution for "
                                            "print cannot be checked; save it as one of those",
                                            image.url)});
          return Result<void>();
        }
        double dpi = writers::printed_picture_dpi(*page, header->width, header->height);
        if (dpi >= k_print_min_dpi) return Result<void>();
        double width_mm = writers::printed_picture_width(*page, header->width, header->height);
        int needed = static_cast<int>(std::ceil(k_print_min_dpi * width_mm / 25.4));
        out.push_back(
            {where, fmt::format("the image \"{}\" is {} × {} pixels: printed {:.0f} mm wide on the {} leaflet "
                                "it has {:.0f} pixels per inch, and print needs at least {:.0f} (a picture at "
                                "least {} pixels wide)",
                                image.url, header->width, header->height, width_mm, page->name, dpi, k_print_min_dpi,
                                needed)});
        return Result<void>();
      });
  if (!checked) return std::unexpected(checked.error());
  return out;
}

}  // namespace leafpress::app
