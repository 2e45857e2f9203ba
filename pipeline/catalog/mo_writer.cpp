#include "catalog/mo_writer.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace leafpress::catalog {
namespace {

constexpr uint32_t k_magic = 0x950412de;
constexpr uint32_t k_header_size = 28;

// The hash gettext's lookup uses (hashpjw over the key's bytes).
uint32_t hash_key(std::string_view key) {
  uint32_t value = 0;
  for (char c : key) {
    value = (value << 4) + static_cast<unsigned char>(c);
    uint32_t high = value & 0xF0000000u;
    if (high != 0) {
      value ^= high >> 24;
      value ^= high;
    }
  }
  return value;
}

bool is_prime(uint32_t n) {
  if (n < 2) return false;
  for (uint32_t d = 2; d * d <= n; ++d)
    if (n % d == 0) return false;
  return true;
}

// The hash table size msgfmt chooses: the smallest odd prime >= 4/3 of the entry count, at least 3.
uint32_t hash_table_size(uint32_t entries) {
  uint32_t n = entries * 4 / 3;
  if (n < 3) n = 3;
  if (n % 2 == 0) ++n;
  while (!is_prime(n)) n += 2;
  return n;
}

void put32(std::string& out, uint32_t value) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

struct Entry {
  std::string key;       // msgctxt \x04 msgid [\0 msgid_plural]
  std::string value;     // msgstr[0] [\0 msgstr[1] …]
  size_t lookup_length;  // bytes of the key that lookups hash (up to the plural's NUL)
};

// msgfmt leaves the template's creation date out of the MO header, so that an MO file does
// not change when only the template was regenerated.
std::string without_pot_date(std::string_view header) {
  std::string out;
  while (!header.empty()) {
    size_t end = header.find('\n');
    std::string_view line = header.substr(0, end == std::string_view::npos ? header.size() : end + 1);
    if (!line.starts_with("POT-Creation-Date:")) out += line;
    header.remove_prefix(line.size());
  }
  return out;
}

}  // namespace

std::string compile_mo(const Catalog& catalog) {
  std::vector<Entry> entries;
  for (const Message& m : catalog.messages) {
    if (m.obsolete) continue;
    // msgfmt leaves out fuzzy messages (except the header) and untranslated ones.
    if (m.is_fuzzy() && !m.is_header()) continue;
    if (m.msgstr.empty() || m.msgstr.front().empty()) continue;
    Entry e;
    if (m.msgctxt) e.key = *m.msgctxt + '\x04';
    e.key += m.msgid;
    e.lookup_length = e.key.size();
    if (m.msgid_plural) {
      e.key += '\0';
      e.key += *m.msgid_plural;
    }
    for (size_t i = 0; i < m.msgstr.size(); ++i) {
      if (i > 0) e.value += '\0';
      e.value += m.msgstr[i];
    }
    if (m.is_header()) e.value = without_pot_date(e.value);
    entries.push_back(std::move(e));
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    // strcmp order on the lookup key, as msgfmt sorts.
    return a.key.compare(0, a.lookup_length, b.key, 0, b.lookup_length) < 0;
  });

  const auto n = static_cast<uint32_t>(entries.size());
  const uint32_t size = hash_table_size(n);
  const uint32_t originals = k_header_size;
  const uint32_t translations = originals + 8 * n;
  const uint32_t hash_offset = translations + 8 * n;
  uint32_t strings = hash_offset + 4 * size;

  std::string out;
  put32(out, k_magic);
  put32(out, 0);  // revision
  put32(out, n);
  put32(out, originals);
  put32(out, translations);
  put32(out, size);
  put32(out, hash_offset);

  uint32_t offset = strings;
  for (const Entry& e : entries) {
    put32(out, static_cast<uint32_t>(e.key.size()));
    put32(out, offset);
    offset += static_cast<uint32_t>(e.key.size()) + 1;
  }
  for (const Entry& e : entries) {
    put32(out, static_cast<uint32_t>(e.value.size()));
    put32(out, offset);
    offset += static_cast<uint32_t>(e.value.size()) + 1;
  }
  // Open addressing with double hashing, entries stored as index + 1.
  std::vector<uint32_t> table(size, 0);
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t h = hash_key(std::string_view(entries[i].key).substr(0, entries[i].lookup_length));
    uint32_t slot = h % size;
    const uint32_t step = 1 + h % (size - 2);
    while (table[slot] != 0) slot = slot >= size - step ? slot - (size - step) : slot + step;
    table[slot] = i + 1;
  }
  for (uint32_t v : table) put32(out, v);
  for (const Entry& e : entries) {
    out += e.key;
    out += '\0';
  }
  for (const Entry& e : entries) {
    out += e.value;
    out += '\0';
  }
  return out;
}

}  // namespace leafpress::catalog
