#include "catalog/line_breaking.hpp"

#include <array>
#include <string_view>

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
    case LineBreakClass::SG:
      return LineBreakClass::AL;
    case LineBreakClass::CB: return LineBreakClass::ID;
    case LineBreakClass::CJ: return LineBreakClass::NS;
    case LineBreakClass::CR:
    case LineBreakClass::LF:
    case LineBreakClass::NL:
      return LineBreakClass::BK;
    default: return c;
  }
}

// Most PO text is ASCII: decode it and look its class and width up without leaving this file.
char32_t decode(std::string_view text, size_t i, size_t& length) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    length = 1;
    return c;
  }
  return text::decode_utf8(text.data() + i, text.size() - i, length);
}

LineBreakClass break_class(char32_t cp) {
  static const auto ascii = [] {
    std::array<LineBreakClass, 128> table{};
    for (char32_t c = 0; c < 128; ++c) table[c] = resolve(text::line_break_class(c));
    return table;
  }();
  return cp < 128 ? ascii[cp] : resolve(text::line_break_class(cp));
}

int width_of(char32_t cp) {
  if (cp < 0x80) return cp == 0 ? 0 : cp < 0x20 || cp == 0x7F ? -1 : 1;
  return text::column_width(cp);
}

}  // namespace

std::vector<Break> possible_breaks(std::string_view text, const std::vector<Break>& overrides) {
  std::vector<Break> out;
  possible_breaks(text, overrides, out);
  return out;
}

void possible_breaks(std::string_view text, const std::vector<Break>& overrides, std::vector<Break>& out) {
  const size_t n = text.size();
  out.assign(n, Break::prohibited);
  LineBreakClass last = LineBreakClass::BK;  // class of the last character that is not a space
  LineBreakClass before_last = LineBreakClass::BK;
  long seen_space = -1;                      // position of the first space after it, if any
  long seen_space2 = -1;
  size_t i = 0;
  while (i < n) {
    size_t length = 1;
    char32_t cp = decode(text, i, length);
    LineBreakClass c = break_class(cp);
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

long text_width(std::string_view text) {
  long total = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t length = 1;
    int w = width_of(decode(text, i, length));
    if (w > 0) total += w;
    i += length;
  }
  return total;
}

namespace {

// The greedy fill; with no `breaks` to record into, it stops at the first break it needs.
bool fill(std::string_view text, const std::vector<Break>& opportunities, int width, int start_column,
          std::vector<char>* breaks) {
  const size_t n = text.size();
  if (breaks) breaks->assign(n, 0);
  bool any = false;
  auto mark = [&](long at) {
    if (breaks) (*breaks)[static_cast<size_t>(at)] = 1;
    any = true;
  };
  long last_opportunity = -1;  // start of the current unbreakable piece
  int last_column = start_column;
  int piece_width = 0;
  size_t i = 0;
  while (i < n) {
    size_t length = 1;
    char32_t cp = decode(text, i, length);
    if (opportunities[i] == Break::mandatory) {
      // The line ends here anyway: the next piece starts at column 0.
      if (last_opportunity >= 0 && last_column + piece_width > width) {
        mark(last_opportunity);
        if (!breaks) return true;
      }
      last_opportunity = -1;
      last_column = 0;
      piece_width = 0;
      i += length;
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
    int w = width_of(cp);
    if (w > 0) piece_width += w;
    i += length;
  }
  if (last_opportunity >= 0 && last_column + piece_width > width) mark(last_opportunity);
  return any;
}

}  // namespace

bool fill_lines(std::string_view text, const std::vector<Break>& opportunities, int width, int start_column,
                std::vector<char>& breaks) {
  return fill(text, opportunities, width, start_column, &breaks);
}

bool needs_break(std::string_view text, const std::vector<Break>& opportunities, int width, int start_column) {
  return fill(text, opportunities, width, start_column, nullptr);
}

}  // namespace leafpress::catalog
