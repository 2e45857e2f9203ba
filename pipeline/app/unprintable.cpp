#include "app/unprintable.hpp"

#include <set>
#include <string>

#include "text/language.hpp"

namespace leafpress::app {

void warn_unprintable_languages(const Project& project, const std::vector<fs::path>& fo_files,
                                Diagnostics& diagnostics) {
  std::set<std::string> warned;
  for (const fs::path& fo : fo_files) {
    std::string tag = fo.parent_path().filename().string();
    if (warned.contains(tag)) continue;
    auto language = text::language_info(tag);
    if (!language || language->print_supported) continue;
    warned.insert(tag);
    diagnostics.warning({project.relative(fo.parent_path())},
                        language->english_name + " (" + tag +
                            ") leaflets are rendered as proofs only: " + language->print_refusal);
  }
}

}  // namespace leafpress::app
