// RenderPlan: outputs written with a record of their bytes, and trusted again only while they
// still hold them.
#include "app/render_plan_state.hpp"

namespace leafpress::app {

bool RenderPlan::State::write_recorded(BuildCache& cache, const fs::path& path, const std::string& bytes,
                                       OutputLog& log, Diagnostics& diagnostics) {
  auto written = write_output(project, path, bytes, log);
  if (!written) {
    file_hashes.forget(path);
    report(diagnostics, written.error());
    return false;
  }
  record_output(cache, path, content_hash(bytes));
  return true;
}

void RenderPlan::State::record_output(BuildCache& cache, const fs::path& path, std::string hash) {
  cache.put(output_key(path), OutputRecord{hash, file_stamp(path)}.text());
  file_hashes.record(path, std::move(hash));  // the PDF step reads the TeX's hash from here
}

bool RenderPlan::State::output_intact(BuildCache& cache, const fs::path& path, Diagnostics& diagnostics) {
  auto value = cache.get(output_key(path));
  if (!value) return false;
  OutputRecord recorded = OutputRecord::parse(*value);
  auto stamp = file_stamp(path);
  if (!stamp) return false;  // gone, or a link or folder planted in its place
  // Unchanged size, inode and time, and written before the cache was saved (a file changed
  // in the same clock tick as the cache could keep its time): the file is as written.
  if (recorded.stamp == stamp && stamp->mtime_ns < cache.saved_at_ns()) {
    file_hashes.record(path, recorded.hash);
    return true;
  }
  if (file_hashes.of(path) == recorded.hash) {
    cache.put(output_key(path), OutputRecord{recorded.hash, stamp}.text());  // touched, not changed
    return true;
  }
  std::lock_guard lock(diagnostics_mutex);
  diagnostics.warning({project.relative(path)}, "changed since leafpress wrote it; writing it again from the sources");
  return false;
}

}  // namespace leafpress::app
