#include "base/diagnostics.hpp"

#include <algorithm>

namespace leafpress {

std::string SourceSpan::to_string() const {
  std::string out = file;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  return out;
}

std::string Error::to_string() const {
  std::string prefix = where.to_string();
  return (prefix.empty() ? std::string() : prefix + ": ") + "error: " + message;
}

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::string Diagnostic::to_string() const {
  std::string prefix = where.to_string();
  std::string out = prefix.empty() ? std::string() : prefix + ": ";
  out += severity_name(severity);
  out += ": ";
  if (!check_id.empty()) out += '[' + check_id + "] ";
  out += message;
  return out;
}

void Diagnostics::error(SourceSpan where, std::string message) {
  add({Severity::error, std::move(where), std::move(message), {}});
}

void Diagnostics::warning(SourceSpan where, std::string message) {
  add({Severity::warning, std::move(where), std::move(message), {}});
}

void Diagnostics::append(const Diagnostics& other) {
  m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

size_t Diagnostics::error_count() const {
  return static_cast<size_t>(
      std::count_if(m_items.begin(), m_items.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::string Diagnostics::to_string() const {
  std::string out;
  for (const auto& item : m_items) out += item.to_string() + '\n';
  return out;
}

}  // namespace leafpress
