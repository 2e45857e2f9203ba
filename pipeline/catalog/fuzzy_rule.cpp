#include "catalog/fuzzy_rule.hpp"

#include "catalog/lcs.hpp"

namespace leafpress::catalog {

double similarity(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return a.empty() && b.empty() ? 1.0 : 0.0;
  fuzzy::LcsQuery lcs;
  lcs.reset(a);
  return fuzzy::weight(lcs.length(b), a.size() + b.size(), false);
}

}  // namespace leafpress::catalog
