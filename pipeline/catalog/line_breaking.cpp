#include "catalog/line_breaking.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <string_view>

#include "base/utf8.hpp"
#include "text/line_break_class.hpp"

namespace leafpress::catalog {
namespace {

using text::LineBreakClass;

// UAX #14 pair table (rows: class before the opportunity; columns: class after), in the
// variant GNU libunistring 1.0 applies (measured from its behaviour, which gettext 0.21 uses):
// D = direct break, I = break only across spaces, P = never. Unlike UAX #14, infix
// punctuation followed by a letter (IS, AL) is a direct break, so "<p>Text.</p>" can break
// before the tag; msgcat's wrapping depends on it.
// Column order: WJ GL B2 BA BB HY CL CP EX IN NS OP QU IS NU PO PR SY AL H2 H3 ID JL JV JT HL RI EB EM ZWJ
constexpr size_t k_classes = 30;
constexpr std::array<std::string_view, k_classes> k_pairs{
    "PIIIIIPPPIIIIPIIIPIIIIIIIIIIII",  // WJ
    "PIIIIIPPPIIIIPIIIPIIIIIIIIIIII",  // GL
    "PIPIDIPPPIIDIPDDDPDDDDDDDDDDDI",  // B2
    "PDDIDIPPPIIDIPDDDPDDDDDDDDDDDI",  // BA
    "PIIIIIPPPIIIIPIIIPIIIIIIIIIIII",  // BB
    "PDDIDIPPPIIDIPIDDPDDDDDDDDDDDI",  // HY
    "PIDIDIPPPIPDIPDIIPDDDDDDDDDDDI",  // CL
    "PIDIDIPPPIIDIPIIIPIDDDDDDIDDDI",  // CP
    "PIDIDIPPPIIDIPDDDPDDDDDDDDDDDI",  // EX
    "PIDIDIPPPIIDIPDDDPDDDDDDDDDDDI",  // IN
    "PIDIDIPPPIIDIPDDDPDDDDDDDDDDDI",  // NS
    "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPI",  // OP
    "PIIIIIPPPIIPIPIIIPIIIIIIIIIIII",  // QU
    "PIDIDIPPPIIDIPIDDPDDDDDDDDDDDI",  // IS
    "PIDIDIPPPIIIIPIIIPIDDDDDDIDDDI",  // NU
    "PIDIDIPPPIIIIPIDDPIDDDDDDIDDDI",  // PO
    "PIDIDIPPPIIIIPIDDPIIIIIIIIDIII",  // PR
    "PIDIDIPPPIIDIPIDDPDDDDDDDIDDDI",  // SY
    "PIDIDIPPPIIIIPIIIPIDDDDDDIDDDI",  // AL
    "PIDIDIPPPIIDIPDIDPDDDDDIIDDDDI",  // H2
    "PIDIDIPPPIIDIPDIDPDDDDDDIDDDDI",  // H3
    "PIDIDIPPPIIDIPDIDPDDDDDDDDDDDI",  // ID
    "PIDIDIPPPIIDIPDIDPDIIDIIDDDDDI",  // JL
    "PIDIDIPPPIIDIPDIDPDDDDDIIDDDDI",  // JV
    "PIDIDIPPPIIDIPDIDPDDDDDDIDDDDI",  // JT
    "PIDIDIPPPIIIIPIIIPIDDDDDDIDDDI",  // HL
    "PIDIDIPPPIIDIPDDDPDDDDDDDDIDDI",  // RI
    "PIDIDIPPPIIDIPDIDPDDDDDDDDDDII",  // EB
    "PIDIDIPPPIIDIPDIDPDDDDDDDDDDDI",  // EM
    "PIIIIIPPPIIIIPIIIPIIIIIIIIIIII",  // ZWJ
};

// Classes whose behaviour the pair table does not fix, resolved as GNU does for a UTF-8
// (non-CJK) catalog.
LineBreakClass resolve(LineBreakClass c) {
  switch (c) {
    case LineBreakClass::AI:
    case LineBreakClass::SA:
    case LineBreakClass::XX:
    case LineBreakClass::SG: return LineBreakClass::AL;
    case LineBreakClass::CB: return LineBreakClass::ID;
    case LineBreakClass::CJ: return LineBreakClass::NS;
    case LineBreakClass::CR:
    case LineBreakClass::LF:
    case LineBreakClass::NL: return LineBreakClass::BK;
    default: return c;
  }
}

// Decoded as gettext reads text it wraps (a bad byte is one U+FFFD).
char32_t decode(std::string_view text, size_t i, size_t& length) {
  const utf8::Decoded d = utf8::decode_lenient(text, i);
  length = d.length;
  return d.code_point;
}

int width_of(char32_t cp) {
  if (cp < 0x80) return cp == 0 ? 0 : cp < 0x20 || cp == 0x7F ? -1 : 1;
  return text::column_width(cp);
}

// What the writer asks of a character: its resolved class and its columns (negative ones,
// for control characters, count as none).
struct Properties {
  LineBreakClass line_break;
  uint8_t columns;
};

Properties properties_of(char32_t cp) {
  return {resolve(text::line_break_class(cp)), static_cast<uint8_t>(std::max(width_of(cp), 0))};
}

// Both at once for the Basic Multilingual Plane, from one table filled on first use: every
// character of every wrapped string is looked up.
const std::array<Properties, 0x10000>& bmp_properties() {
  static const auto table = [] {
    auto out = std::make_unique<std::array<Properties, 0x10000>>();
    for (char32_t c = 0; c < 0x10000; ++c) (*out)[c] = properties_of(c);
    return out;
  }();
  return *table;
}

}  // namespace

std::vector<Break> possible_breaks(std::string_view text, const std::vector<Break>& overrides) {
  std::vector<Break> out;
  possible_breaks(text, overrides, out);
  return out;
}

void possible_breaks(std::string_view text, const std::vector<Break>& overrides, std::vector<Break>& out) {
  std::vector<uint8_t> columns;
  possible_breaks(text, overrides, out, columns);
}

void possible_breaks(std::string_view text, const std::vector<Break>& overrides, std::vector<Break>& out,
                     std::vector<uint8_t>& columns) {
  const size_t n = text.size();
  out.assign(n, Break::prohibited);
  columns.assign(n, 0);
  const auto& bmp = bmp_properties();
  LineBreakClass last = LineBreakClass::BK;  // class of the last character that is not a space
  LineBreakClass before_last = LineBreakClass::BK;
  long seen_space = -1;  // position of the first space after it, if any
  long seen_space2 = -1;
  size_t i = 0;
  while (i < n) {
    size_t length = 1;
    char32_t cp = decode(text, i, length);
    const Properties properties = cp < 0x10000 ? bmp[cp] : properties_of(cp);
    columns[i] = properties.columns;
    LineBreakClass c = properties.line_break;
    if (c == LineBreakClass::BK) {
      out[i] = Break::mandatory;  // U+2028 and U+2029 (other line ends arrive escaped)
      last = LineBreakClass::BK;
      seen_space = seen_space2 = -1;
    } else if (c == LineBreakClass::SP) {
      out[i] = Break::prohibited;  // never break just before a space
      seen_space2 = seen_space;
      seen_space = static_cast<long>(i);
    } else if (c == LineBreakClass::ZW) {
      out[i] = Break::prohibited;
      last = LineBreakClass::ZW;
      seen_space = seen_space2 = -1;
    } else {
      bool table = true;
      if (c == LineBreakClass::CM) {
        if (last == LineBreakClass::ZW) {
          out[i] = Break::possible;
          last = LineBreakClass::ID;
          table = false;
        } else if (seen_space < 0 && last != LineBreakClass::BK) {
          // A combining mark belongs to the character before it.
          out[i] = Break::prohibited;
          table = false;
        } else {
          // After a space (or at the start) it stands alone, as a letter.
          c = LineBreakClass::AL;
        }
      }
      if (table) {
        if (last == LineBreakClass::BK) {
          out[i] = Break::prohibited;
        } else if (last == LineBreakClass::ZW) {
          out[i] = Break::possible;
        } else {
          auto row = static_cast<size_t>(last);
          auto column = static_cast<size_t>(c);
          char rule = row < k_classes && column < k_classes ? k_pairs[row][column] : 'P';
          out[i] = rule == 'D' || (rule == 'I' && seen_space >= 0) ? Break::possible : Break::prohibited;
          // A Hebrew letter and a hyphen after it stay with what follows ("ה-2").
          if (seen_space < 0 && before_last == LineBreakClass::HL &&
              (last == LineBreakClass::HY || last == LineBreakClass::BA))
            out[i] = Break::prohibited;
        }
        before_last = seen_space >= 0 ? LineBreakClass::SP : last;
        last = c;
        seen_space = seen_space2 = -1;
      }
    }
    i += length;
  }
  for (size_t k = 0; k < n && k < overrides.size(); ++k)
    if (overrides[k] != Break::undefined) out[k] = overrides[k];
}

std::vector<bool> fill_lines(std::string_view text, const std::vector<Break>& opportunities, int width,
                             int start_column) {
  std::vector<char> breaks;
  fill_lines(text, opportunities, width, start_column, breaks);
  return {breaks.begin(), breaks.end()};
}

long text_width(std::string_view text, long limit) {
  const auto& bmp = bmp_properties();
  long total = 0;
  size_t i = 0;
  while (i < text.size() && total <= limit) {
    size_t length = 1;
    const char32_t cp = decode(text, i, length);
    total += cp < 0x10000 ? bmp[cp].columns : properties_of(cp).columns;
    i += length;
  }
  return total;
}

namespace {

// The greedy fill over each byte's columns; with no `breaks` to record into, it stops at the
// first break it needs.
bool fill(const std::vector<uint8_t>& columns, const std::vector<Break>& opportunities, int width, int start_column,
          std::vector<char>* breaks) {
  const size_t n = columns.size();
  if (breaks) breaks->assign(n, 0);
  bool any = false;
  auto mark = [&](long at) {
    if (breaks) (*breaks)[static_cast<size_t>(at)] = 1;
    any = true;
  };
  long last_opportunity = -1;  // start of the current unbreakable piece
  int last_column = start_column;
  int piece_width = 0;
  for (size_t i = 0; i < n; ++i) {
    if (opportunities[i] == Break::mandatory) {
      // The line ends here anyway: the next piece starts at column 0.
      if (last_opportunity >= 0 && last_column + piece_width > width) {
        mark(last_opportunity);
        if (!breaks) return true;
      }
      last_opportunity = -1;
      last_column = 0;
      piece_width = 0;
      continue;
    }
    if (opportunities[i] == Break::possible) {
      // A piece ends here: if it overflowed the line, break before it instead.
      if (last_opportunity >= 0 && last_column + piece_width > width) {
        mark(last_opportunity);
        if (!breaks) return true;
        last_column = 0;
      }
      last_opportunity = static_cast<long>(i);
      last_column += piece_width;
      piece_width = 0;
    }
    piece_width += columns[i];
  }
  if (last_opportunity >= 0 && last_column + piece_width > width) mark(last_opportunity);
  return any;
}

// The columns of each byte's character, as possible_breaks gives them.
std::vector<uint8_t> character_columns(std::string_view text) {
  std::vector<uint8_t> columns(text.size(), 0);
  const auto& bmp = bmp_properties();
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    char32_t cp = decode(text, i, length);
    columns[i] = cp < 0x10000 ? bmp[cp].columns : properties_of(cp).columns;
    i += length;
  }
  return columns;
}

}  // namespace

bool fill_lines(std::string_view text, const std::vector<Break>& opportunities, int width, int start_column,
                std::vector<char>& breaks) {
  return fill(character_columns(text), opportunities, width, start_column, &breaks);
}

bool needs_break(std::string_view text, const std::vector<Break>& opportunities, int width, int start_column) {
  return fill(character_columns(text), opportunities, width, start_column, nullptr);
}

bool fill_lines(const std::vector<uint8_t>& columns, const std::vector<Break>& opportunities, int width,
                int start_column, std::vector<char>& breaks) {
  return fill(columns, opportunities, width, start_column, &breaks);
}

bool needs_break(const std::vector<uint8_t>& columns, const std::vector<Break>& opportunities, int width,
                 int start_column) {
  return fill(columns, opportunities, width, start_column, nullptr);
}

}  // namespace leafpress::catalog
