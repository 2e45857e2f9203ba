// Leaflets of real text through the typesetter (label "print"): the UDHR's preamble and
// first articles in every language the corpus has that leafpress prints, and neutral Bengali
// sentences (the corpus has no Bengali), each typeset once and read back twice: the text
// layer must give back every paragraph exactly, and the lines must fill the measure (with
// hyphenation where the language has patterns) about as well as Latin-script lines do.
// The TeX, PDFs and the fill table stay in <build>/print-artifacts/udhr.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <numeric>
#include <regex>

#include "app/typesetter.hpp"
#include "print/poppler.hpp"
#include "print/text_layer.hpp"
#include "test_support/command.hpp"
#include "test_support/test_data.hpp"
#include "text/language.hpp"
#include "text/nfc.hpp"
#include "text/segment.hpp"
#include "text/typography.hpp"
#include "writers/fo_writer.hpp"
#include "writers/page_geometry.hpp"
#include "writers/tex_writer.hpp"

namespace leafpress {
namespace {

namespace fs = std::filesystem;
using namespace leafpress::testing;

const fs::path k_artifacts = fs::path(LEAFPRESS_BINARY_DIR) / "print-artifacts" / "udhr";

struct Sample {
  std::string key;  // udhr_<key>.xml, or "" for the Bengali sentences
  std::string tag;  // the leafpress language
};
// Every corpus text in a language leafpress prints (Western Punjabi in Shahmukhi is not one).
const std::vector<Sample> k_samples{{"eng", "en"},   {"spa", "es"}, {"fra", "fr"}, {"pol", "pl"},
                                    {"rus", "ru"},   {"tam", "ta"}, {"arb", "ar"}, {"cmn_hans", "zh-Hans"},
                                    {"urd_2", "ur"}, {"", "bn"}};
const std::vector<std::string> k_latin{"en", "es", "fr", "pl"};

// Neutral Bengali sentences written for the tests (a library, a river, a market): pre-base
// and split vowel signs, conjuncts, reph, and long words for the hyphenation patterns.
const std::vector<std::string> k_bengali{
    "লাইব্রেরি কোথায়?",
    "পরীক্ষা কি আজ?",
    "সকালে কর্মী আসে।",
    "আমাদের গ্রামের পাশে একটি ছোট নদী আছে।",
    "বর্ষাকালে নদীর জল অনেক বেড়ে যায়।",
    "শিক্ষার্থীরা প্রতিদিন বিদ্যালয়ে যায় এবং নতুন বিষয় শেখে।",
    "গ্রন্থাগারে অনেক পুরোনো বই এবং পত্রিকা রাখা আছে।",
    "রেলস্টেশনের কাছে একটি বড় বাজার বসে।",
    "কৃষকেরা মাঠে ধান আর পাট চাষ করেন।",
    "সন্ধ্যাবেলায় আকাশে অনেক তারা দেখা যায়।",
};

std::string unescape(std::string text) {
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (auto [from, to] : entities)
    for (size_t pos; (pos = text.find(from)) != std::string::npos;) text.replace(pos, std::strlen(from), to);
  return text;
}

// The text of each <name>…</name> element between `from` and `until` (the corpus has no
// markup inside titles and paragraphs).
std::vector<std::string> elements(const std::string& xml, const std::string& name, size_t from, size_t until) {
  std::vector<std::string> out;
  std::string open = "<" + name + ">", close = "</" + name + ">";
  for (size_t pos = xml.find(open, from); pos != std::string::npos && pos < until; pos = xml.find(open, pos + 1)) {
    size_t end = xml.find(close, pos);
    if (end == std::string::npos) break;
    out.push_back(unescape(xml.substr(pos + open.size(), end - pos - open.size())));
  }
  return out;
}

doc::Block block(doc::Role role, std::string text) {
  doc::Block b;
  b.kind = role == doc::Role::title ? doc::BlockKind::heading : doc::BlockKind::paragraph;
  b.level = role == doc::Role::title ? 1 : 0;
  b.role = role;
  b.inlines.push_back(doc::Inline{doc::InlineKind::text, text::to_nfc(text), {}, {}, {}, {}});
  return b;
}

// The declaration's title, its preamble and articles 1 to 7: about two pages in every script.
doc::Document leaflet(const Sample& sample) {
  doc::Document document;
  document.name = "udhr";
  document.lang = sample.tag;
  if (sample.key.empty()) {
    document.blocks.push_back(block(doc::Role::title, k_bengali[0]));
    for (size_t p = 0; p < 6; ++p) {  // each paragraph the sentences from a different start
      std::string paragraph;
      for (size_t s = 0; s < k_bengali.size(); ++s)
        paragraph += (s ? " " : "") + k_bengali[(p * 3 + s) % k_bengali.size()];
      document.blocks.push_back(block(doc::Role::body, paragraph));
    }
    return document;
  }
  std::string xml = slurp(test_data_dir() / "udhr" / ("udhr_" + sample.key + ".xml"));
  size_t preamble = xml.find("<preamble");
  size_t article8 = xml.find("<article number=\"8\"");
  document.blocks.push_back(block(doc::Role::title, elements(xml, "title", 0, std::string::npos).at(0)));
  for (const std::string& para : elements(xml, "para", preamble, article8))
    document.blocks.push_back(block(doc::Role::body, para));
  return document;
}

writers::PrintContext print_context(const std::string& tag) {
  writers::PrintContext context;
  context.language = *text::language_info(tag);
  context.source_language = *text::language_info("en");
  // Neutral placeholder names and addresses: these leaflets are test prints.
  context.imprint = {"Example Print Ltd, 1 High Street, London SE13 0AA", "A. Agent, 2 Station Road, London SE13 0BB",
                     "B. Member, 3 Park Lane, London SE13 0CC", false};
  context.ui = writers::english_ui();
  return context;
}

TextRules rules_for(const text::Language& language) {
  // Han has no word spaces; pdftotext splits Nastaliq words where their letters overlap and
  // Bengali ones at some vowel signs (নতু ন); Tamil and Bengali words broken at a line's end
  // carry no hyphen. In these scripts spaces are not compared.
  const std::string& script = language.script;
  return {script == "Hans" || script == "Hant" || script == "Nastaliq" || script == "Beng" || script == "Taml"};
}

// One render of every sample, shared by the tests.
class UdhrPdf : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    for (const char* tool : {"lualatex", "pdftotext"})
      if (!have(tool)) return;
    ::setenv("LEAFPRESS_TEXMFVAR", (fs::path(LEAFPRESS_BINARY_DIR) / "texmf-var").c_str(), 0);
    fs::create_directories(k_artifacts);
    std::vector<app::PdfJob> jobs;
    for (const Sample& sample : k_samples) {
      fs::path tex = k_artifacts / (sample.tag + ".tex");
      spit(tex, writers::write_tex(leaflet(sample), print_context(sample.tag)));
      jobs.push_back({tex, k_artifacts / (sample.tag + ".pdf"), sample.tag, "udhr", {}});
      fs::remove(jobs.back().pdf);
    }
    std::vector<size_t> rendered;
    auto result = app::typeset_pdfs(jobs, k_artifacts / "work", s_diagnostics, rendered);
    s_error = result ? "" : result.error().to_string();
  }

