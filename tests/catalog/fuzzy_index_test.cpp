// The fuzzy index against a plain transcription of msgmerge 0.21's search: compare the query
// with every translated message sharing a 4-gram of characters, in the order of most 4-grams
// in common then position, and keep the first of strictly greater weight (similarity plus
// 0.00001 for the same or no context) above 0.6. The index, and the scan used without it,
// must choose the same message.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "catalog/fuzzy_index.hpp"
#include "catalog/fuzzy_scan.hpp"

namespace leafpress::catalog {
namespace {

size_t lcs(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1, 0), next(b.size() + 1, 0);
  for (char x : a) {
    for (size_t j = 0; j < b.size(); ++j) next[j + 1] = x == b[j] ? row[j] + 1 : std::max(row[j + 1], next[j]);
    std::swap(row, next);
  }
  return row[b.size()];
}

std::vector<std::string> grams(const std::string& s) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) starts.push_back(i);
  starts.push_back(s.size());
  std::vector<std::string> out;
  for (size_t k = 0; k + 4 < starts.size(); ++k) out.push_back(s.substr(starts[k], starts[k + 4] - starts[k]));
  return out;
}

std::optional<size_t> msgmerge_choice(const std::vector<Message>& messages, const std::optional<std::string>& msgctxt,
                                      const std::string& msgid) {
  auto weight = [&](const Message& m) {
    double w = static_cast<double>(2 * lcs(msgid, m.msgid)) / static_cast<double>(msgid.size() + m.msgid.size());
    return !m.msgctxt || (msgctxt && *msgctxt == *m.msgctxt) ? w + 0.00001 : w;
  };
  std::vector<std::string> query = grams(msgid);
  std::vector<std::pair<size_t, size_t>> order;  // (count, position)
  if (query.empty()) {
    // Short queries: every short message of a reachable length, by length then position.
    const auto l = static_cast<double>(msgid.size());
    for (auto len = static_cast<size_t>(std::ceil(l / (2 / 0.6 - 1))); len <= static_cast<size_t>(l * (2 / 0.6 - 1));
         ++len)
      for (size_t i = 0; i < messages.size(); ++i)
        if (messages[i].msgid.size() == len) order.emplace_back(0, i);
  } else {
    for (size_t i = 0; i < messages.size(); ++i) {
      std::vector<std::string> own = grams(messages[i].msgid);
      size_t count = 0;
      for (const std::string& g : query) count += std::find(own.begin(), own.end(), g) != own.end() ? 1 : 0;
      if (count > 0) order.emplace_back(count, i);
    }
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  }
  std::optional<size_t> best;
  double best_weight = 0.6;
  for (auto [count, i] : order) {
    const Message& m = messages[i];
    if (m.msgstr.empty() || m.msgstr.front().empty() || m.msgid.empty()) continue;
    double w = weight(m);
    if (w > best_weight) best_weight = w, best = i;
  }
  return best;
}

// The bit-parallel LCS on strings of several 64-byte words (carries between words), against
// the plain dynamic programme.
TEST(FuzzyIndex, SimilarityOfLongStringsIsExact) {
  std::mt19937 random(11);
  const std::string letters = "aab cde\xc3\xa9";
  for (int round = 0; round < 200; ++round) {
    auto text = [&](size_t n) {
      std::string s;
      for (size_t k = 0; k < n; ++k) s += letters[std::uniform_int_distribution<size_t>(0, letters.size() - 1)(random)];
      return s;
    };
    const std::string a = text(60 + static_cast<size_t>(round) * 3),
                      b = text(40 + static_cast<size_t>(round) * 5 % 700);
    const double expected = static_cast<double>(2 * lcs(a, b)) / static_cast<double>(a.size() + b.size());
    EXPECT_EQ(similarity(a, b), expected) << a.size() << " × " << b.size();
  }
}

TEST(FuzzyIndex, ChoosesWhatMsgmergesSearchChooses) {
  const std::vector<std::string> words{"the", "cat",  "sat",   "on",     "a", "mat", "and", "ran",
                                       "far", "away", "naïve", "日本語", "x", "%d",  "is",  "it"};
  std::mt19937 random(7);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(random); };
  auto sentence = [&] {
    std::string s;
    size_t n = 1 + pick(7);
    for (size_t k = 0; k < n; ++k) s += (k ? " " : "") + words[pick(words.size())];
    return s;
  };
  const std::vector<std::optional<std::string>> contexts{std::nullopt, std::nullopt, "menu", "button"};
  std::vector<Message> messages;
  std::map<std::pair<std::optional<std::string>, std::string>, bool> seen;
  while (messages.size() < 400) {
    Message m;
    m.msgctxt = contexts[pick(contexts.size())];
    m.msgid = sentence();
    if (seen[{m.msgctxt, m.msgid}]) continue;
    seen[{m.msgctxt, m.msgid}] = true;
    m.msgstr = {pick(5) == 0 ? "" : "t"};  // some untranslated: never proposed
    m.obsolete = pick(6) == 0;             // obsolete ones are proposed too
    messages.push_back(m);
  }
  FuzzyIndex index(messages, true);
  FuzzyIndex::Search search(index);
  const FuzzyScan scan(messages, true);
  // Two scans sharing a memo, as two languages' merges do: the second takes the first's lengths.
  LcsMemo memo;
  const FuzzyScan first_language(messages, true, &memo), second_language(messages, true, &memo);
  size_t found = 0;
  for (int q = 0; q < 1500; ++q) {
    std::optional<std::string> msgctxt = contexts[pick(contexts.size())];
    std::string msgid = q % 3 == 0 ? messages[pick(messages.size())].msgid + (q % 2 ? " x" : "") : sentence();
    auto expected = msgmerge_choice(messages, msgctxt, msgid);
    EXPECT_EQ(search.best(msgctxt, msgid), expected) << msgid;
    EXPECT_EQ(scan.best(msgctxt, msgid), expected) << "scan: " << msgid;
    EXPECT_EQ(first_language.best(msgctxt, msgid), expected) << "scan with a memo: " << msgid;
    EXPECT_EQ(second_language.best(msgctxt, msgid), expected) << "scan from the memo: " << msgid;
    found += expected ? 1 : 0;
  }
  EXPECT_GT(found, 500u);
}

