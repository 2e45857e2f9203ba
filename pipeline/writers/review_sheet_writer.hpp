#pragma once
// The bilingual review sheet: a statement's units numbered, the source and the translation
// side by side, each in its own language, direction and fonts, the checks' findings beside
// them, a tick box per unit and a sign-off block, for a reviewer who reads on screen or paper.
// It knows nothing of catalogs: the app layer fills a ReviewSheet.
#include <string>
#include <vector>

#include "text/language.hpp"

namespace leafpress::writers {

/// A run of unit text: words, or a placeholder's mark (⟨1⟩, ⟨/1⟩, ⟨2/⟩, {1}) shown apart.
struct SheetRun {
  std::string text;
  bool code = false;
};

struct SheetFinding {
  std::string severity;  // "error", "warning", "note"
  std::string text;      // "[number] "2026" is missing from the translation"
};

struct SheetUnit {
  size_t number = 0;  // as `leafpress review --units` takes it
  std::string role;   // "title", "body, paragraph 3"
  std::vector<SheetRun> source;
  std::vector<SheetRun> translation;  // empty: not translated
  std::string state;                  // "untranslated", "fuzzy", "translated", "reviewed by NAME"
  std::vector<SheetFinding> findings;
};

struct ReviewSheet {
  text::Language source_language, target_language;
  std::string statement;       // "source-docs/plan.md"
  std::string catalog;         // "locales/ta/statements.po"
  std::string review_command;  // what to run with the numbers ticked (shown, never run)
  std::vector<SheetUnit> units;
};

/// The sheet as one polyglot HTML5 page with its stylesheet inline (screen and print: the
/// table's header repeats on every printed page and no unit is split across pages; on a
/// narrow screen each unit is a block). Every text is escaped. Deterministic.
std::string write_review_sheet(const ReviewSheet& sheet);

}  // namespace leafpress::writers
