// libFuzzer target: a picture made ready for print. Whatever the bytes, the result is a
// refusal with a reason or a JPEG that decodes again to a picture of the same size.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "picture/pixels.hpp"
#include "picture/print_picture.hpp"
#include "readers/picture_header.hpp"
#include "writers/tex_writer.hpp"

namespace {
// A few bytes can claim a picture of a hundred million pixels (a GIF's screen, a PNG's or
// JPEG's header), which decodes as a small one does, only a thousand times slower: the size
// limit itself is tested in tests/picture, and the fuzzer's inputs go to pictures of up to a
// million pixels.
constexpr uint64_t k_fuzzed_pixels = 1'000'000;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leafpress;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (auto header = readers::read_picture_header(bytes);
      header && static_cast<uint64_t>(header->width) * static_cast<uint64_t>(header->height) > k_fuzzed_pixels)
    return 0;
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
