#include "cli/terminal.hpp"

#include <unistd.h>

#include <cstdio>

namespace leafpress::cli {

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

void show_progress(size_t done, size_t total, std::string_view what) {
  if (!stderr_is_terminal()) return;
  std::fprintf(stderr, "\r\033[K[%zu/%zu] %.*s", done, total, static_cast<int>(what.size()), what.data());
  std::fflush(stderr);
}

void end_progress() {
  if (!stderr_is_terminal()) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
}

}  // namespace leafpress::cli
