#include "app/typesetter.hpp"

#include <stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <thread>

#include "app/files.hpp"
#include "app/process.hpp"
#include "app/safe_files.hpp"
#include "text/language_table.hpp"
#include "writers/tex_writer.hpp"

namespace leafpress::app {
namespace {

constexpr std::string_view k_job_name = "leaflet";
constexpr size_t k_problem_lines = 6;  // of a failed render's log, in its diagnostic

std::string env_or(const char* name, std::string fallback) {
  const char* value = std::getenv(name);
  return value && *value ? std::string(value) : std::move(fallback);
}

// The typesetter's whole environment: the system's programs, the kept font cache, no file
// read or written outside its folder (openin_any/openout_any), no shell escape, no user
// TEXMFHOME; the build's SOURCE_DATE_EPOCH when it has one, for the dates PDF/X names.
std::vector<std::pair<std::string, std::string>> typesetter_environment() {
  fs::path cache = font_cache_dir();
  std::vector<std::pair<std::string, std::string>> env{
      {"PATH", "/usr/bin:/bin"},
      {"HOME", cache.string()},
      {"TEXMFVAR", cache.string()},
      {"TEXMFHOME", (cache / "no-user-tree").string()},
      {"TEXMFCONFIG", (cache / "config").string()},
      {"openin_any", "p"},
      {"openout_any", "p"},
      {"shell_escape", "f"},
      {"LC_ALL", "C.UTF-8"},
  };
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    env.emplace_back("SOURCE_DATE_EPOCH", epoch);
    env.emplace_back("FORCE_SOURCE_DATE", "1");
  }
  return env;
}

// What a render made: the PDF's bytes and its page count.
struct Typeset {
  std::string pdf;
  unsigned pages = 0;
};

// The page count LuaTeX reports at the end of its log ("Output written on x.pdf (4 pages, …").
unsigned pages_in_log(std::string_view log) {
  size_t at = log.rfind("Output written on ");
  if (at == std::string_view::npos) return 0;
  size_t open = log.find(" (", at);
  if (open == std::string_view::npos) return 0;
  unsigned pages = 0;
  for (size_t i = open + 2; i < log.size() && log[i] >= '0' && log[i] <= '9'; ++i) pages = pages * 10 + (log[i] - '0');
  return pages;
}

// Runs LuaLaTeX on `tex` in a fresh private folder under `work_dir`; the PDF's bytes and page
// count, or an error carrying the log lines that explain why not. `media` (when not empty) appears in the
// folder as media/, for the images the TeX names: paranoid file access reads nothing else
// outside the folder.
Result<Typeset> typeset(std::string_view tex, const fs::path& work_dir, const std::atomic<bool>* interrupted,
                        const fs::path& media = {}) {
  std::string pattern = (work_dir / "typeset-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr)
    return fail({work_dir.string()}, "cannot create a folder for the typesetter");
  fs::path dir = pattern;
  struct Cleanup {
    fs::path dir;
    ~Cleanup() {
      std::error_code ec;
      fs::remove_all(dir, ec);
    }
  } cleanup{dir};
  if (!media.empty() && fs::is_directory(media)) {
    std::error_code ec;
    fs::create_directory_symlink(fs::absolute(media), dir / "media", ec);
    if (ec) return fail({media.string()}, "cannot show the images to the typesetter: " + ec.message());
  }
  // The converted logo (app/leaflet_design) appears as brand/, as the images appear as media/.
  if (fs::path brand = work_dir / "brand"; fs::is_directory(brand)) {
    std::error_code ec;
    fs::create_directory_symlink(fs::absolute(brand), dir / "brand", ec);
    if (ec) return fail({brand.string()}, "cannot show the logo to the typesetter: " + ec.message());
  }
  fs::path input = dir / (std::string(k_job_name) + ".tex");
  if (auto written = write_file_atomic(input, tex); !written) return std::unexpected(written.error());
  ProcessSpec spec;
  // The input by name in its own folder: paranoid file access refuses paths through `.cache`.
  spec.argv = {system_program("lualatex")->string(), "--interaction=nonstopmode", "--halt-on-error",
               "--no-shell-escape", input.filename().string()};
  spec.working_dir = dir;
  spec.environment = typesetter_environment();
  spec.log = dir / "output.txt";
  std::string log;
  Result<ExitStatus> status = fail({}, "not run");
  // A second run when the page count printed ("2 / 4") was not the final one: it reads the
  // count the first run wrote to its .aux file.
  for (int run = 0; run < 2; ++run) {
    status = run_process(spec, interrupted);
    if (!status) return std::unexpected(status.error());
    if (interrupted && interrupted->load()) return fail({}, "interrupted");
    log.clear();
    if (auto text = read_file(dir / (std::string(k_job_name) + ".log"))) log = std::move(*text);
    else if (auto output = read_file(spec.log)) log = std::move(*output);
    if (!status->ok() || log.find(writers::k_rerun_marker) == std::string::npos) break;
  }
  std::vector<std::string> problems = typesetter_log_problems(log);
  if (status->ok() && problems.empty()) {
    auto pdf = read_file(dir / (std::string(k_job_name) + ".pdf"));
    if (pdf) return Typeset{std::move(*pdf), pages_in_log(log)};
    problems.emplace_back("no PDF was written");
  }
  std::string message = "LuaLaTeX " + status->describe();
  for (size_t i = 0; i < std::min(problems.size(), k_problem_lines); ++i) message += "\n  " + problems[i];
  return fail({}, message);
}

// Fills the font cache once: a render that loads every face, under a lock so that parallel
// builds do not write the cache at the same time. A marker file says it is done.
Result<void> ensure_font_cache(const fs::path& work_dir, const std::atomic<bool>* interrupted) {
  fs::path cache = font_cache_dir();
  fs::path marker = cache / "leafpress-fonts-ready";
  if (fs::exists(marker)) return {};
  if (auto folder = open_folder_for_writing(cache); !folder) return std::unexpected(folder.error());
  auto lock = FileLock::acquire(cache / "build");
  if (!lock) return std::unexpected(lock.error());
  if (fs::exists(marker)) return {};
  auto pdf = typeset(writers::write_font_cache_tex(), work_dir, interrupted);
  if (!pdf) return fail({cache.string()}, "building the typesetter's font cache failed: " + pdf.error().message);
  auto written = write_file_atomic(marker, "fonts cached\n");
  if (!written) return std::unexpected(written.error());
  return {};
}

}  // namespace

std::vector<std::string> typesetter_log_problems(std::string_view log) {
  std::vector<std::string> problems;
  size_t start = 0;
  while (start < log.size()) {
    size_t end = log.find('\n', start);
    if (end == std::string_view::npos) end = log.size();
    std::string_view line = log.substr(start, end - start);
    if (line.starts_with("! ") || line.find("Missing character") != std::string_view::npos) problems.emplace_back(line);
    start = end + 1;
  }
  return problems;
}

fs::path font_cache_dir() {
  if (const char* dir = std::getenv("LEAFPRESS_TEXMFVAR"); dir && *dir) return dir;
  std::string base = env_or("XDG_CACHE_HOME", env_or("HOME", "/tmp") + "/.cache");
  return fs::path(base) / "leafpress" / "texmf-var";
}

Result<void> check_typesetter() {
  if (!system_program("lualatex"))
    return fail({}, "LuaLaTeX not found; install the Debian packages texlive-luatex and texlive-latex-recommended");
  for (const text::ScriptFonts& fonts : text::script_fonts())
    for (const text::PrintFace& face : {fonts.print_regular, fonts.print_bold})
      if (!fs::exists(face.file))
        return fail({std::string(face.file)}, "font for " + std::string(fonts.print_font) +
                                                  " not found; install the Debian package " +
                                                  std::string(fonts.print_package));
  if (!fs::exists(writers::k_cmyk_profile))
    return fail({std::string(writers::k_cmyk_profile)},
                "CMYK output profile not found; install the Debian package libgs-common");
  return {};
}

Result<void> typeset_pdfs(const std::vector<PdfJob>& jobs, const fs::path& work_dir, Diagnostics& diagnostics,
                          std::vector<size_t>& rendered, const std::atomic<bool>* interrupted,
                          std::vector<unsigned>* pages) {
  if (interrupted && interrupted->load()) return fail({}, "interrupted");
  if (jobs.empty()) return {};
  if (auto ok = check_typesetter(); !ok) return ok;
  // Folders are made without following links: a link planted in .cache or output/ must not
  // send the typesetter's scratch files or a PDF elsewhere.
  if (auto folder = open_folder_for_writing(work_dir); !folder) return std::unexpected(folder.error());
  for (const PdfJob& job : jobs)
    if (auto folder = open_folder_for_writing(job.pdf.parent_path()); !folder) return std::unexpected(folder.error());
  if (auto cached = ensure_font_cache(work_dir, interrupted); !cached) return cached;
  // One PDF step at a time per project; folders left by a build that was killed go first.
  auto lock = FileLock::acquire(work_dir / "render");
  if (!lock) return std::unexpected(lock.error());
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(work_dir, ec))
    if (entry.path().filename().string().starts_with("typeset-")) fs::remove_all(entry.path(), ec);

