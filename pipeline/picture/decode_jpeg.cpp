// JPEG through libjpeg(-turbo): greyscale stays grey, YCbCr becomes RGB, CMYK and YCCK become
// CMYK ink amounts (Adobe's inverted samples turned round); the ICC profile (APP2) is kept. A
// damaged file is an error, not a picture with a grey band.
#include <cstdlib>

#include "picture/jpeg_errors.hpp"
#include "picture/pixels.hpp"

namespace leafpress::picture {
namespace {

// Level -1 is damaged data, which libjpeg would otherwise paper over.
void stop_on_damage(j_common_ptr info, int level) {
  if (level < 0) keep_jpeg_error(info);
}

// check_size for read_jpeg, whose frame may hold no object with a destructor.
bool size_allowed(JDIMENSION width, JDIMENSION height, std::string& error) {
  auto size = check_size(width, height);
  if (!size) error = size.error().message;
  return size.has_value();
}

// libjpeg leaves this function by longjmp on an error, so it holds no object with a
// destructor: what it fills belongs to the caller.
bool read_jpeg(std::string_view bytes, jpeg_decompress_struct& info, JpegErrors& errors, Pixels& out,
               std::string& error) {
  info.err = use_jpeg_errors(errors, error);
  errors.base.emit_message = stop_on_damage;
  if (setjmp(errors.jump)) return false;
  jpeg_create_decompress(&info);
  jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()));
  jpeg_save_markers(&info, JPEG_APP0 + 2, 0xffff);
  jpeg_read_header(&info, TRUE);
  if (!size_allowed(info.image_width, info.image_height, error)) return false;
  JOCTET* profile = nullptr;
  unsigned int profile_size = 0;
  if (jpeg_read_icc_profile(&info, &profile, &profile_size) != 0) {
    out.icc_profile.assign(reinterpret_cast<const char*>(profile), profile_size);
    std::free(profile);
  }
  switch (info.jpeg_color_space) {
    case JCS_GRAYSCALE:
      info.out_color_space = JCS_GRAYSCALE;
      out.channels = Channels::grey;
      break;
    case JCS_CMYK:
    case JCS_YCCK:
      info.out_color_space = JCS_CMYK;
      out.channels = Channels::cmyk;
      break;
    default:
      info.out_color_space = JCS_RGB;
      out.channels = Channels::rgb;
      break;
  }
  jpeg_start_decompress(&info);
  size_t row_bytes = static_cast<size_t>(info.output_width) * static_cast<size_t>(info.output_components);
  out.samples.resize(row_bytes * info.output_height);
  while (info.output_scanline < info.output_height) {
    JSAMPROW row = out.samples.data() + row_bytes * info.output_scanline;
    jpeg_read_scanlines(&info, &row, 1);
  }
  jpeg_finish_decompress(&info);
  out.width = info.output_width;
  out.height = info.output_height;
  // Photoshop (and so nearly every CMYK JPEG, marked by Adobe's APP14) stores CMYK inverted.
  if (out.channels == Channels::cmyk && info.saw_Adobe_marker)
    for (uint8_t& sample : out.samples) sample = static_cast<uint8_t>(255 - sample);
  return true;
}

}  // namespace

Result<Pixels> decode_jpeg(std::string_view bytes) {
  jpeg_decompress_struct info{};
  JpegErrors errors{};
  Pixels out;
  std::string error;
  bool read = read_jpeg(bytes, info, errors, out, error);
  jpeg_destroy_decompress(&info);
  if (!read) return fail({}, "the JPEG picture cannot be read: " + error);
  return out;
}

}  // namespace leafpress::picture
