// GIF through giflib: the first frame, painted on the logical screen over white paper (its
// transparent colour is paper too).
#include <gif_lib.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "picture/pixels.hpp"

namespace leafpress::picture {
namespace {

struct Input {
  std::string_view bytes;
  size_t at = 0;
};

int read_bytes(GifFileType* gif, GifByteType* out, int count) {
  auto* input = static_cast<Input*>(gif->UserData);
  size_t n = std::min(static_cast<size_t>(std::max(count, 0)), input->bytes.size() - input->at);
  std::memcpy(out, input->bytes.data() + input->at, n);
  input->at += n;
  return static_cast<int>(n);
}

struct GifCloser {
  void operator()(GifFileType* gif) const {
    int ignored = 0;
    DGifCloseFile(gif, &ignored);
  }
};

std::unexpected<Error> gif_error(int code) {
  const char* text = GifErrorString(code);
  return fail({}, std::string("the GIF picture cannot be read: ") + (text ? text : "damaged file"));
}

// The frame's pixels as colour indexes, rows in display order (an interlaced frame's rows come
// in four passes).
Result<std::vector<GifPixelType>> read_frame(GifFileType* gif) {
  const GifImageDesc& frame = gif->Image;
  if (auto size = check_size(static_cast<uint64_t>(std::max(frame.Width, 0)),
                             static_cast<uint64_t>(std::max(frame.Height, 0)));
      !size)
    return std::unexpected(size.error());
  auto width = static_cast<size_t>(frame.Width);
  std::vector<GifPixelType> indexes(width * static_cast<size_t>(frame.Height));
  auto read_row = [&](int y) { return DGifGetLine(gif, indexes.data() + width * static_cast<size_t>(y), frame.Width); };
  if (frame.Interlace) {
    constexpr int first[] = {0, 4, 2, 1}, step[] = {8, 8, 4, 2};
    for (int pass = 0; pass < 4; ++pass)
      for (int y = first[pass]; y < frame.Height; y += step[pass])
        if (read_row(y) == GIF_ERROR) return gif_error(gif->Error);
  } else {
    for (int y = 0; y < frame.Height; ++y)
      if (read_row(y) == GIF_ERROR) return gif_error(gif->Error);
  }
  return indexes;
}

}  // namespace

Result<Pixels> decode_gif(std::string_view bytes) {
  Input input{bytes};
  int code = 0;
  std::unique_ptr<GifFileType, GifCloser> gif(DGifOpen(&input, read_bytes, &code));
  if (!gif) return gif_error(code);
  if (auto size = check_size(static_cast<uint64_t>(std::max(gif->SWidth, 0)),
                             static_cast<uint64_t>(std::max(gif->SHeight, 0)));
      !size)
    return std::unexpected(size.error());
  int transparent = NO_TRANSPARENT_COLOR;
  for (;;) {
    GifRecordType record = UNDEFINED_RECORD_TYPE;
    if (DGifGetRecordType(gif.get(), &record) == GIF_ERROR) return gif_error(gif->Error);
    if (record == TERMINATE_RECORD_TYPE) return fail({}, "the GIF file holds no picture");
    if (record == EXTENSION_RECORD_TYPE) {
      int function = 0;
      GifByteType* block = nullptr;
      if (DGifGetExtension(gif.get(), &function, &block) == GIF_ERROR) return gif_error(gif->Error);
      if (function == GRAPHICS_EXT_FUNC_CODE && block != nullptr && block[0] >= 4) {
        GraphicsControlBlock control{};
        if (DGifExtensionToGCB(block[0], block + 1, &control) == GIF_OK) transparent = control.TransparentColor;
      }
      while (block != nullptr)
        if (DGifGetExtensionNext(gif.get(), &block) == GIF_ERROR) return gif_error(gif->Error);
      continue;
    }
    if (record != IMAGE_DESC_RECORD_TYPE) continue;
    if (DGifGetImageDesc(gif.get()) == GIF_ERROR) return gif_error(gif->Error);
    auto indexes = read_frame(gif.get());
    if (!indexes) return std::unexpected(indexes.error());
    const ColorMapObject* colours = gif->Image.ColorMap ? gif->Image.ColorMap : gif->SColorMap;
    if (colours == nullptr) return fail({}, "the GIF picture has no colour table");
    Pixels out;
    out.width = static_cast<unsigned>(gif->SWidth);
    out.height = static_cast<unsigned>(gif->SHeight);
    out.channels = Channels::rgb;
    out.samples.assign(static_cast<size_t>(out.width) * out.height * 3, 255);
    const GifImageDesc& frame = gif->Image;
    // Only the part of the frame on the screen is painted.
    for (int y = std::max(0, -frame.Top); y < frame.Height && frame.Top + y < gif->SHeight; ++y)
      for (int x = std::max(0, -frame.Left); x < frame.Width && frame.Left + x < gif->SWidth; ++x) {
        int index = (*indexes)[static_cast<size_t>(y) * static_cast<size_t>(frame.Width) + static_cast<size_t>(x)];
        if (index == transparent || index >= colours->ColorCount) continue;
        const GifColorType& colour = colours->Colors[index];
        uint8_t* pixel =
            &out.samples[(static_cast<size_t>(frame.Top + y) * out.width + static_cast<size_t>(frame.Left + x)) * 3];
        pixel[0] = colour.Red;
        pixel[1] = colour.Green;
        pixel[2] = colour.Blue;
      }
    return out;
  }
}

}  // namespace leafpress::picture
