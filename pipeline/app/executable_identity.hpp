#pragma once
// Which leafpress is running: what every output's cache key and every print fingerprint
// start from, since another leafpress may write other bytes from the same inputs.
#include <string>

namespace leafpress::app {

/// The running executable's GNU build ID ("build-id:…"), else a hash of its file, else "unknown".
std::string executable_identity();

}  // namespace leafpress::app
