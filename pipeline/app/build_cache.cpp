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
  if (struct stat info{}; ::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
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

namespace {
std::int64_t mtime_ns_of(const struct stat& info) {
  return std::int64_t{info.st_mtim.tv_sec} * 1'000'000'000 + info.st_mtim.tv_nsec;
}

template <typename Number>
bool parse_number(std::string_view text, Number& out) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}
}  // namespace

std::optional<FileStamp> file_stamp(const fs::path& path) {
  struct stat info {};
  if (::lstat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
  return FileStamp{static_cast<std::uint64_t>(info.st_size), static_cast<std::uint64_t>(info.st_ino),
                   mtime_ns_of(info)};
}

std::string OutputRecord::text() const {
  if (!stamp) return hash;
  return fmt::format("{} {} {} {}", hash, stamp->size, stamp->inode, stamp->mtime_ns);
}

OutputRecord OutputRecord::parse(std::string_view text) {
  OutputRecord record;
  size_t space = text.find(' ');
  record.hash = std::string(text.substr(0, space));
  if (space == std::string_view::npos) return record;
  std::string_view rest = text.substr(space + 1);
  FileStamp stamp;
  size_t first = rest.find(' ');
  size_t second = first == std::string_view::npos ? first : rest.find(' ', first + 1);
  if (second == std::string_view::npos) return record;
  if (parse_number(rest.substr(0, first), stamp.size) &&
      parse_number(rest.substr(first + 1, second - first - 1), stamp.inode) &&
      parse_number(rest.substr(second + 1), stamp.mtime_ns))
    record.stamp = stamp;
  return record;
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
  if (struct stat info{}; ::stat(file.c_str(), &info) == 0) m_saved_at_ns = mtime_ns_of(info);
  std::string_view rest(*text);
  rest.remove_prefix(k_magic.size());
  // A build records about as many entries as the last one did: room for them up front, so
  // neither table is rehashed entry by entry (the second one under its lock).
  const auto lines = static_cast<size_t>(std::count(rest.begin(), rest.end(), '\n'));
  m_last.reserve(lines);
  m_recorded.reserve(lines);
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
