#include "catalog/format_directives.hpp"

#include <cstdint>

namespace leafpress::catalog {
namespace {

// The string as the parsers read it, with '\0' past its end (they read one byte ahead), and
// the marks gettext's parsers leave: where a directive starts, ends, or turns out invalid.
class Scan {
 public:
  static constexpr char k_start = 1, k_end = 2, k_error = 4;

  explicit Scan(std::string_view text) : m_text(text), m_marks(text.size(), 0) {}

  [[nodiscard]] char at(size_t i) const { return i < m_text.size() ? m_text[i] : '\0'; }
  [[nodiscard]] size_t size() const { return m_text.size(); }
  [[nodiscard]] static bool digit(char c) { return c >= '0' && c <= '9'; }
  [[nodiscard]] static bool one_of(char c, std::string_view set) { return c != '\0' && set.find(c) != set.npos; }

  void mark(size_t at, char what) {
    if (at < m_marks.size()) m_marks[at] = static_cast<char>(m_marks[at] | what);
  }

  /// As msgcat's writer reads the marks: from each start to the next end or error, a span that
  /// is a directive (ended) or not (error); inside a directive only the first byte may break.
  void interiors(std::vector<char>& out) const {
    for (size_t p = 0; p < m_marks.size(); ++p) {
      if (!(m_marks[p] & k_start)) continue;
      size_t q = p;
      while (q < m_marks.size() && !(m_marks[q] & (k_end | k_error))) ++q;
      if (q == m_marks.size()) return;  // a start without an end: gettext aborts
      if (!(m_marks[q] & k_error))
        for (size_t k = p; k <= q; ++k) out[k] = (m_marks[k] & k_start) ? 0 : 1;
      p = q;
    }
  }

