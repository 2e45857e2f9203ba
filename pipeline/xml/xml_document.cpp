// tinyxml2's DOM, copied into plain values so no reader sees tinyxml2. tinyxml2 never reads
// a DTD and expands only the predefined entities; a DOCTYPE is refused outright, since a
// document that needs one is not what Word or LibreOffice writes.
#include "xml/xml_document.hpp"

#include <tinyxml2.h>

#include <algorithm>
#include <cstring>

namespace leafpress::xml {

const std::string* XmlNode::attribute(std::string_view qualified_name) const {
  for (const auto& [key, value] : attributes)
    if (key == qualified_name) return &value;
  return nullptr;
}

const XmlNode* XmlNode::child(std::string_view qualified_name) const {
  for (const auto& node : children)
    if (node.name == qualified_name) return &node;
  return nullptr;
}

const XmlNode* XmlNode::descendant(std::string_view qualified_name) const {
  for (const auto& node : children) {
    if (node.name == qualified_name) return &node;
    if (const XmlNode* found = node.descendant(qualified_name)) return found;
  }
  return nullptr;
}

std::string XmlNode::all_text() const {
  if (is_text()) return text;
  std::string out;
  for (const auto& node : children) out += node.all_text();
  return out;
}

namespace {

class Converter {
 public:
  Converter(const std::string& path, int max_depth) : m_path(path), m_max_depth(max_depth) {}

  // Recursion is bounded by max_depth, checked before descending.
  Result<void> convert(const tinyxml2::XMLElement& element, XmlNode& out, int depth) {
    if (depth > m_max_depth)
      return fail({m_path, static_cast<uint32_t>(element.GetLineNum())},
                  "elements nest more than " + std::to_string(m_max_depth) + " levels deep; the file is refused");
    out.name = element.Name();
    out.line = element.GetLineNum();
    for (const auto* attribute = element.FirstAttribute(); attribute; attribute = attribute->Next())
      out.attributes.emplace_back(attribute->Name(), attribute->Value());
    for (const auto* node = element.FirstChild(); node; node = node->NextSibling()) {
      if (const auto* child = node->ToElement()) {
        XmlNode converted;
        if (auto ok = convert(*child, converted, depth + 1); !ok) return ok;
        out.children.push_back(std::move(converted));
      } else if (const auto* text = node->ToText()) {
        XmlNode converted;
        converted.text = text->Value();
        converted.line = text->GetLineNum();
        out.children.push_back(std::move(converted));
      } else if (node->ToUnknown()) {
        return refuse_doctype(*node);
      }
    }
    return {};
  }

  std::unexpected<Error> refuse_doctype(const tinyxml2::XMLNode& node) const {
    return fail({m_path, static_cast<uint32_t>(node.GetLineNum())},
                "the file declares a DTD or entities (<!DOCTYPE …>), which leafpress never reads; the file is "
                "refused");
  }

 private:
  const std::string& m_path;
  int m_max_depth;
};

}  // namespace

Result<XmlNode> parse_xml(std::string_view bytes, const std::string& path, const XmlLimits& limits) {
  if (bytes.size() > limits.max_bytes)
    return fail({path},
                "the part is larger than " + std::to_string(limits.max_bytes >> 20) + " MB; the file is refused");
  // tinyxml2 stops at a NUL byte without saying so; such a part is not XML.
  if (std::memchr(bytes.data(), '\0', bytes.size()))
    return fail({path}, "the part holds a NUL byte, so it is not XML text; the file is damaged");
  tinyxml2::XMLDocument document(true, tinyxml2::PRESERVE_WHITESPACE);
  tinyxml2::XMLError parsed = document.Parse(bytes.data(), bytes.size());
  if (parsed != tinyxml2::XML_SUCCESS) {
    const char* detail = parsed == tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED ? "elements nest too deeply"
                                                                        : document.ErrorName();
    return fail({path, static_cast<uint32_t>(std::max(document.ErrorLineNum(), 0))},
                std::string("not well-formed XML (") + detail + "); the file is damaged or not what its name says");
  }
  Converter converter(path, limits.max_depth);
  for (const auto* node = document.FirstChild(); node; node = node->NextSibling())
    if (node->ToUnknown()) return converter.refuse_doctype(*node);
  const tinyxml2::XMLElement* root = document.RootElement();
  if (!root) return fail({path}, "the part holds no XML element; the file is damaged");
  XmlNode out;
  if (auto ok = converter.convert(*root, out, 1); !ok) return std::unexpected(ok.error());
  return out;
}

}  // namespace leafpress::xml
