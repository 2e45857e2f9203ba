#include "app/build_cache.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <xxhash.h>

#include <cerrno>
#include <charconv>

#include <fmt/format.h>

#include "app/files.hpp"

namespace leafpress::app {
namespace {
constexpr std::string_view k_magic = "leafpress-cache 1\n";
}

std::string content_hash(std::string_view bytes) {
  XXH128_hash_t hash = XXH3_128bits(bytes.data(), bytes.size());
  return fmt::format("{:016x}{:016x}", hash.high64, hash.low64);
}

std::string file_content_hash(const fs::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "absent";
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  std::string buffer(size_t{1} << 17, '\0');
  bool ok = true;
  for (;;) {
    ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      ok = false;
      break;
    }
    XXH3_128bits_update(state, buffer.data(), static_cast<size_t>(n));
  }
  ::close(fd);
  XXH128_hash_t hash = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  if (!ok) return "absent";
  return fmt::format("{:016x}{:016x}", hash.high64, hash.low64);
}

std::string FileHashes::of(const fs::path& path) {
  {
    std::lock_guard lock(m_mutex);
    if (auto found = m_hashes.find(path.native()); found != m_hashes.end()) return found->second;
  }
  std::string hash = file_content_hash(path);
  std::lock_guard lock(m_mutex);
  return m_hashes.try_emplace(path.native(), std::move(hash)).first->second;
}

void FileHashes::record(const fs::path& path, std::string hash) {
  std::lock_guard lock(m_mutex);
  m_hashes.insert_or_assign(path.native(), std::move(hash));
}

void FileHashes::forget(const fs::path& path) {
  std::lock_guard lock(m_mutex);
  m_hashes.erase(path.native());
}

std::string combined_hash(std::initializer_list<std::string_view> parts) {
  HashStream stream;
  for (auto part : parts) stream.add(part);
  return stream.digest();
}

struct HashStream::State {
  XXH3_state_t* xxh = XXH3_createState();
  State() { XXH3_128bits_reset(xxh); }
  ~State() { XXH3_freeState(xxh); }
  State(const State&) = delete;
  State& operator=(const State&) = delete;
};

HashStream::HashStream() : m_state(std::make_unique<State>()) {}
HashStream::~HashStream() = default;

void HashStream::add(std::string_view part) {
  char prefix[24];
  auto [end, ec] = std::to_chars(prefix, prefix + sizeof prefix - 1, part.size());
  *end++ = ':';
  XXH3_128bits_update(m_state->xxh, prefix, static_cast<size_t>(end - prefix));
  XXH3_128bits_update(m_state->xxh, part.data(), part.size());
}

std::string HashStream::digest() const {
  XXH128_hash_t hash = XXH3_128bits_digest(m_state->xxh);
  return fmt::format("{:016x}{:016x}", hash.high64, hash.low64);
}

BuildCache::BuildCache(const fs::path& file) {
  auto text = read_file(file);
  if (!text || text->compare(0, k_magic.size(), k_magic) != 0) return;
  std::string_view rest(*text);
  rest.remove_prefix(k_magic.size());
  while (!rest.empty()) {
    size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    size_t tab = line.find('\t');
    if (tab != std::string_view::npos) m_entries.emplace(line.substr(0, tab), line.substr(tab + 1));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
}

std::optional<std::string> BuildCache::get(const std::string& key) const {
  std::lock_guard lock(m_mutex);
  auto it = m_entries.find(key);
  if (it == m_entries.end()) return std::nullopt;
  return it->second;
}

void BuildCache::put(const std::string& key, std::string value) {
  std::lock_guard lock(m_mutex);
  m_entries[key] = std::move(value);
  m_used[key] = true;
}

void BuildCache::keep(const std::string& key) {
  std::lock_guard lock(m_mutex);
  if (m_entries.contains(key)) m_used[key] = true;
}

bool BuildCache::matches(const std::string& key, const std::string& value) const {
  std::lock_guard lock(m_mutex);
  auto it = m_entries.find(key);
  return it != m_entries.end() && it->second == value;
}

void BuildCache::forget_unused() {
  std::lock_guard lock(m_mutex);
  std::erase_if(m_entries, [&](const auto& entry) { return !m_used.contains(entry.first); });
}

Result<void> BuildCache::save(const fs::path& file) const {
  std::lock_guard lock(m_mutex);
  std::string text(k_magic);
  for (const auto& [key, value] : m_entries) text += key + '\t' + value + '\n';
  auto written = write_file_atomic(file, text);
  if (!written) return std::unexpected(written.error());
  return {};
}

}  // namespace leafpress::app
