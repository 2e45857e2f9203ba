#include "catalog/format_check.hpp"

#include <map>
#include <string>
#include <vector>

namespace leafpress::catalog {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The type of one C argument: the conversion's class and its length modifier, as gettext
// tells them apart ("%d" and "%i" are one type, "%d" and "%ld" two, "%d" and "%s" two).
using ArgType = std::string;

// Reads "123$" at `at`: the argument number, or 0 when there is none (`at` unchanged).
unsigned argument_number(std::string_view s, size_t& at) {
  size_t end = at;
  unsigned number = 0;
  while (end < s.size() && is_digit(s[end]) && number < 100000)
    number = number * 10 + static_cast<unsigned>(s[end++] - '0');
  if (end == at || end >= s.size() || s[end] != '$' || number == 0) return 0;
  at = end + 1;
  return number;
}

// The arguments of a C format string in order of their numbers, or nullopt when it is not a
// valid one (an unknown conversion, numbered and unnumbered arguments mixed, a gap in the
// numbers, one number used with two types).
std::optional<std::vector<ArgType>> c_arguments(std::string_view s, bool translated) {
  std::map<unsigned, ArgType> numbered;
  std::vector<ArgType> unnumbered;
  auto add = [&](unsigned number, ArgType type) {
    if (number == 0) {
      unnumbered.push_back(std::move(type));
      return true;
    }
    auto [it, added] = numbered.emplace(number, type);
    return added || it->second == type;
  };
  for (size_t at = s.find('%'); at != std::string_view::npos; at = s.find('%', at)) {
    ++at;
    if (at < s.size() && s[at] == '%') {
      ++at;
      continue;
    }
    unsigned number = argument_number(s, at);
    while (at < s.size() && std::string_view(translated ? "'-+ #0I" : "'-+ #0").find(s[at]) != std::string_view::npos)
      ++at;
    // Width and precision: digits, or "*" / "*m$" taking an int argument.
    for (int part = 0; part < 2; ++part) {
      if (part == 1) {
        if (at >= s.size() || s[at] != '.') break;
        ++at;
      }
      if (at < s.size() && s[at] == '*') {
        ++at;
        if (!add(argument_number(s, at), "int")) return std::nullopt;
      } else {
        while (at < s.size() && is_digit(s[at])) ++at;
      }
    }
    std::string length;
    while (at < s.size() && std::string_view("hlLqjzZt").find(s[at]) != std::string_view::npos) length += s[at++];
    if (at >= s.size()) return std::nullopt;
    char conversion = s[at++];
    std::string kind;
    switch (conversion) {
      case 'd':
      case 'i': kind = "int"; break;
      case 'o':
      case 'u':
      case 'x':
      case 'X': kind = "unsigned"; break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
      case 'a':
      case 'A': kind = "double"; break;
      case 'c': kind = "char"; break;
      case 's': kind = "string"; break;
      case 'p': kind = "pointer"; break;
      case 'n': kind = "count"; break;
      default: return std::nullopt;
    }
    if (!add(number, kind + "/" + length)) return std::nullopt;
  }
  if (!numbered.empty() && !unnumbered.empty()) return std::nullopt;
  if (numbered.empty()) return unnumbered;
  std::vector<ArgType> ordered;
  for (const auto& [number, type] : numbered) {
    if (number != ordered.size() + 1) return std::nullopt;  // a gap: gettext cannot tell its type
    ordered.push_back(type);
  }
  return ordered;
}

}  // namespace

std::optional<bool> fails_format_check(FormatLanguage language, std::string_view msgid, std::string_view msgstr,
                                       bool plural) {
  if (language != FormatLanguage::c && language != FormatLanguage::objc) return std::nullopt;
  auto wanted = c_arguments(msgid, false);
  if (!wanted) return false;
  auto have = c_arguments(msgstr, true);
  if (!have) return true;
  if (plural ? have->size() > wanted->size() : have->size() != wanted->size()) return true;
  for (size_t i = 0; i < have->size(); ++i)
    if ((*have)[i] != (*wanted)[i]) return true;
  return false;
}

}  // namespace leafpress::catalog
