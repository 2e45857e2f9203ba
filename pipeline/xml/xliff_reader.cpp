// XLIFF 2.x and 1.2 input: the units, their content as text and codes, and their states (the
// mapping is in xliff.hpp). Annotations a CAT tool adds (2.x `<mrk>`, 1.2 `<mrk>`) are read
// through; split codes (2.x `<sc>`/`<ec>`, 1.2 `<bx>`/`<ex>`) count as the paired code.
#include <algorithm>
#include <set>

#include "xml/xliff.hpp"
#include "xml/xml_document.hpp"

namespace leafpress::xml {
namespace {

// The local name of a qualified one ("xlf:unit" → "unit").
std::string_view local(std::string_view name) {
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

const XmlNode* child_named(const XmlNode& node, std::string_view name) {
  for (const XmlNode& c : node.children)
    if (!c.is_text() && local(c.name) == name) return &c;
  return nullptr;
}

std::string attribute_or(const XmlNode& node, std::string_view name, const std::string& fallback = {}) {
  const std::string* value = node.attribute(name);
  return value ? *value : fallback;
}

class Reader {
 public:
  Reader(std::string_view bytes, const std::string& path) : m_bytes(bytes), m_path(path) {}

  Result<XliffFile> read(const XmlNode& root) {
    if (local(root.name) != "xliff")
      return failure(root, "is not an XLIFF file (its root element is <" + root.name + ">, not <xliff>)");
    XliffFile file;
    std::string version = attribute_or(root, "version");
    if (version == "1.2" || version == "1.1") {  // 1.1: as Translate Toolkit's po2xliff writes
      file.version = XliffVersion::v1_2;
    } else if (version.starts_with("2.")) {
      file.version = XliffVersion::v2;
      file.source_lang = attribute_or(root, "srcLang");
      file.target_lang = attribute_or(root, "trgLang");
    } else {
      return failure(root, "XLIFF version \"" + version + "\" cannot be read; leafpress reads XLIFF 1.1, 1.2 and 2.x");
    }
    const XmlNode* file_node = nullptr;
    for (const XmlNode& c : root.children) {
      if (c.is_text() || local(c.name) != "file") continue;
      if (file_node) return failure(c, "holds more than one <file>; export and import one catalog at a time");
      file_node = &c;
    }
    if (!file_node) return failure(root, "holds no <file> element, so no units");
    file.original = attribute_or(*file_node, "original");
    if (file.version == XliffVersion::v1_2) {
      file.source_lang = attribute_or(*file_node, "source-language");
      file.target_lang = attribute_or(*file_node, "target-language");
      file.project = attribute_or(*file_node, "product-name");
      const XmlNode* body = child_named(*file_node, "body");
      if (!body) return failure(*file_node, "<file> has no <body>, so no units");
      if (auto ok = read_units(*body, file); !ok) return std::unexpected(ok.error());
    } else {
      if (const XmlNode* notes = child_named(*file_node, "notes"))
        for (const XmlNode& note : notes->children)
          if (!note.is_text() && attribute_or(note, "category") == "project") file.project = note.all_text();
      if (auto ok = read_units(*file_node, file); !ok) return std::unexpected(ok.error());
    }
    return file;
  }

 private:
  // Units, also inside groups (2.x <group>, 1.2 <group>), in document order.
  Result<void> read_units(const XmlNode& parent, XliffFile& file) {
    for (const XmlNode& c : parent.children) {
      if (c.is_text()) continue;
      std::string_view name = local(c.name);
      if (name == "group") {
        if (auto ok = read_units(c, file); !ok) return ok;
      } else if (name == "trans-unit" && attribute_or(c, "restype") == "x-gettext-domain-header") {
        continue;  // a PO header as po2xliff writes it: no unit of the catalog
      } else if (name == "unit" || name == "trans-unit") {
        auto unit = file.version == XliffVersion::v2 ? read_unit_v2(c) : read_unit_v1_2(c);
        if (!unit) return std::unexpected(unit.error());
        if (!m_ids.insert(unit->id).second) return failure(c, "unit \"" + unit->id + "\" appears more than once");
        file.units.push_back(std::move(*unit));
      }
    }
    return {};
  }

  Result<XliffUnit> start_unit(const XmlNode& node) {
    XliffUnit unit;
    unit.id = attribute_or(node, "id");
    unit.line = static_cast<uint32_t>(node.line);
    unit.column = column_of(node);
    if (unit.id.empty()) return failure(node, "a unit has no id, so it cannot be matched to the catalog");
    return unit;
  }

  Result<XliffUnit> read_unit_v2(const XmlNode& node) {
    auto unit = start_unit(node);
    if (!unit) return unit;
    bool any_target = false, all_reviewed = true, any_initial = false, all_translated = true;
    for (const XmlNode& c : node.children) {
      if (c.is_text()) continue;
      std::string_view name = local(c.name);
      if (name == "notes") {
        for (const XmlNode& note : c.children)
          if (!note.is_text()) unit->notes.push_back({attribute_or(note, "category"), note.all_text()});
        continue;
      }
      if (name != "segment" && name != "ignorable") continue;
      if (const XmlNode* source = child_named(c, "source"))
        if (auto ok = read_content(*source, unit->source, *unit); !ok) return std::unexpected(ok.error());
      const XmlNode* target = child_named(c, "target");
      if (target) {
        any_target = true;
        if (auto ok = read_content(*target, unit->target, *unit); !ok) return std::unexpected(ok.error());
      }
      if (name == "ignorable") continue;
      std::string state = attribute_or(c, "state", "initial");
      if (state != "reviewed" && state != "final") all_reviewed = false;
      if (state == "initial") any_initial = true;
      if (state == "initial" || !target) all_translated = false;
    }
    bool has_text = std::any_of(unit->target.begin(), unit->target.end(), [](const XliffPiece& p) {
      return p.kind != XliffPiece::Kind::text || !p.value.empty();
    });
    if (!any_target || !has_text) unit->state = XliffState::untranslated;
    else if (any_initial || !all_translated) unit->state = XliffState::fuzzy;
    else unit->state = all_reviewed ? XliffState::reviewed : XliffState::translated;
    return unit;
  }

  Result<XliffUnit> read_unit_v1_2(const XmlNode& node) {
    auto unit = start_unit(node);
    if (!unit) return unit;
    const XmlNode* target = nullptr;
    for (const XmlNode& c : node.children) {
      if (c.is_text()) continue;
      std::string_view name = local(c.name);
      if (name == "source") {
        if (auto ok = read_content(c, unit->source, *unit); !ok) return std::unexpected(ok.error());
      } else if (name == "target") {
        target = &c;
        if (auto ok = read_content(c, unit->target, *unit); !ok) return std::unexpected(ok.error());
      } else if (name == "note") {
        unit->notes.push_back({attribute_or(c, "from"), c.all_text()});
      }
    }
    bool has_text = std::any_of(unit->target.begin(), unit->target.end(), [](const XliffPiece& p) {
      return p.kind != XliffPiece::Kind::text || !p.value.empty();
    });
    if (!target || !has_text) {
      unit->state = XliffState::untranslated;
      return unit;
    }
    std::string state = attribute_or(*target, "state");
    // approved="no" is how po2xliff marks a fuzzy translation.
    bool not_approved = attribute_or(node, "approved") == "no";
    if (state == "signed-off" || state == "final") unit->state = XliffState::reviewed;
    else if (state.starts_with("needs-") || state == "new" || not_approved) unit->state = XliffState::fuzzy;
    else unit->state = XliffState::translated;
    return unit;
  }

  // Source or target content into pieces; codes keep their ids.
  Result<void> read_content(const XmlNode& node, std::vector<XliffPiece>& out, const XliffUnit& unit) {
    for (const XmlNode& c : node.children) {
      if (c.is_text()) {
        if (out.empty() || out.back().kind != XliffPiece::Kind::text) out.push_back({XliffPiece::Kind::text, {}});
        out.back().value += c.text;
        continue;
      }
      std::string_view name = local(c.name);
      if (name == "mrk") {
        if (auto ok = read_content(c, out, unit); !ok) return ok;
      } else if (name == "pc" || name == "g") {
        out.push_back({XliffPiece::Kind::start, attribute_or(c, "id")});
        if (auto ok = read_content(c, out, unit); !ok) return ok;
        out.push_back({XliffPiece::Kind::end, attribute_or(c, "id")});
      } else if ((name == "ph" && c.children.empty()) || name == "x") {  // 1.2's <ph> holds native code instead
        out.push_back({XliffPiece::Kind::standalone, attribute_or(c, "id")});
      } else if (name == "sc" || name == "bx") {
        out.push_back({XliffPiece::Kind::start, attribute_or(c, name == "sc" ? "id" : "rid")});
      } else if (name == "ec" || name == "ex") {
        out.push_back({XliffPiece::Kind::end, attribute_or(c, name == "ec" ? "startRef" : "rid")});
      } else {
        return failure(c, "unit \"" + unit.id + "\": the inline element <" + c.name +
                              "> cannot be read back into a catalog; keep the codes as the file had them");
      }
    }
    return {};
  }

  // The column of the node's start tag on its line (1-based, in characters), or 0.
  uint32_t column_of(const XmlNode& node) const {
    size_t start = 0;
    for (int line = 1; line < node.line && start != std::string_view::npos; ++line) {
      start = m_bytes.find('\n', start);
      if (start != std::string_view::npos) ++start;
    }
    if (start == std::string_view::npos) return 0;
    size_t end = m_bytes.find('\n', start);
    std::string_view text = m_bytes.substr(start, end == std::string_view::npos ? end : end - start);
    size_t at = text.find("<" + node.name);
    if (at == std::string_view::npos) return 0;
    uint32_t column = 1;
    for (size_t i = 0; i < at; ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    return column;
  }

  std::unexpected<Error> failure(const XmlNode& node, const std::string& message) const {
    return fail({m_path, static_cast<uint32_t>(node.line), column_of(node)}, message);
  }

  std::string_view m_bytes;
  const std::string& m_path;
  std::set<std::string> m_ids;
};

// tinyxml2 drops text that is only white space before a tag, which in content is a word
// space between two codes ("<pc>a</pc> <pc>b</pc>"). Such a run keeps its last space or tab
// as a character reference, which tinyxml2 keeps (lines stay where they were; white space
// between elements of element-only content is skipped by the reader anyway).
std::string keep_spaces_between_tags(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  size_t copied = 0;
  for (size_t gt = bytes.find('>'); gt != std::string_view::npos; gt = bytes.find('>', gt + 1)) {
    size_t end = bytes.find_first_not_of(" \t\r\n", gt + 1);
    if (end == std::string_view::npos || end == gt + 1 || bytes[end] != '<') continue;
    size_t last = bytes.find_last_of(" \t", end - 1);
    if (last == std::string_view::npos || last <= gt) continue;
    out.append(bytes.substr(copied, last - copied));
    out += bytes[last] == ' ' ? "&#32;" : "&#9;";
    copied = last + 1;
  }
  out.append(bytes.substr(copied));
  return out;
}

}  // namespace

Result<XliffFile> read_xliff(std::string_view bytes, const std::string& path) {
  auto root = parse_xml(keep_spaces_between_tags(bytes), path);
  if (!root) return std::unexpected(root.error());
  return Reader(bytes, path).read(*root);
}

}  // namespace leafpress::xml
