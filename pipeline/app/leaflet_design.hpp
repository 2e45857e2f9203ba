#pragma once
// The campaign's design on its leaflets ([brand] in leafpress.toml): the words translators
// see in ui.po, the logo made ready for the typesetter, and each leaflet's design settings.
#include <filesystem>
#include <string>
#include <vector>

#include "app/config.hpp"
#include "app/project.hpp"
#include "base/diagnostics.hpp"
#include "base/result.hpp"
#include "writers/print_context.hpp"
#include "writers/ui_messages.hpp"

namespace leafpress::app {

/// The largest logo file accepted: a campaign logo is a few kilobytes of vector art.
inline constexpr size_t k_logo_max_bytes = 10u << 20;

/// The brand's words as UI messages (msgctxt "brand"), in the order ui.pot lists them after
/// the page furniture; the views point into `brand`, which must outlive them.
std::vector<writers::UiMessage> brand_messages(const BrandConfig& brand);

/// Where the typesetter finds the logo, relative to its input (app/typesetter links
/// <work_dir>/brand there).
inline constexpr std::string_view k_logo_for_typesetter = "brand/logo.jpg";

/// Checks [brand] logo (a file inside the project, an SVG or PDF by its content, at most
/// k_logo_max_bytes) and writes it as <work_dir>/brand/logo.jpg in CMYK (app/cmyk_image: PDF/X
/// has no RGB). The logo's content hash, or empty without a logo. Errors name leafpress.toml's
/// line and say what is wrong with the file.
Result<std::string> prepare_logo(const Project& project);

/// The leaflet's design in `print`: the brand (its words in English; writers translate them
/// through `ui`), the logo when there is one, the QR code of the statement's page in the
/// leaflet's language under [web] base_url (`page_path` as the HTML writer names it,
/// "ta/plan.html"), and large print for the "large" variant.
void design_leaflet(writers::PrintContext& print, const Config& config, const std::string& page_path, bool large_print);

/// Without [web] base_url, leaflets carry no QR code or address of their web page: a warning
/// saying so and what to set, for builds that make PDFs.
void note_leaflets_without_qr_code(const Config& config, Diagnostics& diagnostics);

/// The file name of a leaflet variant: "plan" for the standard edition, "plan-large" for large print.
std::string variant_name(const std::string& document, std::string_view variant);

}  // namespace leafpress::app
