#pragma once
// Result<T>: the value of an operation that can fail in an anticipated way.
#include <expected>
#include <string>
#include <utility>

#include "base/source_span.hpp"

namespace leafpress {

/// What went wrong, where, in words a translator understands.
struct Error {
  SourceSpan where;     // file, line, column (line/column 0 when unknown)
  std::string message;  // e.g. "missing closing quote"

  /// "file:line:col: error: message" (parts left out when unknown).
  [[nodiscard]] std::string to_string() const;
};

template <class T>
using Result = std::expected<T, Error>;

/// Shorthand for returning a failure: `return fail(span, "…")`.
inline std::unexpected<Error> fail(SourceSpan where, std::string message) {
  return std::unexpected<Error>(Error{std::move(where), std::move(message)});
}

}  // namespace leafpress
