#include "writers/page_geometry.hpp"

#include <array>

namespace leafpress::writers {
namespace {

struct Size {
  std::string_view name;
  double width, height;
  double text_margin;
};

// ISO 216 A sizes and the DL envelope insert (1/3 A4), portrait.
constexpr std::array<Size, 3> k_sizes{{{"A5", 148, 210, 12}, {"A4", 210, 297, 15}, {"DL", 99, 210, 10}}};

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'a' && a[i] <= 'z' ? static_cast<char>(a[i] - 'a' + 'A') : a[i];
    char y = b[i] >= 'a' && b[i] <= 'z' ? static_cast<char>(b[i] - 'a' + 'A') : b[i];
    if (x != y) return false;
  }
  return true;
}

}  // namespace

Result<PageGeometry> page_geometry(std::string_view name) {
  for (const Size& size : k_sizes) {
    if (!equal_ignoring_case(size.name, name)) continue;
    PageGeometry page;
    page.name = std::string(size.name);
    page.trim_width = size.width;
    page.trim_height = size.height;
    page.text_margin = size.text_margin;
    return page;
  }
  return fail({}, "unknown page size \"" + std::string(name) + "\" (supported: A5, A4, DL)");
}

std::vector<MarkLine> crop_marks(const PageGeometry& page) {
  const double o = page.crop_offset;
  const double left = o, top = o, right = o + page.trim_width, bottom = o + page.trim_height;
  const double near = page.mark_gap, far = page.mark_gap + page.mark_length;
  return {
      // top-left: horizontal along the top edge, vertical along the left edge
      {left - far, top, left - near, top},
      {left, top - far, left, top - near},
      // top-right
      {right + near, top, right + far, top},
      {right, top - far, right, top - near},
      // bottom-left
      {left - far, bottom, left - near, bottom},
      {left, bottom + near, left, bottom + far},
      // bottom-right
      {right + near, bottom, right + far, bottom},
      {right, bottom + near, right, bottom + far},
  };
}

const std::vector<std::string>& page_size_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const Size& size : k_sizes) out.emplace_back(size.name);
    return out;
  }();
  return names;
}

}  // namespace leafpress::writers
