#include "app/leaflet_design.hpp"

#include <fmt/format.h>

#include <cctype>

#include "app/build_cache.hpp"
#include "app/cmyk_image.hpp"
#include "app/files.hpp"
#include "app/qr_code.hpp"

namespace leafpress::app {
namespace {

// What the logo's bytes are: "svg", "pdf", or empty for anything else (a PNG renamed .svg,
// a text file). An SVG may open with a byte order mark, an XML declaration and comments.
std::string_view logo_kind(std::string_view bytes) {
  if (bytes.starts_with("%PDF-")) return "pdf";
  std::string_view head = bytes.substr(0, 4096);
  size_t svg = head.find("<svg");
  if (svg == std::string_view::npos) return {};
  size_t start = head.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (start < head.size() &&
         (head[start] == ' ' || head[start] == '\n' || head[start] == '\r' || head[start] == '\t'))
    ++start;
  return head.substr(start).starts_with("<") ? "svg" : std::string_view{};
}

}  // namespace

std::vector<writers::UiMessage> brand_messages(const BrandConfig& brand) {
  std::vector<writers::UiMessage> messages;
  if (!brand.name.empty())
    messages.push_back({"brand", brand.name, {}, "The campaign's name, at the top of every leaflet ([brand] name)"});
  if (!brand.call_to_action.empty())
    messages.push_back({"brand", brand.call_to_action, {}, "Call to action on the back of every leaflet"});
  if (!brand.contact.empty())
    messages.push_back({"brand", brand.contact, {}, "Contact details on the back of every leaflet"});
  return messages;
}

Result<std::string> prepare_logo(const Project& project) {
  const BrandConfig& brand = project.config.brand;
  fs::path target = project.work_dir() / fs::path(k_logo_for_typesetter);
  std::error_code ec;
  if (brand.logo.empty()) {
    fs::remove(target, ec);
    return std::string();
  }
  SourceSpan where{"leafpress.toml", brand.logo_line, brand.logo_column};
  fs::path file = project.root / brand.logo;
  if (!is_inside(project.root, file)) return fail(where, "\"brand.logo\" must name a file inside the project folder");
  if (!fs::is_regular_file(file, ec))
    return fail(where, fmt::format("\"brand.logo\": there is no file \"{}\" in the project", brand.logo));
  if (auto size = fs::file_size(file, ec); !ec && size > k_logo_max_bytes)
    return fail(where, fmt::format("\"brand.logo\": \"{}\" is {:.1f} MB; a logo may be at most {} MB (a vector logo "
                                   "is usually a few kilobytes)",
                                   brand.logo, static_cast<double>(size) / (1 << 20), k_logo_max_bytes >> 20));
  auto bytes = read_file(file, brand.logo, k_logo_max_bytes);
  if (!bytes) return fail(where, "\"brand.logo\": " + bytes.error().message);
  // The content must be what the name says: a ".pdf" that is really an SVG is a mistake to report.
  std::string_view kind = logo_kind(*bytes);
  std::string lower = brand.logo;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (kind.empty() || !lower.ends_with(std::string(".") + std::string(kind)))
    return fail(where,
                fmt::format("\"brand.logo\": \"{}\" is not an SVG or PDF image (its content is neither)", brand.logo));
  std::string hash = content_hash(*bytes);
  // The converted logo is redone only when the file changed: its hash sits beside it.
  fs::path stamp = fs::path(target).replace_extension(".source");
  if (read_file(stamp).value_or("") == hash && fs::exists(target, ec)) return hash;
  auto converted = vector_to_cmyk_jpeg(file, kind == "svg", target, project.work_dir());
  if (!converted)
    return fail(where, fmt::format("\"brand.logo\": \"{}\" could not be prepared for print: {}", brand.logo,
                                   converted.error().message));
  if (auto written = write_file_atomic(stamp, hash); !written) return std::unexpected(written.error());
  return hash;
}

void design_leaflet(writers::PrintContext& print, const Config& config, const std::string& page_path,
                    bool large_print) {
  const BrandConfig& brand = config.brand;
  print.brand.name = brand.name;
  print.brand.call_to_action = brand.call_to_action;
  print.brand.contact = brand.contact;
  print.brand.colour = {brand.colour[0], brand.colour[1], brand.colour[2], brand.colour[3]};
  if (!brand.logo.empty()) print.brand.logo = std::string(k_logo_for_typesetter);
  if (!config.web.base_url.empty()) {
    print.page_url = config.web.base_url + page_path;
    print.qr = qr_code(print.page_url);
  }
  print.large_print = large_print;
}

void note_leaflets_without_qr_code(const Config& config, Diagnostics& diagnostics) {
  if (!config.web.base_url.empty()) return;
  diagnostics.warning({"leafpress.toml"},
                      "[web] base_url not set: leaflets carry no QR code or address of their web "
                      "page (set it to where output/html/ is published)");
}

std::string variant_name(const std::string& document, std::string_view variant) {
  return variant == "large" ? document + "-large" : document;
}

}  // namespace leafpress::app
