#include "app/fop.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <cctype>
#include <optional>
#include <sstream>
#include <thread>

#include "app/files.hpp"
#include "app/safe_files.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress::app {
namespace {

const fs::path k_noto_dir = "/usr/share/fonts/truetype/noto";
const fs::path k_noto_cjk_collection = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const fs::path k_java_dir = "/usr/share/java";
const fs::path k_python = "/usr/bin/python3";  // Debian's, where python3-fonttools lives

// The jars /usr/bin/fop puts on its class path (Debian's fop package and its dependencies);
// those that are absent are optional there too.
constexpr std::array<std::string_view, 13> k_fop_jars{
    "fop.jar",           "batik-all.jar",   "commons-io.jar",     "commons-logging.jar", "xmlgraphics-commons.jar",
    "xml-apis-ext.jar",  "fontbox2.jar",    "serializer.jar",     "xalan2.jar",          "xml-apis.jar",
    "xercesImpl.jar",    "fop-hyph.jar",    "commons-logging-adapters.jar"};

// Renders many FO files in one JVM through FOP's API. Each job's log lines follow a
// "leafpress-job <n>" line and end with "leafpress-done <n> ok|failed <ms>", all on
// standard error, which FOP's own logging also uses, so the order is kept.
constexpr std::string_view k_runner_class = "LeafpressFopBatch";
constexpr std::string_view k_runner_source = R"java(import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;

/** Renders the (fo, pdf) pairs listed in a file, one per line, tab-separated. */
public final class LeafpressFopBatch {
  public static void main(String[] args) throws Exception {
    FopFactory factory = FopFactory.newInstance(new File(args[0]));
    List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    TransformerFactory transformers = TransformerFactory.newInstance();
    int failures = 0;
    for (String line : lines) {
      String[] job = line.split("\t");
      if (job.length != 3) continue;
      System.err.println("leafpress-job " + job[0]);
      long start = System.nanoTime();
      boolean ok = true;
      Path pdf = Path.of(job[2]);
      Path partial = Path.of(job[2] + ".tmp-fop");  // partial_pdf() in fop.cpp
      try {
        FOUserAgent agent = factory.newFOUserAgent();
        agent.getEventBroadcaster().addEventListener(event -> {
          if (event.getSeverity() == EventSeverity.INFO) return;
          String severity = event.getSeverity().getName().toUpperCase(java.util.Locale.ROOT);
          System.err.println("[" + severity + "] " + EventFormatter.format(event));
        });
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(partial.toFile()))) {
          Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, out);
          Transformer transformer = transformers.newTransformer();
          transformer.transform(new StreamSource(new File(job[1])), new SAXResult(fop.getDefaultHandler()));
        }
        Files.move(partial, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (Exception e) {
        ok = false;
        System.err.println("[ERROR] " + e);
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause())
          System.err.println("[ERROR] caused by " + cause);
        Files.deleteIfExists(partial);
      }
      if (!ok) ++failures;
      long ms = (System.nanoTime() - start) / 1000000;
      System.err.println("leafpress-done " + job[0] + (ok ? " ok " : " failed ") + ms);
    }
    System.exit(failures == 0 ? 0 : 1);
  }
}
)java";

std::string file_uri(const fs::path& path) {
  // file: URIs with the few characters a path may hold that a URI may not, escaped.
  std::string out = "file://";
  for (unsigned char c : path.string()) {
    if (std::isalnum(c) || std::strchr("/-._~", c) != nullptr) {
      out += static_cast<char>(c);
    } else {
      static constexpr std::string_view k_hex = "0123456789ABCDEF";
      out += '%';
      out += k_hex[c >> 4];
      out += k_hex[c & 15];
    }
  }
  return out;
}

std::optional<fs::path> find_program(std::string_view name) {
  const char* path = std::getenv("PATH");
  std::string_view dirs = path ? path : "/usr/bin:/bin";
  while (!dirs.empty()) {
    size_t colon = dirs.find(':');
    fs::path candidate = fs::path(dirs.substr(0, colon)) / name;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    if (colon == std::string_view::npos) break;
    dirs.remove_prefix(colon + 1);
  }
  return std::nullopt;
}

