// Pages built from the UDHR corpus (real human translations) for every language there:
// each page carries every paragraph of its translation exactly (NFC; French and Polish
// with their typographic spaces, and nothing else changed).
#include <gtest/gtest.h>

#include "text/language.hpp"
#include "text/nfc.hpp"
#include "text/segment.hpp"
#include "text/typography.hpp"
#include "udhr_pages/udhr_corpus.hpp"
#include "writers/html_writer.hpp"
#include "xml/xml_writer.hpp"

namespace leafpress {
namespace {

std::string escape_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

// The text without the spaces typography may add, change or remove.
std::string without_spaces(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ') continue;
    if (text.compare(i, 2, "\u00A0") == 0) {
      ++i;
      continue;
    }
    if (text.compare(i, 3, "\u202F") == 0) {
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

class UdhrPages : public ::testing::Test {
 protected:
  void SetUp() override {
    m_texts = testing::load_udhr(testing::udhr_folder());
    ASSERT_GE(m_texts.size(), 2u);
  }

  writers::PageContext context_for(const testing::UdhrText& text) const {
    writers::PageContext context;
    context.language = text::language_info(text.tag).value();
    context.source_language = text::language_info("en").value();
    for (const auto& other : m_texts)
      context.versions.push_back({text::language_info(other.tag).value(), "../" + other.tag + "/udhr.html"});
    context.x_default_href = "../en/udhr.html";
    context.index_href = "../index.html";
    context.ui = writers::english_ui();
    return context;
  }

  std::vector<testing::UdhrText> m_texts;
};

TEST_F(UdhrPages, EveryLanguageCarriesEveryParagraphExactly) {
  for (const auto& text : m_texts) {
    SCOPED_TRACE(text.file + " (" + text.tag + ")");
    writers::PageContext context = context_for(text);
    EXPECT_EQ(context.language.dir(), text.dir) << "direction agrees with the corpus";
    std::string page = writers::write_html(testing::udhr_document(text), context);
    std::string error;
    ASSERT_TRUE(xml::is_well_formed(page, &error)) << error;
    EXPECT_NE(page.find(" lang=\"" + text.tag + "\" xml:lang=\"" + text.tag + "\" dir=\"" + text.dir + "\">"),
              std::string::npos);

    auto paragraphs = text.paragraphs();
    EXPECT_GE(paragraphs.size(), 50u) << "the corpus has about 60 paragraphs per language";
    size_t found = 0;
    bool typographic = text::typography_rules(text.tag) != text::TypographyRules::none;
    for (const auto& paragraph : paragraphs) {
      std::string nfc = text::to_nfc(paragraph);
      std::string shown = text::typeset(text.tag, nfc);
      if (!typographic) {
        EXPECT_EQ(shown, nfc) << "only NFC for " << text.tag;
      } else {
        EXPECT_EQ(without_spaces(shown), without_spaces(nfc)) << "typography changed more than spaces";
      }
      bool present = page.find(">" + escape_text(shown) + "</") != std::string::npos;
      EXPECT_TRUE(present) << "missing paragraph: " << paragraph;
      found += present ? 1 : 0;
    }
    EXPECT_EQ(found, paragraphs.size());
    EXPECT_NE(page.find("<title>" + escape_text(text::typeset(text.tag, text::to_nfc(text.title))) + "</title>"),
              std::string::npos);
  }
}

TEST_F(UdhrPages, FrenchAndPolishGetTheirTypography) {
  for (const auto& text : m_texts) {
    if (text.tag != "fr" && text.tag != "pl") continue;
    std::string page = writers::write_html(testing::udhr_document(text), context_for(text));
    if (text.tag == "fr") {
      EXPECT_NE(page.find("servitude\u202F; l’esclavage"), std::string::npos);
      EXPECT_EQ(page.find(" ;"), std::string::npos);
    } else {
      EXPECT_NE(page.find(" w\u00A0"), std::string::npos);
      EXPECT_EQ(page.find(" w "), std::string::npos);
      EXPECT_EQ(page.find(" i "), std::string::npos);
    }
  }
}

TEST_F(UdhrPages, UntranslatedParagraphIsEnglishInsideEachPage) {
  const testing::UdhrText* english = nullptr;
  for (const auto& text : m_texts)
    if (text.tag == "en") english = &text;
  ASSERT_NE(english, nullptr);
  for (const auto& text : m_texts) {
    if (&text == english) continue;
    SCOPED_TRACE(text.tag);
    std::string page = writers::write_html(testing::udhr_document(text, english), context_for(text));
    EXPECT_NE(page.find("<p class=\"body fallback\" lang=\"en\" dir=\"ltr\">" +
                        escape_text(english->articles[0].paragraphs[0]) + "</p>"),
              std::string::npos);
  }
}

}  // namespace
}  // namespace leafpress
