#include "app/project.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>

#include "app/files.hpp"
#include "app/leaflet_design.hpp"
#include "app/safe_files.hpp"
#include "app/statement_name.hpp"
#include "base/utf8.hpp"
#include "readers/reader.hpp"

namespace leafpress::app {

Result<Project> Project::open(const fs::path& root) {
  Project project;
  std::error_code ec;
  // "-C ." must give /abs/path, not /abs/path/. (lexically_normal leaves a trailing separator).
  project.root = fs::absolute(root, ec).lexically_normal();
  if (!project.root.has_filename() && project.root.has_parent_path()) project.root = project.root.parent_path();
  if (!fs::is_directory(project.root, ec)) return fail({root.string()}, "the project folder does not exist");
  fs::path config_file = project.config_path();
  if (fs::exists(config_file, ec)) {
    constexpr size_t k_config_max_bytes = 1 << 20;  // a full config is about a kilobyte
    auto text = read_file(config_file, "leafpress.toml", k_config_max_bytes);
    if (!text) return std::unexpected(text.error());
    auto config = parse_config(*text, "leafpress.toml");
    if (!config) return std::unexpected(config.error());
    project.config = std::move(*config);
  } else {
    project.config.targets = default_targets();
    project.config.print = project.config.targets;
  }
  if (!is_inside(project.root, project.source_dir()))
    return fail({"leafpress.toml"}, "\"project.source_dir\" must stay inside the project folder");
  confine_writes_to(project.root);  // from here on, no write follows a link inside the project
  return project;
}

fs::path Project::template_path(const std::string& domain) const { return locales_dir() / (domain + ".pot"); }

fs::path Project::catalog_path(const std::string& lang, const std::string& domain) const {
  return locales_dir() / lang / (domain + ".po");
}

fs::path Project::html_path(const std::string& lang, const std::string& doc) const {
  return output_dir() / "html" / lang / (doc + ".html");
}

fs::path Project::print_path(const std::string& lang, const std::string& doc, const std::string& extension) const {
  return output_dir() / "print" / lang / (doc + extension);
}

fs::path Project::proof_path(const std::string& lang, const std::string& doc, const std::string& extension) const {
  return output_dir() / "proof" / lang / (doc + extension);
}

bool Project::holds(const fs::path& folder, const fs::path& path) const {
  std::error_code ec;
  fs::path base = fs::weakly_canonical(root, ec) / folder.lexically_relative(root);
  fs::path target = fs::weakly_canonical(path, ec);
  if (ec) return false;
  auto [base_end, _] = std::mismatch(base.begin(), base.end(), target.begin(), target.end());
  return base_end == base.end();
}

Result<void> Project::check_in_locales(const fs::path& path) const {
  if (holds(locales_dir(), path)) return {};
  return fail({relative(path)}, "refusing to write outside locales/ (is a folder in locales/ a symbolic link?)");
}

namespace {

// True when every '/'-separated component of `path` is a name: none empty, "." or "..", so
// that lexically_normal would leave it as it is.
bool only_names(std::string_view path) {
  for (size_t start = 0;;) {
    size_t end = path.find('/', start);
    std::string_view name = path.substr(start, end == std::string_view::npos ? end : end - start);
    if (name.empty() || name == "." || name == "..") return false;
    if (end == std::string_view::npos) return true;
    start = end + 1;
  }
}

// The part of `path` after `root` when `path` is spelled as the root, a separator and names:
// the usual case (a build asks this of thousands of output paths), answered without building
// paths. Otherwise nullopt, and the lexical comparison decides.
std::optional<std::string_view> plainly_below(std::string_view path, std::string_view root) {
  if (root.size() < 2 || root.front() != '/' || !only_names(root.substr(1))) return std::nullopt;
  if (path.size() <= root.size() + 1 || !path.starts_with(root) || path[root.size()] != '/') return std::nullopt;
  std::string_view rest = path.substr(root.size() + 1);
  if (!only_names(rest)) return std::nullopt;
  return rest;
}

}  // namespace

std::string Project::relative(const fs::path& path) const {
  if (auto rest = plainly_below(path.native(), root.native())) return std::string(*rest);
  // As the project names it: a link in the way must not change what a message says.
  fs::path lexical = path.lexically_normal().lexically_relative(root);
  if (!lexical.empty() && *lexical.begin() != "..") return lexical.generic_string();
  std::error_code ec;
  fs::path rel = fs::relative(path, root, ec);
  return ec || rel.empty() ? path.string() : rel.generic_string();
}

namespace {

// Why a source file name cannot be used, or empty: it goes into the templates' `#:`
// references and into page names, where a line break or bytes that are not UTF-8 would
// break the catalogs for every tool.
std::string unusable_name(const std::string& name) {
  if (utf8::find_invalid(name)) return "is not valid UTF-8";
  for (unsigned char byte : name)
    if (byte < 0x20 || byte == 0x7F) return "contains a control character (a line break, tab or similar)";
  return {};
}

// `name` for a message: control characters, and bytes of a name that is not UTF-8, as \xNN.
std::string shown_name(std::string_view name) {
  const bool valid = !utf8::find_invalid(name);
  std::string out;
  for (unsigned char byte : name) {
    if (byte < 0x20 || byte == 0x7F || (byte >= 0x80 && !valid)) out += fmt::format("\\x{:02X}", byte);
    else out += static_cast<char>(byte);
  }
  return out;
}

}  // namespace

Result<std::vector<fs::path>> Project::source_documents() const {
  std::error_code ec;
  fs::path dir = source_dir();
  if (!fs::is_directory(dir, ec)) return fail({relative(dir)}, "the source folder does not exist");
  std::vector<fs::path> out;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    // Word keeps "~$name.docx" beside a document it has open: a lock file, not a statement.
    if (it->path().filename().string().starts_with("~$")) continue;
    if (!readers::has_reader_for(it->path().filename().string())) continue;
    // A linked file is held to the rule for a linked source folder: it stays in the project.
    if (it->is_symlink(ec) && !is_inside(root, it->path()))
      return fail({relative(it->path())},
                  "is a symbolic link to a file outside the project; refusing to read it (copy the file in instead)");
    if (std::string why = unusable_name(it->path().filename().string()); !why.empty())
      return fail({relative(dir)},
                  fmt::format("the file name \"{}\" {}; rename the file", shown_name(relative(it->path())), why));
    out.push_back(it->path());
  }
  if (ec) return fail({relative(dir)}, "cannot list the source folder: " + ec.message());
  std::sort(out.begin(), out.end());
  // Each document is published as <name>.html (app/statement_name): two files with one name
  // would write one page.
  std::map<std::string, const fs::path*> by_name;
  for (const auto& path : out) {
    std::string name = statement_name(path);
    if (name.empty())
      return fail({relative(path)},
                  "has no letter A-Z, digit, \".\" or \"_\" in its name to make a web address from; rename the file "
                  "(for example to opening-hours" +
                      path.extension().string() + ")");
    // index.html in each language's folder is the language's list of statements.
    if (name == "index")
      return fail({relative(path)},
                  "would be published as index.html, which is each language's list of statements; rename the file");
    auto [first, added] = by_name.emplace(name, &path);
    if (!added)
      return fail({relative(path)}, fmt::format("would be published as {}.html, as {} is; rename one of them", name,
                                                relative(*first->second)));
  }
  // With large print ([print] variants), <name>-large.pdf is <name>'s large edition: it must
  // not also be another statement's leaflet.
  const auto& variants = config.print_settings.variants;
  if (std::find(variants.begin(), variants.end(), "large") != variants.end())
    for (const auto& [name, path] : by_name)
      if (auto other = by_name.find(variant_name(name, "large")); other != by_name.end())
        return fail({relative(*other->second)},
                    fmt::format("its leaflet {}.pdf would also be the large-print edition of {}; rename one of them",
                                other->first, relative(*path)));
  return out;
}

}  // namespace leafpress::app
