#pragma once
// XLIFF, the exchange format of CAT tools and translation agencies, as plain values: a file
// of translation units, each with its notes, its source and target as text and protected
// codes, and its state. Written as XLIFF 2.1 (core 2.0 namespace) or 1.2, read from either.
//
// States, both ways (what the catalog calls them → 2.x segment state / 1.2 target state):
//   untranslated → initial, no target          / no target
//   fuzzy        → initial, subState           / needs-review-translation, approved="no"
//                  "leafpress:fuzzy", target
//   translated   → translated                  / translated, approved="yes"
//   reviewed     → reviewed                    / signed-off, approved="yes"
// (approved="yes" on every translation that is not fuzzy, as Translate Toolkit reads it.)
// Read back, 2.x `final` and 1.2 `final` count as reviewed; any other 1.2 `needs-*` state,
// or approved="no" (Translate Toolkit's fuzzy), with a target as fuzzy; another target as
// translated. XLIFF 1.1 (po2xliff's output) is read as 1.2.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace leafpress::xml {

enum class XliffVersion { v2, v1_2 };

/// Literal text or a protected inline code: a paired code's start and end (2.x `<pc>`,
/// 1.2 `<g>`), or a standalone code (2.x `<ph/>`, 1.2 `<x/>`). Codes carry their id.
struct XliffPiece {
  enum class Kind { text, start, end, standalone };
  Kind kind = Kind::text;
  std::string value;  // the text, or the code's id
  friend bool operator==(const XliffPiece&, const XliffPiece&) = default;
};

struct XliffNote {
  std::string category;  // 2.x note category, 1.2 note `from`: "role", "location", "glossary"…
  std::string text;
  friend bool operator==(const XliffNote&, const XliffNote&) = default;
};

enum class XliffState { untranslated, fuzzy, translated, reviewed };

struct XliffUnit {
  std::string id;  // an XML name token, unique in the file
  std::vector<XliffNote> notes;
  std::vector<XliffPiece> source;
  std::vector<XliffPiece> target;  // empty: no translation
  XliffState state = XliffState::untranslated;
  uint32_t line = 0, column = 0;  // where the unit starts in the file read (0 when made)
};

struct XliffFile {
  XliffVersion version = XliffVersion::v2;
  std::string source_lang, target_lang;  // BCP 47 tags; empty when the file names none
  std::string original;                  // the catalog it was made from ("locales/ta/statements.po")
  std::string project;                   // the project's name, so a file cannot go to another project
  std::vector<XliffUnit> units;
};

/// The file as XLIFF text: deterministic bytes (no dates, fixed order), UTF-8, one unit per
/// block of lines; every text and attribute escaped.
std::string write_xliff(const XliffFile& file);

/// Reads XLIFF 2.x or 1.2 text (`path` names it in errors). Errors name the file, line and
/// column and say what is wrong in words a translator understands: not well-formed or cut
/// short, a DTD or entity declarations (refused, never read), not XLIFF or a version other
/// than 1.2 or 2.x, more than one file, a unit without an id or repeated, an inline code
/// leafpress cannot map back (1.2 `<ph>`, `<bpt>`…).
Result<XliffFile> read_xliff(std::string_view bytes, const std::string& path);

/// "xliff2" → v2, "xliff12" → v1_2, nullopt otherwise.
std::optional<XliffVersion> parse_xliff_version(std::string_view name);

}  // namespace leafpress::xml