  void SetUp() override {
    for (const char* tool : {"lualatex", "pdftotext"})
      ASSERT_TRUE(have(tool)) << tool << " not installed (scripts/setup.sh)";
    ASSERT_EQ(s_error, "") << s_diagnostics.to_string();
  }

  static fs::path pdf(const std::string& tag) { return k_artifacts / (tag + ".pdf"); }

  static inline Diagnostics s_diagnostics;
  static inline std::string s_error = "not rendered";
};

// How many times each code point occurs, spaces left out.
std::map<char32_t, int> code_point_counts(const std::string& text) {
  std::map<char32_t, int> counts;
  for (size_t i = 0; i < text.size();) {
    const auto [c, length] = utf8::decode_lenient(text, i);
    if (c != ' ') ++counts[c];
    i += length;
  }
  return counts;
}

TEST_F(UdhrPdf, TextLayerGivesBackEveryParagraphExactly) {
  for (const Sample& sample : k_samples) {
    SCOPED_TRACE(sample.tag);
    const text::Language language = *text::language_info(sample.tag);
    const TextRules rules = rules_for(language);
    std::string layer = without_page_numbers(text::to_nfc(pdf_text(pdf(sample.tag))));
    expect_clean_text_layer(layer);
    std::string normalised = normalised_text(layer, rules);
    // The imprint is on the back page, after the text.
    std::string imprint = normalised_text(writers::imprint_text(print_context(sample.tag).imprint), rules);
    size_t at = normalised.find(imprint);
    ASSERT_NE(at, std::string::npos) << imprint << "\nin: " << layer;
    normalised.erase(at, imprint.size() + (normalised.compare(at + imprint.size(), 1, " ") == 0 ? 1 : 0));
    std::string all;
    for (const doc::Block& b : leaflet(sample).blocks) {
      std::string wanted = normalised_text(text::typeset(sample.tag, b.inlines.front().text), rules);
      all += wanted;
      // pdftotext cannot give right-to-left lines back in logical order (it splits lam-alef
      // and reorders lines), so there the characters are counted instead.
      if (!language.rtl()) {
        EXPECT_TRUE(contains_text(normalised, wanted)) << "missing: " << wanted << "\nin: " << layer;
      }
    }
    if (language.rtl()) {
      EXPECT_EQ(code_point_counts(normalised), code_point_counts(all)) << layer;
    }
  }
}

