// JPEG encoding through libjpeg(-turbo), at full colour resolution (no chroma subsampling).
#include <cstdlib>

#include "picture/encode_jpeg.hpp"
#include "picture/jpeg_errors.hpp"

namespace leafpress::picture {
namespace {

struct Output {
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
};

// libjpeg leaves this function by longjmp on an error, so it holds no object with a
// destructor: what it fills belongs to the caller.
bool write_jpeg(const Pixels& pixels, const std::vector<uint8_t>& samples, int quality, jpeg_compress_struct& info,
                JpegErrors& errors, Output& output, std::string& error) {
  info.err = use_jpeg_errors(errors, error);
  if (setjmp(errors.jump)) return false;
  jpeg_create_compress(&info);
  jpeg_mem_dest(&info, &output.buffer, &output.size);
  info.image_width = pixels.width;
  info.image_height = pixels.height;
  info.input_components = static_cast<int>(pixels.channels);
  info.in_color_space = pixels.channels == Channels::grey   ? JCS_GRAYSCALE
                        : pixels.channels == Channels::cmyk ? JCS_CMYK
                                                            : JCS_RGB;
  jpeg_set_defaults(&info);
  jpeg_set_quality(&info, quality, TRUE);
  for (int c = 0; c < info.num_components; ++c) info.comp_info[c].h_samp_factor = info.comp_info[c].v_samp_factor = 1;
  // No timestamps or comments: the same pixels give the same bytes.
  info.write_JFIF_header = pixels.channels != Channels::cmyk;
  jpeg_start_compress(&info, TRUE);
  size_t row_bytes = static_cast<size_t>(pixels.width) * static_cast<size_t>(pixels.channels);
  while (info.next_scanline < info.image_height) {
    auto* row = const_cast<JSAMPLE*>(samples.data() + row_bytes * info.next_scanline);
    jpeg_write_scanlines(&info, &row, 1);
  }
  jpeg_finish_compress(&info);
  return true;
}

}  // namespace

Result<std::string> encode_jpeg(const Pixels& pixels, int quality) {
  // CMYK goes in Adobe's inverted form, marked by its APP14 segment (libjpeg writes it), as
  // Photoshop writes it and as PDF readers and LuaTeX expect of a CMYK JPEG.
  std::vector<uint8_t> inverted;
  if (pixels.channels == Channels::cmyk) {
    inverted.reserve(pixels.samples.size());
    for (uint8_t sample : pixels.samples) inverted.push_back(static_cast<uint8_t>(255 - sample));
  }
  jpeg_compress_struct info{};
  JpegErrors errors{};
  Output output;
  std::string error;
  bool written = write_jpeg(pixels, inverted.empty() ? pixels.samples : inverted, quality, info, errors, output, error);
  jpeg_destroy_compress(&info);
  std::string jpeg;
  if (written) jpeg.assign(reinterpret_cast<const char*>(output.buffer), output.size);
  std::free(output.buffer);
  if (!written) return fail({}, "the picture cannot be written as a JPEG: " + error);
  return jpeg;
}

}  // namespace leafpress::picture
