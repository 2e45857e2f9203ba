#pragma once
// Reading rendered PDFs back with poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm),
// for the print tests.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace leafpress::testing {

namespace fs = std::filesystem;

constexpr double k_pt_per_mm = 72.0 / 25.4;

/// Standard output of a shell command.
inline std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return out;
  std::array<char, 4096> buffer{};
  for (size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) out.append(buffer.data(), n);
  ::pclose(pipe);
  return out;
}

inline std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

inline bool have(const char* program) {
  return std::system(("command -v " + std::string(program) + " >/dev/null 2>&1").c_str()) == 0;
}

/// `text` with runs of whitespace made one space (or removed, for scripts without spaces).
inline std::string collapse_whitespace(const std::string& text, bool remove) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space && !remove && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

/// Without the bidi controls pdftotext puts around the runs of a right-to-left page.
inline std::string without_bidi_controls(std::string text) {
  for (const char* control : {"\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E"})
    for (size_t at; (at = text.find(control)) != std::string::npos;) text.erase(at, std::strlen(control));
  return text;
}

inline size_t count_of(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

/// Whether a page's text holds its number "N / TOTAL" (pdftotext may close up the spaces
/// around the small type's slash).
inline bool has_page_number(const std::string& text, int page, int total) {
  std::regex number("(^|\\s)" + std::to_string(page) + " ?/ ?" + std::to_string(total) + "(\\s|$)");
  return std::regex_search(text, number);
}

inline int page_count(const fs::path& pdf) {
  std::string info = run("pdfinfo " + quoted(pdf));
  size_t at = info.find("Pages:");
  return at == std::string::npos ? 0 : std::atoi(info.c_str() + at + 6);
}

/// The text of a PDF (pdftotext, UTF-8) exactly as its text layer says, bidi controls
/// removed; one page when `page` > 0.
inline std::string pdf_text(const fs::path& pdf, int page = 0) {
  std::string pages = page > 0 ? "-f " + std::to_string(page) + " -l " + std::to_string(page) + " " : "";
  return without_bidi_controls(run("pdftotext -enc UTF-8 " + pages + quoted(pdf) + " -"));
}

/// The text of one page, whitespace collapsed.
inline std::string page_text(const fs::path& pdf, int page) { return collapse_whitespace(pdf_text(pdf, page), false); }

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

/// The first page's boxes from `pdfinfo -box` ("MediaBox", "TrimBox", "BleedBox"…), in points.
inline std::map<std::string, Box> page_boxes(const fs::path& pdf) {
  std::map<std::string, Box> boxes;
  std::istringstream in(run("pdfinfo -box " + quoted(pdf)));
  std::string line;
  while (std::getline(in, line)) {
    size_t colon = line.find(':');
    if (colon == std::string::npos || line.find("Box") == std::string::npos) continue;
    std::istringstream values(line.substr(colon + 1));
    Box box;
    if (values >> box.x0 >> box.y0 >> box.x1 >> box.y1) boxes[line.substr(0, colon)] = box;
  }
  return boxes;
}

/// Expects TrimBox = the trim size and BleedBox `bleed_mm` larger on every side.
inline void expect_trim_and_bleed(const fs::path& pdf, double width_mm, double height_mm, double bleed_mm = 3) {
  auto boxes = page_boxes(pdf);
  ASSERT_TRUE(boxes.contains("TrimBox") && boxes.contains("BleedBox")) << run("pdfinfo -box " + quoted(pdf));
  const Box& trim = boxes["TrimBox"];
  const Box& bleed = boxes["BleedBox"];
  const double tolerance = 0.02;
  EXPECT_NEAR(trim.x1 - trim.x0, width_mm * k_pt_per_mm, tolerance);
  EXPECT_NEAR(trim.y1 - trim.y0, height_mm * k_pt_per_mm, tolerance);
  EXPECT_NEAR(trim.x0 - bleed.x0, bleed_mm * k_pt_per_mm, tolerance);
  EXPECT_NEAR(trim.y0 - bleed.y0, bleed_mm * k_pt_per_mm, tolerance);
  EXPECT_NEAR(bleed.x1 - trim.x1, bleed_mm * k_pt_per_mm, tolerance);
  EXPECT_NEAR(bleed.y1 - trim.y1, bleed_mm * k_pt_per_mm, tolerance);
}

/// Expects every font in `pdffonts` embedded; returns the listing.
inline std::string expect_fonts_embedded(const fs::path& pdf) {
  std::string listing = run("pdffonts " + quoted(pdf));
  std::istringstream fonts(listing);
  std::string line;
  int rows = 0;
  while (std::getline(fonts, line)) {
    if (line.starts_with("name") || line.starts_with("----") || line.empty()) continue;
    std::vector<std::string> words;
    std::istringstream split(line);
    for (std::string w; split >> w;) words.push_back(w);
    EXPECT_GE(words.size(), 6u) << line;
    if (words.size() >= 6) {
      EXPECT_EQ(words[words.size() - 5], "yes") << "not embedded: " << line;
    }
    ++rows;
  }
  EXPECT_GE(rows, 1) << listing;
  return listing;
}

}  // namespace leafpress::testing