  if (pages) pages->assign(jobs.size(), 0);
  std::mutex mutex;
  std::atomic<size_t> next{0};
  size_t failed = 0;
  auto worker = [&] {
    for (size_t i = next++; i < jobs.size(); i = next++) {
      if (interrupted && interrupted->load()) return;
      const PdfJob& job = jobs[i];
      auto where = [&] { return SourceSpan{job.pdf.string()}; };
      auto tex = read_file(job.tex);
      Result<Typeset> pdf = tex ? typeset(*tex, work_dir, interrupted, job.media)
                                : Result<Typeset>(std::unexpected(tex.error()));
      Result<WriteOutcome> written = pdf ? write_file_atomic(job.pdf, pdf->pdf)
                                         : Result<WriteOutcome>(std::unexpected(pdf.error()));
      std::lock_guard guard(mutex);
      if (written) {
        if (pages) (*pages)[i] = pdf->pages;
        if (*written == WriteOutcome::written) rendered.push_back(i);
        continue;
      }
      if (interrupted && interrupted->load()) return;
      ++failed;
      diagnostics.error(where(), "the " + job.language + " leaflet \"" + job.leaflet +
                                     "\" failed to render; the previous PDF, if any, is kept. " +
                                     written.error().message);
    }
  };
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < std::min<size_t>(cores, jobs.size()); ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& thread : threads) thread.join();
  std::sort(rendered.begin(), rendered.end());
  if (interrupted && interrupted->load()) return fail({}, "interrupted");
  if (failed > 0)
    return fail({}, std::to_string(failed) + " of " + std::to_string(jobs.size()) + " PDF files failed to render");
  return {};
}

}  // namespace leafpress::app
