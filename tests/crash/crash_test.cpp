// Crashes and concurrency: `leafpress build` killed with SIGKILL at many points (after N
// file writes, through the test hook in app/files.cpp, and after timed delays), two
// `leafpress update` runs at once, and SIGINT. After each: every output and catalog is the
// old or the new version, never partial; the next run completes and equals a clean build.
// The PDF step too: Ctrl-C or a kill while the typesetter renders leaves no partial PDF and no typesetter process.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "test_support/scratch_project.hpp"

using namespace leafpress::testing;

namespace {

constexpr const char* k_config =
    "[project]\nname = \"Crash\"\nsource_language = \"en\"\n\n[languages]\n"
    "targets = [\"pl\", \"ar\", \"zh-Hant\", \"ta\"]\n";

std::string statement(int n, const std::string& extra) {
  return "Notice " + std::to_string(n) + "\n\nThe library opens at nine in the morning.\n\n" +
         "Children's books are on the first floor.\n\n" + extra + "\n";
}

/// Runs leafpress as a child process (output discarded) with `env` added; returns its pid.
/// With `own_group`, the child leads a process group of its own, as a shell's foreground job
/// does (Ctrl-C reaches the whole group: leafpress and the programs it started).
pid_t spawn(const fs::path& root, const std::vector<std::string>& args, const std::vector<std::string>& env = {},
            bool own_group = false) {
  pid_t pid = ::fork();
  if (pid == 0) {
    if (own_group) ::setpgid(0, 0);
    int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::dup2(null, 2);
    for (const auto& assignment : env) ::putenv(const_cast<char*>(assignment.c_str()));
    ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    std::vector<std::string> all{LEAFPRESS_EXE, "-C", root.string()};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : all) argv.push_back(arg.data());
    argv.push_back(nullptr);
    ::execv(LEAFPRESS_EXE, argv.data());
    ::_exit(127);
  }
  return pid;
}

/// Waits for `pid`; the exit status, or 128 + the signal that ended it.
int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int run(const fs::path& root, const std::vector<std::string>& args, const std::vector<std::string>& env = {}) {
  return wait_for(spawn(root, args, env));
}

/// The files a build produces or updates (output/ and locales/), without locks and cache.
std::map<std::string, std::string> products(const fs::path& root) {
  std::map<std::string, std::string> out;
  for (const auto& [path, bytes] : snapshot(root))
    if (path.starts_with("output/") || path.starts_with("locales/")) out[path] = bytes;
  return out;
}

std::vector<std::string> temporaries(const fs::path& root) {
  std::vector<std::string> out;
  for (const auto& [path, bytes] : snapshot(root))
    if (path.find(".tmp-") != std::string::npos) out.push_back(path);
  return out;
}

// A project built in its old state, and what a clean build of its new state gives.
class CrashFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    make_old(m_old.path());
    ASSERT_EQ(run(m_old.path(), {"build"}), 0);
    m_old_products = products(m_old.path());
    copy_project(m_old.path(), m_new.path());
    make_new(m_new.path());
    ASSERT_EQ(run(m_new.path(), {"build"}), 0);
    m_new_products = products(m_new.path());
  }

  static void make_old(const fs::path& root) {
    spit(root / "leafpress.toml", k_config);
    fs::create_directories(root / "locales");
    for (int i = 1; i <= 3; ++i) spit(root / "source-docs" / ("notice" + std::to_string(i) + ".txt"), statement(i, ""));
  }
  // The new state: every statement changed, one added (so every output and catalog changes).
  static void make_new(const fs::path& root) {
    for (int i = 1; i <= 4; ++i)
      spit(root / "source-docs" / ("notice" + std::to_string(i) + ".txt"), statement(i, "A paragraph added later."));
  }
  static void copy_project(const fs::path& from, const fs::path& to) {
    fs::remove_all(to);
    fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
  }

  // Every product is the old or the new version (no partial file), nothing unknown appears.
  void expect_old_or_new(const fs::path& root, const std::string& when) {
    for (const auto& [path, bytes] : products(root)) {
      if (path.find(".tmp-") != std::string::npos) continue;  // a crash leaves these; the next run removes them
      auto old_it = m_old_products.find(path);
      auto new_it = m_new_products.find(path);
      bool is_old = old_it != m_old_products.end() && old_it->second == bytes;
      bool is_new = new_it != m_new_products.end() && new_it->second == bytes;
      EXPECT_TRUE(is_old || is_new) << when << ": " << path << " is neither the old nor the new version";
    }
  }

  // The next run completes and leaves exactly what a clean build does.
  void expect_recovers(const fs::path& root, const std::string& when) {
    EXPECT_EQ(run(root, {"build"}), 0) << when;
    EXPECT_EQ(products(root), m_new_products) << when << ": the rerun differs from a clean build";
    EXPECT_TRUE(temporaries(root).empty()) << when << ": temporary files left after the rerun";
  }

  TempDir m_old, m_new, m_work;
  std::map<std::string, std::string> m_old_products, m_new_products;
};

}  // namespace

