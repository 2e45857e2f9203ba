#pragma once
// The web stylesheet: font stacks per script, :lang() rules, RTL-safe layout, print rules.
#include <string>
#include <vector>

#include "text/language.hpp"

namespace leafpress::writers {

/// CSS for pages in these languages (any order; duplicates ignored). Each language gets a
/// `:lang(tag)` rule with its font stack and line height (Chinese Hans and Hant their own
/// families, Urdu its Nastaliq face with a taller line); layout uses logical properties so
/// right-to-left pages mirror; an `@media print` block hides the navigation. Deterministic,
/// and free of `<`, `>` and `&`, so it can sit inside a polyglot `<style>` element.
std::string web_stylesheet(const std::vector<text::Language>& languages);

}  // namespace leafpress::writers
