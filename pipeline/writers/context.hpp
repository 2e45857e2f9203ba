#pragma once
// What writers need besides the localized Document: the legal imprint and the page furniture.
#include <functional>
#include <string>

#include "writers/ui_messages.hpp"

namespace leafpress::writers {

/// The UK s.110 imprint, each part "Name, full postal address", exactly as registered.
struct Imprint {
  std::string printed_by;
  std::string promoted_by;
  std::string on_behalf_of;
  bool translate = false;  // follow the English imprint with its translation

  [[nodiscard]] bool complete() const { return !printed_by.empty() && !promoted_by.empty() && !on_behalf_of.empty(); }
};

/// Looks a UI message up in the page's language: the translation for count `n` (plural
/// messages) with placeholders like {1} still in it, or the English text when missing.
using UiLookup = std::function<std::string(const UiMessage& message, long n)>;

/// A UiLookup that always answers in English.
inline UiLookup english_ui() {
  return [](const UiMessage& message, long n) {
    return std::string(n != 1 && !message.msgid_plural.empty() ? message.msgid_plural : message.msgid);
  };
}

/// Replaces {1}, {2}… in `pattern` with `args` (in order); other text is kept as it is.
std::string fill_placeholders(std::string_view pattern, std::initializer_list<std::string_view> args);

}  // namespace leafpress::writers
