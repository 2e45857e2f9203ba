#pragma once
// Helpers for the check tests: run one check and look at its findings.
#include <algorithm>
#include <string>
#include <vector>

#include "qa/unit_checks.hpp"
#include "text/language.hpp"

namespace leafpress::qa::testing {

inline text::Language lang(const char* tag) { return text::language_info(tag).value(); }

inline bool has(const Findings& findings, std::string_view id) {
  return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.check_id == id; });
}

inline std::string messages(const Findings& findings) {
  std::string out;
  for (const auto& f : findings) out += "[" + f.check_id + "] " + f.message + "\n";
  return out;
}

}  // namespace leafpress::qa::testing