TEST_F(CrashFixture, KilledAfterEveryNumberOfWrites) {
  fs::path root = m_work.path() / "p";
  int killed_runs = 0;
  for (int n = 0; n < 200; ++n) {
    copy_project(m_old.path(), root);
    make_new(root);
    int status = run(root, {"build", "-j", "2"}, {"LEAFPRESS_TEST_KILL_AFTER_WRITES=" + std::to_string(n)});
    std::string when = "killed after " + std::to_string(n) + " writes";
    if (status == 0) break;  // the build needs fewer writes than n: every point was covered
    EXPECT_EQ(status, 128 + SIGKILL) << when;
    ++killed_runs;
    expect_old_or_new(root, when);
    expect_recovers(root, when);
    if (::testing::Test::HasFailure()) break;
  }
  // At least the template and the four statement catalogs go through write_file_atomic (the
  // rendered outputs may take another path: the timed kills below cover those).
  EXPECT_GE(killed_runs, 5);
}

// How long a build from the old to the new state takes here, in microseconds.
long build_microseconds(const fs::path& old_root, const fs::path& root) {
  fs::remove_all(root);
  fs::copy(old_root, root, fs::copy_options::recursive);
  for (int i = 1; i <= 4; ++i)
    spit(root / "source-docs" / ("notice" + std::to_string(i) + ".txt"), statement(i, "A paragraph added later."));
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(run(root, {"build", "-j", "2"}), 0);
  return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
}

TEST_F(CrashFixture, KilledAfterTimedDelays) {
  fs::path root = m_work.path() / "p";
  long full = build_microseconds(m_old.path(), root);
  int killed = 0;
  // Sixteen points spread over a whole run (process start, templates, catalogs, rendering, cache).
  for (int step = 0; step < 16; ++step) {
    long delay_us = full * step / 16;
    copy_project(m_old.path(), root);
    make_new(root);
    pid_t pid = spawn(root, {"build", "-j", "2"});
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us));
    ::kill(pid, SIGKILL);
    int status = wait_for(pid);
    std::string when = "killed after " + std::to_string(delay_us) + " us of " + std::to_string(full);
    EXPECT_TRUE(status == 0 || status == 128 + SIGKILL) << when << ": status " << status;
    if (status == 128 + SIGKILL) ++killed;
    expect_old_or_new(root, when);
    expect_recovers(root, when);
  }
  EXPECT_GE(killed, 8) << "most kills should land during the run (a full build takes " << full << " us)";
}

TEST_F(CrashFixture, InterruptStopsCleanlyWith130) {
  fs::path root = m_work.path() / "p";
  long full = build_microseconds(m_old.path(), root);
  int interrupted = 0;
  for (int step = 1; step < 8; ++step) {
    long delay_us = full * step / 8;
    copy_project(m_old.path(), root);
    make_new(root);
    pid_t pid = spawn(root, {"build", "-j", "2"});
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us));
    ::kill(pid, SIGINT);
    int status = wait_for(pid);
    std::string when = "SIGINT after " + std::to_string(delay_us) + " us of " + std::to_string(full);
    EXPECT_TRUE(status == 0 || status == 130) << when << ": status " << status;
    if (status == 130) ++interrupted;
    expect_old_or_new(root, when);
    EXPECT_TRUE(temporaries(root).empty()) << when << ": an interrupted run left temporary files";
    expect_recovers(root, when);
  }
  EXPECT_GT(interrupted, 0) << "no SIGINT arrived during a build; the delays need adjusting";
}

bool have(const char* program) {
  return std::system(("command -v " + std::string(program) + " >/dev/null 2>&1").c_str()) == 0;
}

/// The typesetter's private folders (`typeset-*`, removed when a render ends) under `root`.
std::vector<fs::path> partial_pdfs(const fs::path& root) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    if (it->path().filename().string().starts_with("typeset-")) out.push_back(it->path());
  return out;
}

