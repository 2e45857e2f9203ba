// libFuzzer target: a picture made ready for print. Whatever the bytes, the result is a
// refusal with a reason or a JPEG that decodes again to a picture of the same size.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "picture/pixels.hpp"
#include "picture/print_picture.hpp"
#include "writers/tex_writer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leafpress;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto printable = picture::print_picture(bytes, writers::k_cmyk_profile);
  if (!printable) {
    if (printable.error().message.empty()) std::abort();
    return 0;
  }
  if (!printable->starts_with("\xff\xd8\xff")) std::abort();
  auto before = picture::decode(bytes);
  auto after = picture::decode(*printable);
  if (!before || !after || before->width != after->width || before->height != after->height) std::abort();
  if (after->channels == picture::Channels::rgb) std::abort();  // nothing leaves in RGB
  return 0;
}
