// Oracle test: `msgmerge --previous` 0.21 and our merge on real catalogs against templates made
// from them with units removed, edited, moved to another context, turned from singular to
// plural and back, and added. The merged catalogs must be byte for byte what msgmerge writes.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "catalog/merge.hpp"
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

// A word inserted in the middle of a msgid: an edit msgmerge matches fuzzily.
std::string edited(const std::string& msgid) {
  size_t middle = msgid.find(' ', msgid.size() / 2);
  if (middle == std::string::npos) return msgid + " (new)";
  return msgid.substr(0, middle) + " really" + msgid.substr(middle);
}

// The template of a translated catalog after the sources changed, derived from its units by
// position so that every catalog sees every kind of change.
Catalog changed_template(const Catalog& catalog, size_t* changes) {
  Catalog pot;
  Message header;
  header.flags = {"fuzzy"};
  header.msgstr = {
      "Project-Id-Version: PACKAGE VERSION\nReport-Msgid-Bugs-To: https://bugs.example.org/\n"
      "POT-Creation-Date: 2025-01-02 03:04+0000\nPO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"
      "Last-Translator: FULL NAME <EMAIL@ADDRESS>\nLanguage-Team: LANGUAGE <LL@li.org>\n"
      "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n"};
  pot.messages.push_back(header);
  size_t i = 0;
  for (const Message& m : catalog.messages) {
    if (m.is_header() || m.obsolete) continue;
    ++i;
    if (i % 11 == 3) {  // gone from the sources: becomes obsolete
      ++*changes;
      continue;
    }
    Message unit;
    unit.extracted_comments = m.extracted_comments;
    unit.references = m.references;
    for (const std::string& f : m.flags)
      if (f != "fuzzy") unit.flags.push_back(f);
    unit.msgctxt = m.msgctxt;
    unit.msgid = m.msgid;
    unit.msgid_plural = m.msgid_plural;
    if (i % 7 == 2) unit.msgid = edited(m.msgid), ++*changes;
    if (i % 13 == 5) {  // another context, or none any more
      unit.msgctxt = m.msgctxt ? std::nullopt : std::optional<std::string>("changed context");
      ++*changes;
    }
    if (!m.msgid_plural && i % 17 == 6) unit.msgid_plural = m.msgid + " (several)", ++*changes;
    if (m.msgid_plural && i % 3 == 0) unit.msgid_plural.reset(), ++*changes;
    if (m.msgid_plural && i % 3 == 1) *unit.msgid_plural += " (changed)", ++*changes;
    unit.msgstr.assign(unit.msgid_plural ? 2 : 1, std::string());
    pot.messages.push_back(std::move(unit));
    if (i % 19 == 4) {  // a new unit, close to no old one
      Message fresh;
      fresh.references = {"src/new-file.c:" + std::to_string(i)};
      fresh.msgid = "A sentence added in release " + std::to_string(i) + " of the program";
      fresh.msgstr = {""};
      pot.messages.push_back(std::move(fresh));
      ++*changes;
    }
  }
  return pot;
}

TEST(GettextOracle, MergeIsByteIdenticalToMsgmergePreviousOnChangedRealTemplates) {
  auto files = corpus_catalogs();
  REQUIRE_CORPUS(files);
  TempDir temp;
  fs::path pot_file = temp.path() / "changed.pot";
  fs::path gnu_file = temp.path() / "msgmerge.po";
  size_t changes = 0, fuzzy = 0, compared = 0;
  for (const fs::path& file : files) {
    Catalog def = load(file);
    Catalog pot = changed_template(def, &changes);
    spit(pot_file, write_po(pot));
    auto run = run_command("msgmerge -q --previous " + quote(file) + " " + quote(pot_file) + " -o " + quote(gnu_file));
    ASSERT_EQ(run.exit_code, 0) << file.string() << ": " << run.output;
    MergeStats stats;
    std::string ours = write_po(merge(def, load(pot_file), &stats)), theirs = slurp(gnu_file);
    EXPECT_TRUE(ours == theirs) << file.string() << ": " << first_difference(ours, theirs);
    fuzzy += stats.fuzzy;
    ++compared;
  }
  EXPECT_EQ(compared, files.size());
  EXPECT_GT(changes, 1000u);
  EXPECT_GT(fuzzy, 300u);
}

// The merge that takes the old catalog apart gives the same result, and names as kept exactly
// the messages equal in every part to an old one; merged again with the same template, a
// result is kept whole.
TEST(MergeKept, NamesExactlyTheMessagesEqualToAnOldOne) {
  auto files = corpus_catalogs();
  REQUIRE_CORPUS(files);
  size_t kept_count = 0, rewritten = 0;
  for (const fs::path& file : files) {
    const Catalog def = load(file);
    size_t changes = 0;
    const Catalog pot = changed_template(def, &changes);
    std::vector<size_t> kept;
    Catalog taken = merge(Catalog(def), pot, MergeOptions{}, nullptr, &kept);
    ASSERT_EQ(taken, merge(def, pot)) << file.string();
    ASSERT_EQ(kept.size(), taken.messages.size());
    for (size_t i = 0; i < kept.size(); ++i) {
      const Message& m = taken.messages[i];
      bool equal_to_old = std::any_of(def.messages.begin(), def.messages.end(),
                                      [&](const Message& old) { return old.same_entry(m); });
      if (kept[i] != k_not_kept) {
        ASSERT_LT(kept[i], def.messages.size());
        EXPECT_TRUE(m.same_entry(def.messages[kept[i]])) << file.string() << ": " << m.msgid;
        ++kept_count;
      } else {
        EXPECT_FALSE(equal_to_old) << file.string() << ": " << m.msgid;
        ++rewritten;
      }
    }
    std::vector<size_t> again;
    const Catalog twice = merge(Catalog(taken), pot, MergeOptions{}, nullptr, &again);
    EXPECT_EQ(twice, taken) << file.string();
    EXPECT_EQ(std::count(again.begin(), again.end(), k_not_kept), 0) << file.string();
  }
  EXPECT_GT(kept_count, 1000u);
  EXPECT_GT(rewritten, 300u);
}

}  // namespace
}  // namespace leafpress::catalog
