// Writes the pages the browser tests open: one UDHR page per corpus language (each with its
// first article paragraph left in English, as an untranslated unit), the index, and
// pages.json describing what the checks expect of each page.
//
// Usage: browser_pages OUTPUT_DIR. Exit 0 on success, 1 on error (a missing corpus too).
#include <filesystem>
#include <fstream>
#include <iostream>

#include "text/language.hpp"
#include "udhr_pages/udhr_corpus.hpp"
#include "writers/html_writer.hpp"
#include "writers/index_writer.hpp"

namespace {

using namespace leafpress;

std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) continue;
    out += c;
  }
  return out + "\"";
}

// The first family of a CSS font-family list: the font the page means for this script.
std::string first_family(const std::string& stack) {
  size_t open = stack.find('"');
  if (open == std::string::npos) return stack.substr(0, stack.find(','));
  return stack.substr(open + 1, stack.find('"', open + 1) - open - 1);
}

bool write(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
  return static_cast<bool>(out);
}

int run(const std::filesystem::path& output) {
  std::filesystem::path folder = testing::udhr_folder();
  if (!std::filesystem::exists(folder / "index.xml")) {
    std::cerr << "browser_pages: UDHR corpus not found in " << folder.string() << "\n";
    return 1;
  }
  std::vector<testing::UdhrText> texts = testing::load_udhr(folder);
  const testing::UdhrText* english = nullptr;
  for (const auto& text : texts)
    if (text.tag == "en") english = &text;
  if (!english) {
    std::cerr << "browser_pages: the corpus has no English text\n";
    return 1;
  }

  std::vector<text::Language> languages;
  for (const auto& text : texts) {
    auto info = text::language_info(text.tag);
    if (!info) {
      std::cerr << "browser_pages: " << info.error().to_string() << "\n";
      return 1;
    }
    languages.push_back(*info);
  }
  const text::Language& source = languages[static_cast<size_t>(english - texts.data())];

  std::string manifest = "{\n  \"index\": \"index.html\",\n  \"pages\": [\n";
  writers::IndexEntry entry;
  entry.title = {english->title, {}};
  entry.href = "en/udhr.html";
  for (size_t i = 0; i < texts.size(); ++i) {
    const auto& text = texts[i];
    writers::PageContext context;
    context.language = languages[i];
    context.source_language = source;
    for (const auto& language : languages) context.versions.push_back({language, "../" + language.tag + "/udhr.html"});
    context.x_default_href = "../" + source.tag + "/udhr.html";
    context.index_href = "../index.html";
    context.draft = text.tag != "en";
    context.fallback_units = text.tag != "en" ? 1 : 0;
    context.imprint.promoted_by = "Example Promoter, 2 Example Street, London SE13 6AA";
    context.imprint.on_behalf_of = "Example Candidate, 3 Example Street, London SE13 6AA";
    context.ui = writers::english_ui();
    std::string page = writers::write_html(testing::udhr_document(text, text.tag == "en" ? nullptr : english), context);
    std::string file = text.tag + "/udhr.html";
    if (!write(output / file, page)) {
      std::cerr << "browser_pages: cannot write " << (output / file) << "\n";
      return 1;
    }
    manifest += std::string(i ? ",\n" : "") + "    {\"tag\": " + json_string(text.tag) +
                ", \"dir\": " + json_string(languages[i].dir()) + ", \"file\": " + json_string(file) +
                ", \"font\": " + json_string(first_family(languages[i].web_fonts)) +
                ", \"fallback\": " + (text.tag == "en" ? "false" : "true") + "}";
  }
  manifest += "\n  ]\n}\n";

  writers::PageContext index_context;
  index_context.language = source;
  index_context.source_language = source;
  index_context.index_href = "index.html";
  index_context.ui = writers::english_ui();
  if (!write(output / "index.html", writers::write_index({entry}, index_context, true)) ||
      !write(output / "pages.json", manifest)) {
    std::cerr << "browser_pages: cannot write into " << output << "\n";
    return 1;
  }
  std::cout << "browser_pages: wrote " << texts.size() << " pages and the index into " << output.string() << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: browser_pages OUTPUT_DIR\n";
    return 2;
  }
  try {
    return run(argv[1]);
  } catch (const std::exception& e) {
    std::cerr << "browser_pages: " << e.what() << "\n";
    return 1;
  }
}
