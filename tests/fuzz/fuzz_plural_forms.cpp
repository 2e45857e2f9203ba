// libFuzzer target: the Plural-Forms parser and evaluator. Whatever it accepts must give a
// form below nplurals for every n it tries, without dividing by zero or overflowing the stack.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/plural_forms.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace leafpress;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto forms = text::PluralForms::parse(text);
  // Every refusal says why.
  if (!forms) {
    if (forms.error().message.empty()) std::abort();
    return 0;
  }
  if (forms->nplurals() == 0) std::abort();
  for (unsigned long n : {0UL, 1UL, 2UL, 5UL, 11UL, 21UL, 101UL, 1000UL})
    if (forms->form(n) >= forms->nplurals()) std::abort();
  return 0;
}
