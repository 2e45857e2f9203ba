// Oracle test: msgcat 0.21 never breaks a line inside a format directive; our writer must
// break exactly where it does on many directive-laden messages of every family we parse.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"
#include "test_support/gettext_oracle.hpp"
#include "test_support/temp_dir.hpp"

namespace leafpress::catalog {
namespace {

namespace fs = std::filesystem;
using leafpress::testing::first_difference;
using leafpress::testing::load;
using leafpress::testing::quote;
using leafpress::testing::run_command;
using leafpress::testing::slurp;
using leafpress::testing::spit;
using leafpress::testing::TempDir;

// Pieces of text: valid and invalid directives of C, Python and Python brace formats
// (escapes and non-ASCII text among them), and plain words of many lengths.
const std::vector<std::string> k_pieces{"end",        "the",       "100%",        "‹90×x>",   "%+d",
                                        "%5.2f",      "%%",        "%1$s",        "%2$d",     "%(name)s",
                                        "{0}",        "{name}",    "{0:>8}",      "{{",       "}}",
                                        "%s",         "%d",        "% x",         "%-10s",    "%lu",
                                        "%<PRIu64>",  "%<PRId32>", "%Id",         "%@",       "%m",
                                        "%zu",        "%.*f",      "%*d",         "%1$*2$d",  "% ",
                                        "%",          "%(a(b)c)r", "{a.b[0]}",    "{0:{1}}",  "{:d}",
                                        "{}",         "%(x)%",     "%hhd",        "%'d",      "naïve",
                                        "日本語",     "{x!r}",     "%0$d",        "aaaaaaaa", "bbbbbbbbbbbbbbbb",
                                        "c",          "%#o",       "%lld",        "{a[b]}",   "%<PRIxFAST16>",
                                        "%<PRIuMAX>", "%<PRIq>",   "\\n",         "\\t",      "\\\"",
                                        "x\\\\y",     "%L",        "%qd",         "%jd",      "%tx",
                                        "%Lf",        "%(n)5.3d",  "{0:+#08.3f}", "{0:x<10}", "{0:.2%}",
                                        "%(a b)s",    "%1$ 5d"};
const std::vector<std::string> k_separators{" ", " ", " ", "",  "-", "/", ", ", "(",
                                            ")", "%", "{", "}", ":", ".", "$",  "*"};
const std::vector<std::string> k_flags{"c-format",
                                       "python-format",
                                       "python-brace-format",
                                       "objc-format",
                                       "no-c-format",
                                       "possible-c-format",
                                       "c-format, python-format",
                                       "python-format, c-format",
                                       "no-c-format, python-brace-format",
                                       "fuzzy, c-format",
                                       "c-format, no-wrap",
                                       ""};

// A deterministic catalog of `count` messages whose strings are runs of those pieces.
std::string directive_catalog(unsigned seed, int count) {
  std::mt19937 random(seed);
  auto pick = [&](const std::vector<std::string>& from) {
    return from[std::uniform_int_distribution<size_t>(0, from.size() - 1)(random)];
  };
  auto chance = [&](int percent) { return std::uniform_int_distribution<int>(0, 99)(random) < percent; };
  auto text = [&] {
    std::string out;
    int pieces = std::uniform_int_distribution<int>(3, 40)(random);
    for (int i = 0; i < pieces; ++i) out += pick(k_pieces) + pick(k_separators);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (!out.empty() && out.back() == '\\') out += 'x';  // a backslash at the end would escape the quote
    return out;
  };
  std::string po =
      "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
      "\"Plural-Forms: nplurals=2; plural=n != 1;\\n\"\n";
  for (int i = 0; i < count; ++i) {
    po += "\n";
    std::string flags = pick(k_flags);
    if (!flags.empty()) po += "#, " + flags + "\n";
    if (chance(20)) po += "#| msgid \"" + text() + "\"\n";
    if (chance(20)) po += "msgctxt \"" + text() + "\"\n";
    po += "msgid \"m" + std::to_string(i) + " " + text() + "\"\n";
    if (chance(20)) {
      po += "msgid_plural \"" + text() + "\"\nmsgstr[0] \"" + text() + "\"\nmsgstr[1] \"" + text() + "\"\n";
    } else {
      po += "msgstr \"" + text() + "\"\n";
    }
  }
  return po;
}

TEST(GettextOracle, WriterKeepsFormatDirectivesOnOneLineAsMsgcat) {
  TempDir temp;
  size_t messages = 0;
  for (unsigned seed = 1; seed <= 6; ++seed) {
    fs::path input = temp.path() / ("directives" + std::to_string(seed) + ".po");
    fs::path expected = temp.path() / "msgcat.po";
    spit(input, directive_catalog(seed, 400));
    auto run = run_command("msgcat " + quote(input) + " -o " + quote(expected));
    ASSERT_EQ(run.exit_code, 0) << run.output;
    Catalog catalog = load(input);
    messages += catalog.messages.size();
    std::string ours = write_po(catalog), theirs = slurp(expected);
    EXPECT_TRUE(ours == theirs) << "seed " << seed << ": " << first_difference(ours, theirs);
  }
  EXPECT_EQ(messages, 6u * 401u);
}

}  // namespace
}  // namespace leafpress::catalog
