#include "app/statement_name.hpp"

namespace leafpress::app {

std::string statement_name(const std::filesystem::path& source) {
  std::string name;
  bool gap = false;  // inside a run of other characters
  // Byte by byte: a letter outside ASCII is part of a run that becomes one "-".
  for (char c : source.stem().string()) {
    bool kept = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
    if (!kept) {
      gap = true;
      continue;
    }
    if (gap && !name.empty()) name += '-';
    gap = false;
    name += c;
  }
  return name;
}

}  // namespace leafpress::app
