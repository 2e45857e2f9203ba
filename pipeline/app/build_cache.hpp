#pragma once
// BuildCache: what the last build read and wrote, keyed on content hashes (never file times),
// so the next build redoes only the stages whose inputs changed.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/result.hpp"
#include "base/text_hash.hpp"

namespace leafpress::app {

namespace fs = std::filesystem;

/// A 128-bit content hash (XXH3) as 32 hex digits.
std::string content_hash(std::string_view bytes);

/// content_hash of a file's bytes, read in small pieces (no copy of the whole file), or
/// "absent" when the file cannot be read.
std::string file_content_hash(const fs::path& path);

/// file_content_hash with each file read at most once per build: a stage that writes a file
/// records the hash of what it wrote (or forgets the file), so later stages need not read it
/// again. Thread-safe.
class FileHashes {
 public:
  [[nodiscard]] std::string of(const fs::path& path);
  void record(const fs::path& path, std::string hash);
  void forget(const fs::path& path);

 private:
  std::mutex m_mutex;
  std::unordered_map<std::string, std::string> m_hashes;
};

/// What can be learnt of a regular file without reading it. An output whose stamp is as
/// recorded when it was written is trusted without hashing it (git's index rule).
struct FileStamp {
  std::uint64_t size = 0;
  std::uint64_t inode = 0;
  std::int64_t mtime_ns = 0;
  bool operator==(const FileStamp&) const = default;
};

/// The stamp of a regular file (a link or anything else gives none).
std::optional<FileStamp> file_stamp(const fs::path& path);

/// The build cache's record of an output: the hash of the bytes written and the file's stamp
/// just after, as one cache value ("<hash> <size> <inode> <mtime_ns>", or the hash alone).
struct OutputRecord {
  std::string hash;
  std::optional<FileStamp> stamp;

  [[nodiscard]] std::string text() const;
  static OutputRecord parse(std::string_view text);
};

/// Hash of several parts, each length-prefixed so that ("ab","c") and ("a","bc") differ.
std::string combined_hash(std::initializer_list<std::string_view> parts);

/// combined_hash fed one part at a time, for a key over many parts that are not joined first.
class HashStream {
 public:
  HashStream();
  ~HashStream();
  HashStream(const HashStream&) = delete;
  HashStream& operator=(const HashStream&) = delete;

  void add(std::string_view part);
  /// combined_hash of the parts added so far.
  [[nodiscard]] std::string digest() const;

 private:
  struct State;
  std::unique_ptr<State> m_state;
};

class BuildCache {
 public:
  /// Loads the cache file; a missing or unreadable one gives an empty cache (a full build).
  explicit BuildCache(const fs::path& file);
  BuildCache(const BuildCache&) = delete;
  BuildCache& operator=(const BuildCache&) = delete;

  /// The value recorded for `key` by the last build, if any.
  [[nodiscard]] std::optional<std::string> get(const std::string& key) const;
  /// Records `value` for `key` in this run (thread-safe).
  void put(const std::string& key, std::string value);
  /// Carries the last build's value for `key` (if any) over to this run (thread-safe).
  void keep(const std::string& key);
  /// The cache file's modification time when it was loaded (0 when there was none): a file
  /// modified at or after it may have changed since its stamp was taken within the same tick.
  [[nodiscard]] std::int64_t saved_at_ns() const { return m_saved_at_ns; }
  /// True when the last build recorded exactly `value` for `key`.
  [[nodiscard]] bool matches(const std::string& key, const std::string& value) const;
  /// Writes what this run recorded (put or kept), atomically; untouched when nothing changed.
  /// Keys not recorded (outputs that no longer exist) are dropped.
  Result<void> save(const fs::path& file) const;

 private:
  using Entries = std::unordered_map<std::string, std::string, TextHash, std::equal_to<>>;
  Entries m_last;  // the last build's, only read during a run: no lock needed
  std::int64_t m_saved_at_ns = 0;
  mutable std::mutex m_mutex;
  Entries m_recorded;
};

}  // namespace leafpress::app
