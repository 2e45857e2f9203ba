#pragma once
// Pictures for print in CMYK: a print shop's PDF/X has no RGB, so an RGB picture is converted
// through the leaflet's output profile (writers::k_cmyk_profile) before the typesetter sees it.
#include <filesystem>

#include "base/result.hpp"

namespace leafpress::app {

namespace fs = std::filesystem;

/// Rasterises the vector file `input` (an SVG or a PDF, by its content: `svg` true for SVG)
/// at `dpi` on white and writes it to `output` as a CMYK JPEG converted through the output
/// profile: rsvg-convert (librsvg2-bin) makes an SVG a PDF, pdftoppm (poppler-utils) a PNG,
/// picture::print_picture converts it. Scratch files go to `work_dir`. Errors name the tool
/// that failed or is missing and the Debian package to install.
Result<void> vector_to_cmyk_jpeg(const fs::path& input, bool svg, const fs::path& output, const fs::path& work_dir,
                                 int dpi = 600);

}  // namespace leafpress::app
