#pragma once
// Builds zip archives in memory, byte by byte, for the hostile-archive tests: archives no zip
// tool would write (a part that expands to gigabytes, stated sizes that lie, tens of thousands
// of parts) without keeping anything large in memory or in the repository.
#include <zlib.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace leafpress::testing {

class ZipBuilder {
 public:
  /// Adds a part stored as `data` (method 0 stored, 8 deflated) with the sizes the headers
  /// state (the real ones unless a test makes them lie).
  void add(std::string_view name, std::string_view data, uint16_t method, uint32_t stated_size, uint32_t crc = 0) {
    Entry entry{std::string(name), m_bytes.size(), method, stated_size, static_cast<uint32_t>(data.size()), crc};
    header(0x04034b50, entry, false);
    m_bytes += name;
    m_bytes += data;
    m_entries.push_back(std::move(entry));
  }

  /// The archive, central directory and end record appended.
  std::string finish() {
    std::string out = m_bytes;
    size_t directory = out.size();
    for (const Entry& entry : m_entries) {
      std::swap(out, m_bytes);
      header(0x02014b50, entry, true);
      m_bytes += entry.name;
      std::swap(out, m_bytes);
    }
    size_t directory_size = out.size() - directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<uint16_t>(m_entries.size()));
    put16(out, static_cast<uint16_t>(m_entries.size()));
    put32(out, static_cast<uint32_t>(directory_size));
    put32(out, static_cast<uint32_t>(directory));
    put16(out, 0);
    return out;
  }

 private:
  struct Entry {
    std::string name;
    size_t offset;
    uint16_t method;
    uint32_t stated_size;
    uint32_t compressed_size;
    uint32_t crc;
  };
  static void put16(std::string& out, uint16_t v) { out += {static_cast<char>(v & 0xff), static_cast<char>(v >> 8)}; }
  static void put32(std::string& out, uint32_t v) {
    put16(out, static_cast<uint16_t>(v & 0xffff));
    put16(out, static_cast<uint16_t>(v >> 16));
  }
  void header(uint32_t signature, const Entry& entry, bool central) {
    put32(m_bytes, signature);
    if (central) put16(m_bytes, 20);  // made by
    put16(m_bytes, 20);               // needed to extract
    put16(m_bytes, 0);                // flags
    put16(m_bytes, entry.method);
    put16(m_bytes, 0);     // time
    put16(m_bytes, 0x21);  // date
    put32(m_bytes, entry.crc);
    put32(m_bytes, entry.compressed_size);
    put32(m_bytes, entry.stated_size);
    put16(m_bytes, static_cast<uint16_t>(entry.name.size()));
    put16(m_bytes, 0);  // extra
    if (!central) return;
    put16(m_bytes, 0);  // comment
    put16(m_bytes, 0);  // disk
    put16(m_bytes, 0);  // internal attributes
    put32(m_bytes, 0);  // external attributes
    put32(m_bytes, static_cast<uint32_t>(entry.offset));
  }
  std::string m_bytes;
  std::vector<Entry> m_entries;
};

/// A raw deflate stream that expands to `mebibytes` MiB of zeros, built from one compressed
/// MiB repeated: each copy is flushed whole (Z_FULL_FLUSH), so it does not depend on the one
/// before, and the stream ends with an empty final block. About 1 KB per MiB.
inline std::string deflated_zeros(size_t mebibytes) {
  z_stream stream{};
  deflateInit2(&stream, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
  std::string zeros(size_t{1} << 20, '\0');
  std::string block(deflateBound(&stream, zeros.size()) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(zeros.data());
  stream.avail_in = static_cast<uInt>(zeros.size());
  stream.next_out = reinterpret_cast<Bytef*>(block.data());
  stream.avail_out = static_cast<uInt>(block.size());
  deflate(&stream, Z_FULL_FLUSH);
  block.resize(block.size() - stream.avail_out);
  deflateEnd(&stream);
  std::string out;
  out.reserve(block.size() * mebibytes + 2);
  for (size_t i = 0; i < mebibytes; ++i) out += block;
  out += std::string("\x03\x00", 2);  // final block, fixed codes, end of block at once
  return out;
}

}  // namespace leafpress::testing
