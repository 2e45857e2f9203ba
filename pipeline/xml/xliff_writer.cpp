// XLIFF 2.1 and 1.2 output (the states and codes each version uses are listed in xliff.hpp).
#include <string>

#include "xml/xliff.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::xml {
namespace {

// Source or target content: text, and codes as the version writes them. An end without its
// start (a file read with a stray <ec>) is left out and a start left open is closed, so the
// content never closes the element around it.
void write_pieces(XmlWriter& out, const std::vector<XliffPiece>& pieces, XliffVersion version) {
  const bool v2 = version == XliffVersion::v2;
  size_t open = 0;
  for (const XliffPiece& piece : pieces) {
    switch (piece.kind) {
      case XliffPiece::Kind::text: out.text(piece.value); break;
      case XliffPiece::Kind::start:
        out.open(v2 ? "pc" : "g");
        out.attribute("id", piece.value);
        ++open;
        break;
      case XliffPiece::Kind::end:
        if (open == 0) break;
        out.close();
        --open;
        break;
      case XliffPiece::Kind::standalone:
        out.open(v2 ? "ph" : "x");
        out.attribute("id", piece.value);
        out.close();
        break;
    }
  }
  for (; open > 0; --open) out.close();
}

void write_content(XmlWriter& out, const char* name, const std::vector<XliffPiece>& pieces, XliffVersion version) {
  out.open(name);
  if (version == XliffVersion::v2) out.attribute("xml:space", "preserve");
  write_pieces(out, pieces, version);
  out.close();
}

const char* state_v2(XliffState state) {
  switch (state) {
    case XliffState::translated: return "translated";
    case XliffState::reviewed: return "reviewed";
    default: return "initial";
  }
}

const char* state_v1_2(XliffState state) {
  switch (state) {
    case XliffState::untranslated: return "needs-translation";
    case XliffState::fuzzy: return "needs-review-translation";
    case XliffState::translated: return "translated";
    case XliffState::reviewed: return "signed-off";
  }
  return "needs-translation";
}

void write_unit_v2(XmlWriter& out, const XliffUnit& unit) {
  out.open("unit");
  out.attribute("id", unit.id);
  out.newline();
  if (!unit.notes.empty()) {
    out.open("notes");
    for (const XliffNote& note : unit.notes) {
      out.open("note");
      out.attribute("category", note.category);
      out.text(note.text);
      out.close();
      out.newline();
    }
    out.close();
    out.newline();
  }
  out.open("segment");
  out.attribute("state", state_v2(unit.state));
  if (unit.state == XliffState::fuzzy) out.attribute("subState", "leafpress:fuzzy");
  out.newline();
  write_content(out, "source", unit.source, XliffVersion::v2);
  out.newline();
  if (!unit.target.empty()) {
    write_content(out, "target", unit.target, XliffVersion::v2);
    out.newline();
  }
  out.close();
  out.newline();
  out.close();
  out.newline();
}

// A location note ("source-docs/plan.txt:12") as 1.2's context group.
void write_location_v1_2(XmlWriter& out, const std::string& location) {
  size_t colon = location.rfind(':');
  bool has_line = colon != std::string::npos && colon + 1 < location.size() &&
                  location.find_first_not_of("0123456789", colon + 1) == std::string::npos;
  // No name: 1.2 strict wants names unique in a file, so Translate Toolkit's "po-reference"
  // (which it needs to read the group back) cannot be given to every unit.
  out.open("context-group");
  out.attribute("purpose", "location");
  out.open("context");
  out.attribute("context-type", "sourcefile");
  out.text(has_line ? location.substr(0, colon) : location);
  out.close();
  if (has_line) {
    out.open("context");
    out.attribute("context-type", "linenumber");
    out.text(location.substr(colon + 1));
    out.close();
  }
  out.close();
}

void write_unit_v1_2(XmlWriter& out, const XliffUnit& unit) {
  out.open("trans-unit");
  out.attribute("id", unit.id);
  out.attribute("xml:space", "preserve");
  // Translate Toolkit reads approved="no" as fuzzy; XLIFF 1.2 says whether the translation stands.
  if (unit.state != XliffState::untranslated) out.attribute("approved", unit.state == XliffState::fuzzy ? "no" : "yes");
  out.newline();
  write_content(out, "source", unit.source, XliffVersion::v1_2);
  out.newline();
  if (!unit.target.empty()) {
    out.open("target");
    out.attribute("state", state_v1_2(unit.state));
    write_pieces(out, unit.target, XliffVersion::v1_2);
    out.close();
    out.newline();
  }
  // Content after the target is element-only: its line breaks are not text of the unit.
  for (const XliffNote& note : unit.notes) {
    if (note.category == "location") {
      write_location_v1_2(out, note.text);
    } else {
      // What the catalog shows as extracted comments is the developer's note to Translate
      // Toolkit, which makes `#.` lines of it again.
      bool developer = note.category == "role" || note.category == "keep" || note.category == "glossary";
      out.open("note");
      out.attribute("from", developer ? std::string("developer") : note.category);
      out.text(note.text);
      out.close();
    }
    out.newline();
  }
  out.close();
  out.newline();
}

}  // namespace

std::optional<XliffVersion> parse_xliff_version(std::string_view name) {
  if (name == "xliff2") return XliffVersion::v2;
  if (name == "xliff12") return XliffVersion::v1_2;
  return std::nullopt;
}

std::string write_xliff(const XliffFile& file) {
  XmlWriter out;
  out.declaration();
  out.open("xliff");
  if (file.version == XliffVersion::v2) {
    out.attribute("xmlns", "urn:oasis:names:tc:xliff:document:2.0");
    out.attribute("version", "2.1");
    out.attribute("srcLang", file.source_lang);
    out.attribute("trgLang", file.target_lang);
    out.newline();
    out.open("file");
    out.attribute("id", "f1");
    out.attribute("original", file.original);
    out.newline();
    out.open("notes");
    out.open("note");
    out.attribute("category", "project");
    out.text(file.project);
    out.close();
    out.close();
    out.newline();
    for (const XliffUnit& unit : file.units) write_unit_v2(out, unit);
  } else {
    out.attribute("xmlns", "urn:oasis:names:tc:xliff:document:1.2");
    out.attribute("version", "1.2");
    out.newline();
    out.open("file");
    out.attribute("original", file.original);
    out.attribute("source-language", file.source_lang);
    out.attribute("target-language", file.target_lang);
    out.attribute("datatype", "po");
    out.attribute("product-name", file.project);
    out.newline();
    out.open("body");
    out.newline();
    for (const XliffUnit& unit : file.units) write_unit_v1_2(out, unit);
    out.close();
    out.newline();
  }
  out.close();
  out.newline();
  out.close();
  out.newline();
  return out.finish();
}

}  // namespace leafpress::xml
