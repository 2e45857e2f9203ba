#include "xml/xml_writer.hpp"

#include <gtest/gtest.h>

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
  std::string hostile = std::string("a\x01" "b\x7f" "c") + "\xEF\xBF\xBE" + "\xED\xA0\x80" + "\xC0\xAF" + "d";
  EXPECT_EQ(leafpress::xml::xml_safe(hostile), "ab\x7f" "cd");
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