// Lines from the words' boxes of `pdftotext -bbox`: words on one page whose boxes end within
// a little over half a word's height of the line's first (pdftotext's own lines split
// right-to-left ones into pieces; Nastaliq's words climb and fall along the line).
struct Line {
  int page;
  double x0, y0, x1, y1;
};
std::vector<Line> lines_of(const fs::path& file) {
  std::string xml = run("pdftotext -bbox " + quoted(file) + " -");
  static const std::regex tag(
      R"re(<(page|word)( width| xMin)="([\d.]+)"(?: yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)")?)re");
  std::vector<Line> words;
  int page = 0;
  for (std::sregex_iterator it(xml.begin(), xml.end(), tag), end; it != end; ++it) {
    if ((*it)[1] == "page") ++page;
    else words.push_back({page, std::stod((*it)[3]), std::stod((*it)[4]), std::stod((*it)[5]), std::stod((*it)[6])});
  }
  std::sort(words.begin(), words.end(),
            [](const Line& a, const Line& b) { return a.page != b.page ? a.page < b.page : a.y1 < b.y1; });
  std::vector<Line> lines;
  double first_y1 = 0;
  for (const Line& word : words) {
    if (!lines.empty() && lines.back().page == word.page && word.y1 - first_y1 < 0.6 * (word.y1 - word.y0)) {
      Line& line = lines.back();
      line.x0 = std::min(line.x0, word.x0);
      line.x1 = std::max(line.x1, word.x1);
      continue;
    }
    lines.push_back(word);
    first_y1 = word.y1;
  }
  return lines;
}

// Mean width of the body's non-final lines as a share of the measure. A line is a body line
// that is not its paragraph's last when the next line follows on the same page at the
// body's leading (the commonest distance between lines): a paragraph's last line is
// followed by the space after it, the title's and the imprint's lines by other leadings.
double mean_fill(const fs::path& file, double measure_pt) {
  std::vector<Line> lines = lines_of(file);
  std::vector<double> gaps;
  for (size_t i = 0; i + 1 < lines.size(); ++i)
    if (lines[i + 1].page == lines[i].page) gaps.push_back(lines[i + 1].y1 - lines[i].y1);
  if (gaps.empty()) return 0;
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(gaps.size() / 2), gaps.end());
  const double leading = gaps[gaps.size() / 2];
  std::vector<double> fills;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i + 1].page != lines[i].page || std::abs(lines[i + 1].y1 - lines[i].y1 - leading) > 0.05 * leading)
      continue;
    fills.push_back((lines[i].x1 - lines[i].x0) / measure_pt);
  }
  return fills.empty() ? 0 : std::accumulate(fills.begin(), fills.end(), 0.0) / static_cast<double>(fills.size());
}

TEST_F(UdhrPdf, LinesFillTheMeasureInEveryScript) {
  auto a5 = *writers::page_geometry("A5");
  const double measure_pt = (a5.trim_width - 2 * a5.text_margin) * k_pt_per_mm;
  std::map<std::string, double> fill;
  for (const Sample& sample : k_samples) fill[sample.tag] = mean_fill(pdf(sample.tag), measure_pt);
  double latin = 0;
  for (const std::string& tag : k_latin) latin += fill[tag] / static_cast<double>(k_latin.size());

  std::string table =
      "| language | script | mean fill of non-final lines | against the Latin mean |\n|---|---|---|---|\n";
  for (const Sample& sample : k_samples) {
    const text::Language language = *text::language_info(sample.tag);
    char row[160];
    std::snprintf(row, sizeof row, "| %s | %s | %.1f%% | %+.1f%% |\n", sample.tag.c_str(), language.script.c_str(),
                  100 * fill[sample.tag], 100 * (fill[sample.tag] - latin) / latin);
    table += row;
  }
  std::printf("[ fill ] measure %.1f pt, Latin-script mean %.1f%%\n%s", measure_pt, 100 * latin, table.c_str());
  spit(k_artifacts / "fill.md", table);

  EXPECT_GT(latin, 0.85) << "Latin lines leave a wide ragged margin";
  for (const std::string tag : {"ta", "bn"})
    EXPECT_NEAR(fill[tag], latin, 0.05 * latin) << tag << " is not within 5% of the Latin-script mean";
}

}  // namespace
}  // namespace leafpress
