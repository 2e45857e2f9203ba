#pragma once
// Pixels back to a JPEG, the one picture format every PDF step takes in grey, RGB and CMYK.
#include <string>

#include "base/result.hpp"
#include "picture/pixels.hpp"

namespace leafpress::picture {

/// A baseline JPEG of `pixels` at `quality` (1–100), every channel at full resolution; the
/// same pixels always give the same bytes.
Result<std::string> encode_jpeg(const Pixels& pixels, int quality);

}  // namespace leafpress::picture
