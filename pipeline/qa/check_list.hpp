#pragma once
// The translation checks: each with an id (used in output, in `# leafpress-ignore:` comments
// and in leafpress.toml's [checks] table), a default severity and a one-line explanation.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"

namespace leafpress::qa {

struct CheckInfo {
  std::string_view id;
  Severity severity;         // default; leafpress.toml may change it
  std::string_view summary;  // one line, for `leafpress check --list`
};

/// Every check, in the order `--list` prints them.
const std::vector<CheckInfo>& all_checks();

/// The check with this id, or nullptr.
const CheckInfo* find_check(std::string_view id);

/// Effective severities: the defaults with leafpress.toml's overrides applied; a check set
/// to "off" is absent from the map.
class SeverityTable {
 public:
  /// Defaults only.
  SeverityTable();
  /// Applies overrides (id → "error" | "warning" | "note" | "off"). Returns the ids that name
  /// no check or values that are not a severity, as messages, so the caller can warn.
  std::vector<std::string> apply(const std::map<std::string, std::string>& overrides);
  /// The severity of `id`, or nullopt when the check is off.
  [[nodiscard]] std::optional<Severity> severity(std::string_view id) const;

 private:
  std::map<std::string, std::optional<Severity>, std::less<>> m_severity;
};

}  // namespace leafpress::qa