/// Processes (other than zombies) whose command line mentions `root`: the typesetter's processes get their job
/// lists from the project's .cache/.
std::vector<std::string> processes_using(const fs::path& root) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/proc", ec)) {
    std::string cmdline = slurp(entry.path() / "cmdline");
    for (char& c : cmdline)
      if (c == '\0') c = ' ';
    // The typesetter runs inside the project's .cache/: its working folder names the project.
    std::error_code link_error;
    std::string cwd = fs::read_symlink(entry.path() / "cwd", link_error).string();
    if (cmdline.find(root.string()) != std::string::npos || cwd.starts_with(root.string()))
      out.push_back(entry.path().filename().string() + ": " + cmdline);
  }
  return out;
}

/// Waits up to `seconds` for `done()`; whether it came true.
template <typename Condition>
bool wait_until(Condition done, double seconds) {
  auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (!done()) {
    if (std::chrono::steady_clock::now() > end) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return true;
}

// A project whose `build --proof --pdf` keeps the typesetter busy for a few seconds: four statements in
// four scripts (each render takes about a second).
class PdfInterrupt : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* tool : {"lualatex"})
      if (!have(tool)) FAIL() << tool << " not installed (scripts/setup.sh)";
    spit(root() / "leafpress.toml", k_config);
    fs::create_directories(root() / "locales");
    for (int i = 1; i <= 4; ++i)
      spit(root() / "source-docs" / ("notice" + std::to_string(i) + ".txt"), statement(i, ""));
    ASSERT_EQ(run(root(), {"build"}), 0);
  }
  [[nodiscard]] const fs::path& root() const { return m_dir.path(); }

  // Starts `build --proof --pdf` and returns once the typesetter is writing a PDF (its partial file exists).
  pid_t start_rendering(bool own_group) {
    std::string fonts = "LEAFPRESS_TEXMFVAR=" + (fs::path(LEAFPRESS_BINARY_DIR) / "texmf-var").string();
    pid_t pid = spawn(root(), {"build", "--proof", "--pdf"}, {fonts}, own_group);
    bool rendering = wait_until([&] { return !partial_pdfs(root()).empty(); }, 120);
    EXPECT_TRUE(rendering) << "the typesetter never started writing a PDF";
    return pid;
  }

  // No partial PDF, no typesetter process left; the next plain build succeeds.
  void expect_clean(const std::string& when) {
    EXPECT_TRUE(partial_pdfs(root()).empty()) << when << ": the typesetter's folders left";
    EXPECT_TRUE(wait_until([&] { return processes_using(root()).empty(); }, 10))
        << when << ": still running: " << ::testing::PrintToString(processes_using(root()));
    EXPECT_EQ(run(root(), {"build"}), 0) << when;
  }

  TempDir m_dir;
};

TEST_F(PdfInterrupt, CtrlCStopsFopAndRemovesItsPartialPdfs) {
  // The terminal's Ctrl-C: SIGINT to leafpress and the typesetter's processes at once.
  pid_t pid = start_rendering(true);
  ::kill(-pid, SIGINT);
  EXPECT_EQ(wait_for(pid), 130);
  expect_clean("Ctrl-C");
}

TEST_F(PdfInterrupt, SigintToLeafpressAloneStopsFop) {
  pid_t pid = start_rendering(false);
  auto start = std::chrono::steady_clock::now();
  ::kill(pid, SIGINT);
  EXPECT_EQ(wait_for(pid), 130);
  // the typesetter is stopped, not left to render the rest of its list.
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 3);
  expect_clean("SIGINT");
}

TEST_F(PdfInterrupt, KilledLeafpressTakesTheTypesetterWithItAndTheNextBuildTidiesUp) {
  pid_t pid = start_rendering(false);
  ::kill(pid, SIGKILL);
  EXPECT_EQ(wait_for(pid), 128 + SIGKILL);
  // the typesetter dies with leafpress; the folder it was working in stays until the next PDF build.
  EXPECT_TRUE(wait_until([&] { return processes_using(root()).empty(); }, 10))
      << ::testing::PrintToString(processes_using(root()));
  fs::create_directories(root() / ".cache/typeset-AbC123");  // as a kill can leave it
  EXPECT_EQ(run(root(), {"build", "--proof", "--pdf"}), 0);
  EXPECT_TRUE(partial_pdfs(root()).empty()) << "the next build did not remove the typesetter's folders";
}

