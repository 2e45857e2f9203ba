// The leafpress.toml of a new project (`leafpress new`): every section there, each key with
// a comment saying what it does, so that a campaign can fill it in without the README.
#include <fmt/format.h>

#include "app/config.hpp"

namespace leafpress::app {

std::string default_config_text(const std::string& project_name) {
  std::string targets;
  for (const auto& tag : default_targets()) targets += (targets.empty() ? "\"" : ", \"") + tag + "\"";
  return fmt::format(R"toml(# leafpress project file: what to translate into which languages, and how to print it.
# Every leafpress command reads it; a mistake is reported at its line
# ("leafpress.toml:3:1: error: …"). The values shown are the defaults, except name and languages.

[project]
name = "{}"   # the catalogs' Project-Id-Version
source_language = "en"        # the language the statements are written in
source_dir = "source-docs"    # where the statements are (.txt, .md, .docx, .odt); inside the project
segmentation = "paragraph"    # one translation unit per paragraph, or "sentence"

[languages]
# BCP 47 tags (pl, pt-PT, zh-Hant…), in the order the language switcher shows them.
# `leafpress init LANG` adds one here and creates its catalogs.
targets = [{}]
# The languages whose leaflets go to the printer (some or all of the targets).
print = [{}]

[imprint]
# UK s.110 imprint, each "Name, full postal address", exactly as registered. Until all
# three are filled in, pages and leaflets say IMPRINT MISSING and `build --print` refuses.
printed_by = ""
promoted_by = ""
on_behalf_of = ""
translate = false   # true: follow the English imprint with its translation (from ui.po)

[print]
page = "A5"                            # A5, A4 or DL (3 mm bleed, crop marks)
body_size = 14                         # text size in points, from 12 to 48
roles = ["title", "body", "category"]  # the parts of a statement a leaflet carries ("preamble" too)
# variants = ["standard", "large"]     # also a large-print leaflet of each statement

[web]
readable_percent = 80   # a statement counts as readable in a language from this share translated
base_url = ""           # where output/html/ is published, e.g. "https://example.org/statements/"

# The leaflet's design: remove the # before [brand] and the keys to use (the values are examples).
# [brand]
# name = "Our campaign"                  # on the front of every leaflet
# colour = "cmyk(1, 0.55, 0, 0.1)"       # the campaign's colour, in print inks
# logo = "brand/logo.svg"                # an SVG or PDF file in the project
# call_to_action = "Come to the meeting" # on the back, translated through ui.po
# contact = "hello@example.org"

[checks]
# A check's severity: "error", "warning" or "off" (`leafpress check --list` lists them).
# length = "warning"
)toml",
                     project_name, targets, targets);
}

}  // namespace leafpress::app
