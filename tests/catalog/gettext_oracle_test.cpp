// Oracle tests: GNU gettext 0.21's tools and Boost.Locale judge our writer, merger and MO files
// on the real catalogs of tests/data/po-real.
#include <gtest/gtest.h>

#include <boost/locale.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

#include "catalog/merge.hpp"
#include "catalog/mo_writer.hpp"
#include "catalog/new_catalog.hpp"
#include "catalog/po_parser.hpp"
#include "catalog/po_writer.hpp"
#include "test_support/gettext_oracle.hpp"
#include "test_support/temp_dir.hpp"

namespace leafpress::catalog {
namespace {

namespace fs = std::filesystem;
using leafpress::testing::corpus_catalogs;
using leafpress::testing::first_difference;
using leafpress::testing::load;
using leafpress::testing::quote;
using leafpress::testing::run_command;
using leafpress::testing::slurp;
using leafpress::testing::spit;
using leafpress::testing::TempDir;
using leafpress::testing::test_data_dir;

// Boost.Locale lookups of one message (with or without context, singular or plural).
std::string lookup(const Message& m, const std::locale& locale, int n = 1) {
  namespace bl = boost::locale;
  if (m.msgid_plural) {
    return m.msgctxt ? bl::translate(m.msgctxt->c_str(), m.msgid.c_str(), m.msgid_plural->c_str(), n).str(locale)
                     : bl::translate(m.msgid.c_str(), m.msgid_plural->c_str(), n).str(locale);
  }
  return m.msgctxt ? bl::translate(m.msgctxt->c_str(), m.msgid.c_str()).str(locale)
                   : bl::translate(m.msgid.c_str()).str(locale);
}

TEST(GettextOracle, WriterIsByteIdenticalToMsgcatOnEveryCorpusCatalog) {
  auto files = corpus_catalogs();
  REQUIRE_CORPUS(files);
  TempDir temp;
  size_t compared = 0;
  for (const fs::path& file : files) {
    Catalog catalog = load(file);
    for (bool wrap : {true, false}) {
      fs::path expected = temp.path() / "msgcat.po";
      auto run = run_command("msgcat " + std::string(wrap ? "" : "--no-wrap ") + quote(file) + " -o " +
                             quote(expected));
      ASSERT_EQ(run.exit_code, 0) << run.output;
      std::string ours = write_po(catalog, {.wrap = wrap});
      std::string theirs = slurp(expected);
      EXPECT_TRUE(ours == theirs) << file.string() << (wrap ? "" : " (--no-wrap) ") << first_difference(ours, theirs);
      ++compared;
    }
  }
  EXPECT_EQ(compared, 2 * files.size());
}

TEST(GettextOracle, MsgunfmtReadsOurMoAsItReadsMsgfmts) {
  auto files = corpus_catalogs();
  REQUIRE_CORPUS(files);
  TempDir temp;
  for (const fs::path& file : files) {
    fs::path ours = temp.path() / "ours.mo", theirs = temp.path() / "theirs.mo";
    spit(ours, compile_mo(load(file)));
    auto made = run_command("msgfmt " + quote(file) + " -o " + quote(theirs));
    ASSERT_EQ(made.exit_code, 0) << made.output;
    auto a = run_command("msgunfmt " + quote(ours));
    auto b = run_command("msgunfmt " + quote(theirs));
    ASSERT_EQ(a.exit_code, 0) << a.output;
    std::string gnu_mo = slurp(theirs);
    bool sysdep = gnu_mo.size() >= 8 && gnu_mo[4] != 0;  // revision 1: system-dependent strings
    if (!sysdep) {
      EXPECT_TRUE(a.output == b.output) << file.string() << " " << first_difference(a.output, b.output);
      continue;
    }
    // msgfmt moved messages with <PRIxxx> or %I directives into its system-dependent segment
    // (which msgunfmt lists last, flagged c-format); we write them as plain entries, which
    // glibc reads the same. Compare the entries, not their order.
    auto as_map = [](const std::string& po) {
      std::map<std::pair<std::string, std::string>, std::vector<std::string>> out;
      auto c = parse_po(po, "msgunfmt.po");
      EXPECT_TRUE(c.has_value());
      if (c)
        for (const Message& m : c->messages) out[{m.msgctxt.value_or(""), m.msgid}] = m.msgstr;
      return out;
    };
    EXPECT_EQ(as_map(a.output), as_map(b.output)) << file.string();
  }
}

// Finds the corpus catalog with the most context and plural messages.
fs::path catalog_with_contexts_and_plurals() {
  fs::path best;
  size_t best_score = 0;
  for (const fs::path& file : corpus_catalogs()) {
    Catalog c = load(file);
    size_t contexts = 0, plurals = 0;
    for (const Message& m : c.messages) {
      if (m.obsolete || !m.is_translated()) continue;
      contexts += m.msgctxt ? 1 : 0;
      plurals += m.msgid_plural ? 1 : 0;
    }
    if (contexts > 0 && plurals > 0 && contexts + plurals > best_score) best = file, best_score = contexts + plurals;
  }
  return best;
}

TEST(GettextOracle, BoostLocaleAnswersContextAndPluralLookupsFromOurMo) {
  auto files = corpus_catalogs();
  REQUIRE_CORPUS(files);
  fs::path file = catalog_with_contexts_and_plurals();
  ASSERT_FALSE(file.empty());
  Catalog catalog = load(file);
  TempDir temp;
  std::string lang = "xx";
  spit(temp.path() / lang / "LC_MESSAGES" / "corpus.mo", compile_mo(catalog));

  boost::locale::generator generator;
  generator.add_messages_path(temp.path().string());
  generator.add_messages_domain("corpus");
  std::locale locale = generator(lang + ".UTF-8");
  size_t contexts = 0, plurals = 0;
  for (const Message& m : catalog.messages) {
    if (m.obsolete || m.is_header() || !m.is_translated()) continue;
    if (m.msgid_plural) {
      // n = 1 picks a form through the catalog's own Plural-Forms expression.
      std::string one = lookup(m, locale, 1);
      EXPECT_NE(std::find(m.msgstr.begin(), m.msgstr.end(), one), m.msgstr.end()) << m.msgid;
      ++plurals;
    } else {
      std::string got = lookup(m, locale);
      EXPECT_EQ(got, m.msgstr.front()) << m.msgid;
      contexts += m.msgctxt ? 1 : 0;
    }
  }
  EXPECT_GT(contexts, 0u);
  EXPECT_GT(plurals, 0u);
  // Plural selection for many n agrees with GNU msgfmt's MO read the same way.
  spit(temp.path() / "yy" / "LC_MESSAGES" / "corpus.mo", "");
  auto made = run_command("msgfmt " + quote(file) + " -o " + quote(temp.path() / "yy" / "LC_MESSAGES" / "corpus.mo"));
  ASSERT_EQ(made.exit_code, 0) << made.output;
  std::locale gnu = generator("yy.UTF-8");
  for (const Message& m : catalog.messages) {
    if (m.obsolete || !m.msgid_plural || !m.is_translated()) continue;
    for (int n : {0, 1, 2, 3, 5, 11, 21, 22, 101, 1000}) {
      EXPECT_EQ(lookup(m, locale, n), lookup(m, gnu, n)) << m.msgid << " n=" << n;
    }
  }
}

TEST(GettextOracle, MsgfmtCheckAcceptsNewCatalogsForEveryKnownLanguage) {
  auto files = corpus_catalogs();
  REQUIRE_CORPUS(files);
  // A template made from a real catalog: its messages with the translations removed.
  Catalog pot = load(files.front());
  for (Message& m : pot.messages) {
    if (m.is_header()) continue;
    for (std::string& s : m.msgstr) s.clear();
    m.set_flag("fuzzy", false);
  }
  TempDir temp;
  for (const std::string& tag : text::known_tags()) {
    auto language = text::language_info(tag);
    ASSERT_TRUE(language) << tag << ": " << language.error().message;
    fs::path po = temp.path() / (tag + ".po");
    spit(po, write_po(new_catalog(pot, *language, "leafpress test")));
    auto check = run_command("msgfmt -c -o /dev/null " + quote(po));
    EXPECT_EQ(check.exit_code, 0) << tag << ": " << check.output;
    EXPECT_EQ(check.output, "") << tag;
  }
}

TEST(GettextOracle, MergeChoosesTheSameFuzzyMatchesAsMsgmerge) {
  fs::path generator = test_data_dir() / "bench" / "gen_corpus.py";
  ASSERT_TRUE(fs::exists(generator)) << "no benchmark generator at " << generator.string();
  TempDir temp;
  auto made = run_command("python3 " + quote(generator) +
                          " catalog --units 500 --translated 80 --change 0.10 --lang ta --out " + quote(temp.path()));
  ASSERT_EQ(made.exit_code, 0) << made.output;
  fs::path gnu_file = temp.path() / "gnu.po";
  auto merged = run_command("msgmerge -q --previous " + quote(temp.path() / "old.po") + " " +
                            quote(temp.path() / "new.pot") + " -o " + quote(gnu_file));
  ASSERT_EQ(merged.exit_code, 0) << merged.output;
  Catalog gnu = load(gnu_file);
  MergeStats stats;
  Catalog ours = merge(load(temp.path() / "old.po"), load(temp.path() / "new.pot"), &stats);

  size_t gnu_fuzzy = 0, same = 0, extra = 0;
  for (const Message& g : gnu.messages) {
    if (g.obsolete || g.is_header()) continue;
    const Message* o = ours.find(g.msgctxt, g.msgid);
    ASSERT_NE(o, nullptr) << g.msgid;
    if (g.is_fuzzy() && g.prev_msgid) {
      ++gnu_fuzzy;
      if (o->is_fuzzy() && o->prev_msgid == g.prev_msgid) ++same;
    } else if (o->is_fuzzy() && !g.is_fuzzy()) {
      ++extra;  // a match msgmerge rejected
    }
    if (!g.is_fuzzy()) {
      EXPECT_EQ(o->msgstr, g.msgstr) << g.msgid;
    }
  }
  ASSERT_GT(gnu_fuzzy, 10u);
  EXPECT_GE(static_cast<double>(same), 0.95 * static_cast<double>(gnu_fuzzy)) << same << " of " << gnu_fuzzy;
  EXPECT_EQ(extra, 0u);
  // Same counts of fuzzy units overall, and the output is what msgmerge writes.
  std::string written = write_po(ours), expected = slurp(gnu_file);
  EXPECT_TRUE(written == expected) << first_difference(written, expected);
}

}  // namespace
}  // namespace leafpress::catalog
