#include "app/executable_identity.hpp"

#include <elf.h>
#include <fmt/format.h>
#include <link.h>

#include "app/build_cache.hpp"
#include "app/files.hpp"

namespace leafpress::app {
namespace {

// The GNU build ID of the running executable: a hash of its contents that the linker wrote
// into it, read from memory. Empty when the executable has none.
std::string build_id() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* data) -> int {
        auto& out = *static_cast<std::string*>(data);
        for (ElfW(Half) i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr)& segment = info->dlpi_phdr[i];
          if (segment.p_type != PT_NOTE) continue;
          const auto* at = reinterpret_cast<const unsigned char*>(info->dlpi_addr + segment.p_vaddr);
          const unsigned char* end = at + segment.p_memsz;
          auto aligned = [](size_t n) { return (n + 3) & ~size_t{3}; };
          while (at + sizeof(ElfW(Nhdr)) <= end) {
            const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(at);
            const unsigned char* name = at + sizeof(ElfW(Nhdr));
            const unsigned char* desc = name + aligned(note->n_namesz);
            if (desc + note->n_descsz > end) break;
            if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 &&
                std::string_view(reinterpret_cast<const char*>(name), 3) == "GNU") {
              out = fmt::format("{:02x}", fmt::join(desc, desc + note->n_descsz, ""));
              return 1;
            }
            at = desc + aligned(note->n_descsz);
          }
        }
        return 1;  // the first object is the executable itself; libraries don't matter
      },
      &id);
  return id;
}

}  // namespace

// What identifies this leafpress: its build ID, else (no ID linked in) a hash of the file.
std::string executable_identity() {
  std::string id = build_id();
  if (!id.empty()) return "build-id:" + id;
  auto exe = read_file("/proc/self/exe");
  return exe ? content_hash(*exe) : std::string("unknown");
}

}  // namespace leafpress::app
