// libFuzzer target: the leafpress.toml reader. Whatever it accepts must hold no control
// characters in its strings, a finite body size in range, and no target equal to the source
// language; every refusal names the file.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "app/config.hpp"

namespace {

bool has_control(std::string_view text) {
  for (unsigned char c : text)
    if (c < 0x20 || c == 0x7F) return true;
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leafpress;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto config = app::parse_config(text, "leafpress.toml");
  if (!config) {
    if (config.error().where.file != "leafpress.toml" || config.error().message.empty()) std::abort();
    return 0;
  }
  for (const std::string* value : {&config->project_name, &config->source_dir, &config->imprint.printed_by,
                                   &config->imprint.promoted_by, &config->imprint.on_behalf_of})
    if (has_control(*value)) std::abort();
  double body = config->print_settings.body_size_pt;
  if (!std::isfinite(body) || body < 12 || body > 48) std::abort();
  for (const auto& tag : config->targets)
    if (tag == config->source_language || has_control(tag)) std::abort();
  return 0;
}
