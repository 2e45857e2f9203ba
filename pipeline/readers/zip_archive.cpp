#include "readers/zip_archive.hpp"

#include <zip.h>

#include "base/utf8.hpp"

namespace leafpress::readers {

struct ZipArchive::State {
  zip_t* zip = nullptr;
  std::string path;
  std::string kind;
  ZipLimits limits;
  size_t total_read = 0;

  ~State() {
    if (zip) zip_discard(zip);  // read-only: discard, never write back
  }

  std::unexpected<Error> error(std::string message) const { return fail({path}, std::move(message)); }
};

namespace {

bool starts_like_zip(std::string_view bytes) { return bytes.starts_with(std::string_view("PK\x03\x04", 4)); }

std::string mebibytes(size_t bytes) { return std::to_string(bytes >> 20) + " MB"; }

}  // namespace

bool is_safe_part_name(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos) return false;
  if (name.size() > 1 && name[1] == ':') return false;  // a drive letter
  size_t start = 0;
  while (start <= name.size()) {
    size_t end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return false;
    start = end + 1;
  }
  return true;
}

ZipArchive::ZipArchive(std::unique_ptr<State> state) : m_state(std::move(state)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

Result<ZipArchive> ZipArchive::open(std::string_view bytes, const std::string& path, std::string_view kind,
                                    const ZipLimits& limits) {
  auto state = std::make_unique<State>();
  state->path = path;
  state->kind = std::string(kind);
  state->limits = limits;
  std::string article = kind.starts_with("O") ? "an " : "a ";
  if (!starts_like_zip(bytes)) {
    bool text = !bytes.empty() && !utf8::find_invalid(bytes);
    return state->error("this is not " + article + state->kind + ": a " + path.substr(path.rfind('.') + 1) +
                        " file is a zip archive, and this one " +
                        (text ? "is plain text (save it as .txt or .md instead)" : "is not a zip archive"));
  }
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source) state->zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!state->zip) {
    if (source) zip_source_free(source);
    std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    return state->error("the " + state->kind + " is damaged and cannot be opened (" + reason +
                        "); save it again from the word processor");
  }
  zip_error_fini(&error);
  zip_int64_t entries = zip_get_num_entries(state->zip, 0);
  if (entries < 0 || static_cast<size_t>(entries) > limits.max_entries)
    return state->error("the " + state->kind + " holds more than " + std::to_string(limits.max_entries) +
                        " parts; the file is refused");
  for (zip_int64_t i = 0; i < entries; ++i) {
    const char* name = zip_get_name(state->zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    if (!name || !is_safe_part_name(name))
      return state->error("the " + state->kind + " holds a part named \"" + std::string(name ? name : "") +
                          "\" that points outside it; the file is refused");
  }
  return ZipArchive(std::move(state));
}

bool ZipArchive::contains(std::string_view name) const {
  return zip_name_locate(m_state->zip, std::string(name).c_str(), ZIP_FL_ENC_RAW) >= 0;
}

Result<std::string> ZipArchive::read(std::string_view name) {
  State& state = *m_state;
  zip_int64_t index = zip_name_locate(state.zip, std::string(name).c_str(), ZIP_FL_ENC_RAW);
  if (index < 0)
    return state.error("the " + state.kind + " has no part \"" + std::string(name) +
                       "\"; it is damaged or not what its name says");
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(state.zip, static_cast<zip_uint64_t>(index),
                                                                         0),
                                                         &zip_fclose);
  if (!file)
    return state.error("the part \"" + std::string(name) + "\" of the " + state.kind + " cannot be read (" +
                       zip_strerror(state.zip) + ")");
  // The sizes an archive states can lie: count what actually comes out, and stop at the limit.
  std::string out;
  char buffer[1 << 16];
  for (;;) {
    zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
    if (got < 0)
      return state.error("the part \"" + std::string(name) + "\" of the " + state.kind + " is damaged (" +
                         zip_file_strerror(file.get()) + ")");
    if (got == 0) break;
    out.append(buffer, static_cast<size_t>(got));
    state.total_read += static_cast<size_t>(got);
    if (out.size() > state.limits.max_part_bytes || state.total_read > state.limits.max_total_bytes)
      return state.error("the " + state.kind + " expands to more than " +
                         mebibytes(out.size() > state.limits.max_part_bytes ? state.limits.max_part_bytes
                                                                            : state.limits.max_total_bytes) +
                         " (a zip bomb?); the file is refused");
  }
  return out;
}

}  // namespace leafpress::readers
