#include "catalog/stats.hpp"

#include "text/word_count.hpp"

namespace leafpress::catalog {

CatalogStats catalog_stats(const Catalog& catalog, std::string_view source_lang, std::string_view target_lang) {
  CatalogStats stats;
  for (const Message& m : catalog.messages) {
    if (m.is_header()) continue;
    if (m.obsolete) {
      ++stats.obsolete;
      continue;
    }
    ++stats.units;
    size_t words = text::count_words(m.msgid, source_lang);
    stats.source_words += words;
    if (m.is_translated()) {
      ++stats.translated;
      stats.translated_words += words;
      stats.translation_words += text::count_words(m.msgstr.front(), target_lang);
    } else if (m.is_fuzzy()) {
      ++stats.fuzzy;
    } else {
      ++stats.untranslated;
    }
  }
  return stats;
}

}  // namespace leafpress::catalog
