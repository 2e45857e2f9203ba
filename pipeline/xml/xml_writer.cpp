#include "xml/xml_writer.hpp"

#include <tinyxml2.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <utility>

#include "base/utf8.hpp"

namespace leafpress::xml {
namespace {

constexpr std::array<std::string_view, 14> k_void_elements{"area",  "base", "br",   "col",    "embed", "hr",  "img",
                                                           "input", "link", "meta", "source", "track", "wbr", "param"};

bool is_void(std::string_view name) {
  for (auto v : k_void_elements)
    if (v == name) return true;
  return false;
}

// Whether XML 1.0 allows the decoded character `cp` (a valid one: no surrogate): all but the
// two noncharacters U+FFFE and U+FFFF (control bytes are tested on their own).
bool allowed_character(char32_t cp) { return cp != 0xFFFE && cp != 0xFFFF; }

// The length of the start of `text` that XML allows as it is: most text is allowed whole, and
// pages ask this of every text node. ASCII is looked at eight bytes at a time, testing for
// control bytes in the same step (utf8::ascii_prefix_length would need a second pass).
size_t allowed_prefix(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t word = 0;
      std::memcpy(&word, bytes + i, 8);
      // No byte at or above 0x80 and none below 0x20 (a borrow shows below the first such).
      if ((word & 0x8080808080808080ULL) == 0 &&
          ((word - 0x2020202020202020ULL) & ~word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char b = bytes[i];
    if (b < 0x80) {
      if (b < 0x20 && b != 0x9 && b != 0xA && b != 0xD) return i;
      ++i;
      continue;
    }
    const utf8::Decoded d = utf8::decode_strict(text, i);
    if (d.length == 0 || !allowed_character(d.code_point)) return i;
    i += d.length;
  }
  return n;
}

// xml_safe into `out`, whose storage a writer reuses from one text to the next; `allowed` is
// allowed_prefix(text).
void xml_safe_into(std::string_view text, size_t allowed, std::string& out) {
  if (allowed == text.size()) {
    out.assign(text);
    return;
  }
  // Past the first character to drop, allowed text is copied a run at a time.
  out.clear();
  out.reserve(text.size());
  size_t run = 0;  // start of the allowed run not yet copied
  auto drop = [&](size_t from, size_t to) {
    out.append(text.substr(run, from - run));
    run = to;
  };
  for (size_t i = allowed; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if (b < 0x20 && b != 0x9 && b != 0xA && b != 0xD) drop(i, i + 1);
      ++i;
      continue;
    }
    const utf8::Decoded d = utf8::decode_strict(text, i);
    if (d.length == 0) {  // drop one invalid byte and resynchronise
      drop(i, i + 1);
      ++i;
      continue;
    }
    if (!allowed_character(d.code_point)) drop(i, i + d.length);
    i += d.length;
  }
  out.append(text.substr(run));
}

// The entity a character must be written as, or empty when it stands for itself. Text keeps
// its quotes; attribute values, always in double quotes, escape both kinds.
std::string_view entity(char c, bool in_attribute) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return in_attribute ? "&quot;" : "";
    case '\'': return in_attribute ? "&apos;" : "";
    default: return {};
  }
}

constexpr uint64_t k_ones = 0x0101010101010101ULL;
constexpr uint64_t k_high_bits = 0x8080808080808080ULL;

// Whether any of the eight bytes of `word` is `c`.
bool has_byte(uint64_t word, char c) {
  const uint64_t x = word ^ (k_ones * static_cast<unsigned char>(c));
  return ((x - k_ones) & ~x & k_high_bits) != 0;
}

bool needs_entity(uint64_t word, bool in_attribute) {
  return has_byte(word, '&') || has_byte(word, '<') || has_byte(word, '>') ||
         (in_attribute && (has_byte(word, '"') || has_byte(word, '\'')));
}

}  // namespace

std::string xml_safe(std::string_view text) {
  std::string out;
  xml_safe_into(text, allowed_prefix(text), out);
  return out;
}

void XmlWriter::seal() {
  if (!m_start_tag_open) return;
  m_out += '>';
  m_start_tag_open = false;
}

std::string_view XmlWriter::made_safe(std::string_view text) {
  const size_t allowed = allowed_prefix(text);
  if (allowed == text.size()) return text;
  xml_safe_into(text, allowed, m_safe);
  return m_safe;
}

void XmlWriter::escaped(std::string_view safe, bool in_attribute) {
  const char* bytes = safe.data();
  const size_t n = safe.size();
  size_t run = 0;  // start of the text not yet copied
  for (size_t i = 0; i < n;) {
    if (i + 8 <= n) {  // most text has nothing to escape: eight bytes at a time
      uint64_t word = 0;
      std::memcpy(&word, bytes + i, 8);
      if (!needs_entity(word, in_attribute)) {
        i += 8;
        continue;
      }
    }
    if (const std::string_view replacement = entity(bytes[i], in_attribute); !replacement.empty()) {
      m_out.append(bytes + run, i - run);
      m_out += replacement;
      run = i + 1;
    }
    ++i;
  }
  m_out.append(bytes + run, n - run);
}

void XmlWriter::declaration() {
  seal();
  m_out += m_mode == Mode::xml ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : "<!DOCTYPE html>\n";
}

void XmlWriter::open(std::string_view name) {
  seal();
  m_open.emplace_back(name);
  m_out += '<';
  m_out += name;
  m_start_tag_open = true;
}

void XmlWriter::attribute(std::string_view name, std::string_view value) {
  m_out += ' ';
  m_out += name;
  m_out += "=\"";
  escaped(made_safe(value), true);
  m_out += '"';
}

void XmlWriter::text(std::string_view text) {
  const std::string_view safe = made_safe(text);
  if (safe.empty()) return;  // nothing to write: an empty element may still self-close
  seal();
  escaped(safe, false);
}

void XmlWriter::newline() {
  seal();
  m_out += '\n';
}

void XmlWriter::comment(std::string_view text) {
  // "--" may not appear inside an XML comment.
  std::string safe = xml_safe(text);
  for (size_t pos; (pos = safe.find("--")) != std::string::npos;) safe.replace(pos, 2, "- -");
  seal();
  m_out += "<!--";
  m_out += safe;
  m_out += "-->";
}

void XmlWriter::close() {
  if (m_open.empty()) return;
  const std::string& name = m_open.back();
  // HTML5 non-void elements must not self-close.
  const bool self_closing = m_start_tag_open && (m_mode == Mode::xml || is_void(name));
  if (self_closing) {
    m_out += "/>";
  } else {
    seal();
    m_out += "</";
    m_out += name;
    m_out += '>';
  }
  m_start_tag_open = false;
  m_open.pop_back();
}

void XmlWriter::element(std::string_view name, std::string_view text_content) {
  open(name);
  text(text_content);
  close();
}

std::string XmlWriter::finish() {
  while (!m_open.empty()) close();
  return std::move(m_out);
}

bool is_well_formed(std::string_view document, std::string* error) {
  tinyxml2::XMLDocument parsed;
  auto result = parsed.Parse(document.data(), document.size());
  if (result != tinyxml2::XML_SUCCESS) {
    if (error) *error = std::string(parsed.ErrorStr() ? parsed.ErrorStr() : "parse error");
    return false;
  }
  return true;
}

}  // namespace leafpress::xml
