#include "picture/print_picture.hpp"

#include <lcms2.h>

#include <memory>

#include "picture/encode_jpeg.hpp"
#include "picture/pixels.hpp"

namespace leafpress::picture {
namespace {

struct ProfileCloser {
  void operator()(void* profile) const { cmsCloseProfile(profile); }
};
using Profile = std::unique_ptr<void, ProfileCloser>;

struct TransformCloser {
  void operator()(void* transform) const { cmsDeleteTransform(transform); }
};

// The picture's own RGB profile when it carries a usable one, else sRGB.
Profile source_profile(const std::string& icc) {
  if (!icc.empty()) {
    Profile own(cmsOpenProfileFromMem(icc.data(), static_cast<cmsUInt32Number>(icc.size())));
    if (own && cmsGetColorSpace(own.get()) == cmsSigRgbData) return own;
  }
  return Profile(cmsCreate_sRGBProfile());
}

Result<Pixels> rgb_to_cmyk(const Pixels& rgb, const std::filesystem::path& output_profile) {
  Profile target(cmsOpenProfileFromFile(output_profile.c_str(), "r"));
  if (!target || cmsGetColorSpace(target.get()) != cmsSigCmykData)
    return fail({output_profile.string()}, "the CMYK output profile cannot be read");
  Profile source = source_profile(rgb.icc_profile);
  std::unique_ptr<void, TransformCloser> transform(cmsCreateTransform(source.get(), TYPE_RGB_8, target.get(),
                                                                      TYPE_CMYK_8, INTENT_PERCEPTUAL,
                                                                      cmsFLAGS_BLACKPOINTCOMPENSATION));
  if (!transform) return fail({output_profile.string()}, "no colour conversion from the picture's profile to CMYK");
  Pixels cmyk;
  cmyk.width = rgb.width;
  cmyk.height = rgb.height;
  cmyk.channels = Channels::cmyk;
  cmyk.samples.resize(static_cast<size_t>(rgb.width) * rgb.height * 4);
  // Row by row: a pixel count per call that always fits lcms's 32-bit argument.
  for (unsigned y = 0; y < rgb.height; ++y)
    cmsDoTransform(transform.get(), rgb.samples.data() + static_cast<size_t>(y) * rgb.width * 3,
                   cmyk.samples.data() + static_cast<size_t>(y) * rgb.width * 4, rgb.width);
  return cmyk;
}

}  // namespace

Result<std::string> print_picture(std::string_view bytes, const std::filesystem::path& output_profile) {
  auto pixels = decode(bytes);
  if (!pixels) return std::unexpected(pixels.error());
  bool jpeg = bytes.starts_with("\xff\xd8\xff");
  if (pixels->channels != Channels::rgb) {
    if (jpeg) return std::string(bytes);
    return encode_jpeg(*pixels, k_print_jpeg_quality);
  }
  auto cmyk = rgb_to_cmyk(*pixels, output_profile);
  if (!cmyk) return std::unexpected(cmyk.error());
  return encode_jpeg(*cmyk, k_print_jpeg_quality);
}

}  // namespace leafpress::picture
