#include "readers/statement_roles.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "text/segment.hpp"

namespace leafpress::readers {

using doc::Block;
using doc::BlockKind;
using doc::InlineKind;
using doc::Role;

namespace {

constexpr size_t k_title_max = 120;
constexpr size_t k_category_max = 80;

bool one_line_paragraph(const Block& block) {
  return block.kind == BlockKind::paragraph && !block.caption && block.inlines.size() == 1 &&
         block.inlines.front().kind == InlineKind::text;
}

const std::string& paragraph_text(const Block& block) { return block.inlines.front().text; }

// "12 March 2018", "Monday, 12th March", "March 2018", "2018-03-12", "12/03/2018": a
// dateline, which opens many published statements and is no title.
bool is_dateline(std::string_view text) {
  static constexpr std::array<std::string_view, 19> k_calendar_words{"monday",   "tuesday",  "wednesday", "thursday",
                                                                     "friday",   "saturday", "sunday",    "january",
                                                                     "february", "march",    "april",     "may",
                                                                     "june",     "july",     "august",    "september",
                                                                     "october",  "november", "december"};
  bool number = false;
  size_t words = 0;
  for (size_t i = 0; i < text.size();) {
    size_t end = text.find_first_of(" ,", i);
    if (end == std::string_view::npos) end = text.size();
    std::string word;
    for (char c : text.substr(i, end - i)) word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    i = end + 1;
    if (word.empty()) continue;
    ++words;
    size_t digits = word.find_first_not_of("0123456789");
    if (digits == std::string::npos || (digits > 0 && (word.substr(digits) == "st" || word.substr(digits) == "nd" ||
                                                       word.substr(digits) == "rd" || word.substr(digits) == "th"))) {
      number = true;
      continue;
    }
    if (word.find_first_not_of("0123456789-/.") == std::string::npos && digits > 0) {
      number = true;  // 2018-03-12, 12/03/2018, 12.03.2018
      continue;
    }
    if (std::find(k_calendar_words.begin(), k_calendar_words.end(), word) == k_calendar_words.end()) return false;
  }
  return number && words <= 5;
}

}  // namespace

bool is_title_candidate(const Block& block, size_t lines) {
  if (!one_line_paragraph(block) || lines != 1) return false;
  const std::string& text = paragraph_text(block);
  if (text::count_code_points(text) > k_title_max || is_dateline(text)) return false;
  // A full stop ends a sentence; a colon, semicolon or comma announces what follows
  // ("… made the following statement:"). "!" and "?" end many titles.
  return std::string_view(".:;,").find(text.back()) == std::string_view::npos;
}

bool is_category_candidate(const Block& block, size_t lines) {
  if (!one_line_paragraph(block) || lines != 1) return false;
  const std::string& text = paragraph_text(block);
  if (text.empty() || text::count_code_points(text) > k_category_max) return false;
  return std::string_view(".!?:;,").find(text.back()) == std::string_view::npos;
}

void make_title(Block& block) {
  block.role = Role::title;
  if (block.kind == BlockKind::paragraph) {
    block.kind = BlockKind::heading;
    block.level = 1;
  }
}

}  // namespace leafpress::readers
