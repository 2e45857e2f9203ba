#include "text/segment.hpp"
#include "text/nfc.hpp"

#include <gtest/gtest.h>

using namespace leafpress::text;

namespace {

std::vector<std::string> sentences(const std::string& text, const std::string& lang = "en") {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t end : sentence_ends(text, lang)) {
    out.push_back(text.substr(start, end - start));
    start = end;
  }
  return out;
}

}  // namespace

TEST(Sentences, AbbreviationsDoNotSplit) {
  EXPECT_EQ(sentences("Dr. Smith spoke. Then Mr. Bell replied."),
            (std::vector<std::string>{"Dr. Smith spoke. ", "Then Mr. Bell replied."}));
  EXPECT_EQ(sentences("Some places, e.g. this one, are open. Others are not."),
            (std::vector<std::string>{"Some places, e.g. this one, are open. ", "Others are not."}));
  EXPECT_EQ(sentences("We asked Cllr. Jones. She agreed!"),
            (std::vector<std::string>{"We asked Cllr. Jones. ", "She agreed!"}));
}

TEST(Sentences, QuestionsExclamationsAndOtherScripts) {
  EXPECT_EQ(sentences("Why? Because! Yes."), (std::vector<std::string>{"Why? ", "Because! ", "Yes."}));
  EXPECT_EQ(sentences("人人生而自由。他们赋有理性。", "zh-Hans"),
            (std::vector<std::string>{"人人生而自由。", "他们赋有理性。"}));
  EXPECT_TRUE(sentence_ends("", "en").empty());
  EXPECT_EQ(sentences("No end mark"), (std::vector<std::string>{"No end mark"}));
}

TEST(Nfc, ComposesAndKeepsComposedText) {
  EXPECT_EQ(to_nfc("e\xCC\x81"), "\xC3\xA9");
  EXPECT_EQ(to_nfc("ho\xC3\xA0"), "ho\xC3\xA0");
  EXPECT_EQ(to_nfc("plain ascii"), "plain ascii");
  EXPECT_EQ(to_nfc("\xE1\x84\x80\xE1\x85\xA1"), "\xEA\xB0\x80");  // Hangul jamo → 가
  // Text the quick check leaves to ICU: in NFC already, or not.
  EXPECT_EQ(to_nfc("தமிழ் மொழி"), "தமிழ் மொழி");                    // a virama, composed vowel signs
  EXPECT_EQ(to_nfc("\u0B92\u0BD7 \u0B95"), "\u0B94 \u0B95");      // a Tamil length mark composes
  EXPECT_EQ(to_nfc("\u0644\u064B\u0651"), "\u0644\u064B\u0651");  // harakat in canonical order
  EXPECT_EQ(to_nfc("\u0644\u0651\u064B"), "\u0644\u064B\u0651");  // reordered by combining class
  EXPECT_EQ(to_nfc("caf\u00E9 \u4EBA\u4EBA"), "caf\u00E9 \u4EBA\u4EBA");
  EXPECT_EQ(to_nfc("a\xFF"), "a\xFF");                         // invalid bytes are left as they are
  EXPECT_EQ(to_nfc("e\xCC\x81\xFF"), "\xC3\xA9\xEF\xBF\xBD");  // unless the text changes
}
