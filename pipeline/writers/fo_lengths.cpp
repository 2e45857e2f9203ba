#include "writers/fo_lengths.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace leafpress::writers {

std::string fo_number(double value) {
  std::array<char, 32> buffer{};
  double rounded = std::round(value * 100) / 100;
  auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), rounded);
  if (ec != std::errc{}) return "0";
  return std::string(buffer.data(), end);
}

}  // namespace leafpress::writers
