#include "cli/language_option.hpp"

#include "text/language.hpp"

namespace leafpress::cli {

CLI::Option* language_tags(CLI::Option* option) {
  return option->transform([](const std::string& value) {
    auto tag = text::canonical_tag(value);
    return tag ? *tag : value;
  });
}

}  // namespace leafpress::cli
