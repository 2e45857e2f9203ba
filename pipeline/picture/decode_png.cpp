// PNG through libpng: palette, low bit depths and 16 bits become 8-bit grey or RGB, alpha and
// transparent colours are laid on white paper, the ICC profile (iCCP) is kept.
#include <png.h>

#include <cstring>

#include "picture/pixels.hpp"

namespace leafpress::picture {
namespace {

struct Input {
  std::string_view bytes;
  size_t at = 0;
};

void read_bytes(png_structp png, png_bytep out, size_t count) {
  auto* input = static_cast<Input*>(png_get_io_ptr(png));
  if (input->bytes.size() - input->at < count) png_error(png, "the file ends before the picture does");
  std::memcpy(out, input->bytes.data() + input->at, count);
  input->at += count;
}

[[noreturn]] void keep_error(png_structp png, png_const_charp message) {
  *static_cast<std::string*>(png_get_error_ptr(png)) = message;
  png_longjmp(png, 1);
}

void ignore_warning(png_structp, png_const_charp) {}

// check_size for read_png, whose frame may hold no object with a destructor.
bool size_allowed(png_uint_32 width, png_uint_32 height, std::string& error) {
  auto size = check_size(width, height);
  if (!size) error = size.error().message;
  return size.has_value();
}

// libpng leaves this function by longjmp on an error, so it holds no object with a destructor:
// what it fills belongs to the caller. Returns the channels decoded (1 to 4), 0 on an error.
int read_png(Input& input, Pixels& out, std::vector<uint8_t>& samples, std::vector<png_bytep>& rows,
             std::string& error) {
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &error, keep_error, ignore_warning);
  if (png == nullptr) return 0;
  png_infop info = png_create_info_struct(png);
  if (info == nullptr || setjmp(png_jmpbuf(png))) {
    png_destroy_read_struct(&png, &info, nullptr);
    return 0;
  }
  png_set_read_fn(png, &input, read_bytes);
  png_read_info(png, info);
  png_uint_32 width = png_get_image_width(png, info);
  png_uint_32 height = png_get_image_height(png, info);
  if (!size_allowed(width, height, error)) {
    png_destroy_read_struct(&png, &info, nullptr);
    return 0;
  }
  png_charp name = nullptr;
  int compression = 0;
  png_bytep profile = nullptr;
  png_uint_32 profile_size = 0;
  if (png_get_iCCP(png, info, &name, &compression, &profile, &profile_size) != 0)
    out.icc_profile.assign(reinterpret_cast<const char*>(profile), profile_size);
  png_set_expand(png);
  png_set_strip_16(png);
  png_set_interlace_handling(png);
  png_read_update_info(png, info);
  int channels = png_get_channels(png, info);
  size_t row_bytes = png_get_rowbytes(png, info);
  samples.resize(row_bytes * height);
  rows.resize(height);
  for (png_uint_32 y = 0; y < height; ++y) rows[y] = samples.data() + y * row_bytes;
  png_read_image(png, rows.data());
  png_read_end(png, nullptr);
  out.width = width;
  out.height = height;
  png_destroy_read_struct(&png, &info, nullptr);
  return channels;
}

}  // namespace

Result<Pixels> decode_png(std::string_view bytes) {
  Input input{bytes};
  Pixels out;
  std::vector<uint8_t> samples;
  std::vector<png_bytep> rows;
  std::string error;
  int channels = read_png(input, out, samples, rows, error);
  if (channels == 0) return fail({}, "the PNG picture cannot be read: " + (error.empty() ? "out of memory" : error));
  bool alpha = channels == 2 || channels == 4;
  out.channels = channels <= 2 ? Channels::grey : Channels::rgb;
  out.samples = alpha ? on_white_paper(samples, static_cast<unsigned>(out.channels)) : std::move(samples);
  return out;
}

}  // namespace leafpress::picture