 private:
  std::string_view m_text;
  std::vector<char> m_marks;
};

// Reads "digits$" at i: returns its number (0 when absent) and moves i past it; `dollar` is
// where the '$' was. The number wraps like gettext's unsigned int.
uint32_t read_position(const Scan& s, size_t& i, size_t& dollar) {
  if (!Scan::digit(s.at(i))) return 0;
  size_t j = i;
  uint32_t m = 0;
  while (Scan::digit(s.at(j))) m = m * 10 + static_cast<uint32_t>(s.at(j++) - '0');
  if (s.at(j) != '$') return 0;
  dollar = j;
  i = j + 1;
  return m;
}

// "<PRIdMAX>", "<PRIu32>", "<PRIxLEAST16>"…: an ISO C 99 <inttypes.h> macro, i at '<'. On
// success i is at the '>'; on failure at the byte gettext blames.
bool read_inttypes_macro(const Scan& s, size_t& i) {
  auto take = [&](std::string_view word) {
    for (size_t k = 0; k < word.size(); ++k)
      if (s.at(i + k) != word[k]) return false;
    i += word.size();
    return true;
  };
  auto letter = [&](char c) {
    if (s.at(i) != c) return false;
    ++i;
    return true;
  };
  ++i;
  if (!letter('P') || !letter('R') || !letter('I')) return false;
  if (!Scan::one_of(s.at(i), "diouxX")) return false;
  ++i;
  if (!take("MAX") && !take("PTR")) {
    if (!take("LEAST")) take("FAST");
    if (!take("8") && !take("16") && !take("32") && !take("64")) return false;
  }
  return s.at(i) == '>';
}

// The byte gettext blames when a directive stops at i: the last one when the text has ended.
size_t blamed(const Scan& s, size_t i) { return s.at(i) == '\0' ? i - 1 : i; }

// C and Objective-C (format-c-parse.h): %[m$][flags][width][.precision][size]conversion, with
// numbered and unnumbered arguments never mixed.
void mark_c(Scan& s, bool translated, bool objc) {
  size_t numbered = 0, unnumbered = 0;
  // Counts an argument; false when it mixes the two styles.
  auto argument = [&](uint32_t number) {
    if (number != 0 ? unnumbered > 0 : numbered > 0) return false;
    ++(number != 0 ? numbered : unnumbered);
    return true;
  };
  // A width or precision: '*', '*m$' or digits.
  auto star_or_digits = [&](size_t& i) {
    if (s.at(i) != '*') {
      while (Scan::digit(s.at(i))) ++i;
      return true;
    }
    ++i;
    size_t dollar = 0;
    uint32_t number = read_position(s, i, dollar);
    if (number == 0 && dollar != 0) {
      s.mark(dollar, Scan::k_error);
      return false;
    }
    if (!argument(number)) {
      s.mark(i - 1, Scan::k_error);
      return false;
    }
    return true;
  };
  size_t i = 0;
  while (i < s.size()) {
    if (s.at(i++) != '%') continue;
    s.mark(i - 1, Scan::k_start);
    size_t dollar = 0;
    uint32_t number = read_position(s, i, dollar);
    if (number == 0 && dollar != 0) return s.mark(dollar, Scan::k_error);
    while (Scan::one_of(s.at(i), " +-#0'") || (translated && s.at(i) == 'I')) ++i;
    if (!star_or_digits(i)) return;
    if (s.at(i) == '.') {
      ++i;
      if (!star_or_digits(i)) return;
    }
    bool takes_argument = true;
    if (s.at(i) == '<') {
      if (!read_inttypes_macro(s, i)) return s.mark(blamed(s, i), Scan::k_error);
    } else {
      while (Scan::one_of(s.at(i), "hlLqjzZt")) ++i;
      char c = s.at(i);
      if (c == '%' || c == 'm') takes_argument = false;
      else if (!Scan::one_of(c, "cCsSidouxXeEfFgGaApn") && !(objc && c == '@'))
        return s.mark(blamed(s, i), Scan::k_error);
    }
    if (takes_argument && !argument(number)) return s.mark(i, Scan::k_error);
    s.mark(i++, Scan::k_end);
  }
}

// Python (format-python.c): %[(name)][flags][width][.precision][size]conversion, with named
// and unnamed arguments never mixed.
void mark_python(Scan& s) {
  size_t named = 0, unnamed = 0;
  size_t i = 0;
  // A width or precision: '*' (an unnamed argument) or digits.
  auto star_or_digits = [&] {
    if (s.at(i) != '*') {
      while (Scan::digit(s.at(i))) ++i;
      return true;
    }
    ++i;
    if (named > 0) {
      s.mark(i - 1, Scan::k_error);
      return false;
    }
    ++unnamed;
    return true;
  };
  while (i < s.size()) {
    if (s.at(i++) != '%') continue;
    s.mark(i - 1, Scan::k_start);
    bool has_name = false;
    if (s.at(i) == '(') {
      size_t depth = 0;
      for (++i; i < s.size(); ++i) {
        if (s.at(i) == '(') ++depth;
        else if (s.at(i) == ')' && depth-- == 0) break;
      }
      if (i >= s.size()) return s.mark(i - 1, Scan::k_error);
      ++i;
      has_name = true;
    }
    while (Scan::one_of(s.at(i), "-+ #0")) ++i;
    if (!star_or_digits()) return;
    if (s.at(i) == '.') {
      ++i;
      if (!star_or_digits()) return;
    }
    if (Scan::one_of(s.at(i), "hlL")) ++i;
    char c = s.at(i);
    if (!Scan::one_of(c, "%csridouxXeEfgG")) return s.mark(blamed(s, i), Scan::k_error);
    if (has_name ? unnamed > 0 : c != '%' && named > 0) return s.mark(i, Scan::k_error);
    if (has_name) ++named;
    else if (c != '%') ++unnamed;
    s.mark(i++, Scan::k_end);
  }
}

// Python brace format (format-python-brace.c): {field[.attr|[key]]…[:spec]}, where spec is a
// nested {field} or [[fill]align][sign][#][0][width][.precision][type]; "{{" is a brace.
// gettext 0.21 records each directive's marks relative to that directive's own start, not to
// the string's: what msgcat then protects from breaking is the first bytes of the string. We
// do the same, since the point is to write what msgcat writes.
bool python_brace_directive(Scan& s, size_t& i, bool toplevel) {
  const size_t start = i;
  auto fail = [&] {
    s.mark(i - start, Scan::k_error);
    return false;
  };
  auto identifier = [&] {
    char c = s.at(i);
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_')) return false;
    do c = s.at(++i);
    while ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || Scan::digit(c));
    return true;
  };
  auto number = [&] {
    if (!Scan::digit(s.at(i))) return false;
    while (Scan::digit(s.at(i))) ++i;
    return true;
  };
  if (s.at(++i) == '{') {
    ++i;
    return true;
  }
  if (!identifier() && !number()) return fail();
  for (;;) {
    if (s.at(i) == '.') {
      ++i;
      if (!identifier()) return fail();
    } else if (s.at(i) == '[') {
      ++i;
      if (!identifier() && !number()) return fail();
      if (s.at(i) != ']') return fail();
      ++i;
    } else {
      break;
    }
  }
  if (s.at(i) == ':') {
    if (!toplevel) return fail();
    ++i;
    if (s.at(i) == '{') {
      if (!python_brace_directive(s, i, false)) return false;
    } else {
      char c1 = s.at(i);
      if (c1 == '\0') return fail();
      if (Scan::one_of(s.at(i + 1), "<>=^")) i += 2;
      else if (Scan::one_of(c1, "<>=^")) ++i;
      if (Scan::one_of(s.at(i), "+- ")) ++i;
      if (s.at(i) == '#') ++i;
      if (s.at(i) == '0') ++i;
      while (Scan::digit(s.at(i))) ++i;
      if (s.at(i) == '.' && Scan::digit(s.at(i + 1))) {
        ++i;
        while (Scan::digit(s.at(i))) ++i;
      }
      if (Scan::one_of(s.at(i), "bcdoxXneEfFgG%")) ++i;
    }
  }
  if (s.at(i) != '}') return fail();
  if (toplevel) {
    s.mark(0, Scan::k_start);
    s.mark(i - start, Scan::k_end);
  }
  ++i;
  return true;
}

void mark_python_brace(Scan& s) {
  size_t i = 0;
  while (i < s.size()) {
    if (s.at(i) != '{') ++i;
    else if (!python_brace_directive(s, i, true)) return;
  }
}

}  // namespace

void mark_directive_interiors(std::string_view value, FormatLanguage language, bool translated,
                              std::vector<char>& out) {
  out.assign(value.size(), 0);
  // gettext's parsers read C strings: a NUL byte ends the text they see.
  Scan s(value.substr(0, value.find('\0')));
  switch (language) {
    case FormatLanguage::c: mark_c(s, translated, false); break;
    case FormatLanguage::objc: mark_c(s, translated, true); break;
    case FormatLanguage::python: mark_python(s); break;
    case FormatLanguage::python_brace: mark_python_brace(s); break;
    default: return;
  }
  s.interiors(out);
}

}  // namespace leafpress::catalog
