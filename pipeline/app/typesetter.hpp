#pragma once
// The PDF step: LuaLaTeX (HarfBuzz shaping) typesets the leaflets' TeX (writers/tex_writer)
// to PDF/X-4, each in a fresh private folder, the result moved into place only when whole.
#include <atomic>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/result.hpp"

namespace leafpress::app {

namespace fs = std::filesystem;

struct PdfJob {
  fs::path tex;          // the typesetter's input
  fs::path pdf;          // where the PDF goes
  std::string language;  // for messages: "Tamil (ta)"
  std::string leaflet;   // for messages: the leaflet's name
  fs::path media;        // the pictures' print copies (app/print_pictures), named media/<file> in the TeX; empty: none
};

/// Lines of a LuaLaTeX log that make a render fail: TeX errors ("! …") and characters no
/// font has ("Missing character: …").
std::vector<std::string> typesetter_log_problems(std::string_view log);

/// Where the font cache lives (built once, kept between builds and projects, outside every
/// project so that nothing planted in one is run): $LEAFPRESS_TEXMFVAR, else
/// $XDG_CACHE_HOME/leafpress/texmf-var, else ~/.cache/leafpress/texmf-var.
fs::path font_cache_dir();

/// Checks LuaLaTeX, the fonts and the CMYK profile; the error names the Debian package to
/// install for the first thing missing.
Result<void> check_typesetter();

/// Typesets every job, as many at a time as there are cores, after building the font cache
/// once if it is missing. A job's PDF is replaced only by a complete PDF from a clean render
/// (no error, no missing character), and only when its bytes differ; on failure the previous
/// PDF stays and the diagnostic names the leaflet, the language and the first log lines.
/// Temporary folders are made under `work_dir` and removed. Ctrl-C (`interrupted`) kills the
/// typesetter; finished PDFs stay. `rendered` receives the indexes of the jobs whose PDF was
/// written; `pages` (when given) each job's page count as LuaTeX reported it (0: not rendered).
/// The result is an error when any job failed.
Result<void> typeset_pdfs(const std::vector<PdfJob>& jobs, const fs::path& work_dir, Diagnostics& diagnostics,
                          std::vector<size_t>& rendered, const std::atomic<bool>* interrupted = nullptr,
                          std::vector<unsigned>* pages = nullptr);

}  // namespace leafpress::app
