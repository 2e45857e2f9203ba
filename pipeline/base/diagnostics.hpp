#pragma once
// Diagnostics: non-fatal findings, printed like a compiler's.
#include <string>
#include <vector>

#include "base/result.hpp"
#include "base/source_span.hpp"

namespace leafpress {

enum class Severity { note, warning, error };

/// "note", "warning" or "error".
const char* severity_name(Severity severity);

struct Diagnostic {
  Severity severity = Severity::error;
  SourceSpan where;
  std::string message;
  std::string check_id;  // empty unless the finding comes from a named check

  /// "file:line:col: error: [check] message".
  [[nodiscard]] std::string to_string() const;
};

/// An ordered collection of findings.
class Diagnostics {
 public:
  void add(Diagnostic diagnostic) { m_items.push_back(std::move(diagnostic)); }
  void error(SourceSpan where, std::string message);
  void warning(SourceSpan where, std::string message);
  void append(const Diagnostics& other);

  [[nodiscard]] const std::vector<Diagnostic>& items() const { return m_items; }
  [[nodiscard]] bool empty() const { return m_items.empty(); }
  [[nodiscard]] size_t error_count() const;
  [[nodiscard]] bool has_errors() const { return error_count() > 0; }
  /// Every finding, one per line.
  [[nodiscard]] std::string to_string() const;

 private:
  std::vector<Diagnostic> m_items;
};

}  // namespace leafpress
