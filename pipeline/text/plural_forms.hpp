#pragma once
// The Plural-Forms header ("nplurals=3; plural=(n==1 ? 0 : …);"): parsed with the grammar of
// GNU gettext's plural expressions and checked as `msgfmt -c` checks it, so that no expression
// reaches a library that could overflow its stack or divide by zero on it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace leafpress::text {

/// Deepest nesting of parentheses, `!` and `?:` accepted; real rules need fewer than ten.
inline constexpr int k_plural_max_depth = 100;
/// Longest plural= expression accepted; the longest real rule is under 200 characters.
inline constexpr size_t k_plural_max_length = 2000;

/// A parsed Plural-Forms value.
class PluralForms {
 public:
  /// Parses `value` ("nplurals=N; plural=EXPR;"). Fails, saying what is wrong in words a
  /// translator can act on, when nplurals or plural= is missing, the expression does not
  /// parse or nests deeper than k_plural_max_depth, divides by zero, or gives a form outside
  /// 0…nplurals-1 for some n from 0 to 1000 (the values msgfmt -c tries). The error's span
  /// is empty: the caller knows the line.
  static Result<PluralForms> parse(std::string_view value);

  [[nodiscard]] unsigned long nplurals() const { return m_nplurals; }
  /// The form for `n`, as gettext computes it (unsigned arithmetic); 0 on division by zero.
  [[nodiscard]] unsigned long form(unsigned long n) const;

  struct Node {
    enum class Kind : uint8_t { number, n, negate, binary, conditional } kind;
    char op = 0;  // binary: one of * / % + - < > l(<=) g(>=) = (==) ! (!=) & (&&) | (||)
    unsigned long value = 0;
    uint32_t a = 0, b = 0, c = 0;  // operand node indexes
  };

 private:
  unsigned long m_nplurals = 0;
  std::vector<Node> m_nodes;  // the root is the last node
  [[nodiscard]] unsigned long evaluate(uint32_t node, unsigned long n, bool& divided_by_zero) const;
};

/// True when `value` is the placeholder a template (POT) carries instead of a rule.
bool is_template_plural_forms(std::string_view value);

}  // namespace leafpress::text
