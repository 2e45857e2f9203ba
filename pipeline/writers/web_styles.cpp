#include "writers/web_styles.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>

namespace leafpress::writers {
namespace {

// Layout shared by every page. Logical properties (inline-start/end) mirror in RTL pages.
constexpr std::string_view k_base =
    R"(html { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; }
body { margin: 0 auto; max-width: 42rem; padding: 1rem 1.25rem 3rem; font-size: 1.125rem; overflow-wrap: break-word; }
.skip { position: absolute; inset-inline-start: 0.5rem; inset-block-start: -10rem; background: #fff; color: #0645ad; padding: 0.5rem 0.75rem; z-index: 1; }
.skip:focus { inset-block-start: 0.5rem; }
:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; box-shadow: 0 0 0 5px #fff; }
nav.languages { font-size: 1rem; border-block-end: 1px solid #767676; padding-block: 0.25rem; margin-block-end: 1rem; }
nav.languages summary { cursor: pointer; padding-block: 0.25rem; }
nav.languages .label { font-weight: bold; margin-inline-end: 0.5rem; }
nav.languages .label.wide { display: none; }
nav.languages ul { list-style: none; margin: 0 0 0.25rem; padding: 0; }
nav.languages li { display: inline-block; margin-inline-end: 0.75rem; }
nav.languages .partial a, nav.languages .not-offered span { color: #4d4d4d; }
nav.languages a[aria-current] { font-weight: bold; color: inherit; text-decoration: none; border-block-end: 2px solid currentColor; }
@media (min-width: 40em) {
  nav.languages summary { display: none; }
  nav.languages details::details-content { content-visibility: visible; display: contents; }
  nav.languages .label.wide, nav.languages ul { display: inline; }
}
.notice { border-inline-start: 4px solid #b35900; background: #fff4e5; padding: 0.5rem 0.75rem; margin-block: 0.5rem; }
.title { font-size: 1.75rem; line-height: 1.25; margin-block: 1rem; }
.preamble { font-style: normal; color: #444; }
.category { font-size: 0.95rem; color: #555; border-block-start: 1px solid #ddd; padding-block-start: 0.5rem; }
.fallback { border-inline-start: 3px solid #767676; padding-inline-start: 0.5rem; }
.fallback-label { display: block; font-size: 0.875rem; font-weight: bold; color: #4d4d4d; margin-block: 1rem 0.25rem; }
li .fallback-label { margin-block: 0; }
.fallback-label + .fallback { margin-block-start: 0; }
blockquote { margin-inline: 1.5rem 0; padding-inline-start: 0.75rem; border-inline-start: 3px solid #ccc; }
code, pre { font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace; font-size: 0.9em; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; }
a { color: #0645ad; }
img { max-width: 100%; height: auto; }
/* A picture's caption sits right under it. */
p:has(+ .caption) { margin-block-end: 0; }
.caption { font-size: 0.95rem; color: #4d4d4d; margin-block-start: 0.25rem; }
table { border-collapse: collapse; margin-block: 1rem; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: start; vertical-align: top; }
footer { margin-block-start: 3rem; font-size: 0.95rem; border-block-start: 1px solid #767676; }
.imprint h2 { font-size: 1rem; margin-block-end: 0.25rem; }
.imprint-missing { border-inline-start-color: #b00020; background: #fde7ea; font-weight: bold; }
.statements { list-style: none; padding: 0; }
.statements h2 { font-size: 1.35rem; line-height: 1.3; margin-block: 1.5rem 0.25rem; }
.statements p { margin-block: 0.25rem; }
.statements .published { color: #4d4d4d; font-size: 0.95rem; }
.unavailable h2, .read-in h2 { font-size: 1.1rem; margin-block-start: 2rem; }
.read-in ul { list-style: none; padding: 0; }
.read-in li { display: inline-block; margin-inline-end: 1rem; margin-block-end: 0.5rem; }
)";

constexpr std::string_view k_print = R"(@media print {
  html { background: none; color: #000; }
  body { max-width: none; padding: 0; font-size: 12pt; }
  nav.languages, .back, .skip, .read-in { display: none; }
  .fallback-label { color: #000; }
  .notice { border: 1px solid #000; background: none; }
  a { color: inherit; text-decoration: none; }
  .title, h2, h3 { break-after: avoid; }
  p, li, blockquote { orphans: 3; widows: 3; }
  footer { break-inside: avoid; }
}
)";

// Font size of a script's autonyms relative to Latin ones: Arabic-script names in Noto Naskh
// have the visual height of Latin ones about 0.8 times their size.
double autonym_scale(std::string_view script) { return script == "Arab" || script == "Aran" ? 1.25 : 1.0; }

}  // namespace

std::string web_stylesheet(const std::vector<text::Language>& languages) {
  std::string css(k_base);
  // Every page writes this, so no streams: a page names a few languages.
  std::vector<std::string_view> seen;
  for (const auto& language : languages) {
    if (language.tag.empty() || std::find(seen.begin(), seen.end(), language.tag) != seen.end()) continue;
    seen.emplace_back(language.tag);
    // :lang() follows the lang attribute, so a switcher link or an English fallback block
    // inside another page gets its own script's fonts. Line height follows the script
    // (Nastaliq's tall ascenders and descenders need the most).
    std::array<char, 32> height{};  // as a stream prints it: "1.5", never "1,5"
    auto printed = std::to_chars(height.data(), height.data() + height.size(), language.web_line_height,
                                 std::chars_format::general, 6);
    css += ":lang(";
    css += language.tag;
    css += ") { font-family: ";
    css += language.web_fonts.empty() ? std::string_view("sans-serif") : std::string_view(language.web_fonts);
    css += "; line-height: ";
    css.append(height.data(), printed.ptr);
    css += "; }\n";
    // Some scripts look smaller than Latin at one font size: their autonyms are set larger so
    // that every language name in a list has the same visual size.
    if (double scale = autonym_scale(language.script); scale != 1.0) {
      auto scaled = std::to_chars(height.data(), height.data() + height.size(), scale, std::chars_format::general, 6);
      css += ".autonym:lang(";
      css += language.tag;
      css += ") { font-size: ";
      css.append(height.data(), scaled.ptr);
      css += "em; }\n";
    }
  }
  css += "[dir=rtl] { text-align: start; }\n";
  css += k_print;
  return css;
}

}  // namespace leafpress::writers
