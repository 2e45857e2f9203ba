#include "catalog/message.hpp"

#include <algorithm>
#include <cstdlib>

namespace leafpress::catalog {

bool Message::has_flag(std::string_view flag) const {
  return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

void Message::set_flag(std::string_view flag, bool on) {
  auto it = std::find(flags.begin(), flags.end(), flag);
  if (on && it == flags.end()) {
    // "fuzzy" goes first, as msgmerge writes it.
    if (flag == "fuzzy") {
      // Rebuilt rather than inserted at the front: GCC 12 -O2 reports a false null
      // dereference (-Wnull-dereference) for the insert.
      std::vector<std::string> updated;
      updated.reserve(flags.size() + 1);
      updated.emplace_back(flag);
      for (auto& f : flags) updated.push_back(std::move(f));
      flags = std::move(updated);
    } else {
      flags.emplace_back(flag);
    }
  } else if (!on && it != flags.end()) {
    flags.erase(it);
  }
}

bool Message::is_translated() const {
  if (is_fuzzy() || msgstr.empty()) return false;
  return std::all_of(msgstr.begin(), msgstr.end(), [](const std::string& s) { return !s.empty(); });
}

bool Message::same_entry(const Message& other) const {
  return msgid == other.msgid && msgstr == other.msgstr && msgctxt == other.msgctxt && obsolete == other.obsolete &&
         msgid_plural == other.msgid_plural && flags == other.flags && references == other.references &&
         extracted_comments == other.extracted_comments && translator_comments == other.translator_comments &&
         prev_msgid == other.prev_msgid && prev_msgctxt == other.prev_msgctxt &&
         prev_msgid_plural == other.prev_msgid_plural;
}

const Message* Catalog::header() const {
  for (const auto& m : messages)
    if (m.is_header()) return &m;
  return nullptr;
}

Message* Catalog::header() {
  for (auto& m : messages)
    if (m.is_header()) return &m;
  return nullptr;
}

std::string Catalog::header_field(std::string_view name) const {
  const Message* h = header();
  if (!h || h->msgstr.empty()) return {};
  std::string_view text = h->msgstr.front();
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (line.size() > name.size() && line.substr(0, name.size()) == name && line[name.size()] == ':') {
      std::string_view value = line.substr(name.size() + 1);
      while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
      return std::string(value);
    }
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return {};
}

void Catalog::set_header_field(std::string_view name, std::string_view value) {
  Message* h = header();
  if (!h) {
    Message fresh;
    fresh.msgstr.emplace_back();
    messages.insert(messages.begin(), std::move(fresh));
    h = &messages.front();
  }
  if (h->msgstr.empty()) h->msgstr.emplace_back();
  std::string& text = h->msgstr.front();
  std::string wanted = std::string(name) + ": " + std::string(value) + "\n";
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    size_t stop = end == std::string::npos ? text.size() : end + 1;
    std::string_view line(text.data() + pos, stop - pos);
    if (line.size() > name.size() && line.substr(0, name.size()) == name && line[name.size()] == ':') {
      text.replace(pos, stop - pos, wanted);
      return;
    }
    pos = stop;
  }
  if (!text.empty() && text.back() != '\n') text += '\n';
  text += wanted;
}

const Message* Catalog::find(const std::optional<std::string>& msgctxt, std::string_view msgid) const {
  for (const auto& m : messages)
    if (!m.obsolete && m.msgctxt == msgctxt && m.msgid == msgid) return &m;
  return nullptr;
}

int Catalog::nplurals() const {
  std::string forms = header_field("Plural-Forms");
  size_t pos = forms.find("nplurals=");
  if (pos == std::string::npos) return 0;
  return std::atoi(forms.c_str() + pos + 9);
}

}  // namespace leafpress::catalog
