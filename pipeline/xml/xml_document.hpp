#pragma once
// Reading XML: a document parsed once into plain values (elements, attributes, text), for the
// readers of word-processor files. No DTD is read and no entity but XML's five and character
// references is expanded, so a hostile file cannot reach outside itself or grow on expansion.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.hpp"

namespace leafpress::xml {

/// An element (name set) or a run of character data (name empty, text set).
struct XmlNode {
  std::string name;  // qualified as written ("w:p"); empty for text
  std::string text;  // character data, entities expanded, white space as written
  std::vector<std::pair<std::string, std::string>> attributes;  // in document order
  std::vector<XmlNode> children;
  int line = 0;  // where the element starts in its part

  [[nodiscard]] bool is_text() const { return name.empty(); }
  /// The attribute's value, or nullptr when it is absent.
  [[nodiscard]] const std::string* attribute(std::string_view qualified_name) const;
  /// The first child element with this name, or nullptr.
  [[nodiscard]] const XmlNode* child(std::string_view qualified_name) const;
  /// The first element with this name at any depth below this one (document order), or nullptr.
  [[nodiscard]] const XmlNode* descendant(std::string_view qualified_name) const;
  /// The character data of this node and everything inside it, concatenated.
  [[nodiscard]] std::string all_text() const;
};

struct XmlLimits {
  size_t max_bytes = size_t{64} << 20;  // larger parts are refused before parsing
  int max_depth = 100;                  // deeper nesting is refused (tinyxml2 stops there too)
};

/// Parses `bytes` (one part of a document, named `path` in errors) into its root element.
/// Errors name the part, the line and what is wrong: not well-formed XML, a DOCTYPE (DTDs
/// and entity declarations are refused, never read), nesting deeper than the limit, a part
/// larger than the limit.
Result<XmlNode> parse_xml(std::string_view bytes, const std::string& path, const XmlLimits& limits = {});

}  // namespace leafpress::xml
