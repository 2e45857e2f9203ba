#include "xml/xml_writer.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

using leafpress::xml::XmlWriter;

TEST(XmlWriter, EscapesTextAndAttributes) {
  XmlWriter w(XmlWriter::Mode::html);
  w.open("p");
  w.attribute("title", "\"a\" & <b>");
  w.text("<script>alert(1)</script> & ]]>");
  w.close();
  std::string out = w.finish();
  EXPECT_EQ(out.find("<script>"), std::string::npos);
  EXPECT_NE(out.find("&lt;script&gt;"), std::string::npos);
  EXPECT_TRUE(leafpress::xml::is_well_formed(out));
}

TEST(XmlWriter, HtmlModeNeverSelfClosesNonVoidElements) {
  XmlWriter w(XmlWriter::Mode::html);
  w.open("div");
  w.open("span");
  w.close();
  w.open("br");
  w.close();
  w.close();
  EXPECT_EQ(w.finish(), "<div><span></span><br/></div>");
}

TEST(XmlWriter, XmlModeSelfCloses) {
  XmlWriter w;
  w.open("a");
  w.close();
  EXPECT_EQ(w.finish(), "<a/>");
}

TEST(XmlWriter, DropsCharactersXmlCannotCarry) {
  std::string hostile = std::string(
                            "a\x01"
                            "b\x7f"
                            "c") +
                        "\xEF\xBF\xBE" + "\xED\xA0\x80" + "\xC0\xAF" + "d";
  EXPECT_EQ(leafpress::xml::xml_safe(hostile),
            "ab\x7f"
            "cd");
  XmlWriter w;
  w.element("t", hostile);
  EXPECT_TRUE(leafpress::xml::is_well_formed(w.finish()));
}

TEST(XmlWriter, CommentsCannotBeClosedEarly) {
  XmlWriter w;
  w.open("r");
  w.comment("x --> <evil/>");
  w.close();
  std::string out = w.finish();
  EXPECT_TRUE(leafpress::xml::is_well_formed(out));
  EXPECT_EQ(out.find("-->  <evil"), std::string::npos);
}

namespace {

// The character-by-character definition: keep each well-formed UTF-8 character XML 1.0
// allows, drop every other byte.
std::string kept_characters(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    auto b = static_cast<unsigned char>(text[i]);
    size_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1Fu) : len == 3 ? (b & 0x0Fu) : (b & 0x07u);
    bool valid = len != 0 && i + len <= text.size();
    for (size_t k = 1; valid && k < len; ++k) {
      valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    }
    static constexpr char32_t k_min[5] = {0, 0, 0x80, 0x800, 0x10000};
    valid = valid && cp >= k_min[len] && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
    if (!valid) {
      ++i;
      continue;
    }
    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF))
      out.append(text.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace

TEST(XmlWriter, DropsExactlyTheCharactersXmlCannotCarryAnywhereInTheText) {
  // Random mixes of allowed text, controls, noncharacters and broken sequences, at the start,
  // the end and in between.
  const std::vector<std::string> pieces = {"a",
                                           " ",
                                           "\t",
                                           "\n",
                                           "\r",
                                           "\x01",
                                           "\x1f",
                                           "\x7f",
                                           "é",
                                           "த",
                                           "中",
                                           "\xF0\x9F\x98\x80",
                                           "\xEF\xBF\xBE",
                                           "\xEF\xBF\xBF",
                                           "\xEF\xBF\xBD",
                                           "\xED\xA0\x80",
                                           "\xC0\xAF",
                                           "\xE0\xA4",
                                           "\x80",
                                           "\xF4\x90\x80\x80",
                                           "\xE0\x80\x80",
                                           "\xE0\x9F\xBF",
                                           "\xED\x9F\xBF",
                                           "\xEE\x80\x80",
                                           "\xEF\xBF\xBC",
                                           "Everyone has the right",
                                           "to life, liberty"};  // long ASCII runs
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int n = static_cast<int>(random() % 12); n > 0; --n) text += pieces[random() % pieces.size()];
    EXPECT_EQ(leafpress::xml::xml_safe(text), kept_characters(text)) << "round " << round;
  }
}

TEST(XmlWriter, WritesCompactMarkupByteForByte) {
  XmlWriter w;
  w.declaration();
  w.open("root");
  w.attribute("xmlns:fo", "http://www.w3.org/1999/XSL/Format");
  w.open("empty");
  w.attribute("a", "1");
  w.close();
  w.newline();
  w.comment("made -- here");
  w.element("t", "");          // nothing to write: the element stays empty
  w.element("t", "\x01\x02");  // nor when every character is dropped
  w.open("p");
  w.text("one");
  w.open("b");
  w.text("two");
  w.close();
  w.text(" three");
  w.close();
  EXPECT_EQ(w.finish(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"><empty a=\"1\"/>\n<!--made - - here--><t/><t/>"
            "<p>one<b>two</b> three</p></root>");
}

TEST(XmlWriter, HtmlDocumentsStartWithTheirDoctype) {
  XmlWriter w(XmlWriter::Mode::html);
  w.declaration();
  w.open("html");
  w.open("meta");
  w.attribute("charset", "utf-8");
  w.close();
  w.element("title", "");
  EXPECT_EQ(w.finish(), "<!DOCTYPE html>\n<html><meta charset=\"utf-8\"/><title></title></html>");
}

TEST(XmlWriter, EscapesQuotesOnlyInAttributes) {
  // Long enough that the escapes fall inside and across the eight-byte steps.
  const std::string text = "It's \"quoted\" & <b>bold</b> > plain text that runs on 'and on'";
  XmlWriter w;
  w.open("p");
  w.attribute("title", text);
  w.text(text);
  w.close();
  EXPECT_EQ(w.finish(),
            "<p title=\"It&apos;s &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt; &gt; plain text that runs on "
            "&apos;and on&apos;\">It's \"quoted\" &amp; &lt;b&gt;bold&lt;/b&gt; &gt; plain text that runs on "
            "'and on'</p>");
}

// Each character in turn, as XML 1.0 escapes it in text or in a double-quoted attribute.
std::string escaped_one_by_one(std::string_view text, bool in_attribute) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"' && in_attribute) out += "&quot;";
    else if (c == '\'' && in_attribute) out += "&apos;";
    else out += c;
  }
  return out;
}

TEST(XmlWriter, EscapesEveryMarkupCharacterAtEveryOffset) {
  std::mt19937 random(11);
  const std::vector<std::string> pieces = {"&", "<", ">", "\"", "'", "x", "é"};
  for (int round = 0; round < 500; ++round) {
    std::string text;
    for (int n = static_cast<int>(random() % 40); n > 0; --n) text += pieces[random() % pieces.size()];
    XmlWriter w;
    w.open("p");
    w.attribute("v", text);
    w.text(text);
    w.close();
    const std::string out = w.finish();
    const std::string body = escaped_one_by_one(text, false);
    EXPECT_EQ(out, "<p v=\"" + escaped_one_by_one(text, true) + "\"" + (body.empty() ? "/>" : ">" + body + "</p>"))
        << "round " << round;
    EXPECT_TRUE(leafpress::xml::is_well_formed(out)) << out;
  }
}
