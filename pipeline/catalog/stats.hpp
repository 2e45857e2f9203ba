#pragma once
// Translation progress of one catalog.
#include <cstddef>
#include <string_view>

#include "catalog/message.hpp"

namespace leafpress::catalog {

struct CatalogStats {
  size_t units = 0;       // active messages, header excluded
  size_t translated = 0;  // every msgstr filled and not fuzzy
  size_t fuzzy = 0;
  size_t untranslated = 0;
  size_t obsolete = 0;
  size_t source_words = 0;       // words in the msgids of all active units
  size_t translated_words = 0;   // words in the msgids of the translated units
  size_t translation_words = 0;  // words in the translations themselves (first form), in their language

  /// translated / units in percent (100 for an empty catalog).
  [[nodiscard]] double percent() const {
    return units == 0 ? 100.0 : 100.0 * static_cast<double>(translated) / static_cast<double>(units);
  }
};

/// Counts the catalog's units; word boundaries are those of `source_lang` for the msgids and
/// of `target_lang` for the translations.
CatalogStats catalog_stats(const Catalog& catalog, std::string_view source_lang, std::string_view target_lang);

}  // namespace leafpress::catalog
