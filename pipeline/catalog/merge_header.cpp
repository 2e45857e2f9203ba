#include "catalog/merge_header.hpp"

#include <array>
#include <optional>

#include "text/language.hpp"

namespace leafpress::catalog {
namespace {

// The fields msgmerge knows, in the order it writes them.
constexpr std::array<std::string_view, 10> k_known{"Project-Id-Version:", "Report-Msgid-Bugs-To:",
                                                   "POT-Creation-Date:",  "PO-Revision-Date:",
                                                   "Last-Translator:",    "Language-Team:",
                                                   "Language:",           "MIME-Version:",
                                                   "Content-Type:",       "Content-Transfer-Encoding:"};
constexpr size_t k_report_bugs = 1, k_pot_date = 2, k_team = 5, k_language = 6;

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = text[i], b = prefix[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a | 0x20);
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b | 0x20);
    if (a != b) return false;
  }
  return true;
}

// The value after `name` in the template's header, wherever it is (msgmerge searches the
// whole text), up to and with its line end.
std::optional<std::string> template_value(std::string_view reference, std::string_view name) {
  size_t at = reference.find(name);
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view rest = reference.substr(at + name.size());
  size_t end = rest.find('\n');
  return end == std::string_view::npos ? std::string(rest) + "\n" : std::string(rest.substr(0, end + 1));
}

// msgmerge's Language for a header without one: Language-Team without blanks around it and
// without a last word that looks like an address, looked up as an English name. The value
// keeps its line end, so a team with no address never matches (msgmerge writes an empty
// Language then, and so do we).
std::string language_from_team(std::string_view team) {
  auto blank = [](char c) { return c == ' ' || c == '\t'; };
  while (!team.empty() && blank(team.front())) team.remove_prefix(1);
  while (!team.empty() && blank(team.back())) team.remove_suffix(1);
  size_t i = team.size();
  while (i > 0 && !blank(team[i - 1])) --i;
  if (i < team.size() && (team[i] == '<' || team.back() == '>' || team.find('@') != std::string_view::npos ||
                          team.find('/') != std::string_view::npos)) {
    while (i > 0 && blank(team[i - 1])) --i;
    team = team.substr(0, i);
  }
  return " " + text::gettext_code_for_english_name(team) + "\n";
}

}  // namespace

std::string merged_header(std::string_view definitions, std::string_view reference) {
  std::array<std::optional<std::string>, k_known.size()> known;
  std::string unknown;
  while (!definitions.empty()) {
    size_t end = definitions.find('\n');
    std::string line(definitions.substr(0, end));
    line += '\n';
    definitions.remove_prefix(end == std::string_view::npos ? definitions.size() : end + 1);
    size_t k = 0;
    while (k < k_known.size() && !starts_with_ignoring_case(line, k_known[k])) ++k;
    if (k < k_known.size()) known[k] = line.substr(k_known[k].size());
    else unknown += line;
  }
  if (!known[k_language] && known[k_team]) known[k_language] = language_from_team(*known[k_team]);
  for (size_t k : {k_report_bugs, k_pot_date})
    if (auto value = template_value(reference, k_known[k])) known[k] = std::move(value);
  std::string out;
  for (size_t k = 0; k < k_known.size(); ++k)
    if (known[k]) out += std::string(k_known[k]) + *known[k];
  return out + unknown;
}

}  // namespace leafpress::catalog
