#include "catalog/merge.hpp"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <optional>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/text_hash.hpp"
#include "catalog/format_check.hpp"
#include "catalog/fuzzy_index.hpp"
#include "catalog/fuzzy_scan.hpp"
#include "catalog/merge_header.hpp"

namespace leafpress::catalog {
namespace {

// (msgctxt, msgid): hashed, because comparing long msgids in a tree dominated the lookups.
using MessageKey = std::pair<std::optional<std::string>, std::string_view>;

struct MessageKeyHash {
  size_t operator()(const MessageKey& key) const noexcept {
    size_t h = text_hash(key.second);
    if (key.first) h ^= text_hash(*key.first) * 31 + 0x9E3779B97F4A7C15ULL;
    return h;
  }
};

bool is_format_flag(std::string_view flag) { return flag.ends_with("-format"); }
bool is_wrap_flag(std::string_view flag) { return flag == "no-wrap" || flag == "wrap"; }
bool is_range_flag(std::string_view flag) { return flag.starts_with("range:"); }

// The "range: a..b" of a message, or nullopt.
std::optional<std::pair<long, long>> range_of(const Message& m) {
  std::optional<std::pair<long, long>> out;
  for (const std::string& f : m.flags) {
    if (!is_range_flag(f)) continue;
    long lo = 0, hi = 0;
    if (std::sscanf(f.c_str() + 6, " %ld..%ld", &lo, &hi) == 2 && lo >= 0 && hi >= lo) out = {lo, hi};
  }
  return out;
}

// nplurals of a header's Plural-Forms, or 2 (gettext's default) when absent or unreadable.
size_t plural_count(const Catalog& catalog) {
  int n = catalog.nplurals();
  return n > 0 ? static_cast<size_t>(n) : 2;
}

// msgmerge's rule: a format flag the template newly gives (`#, c-format` added to
// "x %s") makes the unit fuzzy when the old translation fails that format's check.
bool fails_new_format(const Message& def, const Message& ref, const std::vector<std::string>& msgstr) {
  if (msgstr.empty() || msgstr.front().empty()) return false;
  auto possible = [](FormatState s) { return s == FormatState::yes || s == FormatState::possible; };
  const auto now = format_states(ref.flags);
  const auto before = format_states(def.flags);
  for (size_t i = 0; i < k_format_languages; ++i) {
    if (!possible(now[i]) || possible(before[i])) continue;
    for (const std::string& form : msgstr) {
      std::string_view source = ref.msgid_plural ? std::string_view(*ref.msgid_plural) : std::string_view(ref.msgid);
      auto fails = fails_format_check(static_cast<FormatLanguage>(i), source, form, ref.msgid_plural.has_value());
      if (fails && *fails) return true;
    }
  }
  return false;
}

// msgmerge's message_merge: the template's unit with the old translation `def`, taken apart
// (the caller passes a copy when it needs `def` again). Format, wrap and range flags come from
// the template, fuzzy from the translation (or `force_fuzzy`); the previous msgid is the old
// msgid, or the old one's own previous msgid when it was fuzzy already. `unchanged` tells
// whether the result equals the old message in every part (same_entry).
Message merged_message(Message&& def, const Message& ref, std::vector<std::string> comments, bool force_fuzzy,
                       size_t nplurals, bool* unchanged) {
  Message out;
  out.msgctxt = ref.msgctxt;
  out.msgid_plural = ref.msgid_plural;
  out.extracted_comments = std::move(comments);
  out.references = ref.references;
  out.obsolete = ref.obsolete;
  out.line = ref.line;
  bool fuzzy = def.is_fuzzy() || force_fuzzy;
  // A plural that changed (or appeared, or went) needs the translator's attention.
  if (!fuzzy && ref.msgid_plural != def.msgid_plural) fuzzy = true;
  // So does a range the old translation may not cover.
  auto old_range = range_of(def);
  if (!fuzzy && old_range) {
    auto new_range = range_of(ref);
    if (!new_range || new_range->first < old_range->first || new_range->second > old_range->second) fuzzy = true;
  }
  if (ref.msgid_plural && !def.msgid_plural) {
    // The old translation in every plural form.
    std::string text = def.msgstr.empty() ? std::string() : def.msgstr.front();
    out.msgstr.assign(nplurals, text);
    fuzzy = true;
  } else {
    out.msgstr = std::move(def.msgstr);
    if (!ref.msgid_plural && def.msgid_plural && out.msgstr.size() > 1) {
      out.msgstr.resize(1);  // the first form only
      fuzzy = true;
    }
  }
  if (!fuzzy) fuzzy = fails_new_format(def, ref, out.msgstr);
  if (fuzzy) out.flags.emplace_back("fuzzy");
  for (const std::string& f : ref.flags)
    if (is_format_flag(f) || is_wrap_flag(f) || is_range_flag(f)) out.flags.push_back(f);
  // The previous msgid is kept only where it helps: on fuzzy, translated units.
  if (fuzzy && !out.msgstr.empty() && !out.msgstr.front().empty()) {
    if (def.is_fuzzy()) {
      out.prev_msgctxt = def.prev_msgctxt;
      out.prev_msgid = def.prev_msgid;
      out.prev_msgid_plural = def.prev_msgid_plural;
    } else {
      out.prev_msgctxt = def.msgctxt;
      out.prev_msgid = def.msgid;
      out.prev_msgid_plural = def.msgid_plural;
    }
  }
  // What is moved below is equal by construction: the msgid when it is the same, and the
  // translation (changed only with a plural change, which makes msgid_plural differ).
  const bool same_msgid = def.msgid == ref.msgid;
  if (unchanged)
    *unchanged = same_msgid && out.msgctxt == def.msgctxt && out.msgid_plural == def.msgid_plural &&
                 out.obsolete == def.obsolete && out.flags == def.flags && out.references == def.references &&
                 out.extracted_comments == def.extracted_comments && out.prev_msgctxt == def.prev_msgctxt &&
                 out.prev_msgid == def.prev_msgid && out.prev_msgid_plural == def.prev_msgid_plural;
  if (same_msgid) out.msgid = std::move(def.msgid);
  else out.msgid = ref.msgid;
  out.translator_comments = std::move(def.translator_comments);
  return out;
}

// A template unit with no old translation, as msgmerge copies it: untranslated plurals get
// one empty form per plural form of the catalog.
Message new_message(const Message& ref, std::vector<std::string> comments, size_t nplurals) {
  Message out = ref;
  out.extracted_comments = std::move(comments);
  bool untranslated = std::all_of(out.msgstr.begin(), out.msgstr.end(), [](const std::string& s) { return s.empty(); });
  if (out.msgid_plural && untranslated) out.msgstr.assign(nplurals, std::string());
  if (out.msgstr.empty()) out.msgstr.emplace_back();
  // The previous msgid is kept only where it helps: on fuzzy, translated units.
  if (!out.is_fuzzy() || out.msgstr.front().empty()) {
    out.prev_msgctxt.reset();
    out.prev_msgid.reset();
    out.prev_msgid_plural.reset();
  }
  return out;
}

// Whether msgmerge's fuzzy index counts 4-grams of characters: when it knows the charset of
// the translations (UTF-8 once converted because the template is UTF-8, or declared).
bool fuzzy_by_characters(const Catalog& definitions, const Catalog& reference) {
  auto charset = [](const Catalog& c) {
    std::string type = c.header_field("Content-Type");
    size_t at = type.find("charset=");
    if (at == std::string::npos) return std::string();
    std::string name = type.substr(at + 8);
    name = name.substr(0, name.find_first_of(" \t"));
    for (char& ch : name) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
    return name;
  };
  std::string def = charset(definitions);
  return charset(reference) == "UTF-8" || !(def.empty() || def == "CHARSET");
}

// The header's key: msgid "" without a context (obsolete or not, as msgmerge sees it).
bool is_header_key(const Message& m) { return m.msgid.empty() && !m.msgctxt; }

using KeyIndex = std::unordered_map<MessageKey, size_t, MessageKeyHash>;

constexpr size_t k_few_queries = 4;  // up to this many fuzzy lookups are made without an index

// For each template unit without an exact match, the old message msgmerge takes as its fuzzy
// match (by position in definitions), searched on several threads: most of a merge's time.
std::vector<std::optional<size_t>> fuzzy_matches(const Catalog& definitions, const Catalog& reference,
                                                 const KeyIndex& by_key, const MergeOptions& options) {
  std::vector<std::optional<size_t>> found(reference.messages.size());
  std::vector<size_t> queries;
  for (size_t r = 0; r < reference.messages.size(); ++r) {
    const Message& ref = reference.messages[r];
    if (!is_header_key(ref) && !by_key.contains(std::make_pair(ref.msgctxt, std::string_view(ref.msgid))))
      queries.push_back(r);
  }
  // An update where every msgid is unchanged never builds the index, and one with only a few
  // changed units (a paragraph edited) compares them without it: building it costs more.
  if (queries.empty()) return found;
  const bool by_characters = fuzzy_by_characters(definitions, reference);
  LcsMemo* memo = options.session ? &options.session->lcs_memo() : nullptr;
  if (queries.size() <= k_few_queries) {
    const FuzzyScan scan(definitions.messages, by_characters, memo);
    for (size_t q : queries) found[q] = scan.best(reference.messages[q].msgctxt, reference.messages[q].msgid);
    return found;
  }
  const FuzzyIndex index(definitions.messages, by_characters, memo,
                         options.session ? options.session->features_of(reference) : nullptr);
  unsigned jobs = options.jobs;
  if (jobs == 0) jobs = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
  const size_t threads = queries.size() < 32 ? 1 : std::min<size_t>(jobs, queries.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    FuzzyIndex::Search search(index);
    for (size_t q = next++; q < queries.size(); q = next++) {
      const Message& ref = reference.messages[queries[q]];
      found[queries[q]] = search.best(ref.msgctxt, ref.msgid);
    }
  };
  if (threads <= 1) {
    work();
  } else {
    std::vector<std::jthread> pool;
    for (size_t t = 0; t < threads; ++t) pool.emplace_back(work);
  }
  return found;
}

// Drops the fuzzy matches whose role differs from their unit's and whose msgid is not at
// least `other_role_similarity` alike: a title is not the category reworded.
void drop_matches_of_other_roles(std::vector<std::optional<size_t>>& similar, const std::vector<Message>& defs,
                                 const Catalog& reference, const MergeOptions& options) {
  for (size_t r = 0; r < similar.size(); ++r) {
    if (!similar[r]) continue;
    const Message& ref = reference.messages[r];
    const Message& def = defs[*similar[r]];
    if (options.role(ref) != options.role(def) && similarity(ref.msgid, def.msgid) < options.other_role_similarity)
      similar[r].reset();
  }
}

}  // namespace

Catalog merge(const Catalog& definitions, const Catalog& reference, MergeStats* stats) {
  return merge(Catalog(definitions), reference, MergeOptions{}, stats);
}

Catalog merge(const Catalog& definitions, const Catalog& reference, const MergeOptions& options, MergeStats* stats) {
  return merge(Catalog(definitions), reference, options, stats);
}

Catalog merge(Catalog&& definitions, const Catalog& reference, const MergeOptions& options, MergeStats* stats,
              std::vector<size_t>* kept) {
  MergeStats local;
  MergeStats& counts = stats ? *stats : local;
  counts = {};
  Catalog out;
  std::vector<Message>& defs = definitions.messages;
  std::vector<size_t> local_kept;
  std::vector<size_t>& from = kept ? *kept : local_kept;
  from.clear();
  // Every template unit and at most every old entry: no message is moved as the list grows.
  out.messages.reserve(reference.messages.size() + defs.size());
  from.reserve(reference.messages.size() + defs.size());
  // A unit's extracted comments: the template's, then what this catalog adds.
  auto comments_of = [&](const Message& ref) {
    std::vector<std::string> comments = ref.extracted_comments;
    if (options.extra_comments)
      for (std::string& extra : options.extra_comments(ref)) comments.push_back(std::move(extra));
    return comments;
  };
  auto add = [&](Message message, size_t unchanged_from) {
    out.messages.push_back(std::move(message));
    from.push_back(unchanged_from);
  };

  // Exact lookup over every old entry, obsolete ones included (a restored unit gets its
  // translation back, as in msgmerge).
  KeyIndex by_key;
  by_key.reserve(defs.size());
  for (size_t i = 0; i < defs.size(); ++i)
    by_key.emplace(std::make_pair(defs[i].msgctxt, std::string_view(defs[i].msgid)), i);
  std::vector<bool> used(defs.size(), false);
  std::vector<std::optional<size_t>> similar = options.fuzzy_matching
                                                   ? fuzzy_matches(definitions, reference, by_key, options)
                                                   : std::vector<std::optional<size_t>>(reference.messages.size());
  if (options.role) drop_matches_of_other_roles(similar, defs, reference, options);

  // The template's header, or an empty one as msgmerge assumes; it takes the translator's
  // header, and without one (msgmerge's behaviour) the result has no header either.
  const Message* ref_header = reference.header();
  static const Message k_empty_header = [] {
    Message m;
    m.msgstr.emplace_back();
    return m;
  }();
  if (!ref_header) ref_header = &k_empty_header;
  if (auto it = by_key.find(std::make_pair(std::optional<std::string>(), std::string_view())); it != by_key.end()) {
    const Message& def = defs[it->second];
    used[it->second] = true;
    Message header;
    header.msgstr = {merged_header(def.msgstr.empty() ? std::string_view() : def.msgstr.front(),
                                   ref_header->msgstr.empty() ? std::string_view() : ref_header->msgstr.front())};
    header.translator_comments = def.translator_comments;
    header.extracted_comments = ref_header->extracted_comments;
    header.references = ref_header->references;
    if (def.is_fuzzy()) header.flags.emplace_back("fuzzy");
    for (const std::string& f : ref_header->flags)
      if (is_format_flag(f) || is_wrap_flag(f) || is_range_flag(f)) header.flags.push_back(f);
    header.obsolete = ref_header->obsolete;
    const bool unchanged = header.same_entry(def);
    add(std::move(header), unchanged ? it->second : k_not_kept);
  }
  // Plural forms for new units come from the old catalog, those for translations copied into
  // a new plural from the merged header (the same unless there was no old header).
  const size_t new_plurals = plural_count(definitions);
  const size_t merged_plurals = plural_count(out);

  // Fuzzy matches first, from copies: an old message can be the fuzzy match of one unit and
  // the exact match of another, which then takes it apart.
  // Only units without an exact match have one: few, so they are kept apart from the others.
  constexpr size_t k_no_copy = static_cast<size_t>(-1);
  std::vector<Message> fuzzy_copies;
  std::vector<size_t> fuzzy_copy_of(reference.messages.size(), k_no_copy);
  for (size_t r = 0; r < reference.messages.size(); ++r) {
    if (!similar[r]) continue;
    fuzzy_copy_of[r] = fuzzy_copies.size();
    fuzzy_copies.push_back(merged_message(Message(defs[*similar[r]]), reference.messages[r],
                                          comments_of(reference.messages[r]), true, merged_plurals, nullptr));
  }
  for (size_t r = 0; r < reference.messages.size(); ++r) {
    const Message& ref = reference.messages[r];
    if (is_header_key(ref)) continue;
    auto key = std::make_pair(ref.msgctxt, std::string_view(ref.msgid));
    if (auto it = by_key.find(key); it != by_key.end()) {
      used[it->second] = true;
      bool unchanged = false;
      Message merged = merged_message(std::move(defs[it->second]), ref, comments_of(ref), false, merged_plurals,
                                      &unchanged);
      add(std::move(merged), unchanged ? it->second : k_not_kept);
      ++counts.exact;
    } else if (fuzzy_copy_of[r] != k_no_copy) {
      // The old entry lives on in the fuzzy one, so it does not become obsolete (as msgmerge).
      used[*similar[r]] = true;
      add(std::move(fuzzy_copies[fuzzy_copy_of[r]]), k_not_kept);
      ++counts.fuzzy;
    } else {
      add(new_message(ref, comments_of(ref), new_plurals), k_not_kept);
      ++counts.added;
    }
  }

  // Old units gone from the template stay as obsolete entries (msgcat and msgmerge write
  // only those with a translation), without pointers into the sources.
  for (size_t i = 0; i < defs.size(); ++i) {
    if (used[i] || defs[i].msgstr.empty() || defs[i].msgstr.front().empty()) continue;
    Message& gone = defs[i];
    const bool unchanged = gone.obsolete && gone.extracted_comments.empty() && gone.references.empty();
    if (!gone.obsolete) ++counts.obsoleted;
    gone.extracted_comments.clear();
    gone.references.clear();
    gone.obsolete = true;
    add(std::move(gone), unchanged ? i : k_not_kept);
  }
  return out;
}

}  // namespace leafpress::catalog
