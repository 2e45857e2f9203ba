#pragma once
// The PDF step: Apache FOP renders the leaflets' XSL-FO to print-ready PDF/X.
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
  fs::path fo;
  fs::path pdf;
};

/// A font file FOP embeds, under the family name the FO writer uses (language_table.cpp).
struct PrintFont {
  std::string family;   // e.g. "NotoSansTamil"
  bool bold = false;
  fs::path file;        // absolute
  std::string package;  // Debian package that provides it (or its source, for extracted fonts)
};

/// The fonts of the print step: Noto fonts at their Debian paths, and the Chinese faces
/// extracted into `cjk_dir` (fonts-noto-cjk's .ttc files are unreadable for FOP 2.8).
std::vector<PrintFont> print_fonts(const fs::path& cjk_dir);

/// The CMYK output profile for PDF/X (Debian package libgs-common).
fs::path cmyk_profile();

/// FOP's configuration: strict, PDF/X-4 with the CMYK output profile, every font explicit
/// (no auto-detection, which misreads weights and the CJK collections), no font cache.
std::string fop_config(const std::vector<PrintFont>& fonts, const fs::path& icc_profile);

/// Lines of a FOP log that make a render fail: those with "ERROR" (or "SEVERE"/"FATAL"),
/// "not available in font" (a missing glyph, printed as '#') or "Substituting" (a font
/// not found, replaced by another).
std::vector<std::string> fop_log_problems(std::string_view log);

/// Where the extracted Chinese fonts live: $LEAFPRESS_CJK_FONT_DIR when set, else
/// `work_dir`/fonts.
fs::path cjk_font_dir(const fs::path& work_dir);

/// Makes sure the extracted Chinese fonts exist in `cjk_dir`, running
/// scripts/extract_cjk_fonts.py (found above `work_dir` or the running program) when they
/// do not; error says what to install or run.
Result<void> ensure_cjk_fonts(const fs::path& cjk_dir, const fs::path& work_dir);

/// Checks FOP, Java, the fonts and the CMYK profile; the error names the Debian package to
/// install for the first thing missing.
Result<void> check_print_tools(const std::vector<PrintFont>& fonts);

/// Writes the FOP config (explicit font files at their Debian paths; an embeddable CJK font),
/// checks FOP and fonts exist (error names the Debian package to install), renders each
/// (fo, pdf) pair — in parallel, with as few JVM starts as you can manage — and fails on FOP
/// log lines with ERROR, "not available in font" or "Substituting". PDF/X (X-4, or X-3:2003)
/// with /usr/share/color/icc/ghostscript/default_cmyk.icc, document title set.
/// Rendering: one JVM per core, each rendering its share of the files through FOP's Java API
/// (a small runner compiled once into `work_dir`); without a Java compiler, one `fop` process
/// per file, as many at a time as there are cores. A PDF is replaced only when FOP
/// finishes. Every problem goes to `diagnostics` (file = the FO); the result is an error
/// when any file failed. When `interrupted` becomes true (Ctrl-C), FOP is killed, the partial
/// files it was writing are removed and the result is the error "interrupted"; PDFs already
/// finished stay. FOP's processes die with leafpress if it is killed.
Result<void> render_pdfs(const std::vector<PdfJob>& jobs, const fs::path& work_dir, Diagnostics& diagnostics,
                         const std::atomic<bool>* interrupted = nullptr);

/// Where FOP writes `pdf` before it is complete (moved into place when it is): `pdf` +
/// ".tmp-fop". A build removes any left by a run that was killed (remove_stale_temporaries).
fs::path partial_pdf(const fs::path& pdf);

}  // namespace leafpress::app