// Two updates at once on the same project: both complete (one waits for the other's lock) and
// no translation is lost.
TEST(Concurrency, TwoUpdatesAtOnceLoseNoTranslation) {
  TempDir dir;
  fs::path root = dir.path();
  spit(root / "leafpress.toml", k_config);
  fs::create_directories(root / "locales");
  spit(root / "source-docs/notice.txt", statement(1, ""));
  ASSERT_EQ(run(root, {"build"}), 0);
  fs::path po = root / "locales/pl/statements.po";
  std::string text = slurp(po);
  std::string from = "msgid \"The library opens at nine in the morning.\"\nmsgstr \"\"";
  ASSERT_NE(text.find(from), std::string::npos) << text;
  text.replace(
      text.find(from), from.size(),
      "msgid \"The library opens at nine in the morning.\"\nmsgstr \"Biblioteka jest otwarta od dziewiątej.\"");
  spit(po, text);
  for (int round = 0; round < 8; ++round) {
    // A changed source each round, so both runs have merging to do.
    spit(root / "source-docs/notice.txt", statement(1, "Round " + std::to_string(round) + " paragraph."));
    ASSERT_EQ(run(root, {"extract"}), 0);
    pid_t a = spawn(root, {"update"});
    pid_t b = spawn(root, {"update"});
    EXPECT_EQ(wait_for(a), 0) << "round " << round;
    EXPECT_EQ(wait_for(b), 0) << "round " << round;
    std::string after = slurp(po);
    EXPECT_NE(after.find("msgstr \"Biblioteka jest otwarta od dziewiątej.\""), std::string::npos)
        << "round " << round << ": the translation was lost\n"
        << after;
    EXPECT_NE(after.find("Round " + std::to_string(round) + " paragraph."), std::string::npos) << after;
    EXPECT_TRUE(temporaries(root).empty());
  }
}

// Out of memory (std::bad_alloc, also in a worker thread) used to abort with exit 134. Under
// address-space limits from tight to ample, a build either completes or stops with exit 3 and
// a message; it leaves no temporary or half-written file, and the next build completes.
// "Tight" starts where the program can start at all: below that, its libraries cannot be
// mapped or the heap cannot set itself up before main (no program can report anything
// there), and where that floor lies depends on the libraries and the heap, not on leafpress.
TEST(OutOfMemory, StopsWithAMessageAndNothingHalfWritten) {
#ifdef __SANITIZE_ADDRESS__
  // AddressSanitizer reserves terabytes of address space for its shadow memory, so a program
  // built with it cannot start under an address-space limit at all.
  GTEST_SKIP() << "address-space limits do not apply to an AddressSanitizer build";
#endif
  TempDir dir;
  fs::path root = dir.path();
  spit(root / "leafpress.toml", "[languages]\ntargets = [\"pl\", \"ar\", \"fr\"]\n");
  fs::create_directories(root / "locales");
  std::string filler;
  for (int p = 0; p < 200; ++p)
    filler += "Paragraph " + std::to_string(p) + " of the library notice, with words to fill the line and more.\n\n";
  for (int n = 1; n <= 40; ++n) spit(root / ("source-docs/s" + std::to_string(n) + ".txt"), statement(n, filler));
  auto starts_under = [](int megabytes) {
    return run_command("ulimit -v " + std::to_string(megabytes * 1000) + "; " + std::string(LEAFPRESS_EXE) +
                       " --version")
               .exit_code == 0;
  };
  int floor = 20;
  while (floor < 400 && !starts_under(floor)) floor += 2;
  ASSERT_LT(floor, 400) << "leafpress --version does not start under 400 MB of address space";
  int stopped = 0;
  for (int megabytes : {floor, floor + 20, floor + 40, floor + 60, floor + 100}) {
    fs::remove_all(root / "output");
    auto result = run_command("ulimit -v " + std::to_string(megabytes * 1000) + "; " + std::string(LEAFPRESS_EXE) +
                              " -C '" + root.string() + "' -q build");
    EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 3) << megabytes << " MB: " << result.output;
    if (result.exit_code == 3) {
      ++stopped;
      EXPECT_NE(result.output.find("error:"), std::string::npos) << megabytes << " MB: " << result.output;
    }
    EXPECT_TRUE(temporaries(root).empty()) << megabytes << " MB";
  }
  EXPECT_GT(stopped, 0) << "no limit was tight enough to run out of memory; the limits need adjusting";
  EXPECT_EQ(run(root, {"-q", "build"}), 0);
}
