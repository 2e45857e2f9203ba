#pragma once
// The format flags of GNU gettext 0.21 ("c-format", "no-python-format"…): which languages
// it knows, in the order it prints them, and how a "#," line sets them.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leafpress::catalog {

/// gettext 0.21's format languages, in its order (format.h).
enum class FormatLanguage : unsigned char {
  c,
  objc,
  python,
  python_brace,
  java,
  java_printf,
  csharp,
  javascript,
  scheme,
  lisp,
  elisp,
  librep,
  ruby,
  sh,
  awk,
  lua,
  object_pascal,
  smalltalk,
  qt,
  qt_plural,
  kde,
  kde_kuit,
  boost,
  tcl,
  perl,
  perl_brace,
  php,
  gcc_internal,
  gfc_internal,
  ycp,
};
inline constexpr size_t k_format_languages = 30;

/// A language's name in flags ("python-brace" for python_brace).
std::string_view format_language_name(FormatLanguage language);

enum class FormatState : unsigned char { undecided, yes, no, possible, impossible };

/// Each language's state after the flags in order, as gettext reads them: "c-format" is yes,
/// "no-c-format" no, "possible-c-format" possible, "impossible-c-format" impossible, and a
/// later flag for the same language wins. Unknown flags are ignored.
std::array<FormatState, k_format_languages> format_states(const std::vector<std::string>& flags);

/// The language whose directives msgcat keeps on one line: the first, in gettext's order,
/// marked yes or possible; none when no flag makes the message a format string.
std::optional<FormatLanguage> wrapping_format(const std::vector<std::string>& flags);

}  // namespace leafpress::catalog
