// Oracle tests: catalogs in every layout GNU msgcat 0.21 reads are read by leafpress to the
// same catalog (written back byte for byte as msgcat writes it), and msgmerge's rule for a
// format flag the template newly gives.
#include <gtest/gtest.h>

#include "catalog/merge.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"
#include "test_support/command.hpp"
#include "test_support/gettext_oracle.hpp"
#include "test_support/temp_dir.hpp"

using namespace leafpress;
using namespace leafpress::testing;

namespace {

const std::string k_header =
    "msgid \"\"\nmsgstr \"\"\n\"Language: pl\\n\"\n\"MIME-Version: 1.0\\n\"\n"
    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n"
    "\"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n\"\n\n";

// msgcat's output for `po`, and leafpress's (parse, then write), for comparison.
void expect_read_as_msgcat_reads(const std::string& po, const std::string& what) {
  TempDir temp;
  spit(temp.path() / "in.po", po);
  auto run = run_command("msgcat " + quote(temp.path() / "in.po") + " -o " + quote(temp.path() / "out.po"));
  ASSERT_EQ(run.exit_code, 0) << what << ": msgcat refuses it: " << run.output;
  Diagnostics diagnostics;
  auto parsed = catalog::parse_po(po, "in.po", &diagnostics);
  ASSERT_TRUE(parsed.has_value()) << what << ": " << diagnostics.to_string();
  std::string expected = slurp(temp.path() / "out.po");
  std::string actual = catalog::write_po(*parsed);
  EXPECT_EQ(actual, expected) << what << ": " << first_difference(actual, expected);
}

}  // namespace

TEST(GettextLayouts, EveryLayoutMsgcatReadsIsRead) {
  expect_read_as_msgcat_reads(k_header + "msgid \"a\" msgstr \"b\"\n", "keyword and string pairs on one line");
  expect_read_as_msgcat_reads(k_header + "msgctxt \"c\" msgid \"a\" msgstr \"b\"\n\nmsgid \"x\" \"y\" msgstr \"z\"\n",
                              "a context, and continued strings, on one line");
  expect_read_as_msgcat_reads(k_header + "msgid\n\"a\"\nmsgstr\n\"b\"\n", "the string on the line after its keyword");
  expect_read_as_msgcat_reads(k_header + "msgid \"a\"\nmsgstr \"b\"\n\n#~ msgid\n#~ \"old\"\n#~ msgstr\n#~ \"stary\"\n",
                              "the same in an obsolete entry");
  expect_read_as_msgcat_reads(k_header + "#, fuzzy\n#| msgid\n#| \"before\"\nmsgid \"a\"\nmsgstr \"b\"\n",
                              "a previous msgid with its string on the next line");
  expect_read_as_msgcat_reads(k_header + "msgid  \"a\"\nmsgstr   \"b\"\n\nmsgid\t\"c\"\nmsgstr\t\"d\"\n",
                              "several spaces or a tab after the keyword");
  expect_read_as_msgcat_reads(k_header +
                                  "msgid \"%d file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"%d plik\"\n"
                                  "msgstr[1] \"%d pliki\"\n",
                              "fewer msgstr[N] than the header's nplurals");
  expect_read_as_msgcat_reads(k_header +
                                  "msgid \"%d file\" msgid_plural \"%d files\"\nmsgstr[0]\n\"%d plik\" "
                                  "msgstr[1] \"%d pliki\" msgstr[2] \"%d plików\"\n",
                              "plural forms on shared lines");
}

TEST(GettextLayouts, AKeywordWithNoStringIsStillAnError) {
  TempDir temp;
  for (const std::string& po : {k_header + "msgid\nmsgstr \"b\"\n", k_header + "msgid \"a\"\nmsgstr\n"}) {
    spit(temp.path() / "in.po", po);
    EXPECT_NE(run_command("msgcat " + quote(temp.path() / "in.po")).exit_code, 0) << po;
    Diagnostics diagnostics;
    EXPECT_FALSE(catalog::parse_po(po, "in.po", &diagnostics).has_value()) << po;
    EXPECT_NE(diagnostics.to_string().find("expected a quoted string after the keyword"), std::string::npos)
        << diagnostics.to_string();
  }
}

// msgmerge --previous on a translator's catalog and a template that newly marks units
// c-format: the translation that fails the format's check becomes fuzzy, the others stay.
TEST(GettextLayouts, ANewFormatFlagFailedByTheTranslationMakesItFuzzy) {
  TempDir temp;
  std::string def = k_header +
                    "msgid \"x %s\"\nmsgstr \"y\"\n\n"
                    "msgid \"kept %s\"\nmsgstr \"zachowane %s\"\n\n"
                    "msgid \"%d of %s\"\nmsgstr \"%s z %d\"\n\n"
                    "msgid \"%1$d of %2$s\"\nmsgstr \"%2$s z %1$d\"\n\n"
                    "msgid \"%lu days\"\nmsgstr \"%d dni\"\n\n"
                    "#, c-format\nmsgid \"already %s\"\nmsgstr \"już\"\n\n"
                    "msgid \"%d file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"jeden plik\"\nmsgstr[1] \"%d pliki\"\n"
                    "msgstr[2] \"%d plików\"\n";
  std::string ref =
      "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
      "#, c-format\nmsgid \"x %s\"\nmsgstr \"\"\n\n#, c-format\nmsgid \"kept %s\"\nmsgstr \"\"\n\n"
      "#, c-format\nmsgid \"%d of %s\"\nmsgstr \"\"\n\n#, c-format\nmsgid \"%1$d of %2$s\"\nmsgstr \"\"\n\n"
      "#, c-format\nmsgid \"%lu days\"\nmsgstr \"\"\n\n#, c-format\nmsgid \"already %s\"\nmsgstr \"\"\n\n"
      "#, c-format\nmsgid \"%d file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"\n";
  spit(temp.path() / "def.po", def);
  spit(temp.path() / "ref.pot", ref);
  auto run = run_command("msgmerge -q --previous " + quote(temp.path() / "def.po") + " " +
                         quote(temp.path() / "ref.pot") + " -o " + quote(temp.path() / "gnu.po"));
  ASSERT_EQ(run.exit_code, 0) << run.output;
  auto ours = catalog::write_po(catalog::merge(*catalog::parse_po(def, "def.po"), *catalog::parse_po(ref, "ref.pot")));
  std::string gnu = slurp(temp.path() / "gnu.po");
  EXPECT_EQ(ours, gnu) << first_difference(ours, gnu);
  EXPECT_NE(gnu.find("#, fuzzy, c-format\n#| msgid \"x %s\"\nmsgid \"x %s\""), std::string::npos) << gnu;
  EXPECT_NE(gnu.find("#, c-format\nmsgid \"kept %s\""), std::string::npos) << gnu;
}
