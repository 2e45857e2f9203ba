#pragma once
// Shared body of the reader fuzz targets: read the input as a source document, then run
// everything that consumes a Document (dump, extraction in both segmentations, apply) and
// check that applying msgstr = msgid gives the Document back.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "doc/dump.hpp"
#include "l10n/unit.hpp"
#include "readers/reader.hpp"

namespace leafpress::fuzz {

inline int run_reader(const uint8_t* data, size_t size, const char* path) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto document = readers::read_document(bytes, path, "en");
  if (!document) {
    if (document.error().message.empty()) std::abort();
    return 0;
  }
  (void)doc::dump(*document);
  l10n::Lookup identity = [](std::string_view source) { return std::optional<std::string>(source); };
  for (auto segmentation : {l10n::Segmentation::paragraph, l10n::Segmentation::sentence}) {
    auto units = l10n::extract_units(*document, segmentation);
    l10n::ApplyReport report;
    auto back = l10n::apply_translations(*document, segmentation, identity, document->lang, &report);
    if (report.units != units.size()) std::abort();
    if (report.translated != units.size() || !(back == *document)) std::abort();
  }
  return 0;
}

}  // namespace leafpress::fuzz