// Starts `argv` with standard output and error appended to `log`; the child's pid. The child
// is killed when leafpress dies, so that no JVM goes on writing into output/ after a crash.
Result<pid_t> spawn(const std::vector<std::string>& argv, const fs::path& log) {
  auto opened = open_for_writing(log, O_WRONLY | O_CREAT | O_TRUNC);  // never through a planted link
  if (!opened) return fail(opened.error().where, "cannot write the log: " + opened.error().message);
  int fd = opened->release();
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t parent = ::getpid();
  pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fd);
    return fail({}, std::string("cannot start ") + argv[0] + ": " + std::strerror(errno));
  }
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(127);  // leafpress died before the line above
    ::dup2(fd, STDOUT_FILENO);
    ::dup2(fd, STDERR_FILENO);
    int null = ::open("/dev/null", O_RDONLY);
    if (null >= 0) ::dup2(null, STDIN_FILENO);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  ::close(fd);
  return pid;
}

// The child's exit status (128 + signal when killed, -1 when it cannot be waited for).
int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

bool stop_requested(const std::atomic<bool>* interrupted) { return interrupted && interrupted->load(); }

// Like wait_for(), but kills the child as soon as `interrupted` is set (Ctrl-C): FOP's JVM
// would otherwise go on rendering every file in its list. 128 + SIGKILL then.
int wait_or_stop(pid_t pid, const std::atomic<bool>* interrupted) {
  bool killed = false;
  for (;;) {
    int status = 0;
    pid_t done = ::waitpid(pid, &status, killed || !interrupted ? 0 : WNOHANG);
    if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : -1;
    if (done < 0 && errno != EINTR) return -1;
    if (!killed && stop_requested(interrupted)) {
      ::kill(pid, SIGKILL);
      killed = true;
      continue;
    }
    if (done == 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

Result<int> run(const std::vector<std::string>& argv, const fs::path& log) {
  auto pid = spawn(argv, log);
  if (!pid) return std::unexpected(pid.error());
  return wait_for(*pid);
}

std::string read_log(const fs::path& log) {
  auto text = read_file(log);
  return text ? *text : std::string();
}

std::string fop_classpath() {
  std::string classpath;
  for (std::string_view jar : k_fop_jars) {
    fs::path path = k_java_dir / jar;
    if (!fs::exists(path)) continue;
    if (!classpath.empty()) classpath += ':';
    classpath += path.string();
  }
  return classpath;
}

std::vector<std::string> java_options() {
  return {"-Djava.awt.headless=true",
          "-Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.SimpleLog",
          "-Dorg.apache.commons.logging.simplelog.defaultlog=warn",
          // Short runs: the client compiler starts faster and one GC thread leaves the cores
          // to the other JVMs.
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"};
}

// Compiles the batch runner into work_dir/fop-runner once; the folder holding its class, or
// nullopt when there is no Java compiler (then the `fop` command renders file by file).
Result<std::optional<fs::path>> compile_runner(const fs::path& work_dir, const std::string& classpath) {
  auto javac = find_program("javac");
  if (!javac) return std::optional<fs::path>{};
  fs::path dir = work_dir / "fop-runner";
  std::error_code ec;
  auto lock = FileLock::acquire(dir / "compile");
  if (!lock) return std::unexpected(lock.error());
  fs::path source = dir / (std::string(k_runner_class) + ".java");
  fs::path compiled = dir / (std::string(k_runner_class) + ".class");
  auto written = write_file_atomic(source, k_runner_source);
  if (!written) return std::unexpected(written.error());
  if (*written == WriteOutcome::unchanged && fs::exists(compiled)) return std::optional<fs::path>{dir};
  fs::remove(compiled, ec);
  fs::path log = dir / "javac.log";
  auto status = run({javac->string(), "-nowarn", "-encoding", "UTF-8", "-cp", classpath, "-d", dir.string(),
                     source.string()},
                    log);
  if (!status) return std::unexpected(status.error());
  if (*status != 0)
    return fail({source.string()}, "compiling the FOP batch runner failed:\n" + read_log(log));
  return std::optional<fs::path>{dir};
}

struct JobOutcome {
  bool done = false;  // the runner reported success
  std::vector<std::string> problems;
};

// Splits a batch runner's log into the jobs' outcomes (indexed like `jobs`).
void parse_batch_log(std::string_view log, std::vector<JobOutcome>& outcomes, std::vector<std::string>& general) {
  std::istringstream in{std::string(log)};
  std::string line;
  long current = -1;
  auto index_after = [](const std::string& text, size_t prefix) -> long {
    char* end = nullptr;
    long value = std::strtol(text.c_str() + prefix, &end, 10);
    return end == text.c_str() + prefix ? -1 : value;
  };
  while (std::getline(in, line)) {
    if (line.starts_with("leafpress-job ")) {
      current = index_after(line, 14);
      continue;
    }
    if (line.starts_with("leafpress-done ")) {
      long index = index_after(line, 15);
      if (index >= 0 && static_cast<size_t>(index) < outcomes.size() && line.find(" ok ") != std::string::npos)
        outcomes[static_cast<size_t>(index)].done = true;
      current = -1;
      continue;
    }
    for (std::string& problem : fop_log_problems(line)) {
      if (current >= 0 && static_cast<size_t>(current) < outcomes.size())
        outcomes[static_cast<size_t>(current)].problems.push_back(std::move(problem));
      else
        general.push_back(std::move(problem));
    }
  }
}

unsigned worker_count(size_t jobs) {
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::min<size_t>(cores, jobs));
}

void render_batched(const std::vector<PdfJob>& jobs, const fs::path& work_dir, const fs::path& config,
                    const fs::path& runner_dir, const std::string& classpath, std::vector<JobOutcome>& outcomes,
                    std::vector<std::string>& general, const std::atomic<bool>* interrupted) {
  // Largest files first, dealt round-robin, so the JVMs finish at about the same time.
  std::vector<size_t> order(jobs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    std::error_code ea, eb;
    return fs::file_size(jobs[a].fo, ea) > fs::file_size(jobs[b].fo, eb);
  });
  unsigned workers = worker_count(jobs.size());
  std::vector<std::string> lists(workers);
  for (size_t k = 0; k < order.size(); ++k) {
    size_t i = order[k];
    lists[k % workers] += std::to_string(i) + "\t" + fs::absolute(jobs[i].fo).string() + "\t" +
                          fs::absolute(jobs[i].pdf).string() + "\n";
  }
  auto java = find_program("java");
  std::vector<std::pair<pid_t, fs::path>> running;
  for (unsigned w = 0; w < workers; ++w) {
    fs::path list = work_dir / ("fop-jobs-" + std::to_string(w) + ".txt");
    fs::path log = work_dir / ("fop-batch-" + std::to_string(w) + ".log");
    auto written = write_file_atomic(list, lists[w]);
    if (!written) {
      general.push_back(written.error().to_string());
      continue;
    }
    std::vector<std::string> argv{java->string()};
    for (std::string& option : java_options()) argv.push_back(std::move(option));
    argv.insert(argv.end(), {"-cp", runner_dir.string() + ":" + classpath, std::string(k_runner_class),
                             config.string(), list.string()});
    auto pid = spawn(argv, log);
    if (!pid) {
      general.push_back(pid.error().to_string());
      continue;
    }
    running.emplace_back(*pid, log);
  }
  for (auto& [pid, log] : running) {
    int status = wait_or_stop(pid, interrupted);
    std::string text = read_log(log);
    parse_batch_log(text, outcomes, general);
    if (status != 0 && status != 1) general.push_back("FOP's Java process ended with status " + std::to_string(status));
  }
}

void render_one_by_one(const std::vector<PdfJob>& jobs, const fs::path& work_dir, const fs::path& config,
                       std::vector<JobOutcome>& outcomes, std::vector<std::string>& general,
                       const std::atomic<bool>* interrupted) {
  auto fop = find_program("fop");
  unsigned workers = worker_count(jobs.size());
  struct Running {
    size_t job;
    pid_t pid;
    fs::path log;
    fs::path partial;
  };
  std::vector<Running> running;
  auto finish = [&](const Running& r) {
    int status = wait_or_stop(r.pid, interrupted);
    JobOutcome& outcome = outcomes[r.job];
    outcome.problems = fop_log_problems(read_log(r.log));
    std::error_code ec;
    if (status == 0) {
      fs::rename(r.partial, jobs[r.job].pdf, ec);
      outcome.done = !ec;
      if (ec) outcome.problems.push_back("cannot move the PDF into place: " + ec.message());
    } else {
      fs::remove(r.partial, ec);
      outcome.problems.push_back("fop exited with status " + std::to_string(status) + ": " + read_log(r.log));
    }
  };
  for (size_t i = 0; i < jobs.size() && !stop_requested(interrupted); ++i) {
    if (running.size() == workers) {
      finish(running.front());
      running.erase(running.begin());
    }
    fs::path log = work_dir / ("fop-" + std::to_string(i) + ".log");
    fs::path partial = partial_pdf(jobs[i].pdf);
    auto pid = spawn({fop->string(), "-q", "-c", config.string(), "-fo", jobs[i].fo.string(), "-pdf", partial.string()},
                     log);
    if (!pid) {
      general.push_back(pid.error().to_string());
      continue;
    }
    running.push_back({i, *pid, log, partial});
  }
  for (const Running& r : running) finish(r);
}

}  // namespace

std::vector<PrintFont> print_fonts(const fs::path& cjk_dir) {
  std::vector<PrintFont> fonts;
  auto noto = [&](const std::string& family, const std::string& file_stem) {
    fonts.push_back({family, false, k_noto_dir / (file_stem + "-Regular.ttf"), "fonts-noto-core"});
    fonts.push_back({family, true, k_noto_dir / (file_stem + "-Bold.ttf"), "fonts-noto-core"});
  };
  noto("NotoSans", "NotoSans");
  noto("NotoNaskhArabic", "NotoNaskhArabic");
  noto("NotoSansTamil", "NotoSansTamil");
  noto("NotoSansEthiopic", "NotoSansEthiopic");
  noto("NotoSansBengali", "NotoSansBengali");
  const std::string cjk_source = "fonts-noto-cjk (extracted by scripts/extract_cjk_fonts.py)";
  fonts.push_back({"NotoSansSC", false, cjk_dir / "NotoSansCJKsc-Regular.otf", cjk_source});
  fonts.push_back({"NotoSansSC", true, cjk_dir / "NotoSansCJKsc-Bold.otf", cjk_source});
  fonts.push_back({"NotoSansTC", false, cjk_dir / "NotoSansCJKtc-Regular.otf", cjk_source});
  fonts.push_back({"NotoSansTC", true, cjk_dir / "NotoSansCJKtc-Bold.otf", cjk_source});
  return fonts;
}

fs::path cmyk_profile() { return "/usr/share/color/icc/ghostscript/default_cmyk.icc"; }

std::string fop_config(const std::vector<PrintFont>& fonts, const fs::path& icc_profile) {
  xml::XmlWriter out;
  out.declaration();
  out.open("fop");
  out.attribute("version", "1.0");
  out.newline();
  out.element("strict-configuration", "true");
  out.element("strict-validation", "true");
  out.element("use-cache", "false");
  out.newline();
  out.open("renderers");
  out.open("renderer");
  out.attribute("mime", "application/pdf");
  out.newline();
  out.element("pdf-x-mode", "PDF/X-4");
  out.element("output-profile", file_uri(icc_profile));
  out.newline();
  out.open("fonts");
  out.newline();
  for (const PrintFont& font : fonts) {
    out.open("font");
    out.attribute("kerning", "yes");
    out.attribute("embed-url", file_uri(font.file));
    out.open("font-triplet");
    out.attribute("name", font.family);
    out.attribute("style", "normal");
    out.attribute("weight", font.bold ? "bold" : "normal");
    out.close();
    out.close();
    out.newline();
  }
  out.close();
  out.close();
  out.close();
  out.newline();
  out.close();
  out.newline();
  return out.finish();
}

std::vector<std::string> fop_log_problems(std::string_view log) {
  std::vector<std::string> problems;
  size_t start = 0;
  while (start < log.size()) {
    size_t end = log.find('\n', start);
    if (end == std::string_view::npos) end = log.size();
    std::string_view line = log.substr(start, end - start);
    if (line.find("ERROR") != std::string_view::npos || line.find("SEVERE") != std::string_view::npos ||
        line.find("FATAL") != std::string_view::npos || line.find("not available in font") != std::string_view::npos ||
        line.find("Substituting") != std::string_view::npos)
      problems.emplace_back(line);
    start = end + 1;
  }
  return problems;
}

fs::path cjk_font_dir(const fs::path& work_dir) {
  if (const char* dir = std::getenv("LEAFPRESS_CJK_FONT_DIR"); dir != nullptr && *dir != '\0') return dir;
  return work_dir / "fonts";
}

Result<void> ensure_cjk_fonts(const fs::path& cjk_dir, const fs::path& work_dir) {
  auto present = [&] {
    for (const PrintFont& font : print_fonts(cjk_dir))
      if (font.file.parent_path() == cjk_dir && !fs::exists(font.file)) return false;
    return true;
  };
  if (present()) return {};
  if (!fs::exists(k_noto_cjk_collection))
    return fail({k_noto_cjk_collection.string()}, "Noto CJK fonts not found; install the Debian package fonts-noto-cjk");
  if (!fs::exists(k_python))
    return fail({k_python.string()}, "python3 not found; install the Debian packages python3 and python3-fonttools");
  // The extraction script lives in the repository's scripts/ folder: look above the work
  // folder and above the running program.
  std::vector<fs::path> starts{fs::absolute(work_dir)};
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) starts.push_back(self.parent_path());
  std::optional<fs::path> script;
  for (fs::path dir : starts) {
    for (; !dir.empty() && !script; dir = dir.parent_path()) {
      if (fs::exists(dir / "scripts" / "extract_cjk_fonts.py")) script = dir / "scripts" / "extract_cjk_fonts.py";
      if (dir == dir.root_path()) break;
    }
  }
  if (!script)
    return fail({cjk_dir.string()},
                "the Chinese fonts for print are missing; run `/usr/bin/python3 scripts/extract_cjk_fonts.py " +
                    cjk_dir.string() + "` from the leafpress repository");
  auto lock = FileLock::acquire(cjk_dir / "extract");
  if (!lock) return std::unexpected(lock.error());
  if (present()) return {};  // another process extracted them while we waited
  fs::path log = cjk_dir / "extract.log";
  auto status = run({k_python.string(), script->string(), cjk_dir.string()}, log);
  if (!status) return std::unexpected(status.error());
  if (*status != 0 || !present())
    return fail({script->string()}, "extracting the Chinese fonts failed:\n" + read_log(log));
  return {};
}

