#pragma once
// A word-processor file (.docx, .odt) is a zip archive of XML parts. ZipArchive reads one from
// memory with libzip and never writes anything: its parts are read into strings under limits,
// so a zip bomb, a damaged archive or a part named "../x" is refused with an error naming the
// file.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace leafpress::readers {

struct ZipLimits {
  size_t max_part_bytes = size_t{32} << 20;   // one part, expanded
  size_t max_total_bytes = size_t{96} << 20;  // every part read from one archive, expanded
  size_t max_entries = 10'000;
};

class ZipArchive {
 public:
  /// Opens `bytes` (kept by reference: they must outlive the archive). `path` names the file
  /// and `kind` ("Word document") what it should be, in errors. Errors: not a zip archive
  /// (with a hint when it looks like plain text), a damaged archive, too many entries, an
  /// entry whose name leaves the archive (absolute, "..", a backslash).
  static Result<ZipArchive> open(std::string_view bytes, const std::string& path, std::string_view kind,
                                 const ZipLimits& limits = {});
  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  [[nodiscard]] bool contains(std::string_view name) const;
  /// The part's bytes, expanded. Errors: no such part, a part or archive that expands beyond
  /// the limits (a zip bomb), a part that fails to decompress or its checksum.
  Result<std::string> read(std::string_view name);

 private:
  struct State;
  explicit ZipArchive(std::unique_ptr<State> state);
  std::unique_ptr<State> m_state;
};

/// True for a part name that stays inside its archive (relative, no "..", no backslash).
bool is_safe_part_name(std::string_view name);

}  // namespace leafpress::readers
