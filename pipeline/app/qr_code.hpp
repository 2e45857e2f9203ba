#pragma once
// QR codes for leaflets: the web page's address as a code a phone camera opens.
#include <string_view>

#include "writers/print_context.hpp"

namespace leafpress::app {

/// The QR code of `url` (byte mode, error correction level M, the smallest version that holds
/// it); an empty code (size 0) when the address is too long for any version.
writers::QrCode qr_code(std::string_view url);

}  // namespace leafpress::app
