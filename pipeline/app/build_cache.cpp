#include "app/build_cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <vector>

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
  // Only a regular file has content to hash; a FIFO must not block the build (O_NONBLOCK).
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return "absent";
  if (struct stat info {}; ::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return "absent";
  }
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
    if (tab != std::string_view::npos) m_last.emplace(line.substr(0, tab), line.substr(tab + 1));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
}

std::optional<std::string> BuildCache::get(const std::string& key) const {
  auto it = m_last.find(key);
  if (it == m_last.end()) return std::nullopt;
  return it->second;
}

void BuildCache::put(const std::string& key, std::string value) {
  std::lock_guard lock(m_mutex);
  m_recorded.insert_or_assign(key, std::move(value));
}

void BuildCache::keep(const std::string& key) {
  auto it = m_last.find(key);
  if (it == m_last.end()) return;
  std::lock_guard lock(m_mutex);
  m_recorded.try_emplace(key, it->second);
}

bool BuildCache::matches(const std::string& key, const std::string& value) const {
  auto it = m_last.find(key);
  return it != m_last.end() && it->second == value;
}

Result<void> BuildCache::save(const fs::path& file) const {
  std::lock_guard lock(m_mutex);
  // In key order, so that the same build writes the same file.
  std::vector<const Entries::value_type*> entries;
  entries.reserve(m_recorded.size());
  for (const auto& entry : m_recorded) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  std::string text(k_magic);
  for (const auto* entry : entries) text.append(entry->first).append(1, '\t').append(entry->second).append(1, '\n');
  auto written = write_file_atomic(file, text);
  if (!written) return std::unexpected(written.error());
  return {};
}

}  // namespace leafpress::app