Result<void> check_print_tools(const std::vector<PrintFont>& fonts) {
  if (!fs::exists(k_java_dir / "fop.jar") || !find_program("fop"))
    return fail({}, "Apache FOP not found; install the Debian package fop");
  if (!find_program("java")) return fail({}, "Java not found; install the Debian package default-jre-headless");
  for (const PrintFont& font : fonts)
    if (!fs::exists(font.file))
      return fail({font.file.string()}, "font for " + font.family + " not found; install the Debian package " +
                                            font.package);
  if (!fs::exists(cmyk_profile()))
    return fail({cmyk_profile().string()}, "CMYK output profile not found; install the Debian package libgs-common");
  return {};
}

fs::path partial_pdf(const fs::path& pdf) { return pdf.string() + ".tmp-fop"; }

Result<void> render_pdfs(const std::vector<PdfJob>& jobs, const fs::path& work_dir, Diagnostics& diagnostics,
                         const std::atomic<bool>* interrupted) {
  if (stop_requested(interrupted)) return fail({}, "interrupted");
  if (jobs.empty()) return {};
  std::error_code ec;
  if (auto folder = open_folder_for_writing(work_dir); !folder) return std::unexpected(folder.error());
  fs::path cjk_dir = cjk_font_dir(work_dir);
  if (auto ok = ensure_cjk_fonts(cjk_dir, work_dir); !ok) return ok;
  std::vector<PrintFont> fonts = print_fonts(cjk_dir);
  if (auto ok = check_print_tools(fonts); !ok) return ok;
  fs::path config = work_dir / "fop.xconf";
  if (auto written = write_file_atomic(config, fop_config(fonts, cmyk_profile())); !written)
    return std::unexpected(written.error());
  for (const PdfJob& job : jobs) {
    if (!fs::exists(job.fo)) return fail({job.fo.string()}, "XSL-FO file not found");
    if (auto folder = open_folder_for_writing(job.pdf.parent_path()); !folder) return std::unexpected(folder.error());
  }

  // One render at a time per work folder: the job lists and logs there have fixed names, and
  // the JVMs already use every core.
  auto lock = FileLock::acquire(work_dir / "render");
  if (!lock) return std::unexpected(lock.error());
  std::vector<JobOutcome> outcomes(jobs.size());
  std::vector<std::string> general;
  std::string classpath = fop_classpath();
  auto runner = compile_runner(work_dir, classpath);
  if (!runner) return std::unexpected(runner.error());
  if (*runner) render_batched(jobs, work_dir, config, **runner, classpath, outcomes, general, interrupted);
  else render_one_by_one(jobs, work_dir, config, outcomes, general, interrupted);
  if (stop_requested(interrupted)) {
    // FOP was stopped mid-file: its partial PDFs go, the PDFs it finished stay.
    for (const PdfJob& job : jobs) fs::remove(partial_pdf(job.pdf), ec);
    return fail({}, "interrupted");
  }

  size_t failed = 0;
  for (const std::string& problem : general) diagnostics.error({config.string()}, "FOP: " + problem);
  for (size_t i = 0; i < jobs.size(); ++i) {
    const JobOutcome& outcome = outcomes[i];
    for (const std::string& problem : outcome.problems) diagnostics.error({jobs[i].fo.string()}, "FOP: " + problem);
    if (!outcome.done && outcome.problems.empty())
      diagnostics.error({jobs[i].fo.string()}, "FOP did not render this file (see the logs in " + work_dir.string() + ")");
    if (!outcome.done || !outcome.problems.empty()) ++failed;
  }
  if (failed > 0 || !general.empty())
    return fail({}, std::to_string(failed) + " of " + std::to_string(jobs.size()) + " PDF files failed to render");
  return {};
}

}  // namespace leafpress::app
