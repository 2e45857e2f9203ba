#pragma once
// Where GNU gettext may break a PO string line: the UAX #14 pair-table algorithm as the
// GNU PO writer applies it (msgcat, msgmerge), so our wrapping lands on the same columns.
#include <climits>
#include <cstdint>
#include <string_view>
#include <vector>

namespace leafpress::catalog {

enum class Break : char {
  undefined,   // no override: the algorithm decides
  prohibited,  // no break before this byte
  possible,    // a line may break before this byte
  mandatory,   // the text itself ends a line before this byte (U+2028, U+2029)
};

/// Break opportunities before each byte of UTF-8 `text`, after applying `overrides` (same
/// length; `undefined` keeps the algorithm's answer). Bytes inside a character are prohibited.
std::vector<Break> possible_breaks(std::string_view text, const std::vector<Break>& overrides);

/// Chooses line breaks so that no line exceeds `width` columns where avoidable: a greedy fill
/// over the opportunities, the first line starting at column `start_column`. Returns, for
/// each byte, whether a line break is inserted before it.
std::vector<bool> fill_lines(std::string_view text, const std::vector<Break>& opportunities, int width,
                             int start_column);

/// As possible_breaks, into `out` (resized to the text's length), reusing its storage.
void possible_breaks(std::string_view text, const std::vector<Break>& overrides, std::vector<Break>& out);

/// As fill_lines, into `breaks` (1 where a line break is inserted), reusing its storage.
/// Returns whether any break was inserted.
bool fill_lines(std::string_view text, const std::vector<Break>& opportunities, int width, int start_column,
                std::vector<char>& breaks);

/// Whether fill_lines would insert any break (it stops at the first one).
bool needs_break(std::string_view text, const std::vector<Break>& opportunities, int width, int start_column);

/// The same three, sharing one decoding of the text: possible_breaks also gives the columns
/// each byte's character takes (0 inside a character and for characters of no width), which
/// fill_lines and needs_break then read instead of the text.
void possible_breaks(std::string_view text, const std::vector<Break>& overrides, std::vector<Break>& out,
                     std::vector<uint8_t>& columns);
bool fill_lines(const std::vector<uint8_t>& columns, const std::vector<Break>& opportunities, int width,
                int start_column, std::vector<char>& breaks);
bool needs_break(const std::vector<uint8_t>& columns, const std::vector<Break>& opportunities, int width,
                 int start_column);

/// Columns `text` takes in total (the sum of the positive column widths of its characters):
/// when `start_column` plus this fits within the width, fill_lines inserts no break. Counting
/// stops once the total passes `limit` (a total above it is all a caller asking whether the
/// text fits needs to know).
long text_width(std::string_view text, long limit = LONG_MAX);

}  // namespace leafpress::catalog
