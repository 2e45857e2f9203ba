#include "app/cmyk_image.hpp"

#include <stdlib.h>

#include "app/files.hpp"
#include "app/process.hpp"
#include "picture/print_picture.hpp"
#include "writers/tex_writer.hpp"

namespace leafpress::app {
namespace {

// Runs a system program in `dir` with an empty environment; the error names the Debian package.
Result<void> run_tool(std::string_view program, std::string_view package, std::vector<std::string> args,
                      const fs::path& dir) {
  auto path = system_program(program);
  if (!path) return fail({}, std::string(program) + " not found; install the Debian package " + std::string(package));
  ProcessSpec spec;
  spec.argv = {path->string()};
  for (auto& arg : args) spec.argv.push_back(std::move(arg));
  spec.working_dir = dir;
  spec.environment = {{"PATH", "/usr/bin:/bin"}, {"LC_ALL", "C.UTF-8"}};
  spec.log = dir / "tool-output.txt";
  auto status = run_process(spec);
  if (!status) return std::unexpected(status.error());
  if (!status->ok()) {
    std::string output = read_file(spec.log).value_or("");
    if (output.size() > 300) output.resize(300);
    return fail({}, std::string(program) + " " + status->describe() + (output.empty() ? "" : ": " + output));
  }
  return {};
}

}  // namespace

Result<void> vector_to_cmyk_jpeg(const fs::path& input, bool svg, const fs::path& output, const fs::path& work_dir,
                                 int dpi) {
  std::error_code ec;
  fs::create_directories(work_dir, ec);
  std::string pattern = (work_dir / "image-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) return fail({work_dir.string()}, "cannot create a scratch folder");
  fs::path dir = pattern;
  struct Cleanup {
    fs::path dir;
    ~Cleanup() {
      std::error_code ignored;
      fs::remove_all(dir, ignored);
    }
  } cleanup{dir};
  fs::path pdf = input;
  if (svg) {
    pdf = dir / "vector.pdf";
    // An SVG names no file outside itself that rsvg-convert would fetch: it never loads from the web.
    if (auto ok = run_tool("rsvg-convert", "librsvg2-bin",
                           {"-f", "pdf", "-o", pdf.string(), fs::absolute(input).string()}, dir);
        !ok)
      return ok;
  }
  // PNG, so the conversion to CMYK is the only lossy step.
  if (auto ok = run_tool("pdftoppm", "poppler-utils",
                         {"-png", "-r", std::to_string(dpi), "-singlefile", "-f", "1", "-l", "1",
                          fs::absolute(pdf).string(), (dir / "rgb").string()},
                         dir);
      !ok)
    return ok;
  auto rgb = read_file(dir / "rgb.png");
  if (!rgb) return std::unexpected(rgb.error());
  auto bytes = picture::print_picture(*rgb, writers::k_cmyk_profile);
  if (!bytes) return std::unexpected(bytes.error());
  auto written = write_file_atomic(output, *bytes);
  if (!written) return std::unexpected(written.error());
  return {};
}

}  // namespace leafpress::app
