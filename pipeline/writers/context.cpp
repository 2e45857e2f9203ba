#include "writers/context.hpp"

#include <vector>

namespace leafpress::writers {

std::string fill_placeholders(std::string_view pattern, std::initializer_list<std::string_view> args) {
  std::vector<std::string_view> values(args);
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      size_t close = pattern.find('}', i);
      if (close != std::string_view::npos && close > i + 1) {
        std::string_view digits = pattern.substr(i + 1, close - i - 1);
        bool numeric = digits.find_first_not_of("0123456789") == std::string_view::npos && digits.size() < 4;
        if (numeric) {
          size_t index = static_cast<size_t>(std::stoul(std::string(digits)));
          if (index >= 1 && index <= values.size()) {
            out += values[index - 1];
            i = close;
            continue;
          }
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace leafpress::writers