// The features of a template shared by the languages' indexes: the template lists the msgids
// in another order, lacks some of the catalog's and holds others; no choice may change, in
// short catalogs and in long ones whose queries run into the comparison budget.
TEST(FuzzyIndex, SharedMsgidFeaturesChangeNoChoice) {
  const std::vector<std::string> words{"everyone", "has",       "the",      "right",  "to",     "life",
                                       "liberty",  "and",       "security", "of",     "person", "no",
                                       "one",      "shall",     "be",       "held",   "in",     "slavery",
                                       "or",       "servitude", "naïve",    "日本語", "%d"};
  std::mt19937 random(19);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(random); };
  auto sentence = [&](size_t most_words) {
    std::string s;
    size_t n = 1 + pick(most_words);
    for (size_t k = 0; k < n; ++k) s += (k ? " " : "") + words[pick(words.size())];
    return s;
  };
  for (size_t most_words : {6u, 60u}) {
    const bool long_ones = most_words > 6;  // paragraphs, enough of them to spend the budget
    std::vector<Message> messages(long_ones ? 1000 : 600);
    for (Message& m : messages) {
      m.msgid = sentence(most_words);
      m.msgstr = {pick(5) == 0 ? "" : "t"};
    }
    std::vector<Message> pot;
    for (size_t i = messages.size(); i-- > 0;)
      if (i % 7 != 0) pot.push_back(messages[i]);  // reversed, a seventh left out
    for (int k = 0; k < 100; ++k) pot.emplace_back().msgid = sentence(most_words);
    const MsgidFeatures features(pot);
    for (bool by_characters : {true, false}) {
      FuzzyIndex alone(messages, by_characters), shared(messages, by_characters, nullptr, &features);
      FuzzyIndex::Search search_alone(alone), search_shared(shared);
      const int queries = long_ones ? 40 : 300;
      int found = 0;
      for (int q = 0; q < queries; ++q) {
        std::string msgid = q % 2 ? pot[pick(pot.size())].msgid : messages[pick(messages.size())].msgid + " x";
        if (q % 5 == 0) msgid = sentence(most_words);  // most likely no close match
        auto expected = search_alone.best(std::nullopt, msgid);
        EXPECT_EQ(search_shared.best(std::nullopt, msgid), expected) << msgid;
        found += expected ? 1 : 0;
      }
      EXPECT_GT(found, queries / 3);
    }
  }
}

// A catalog with more than 65,536 candidates and distinct 4-grams keeps its ids in 32 bits,
// a smaller one in 16: both must choose as the exhaustive scan does.
TEST(FuzzyIndex, BigCatalogsChooseAsSmallOnes) {
  std::mt19937 random(11);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(random); };
  auto letters = [&](size_t n) {
    std::string s;
    for (size_t k = 0; k < n; ++k) s += static_cast<char>('a' + pick(26));
    return s;
  };
  for (size_t size : {3'000u, 70'000u}) {
    std::vector<Message> messages;
    for (size_t i = 0; i < size; ++i) {
      Message m;
      m.msgid = letters(12 + pick(20));
      m.msgstr = {"t"};
      messages.push_back(m);
    }
    FuzzyIndex index(messages, true);
    FuzzyIndex::Search search(index);
    const FuzzyScan scan(messages, true);
    size_t found = 0;
    for (int q = 0; q < 60; ++q) {
      std::string msgid = messages[pick(messages.size())].msgid;
      if (q % 2 == 0) msgid[pick(msgid.size())] = '-';  // a changed unit
      else msgid = letters(12 + pick(20));
      auto expected = scan.best(std::nullopt, msgid);
      EXPECT_EQ(search.best(std::nullopt, msgid), expected) << size << ": " << msgid;
      found += expected ? 1 : 0;
    }
    EXPECT_GE(found, 30u) << size;
  }
}

}  // namespace
}  // namespace leafpress::catalog
