#pragma once
// What the pages of one language need from its statements catalog. The build's catalog stage
// takes it from each catalog it has just merged and written, so rendering need not read and
// parse the same file again; rendering takes it from the file otherwise. Every catalog of a
// project holds the same msgids, so they are kept once for all languages.
//
// A build holds these for every language while it merges the next catalogs, so the text lives
// in a few large blocks: one allocation per string scattered them among the merges' short-lived
// ones, and the heap could not hand that memory back (a tenth of a big build's peak).
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/text_hash.hpp"
#include "catalog/message.hpp"

namespace leafpress::app {

/// Strings copied into large blocks; the views it hands out live as long as the arena (moving
/// the arena keeps them valid). Blocks are sized to the text: a block the text does not fill
/// still costs memory once the heap backs it with huge pages, and a build keeps one arena per
/// language.
class TextArena {
 public:
  /// Makes room for exactly `bytes` more in one block, unless the current one has it, so that
  /// that much text is stored contiguously and nothing is set aside beyond it.
  void reserve(size_t bytes);
  /// Stores a copy of `text`. Without room, starts a block twice the size of the arena so far
  /// (from 4 KiB up to 1 MiB), or the size of the text if that is larger.
  std::string_view store(std::string_view text);
  /// The bytes the arena's blocks hold, used or not.
  [[nodiscard]] size_t capacity() const { return m_total; }

 private:
  static constexpr size_t k_first_block = size_t{4} << 10;
  static constexpr size_t k_largest_block = size_t{1} << 20;
  void add_block(size_t bytes);
  std::vector<std::unique_ptr<char[]>> m_blocks;
  size_t m_used = 0;
  size_t m_capacity = 0;  // of the last block
  size_t m_total = 0;     // of all blocks
};

/// One stored copy of each msgid, shared by the languages. Thread-safe; the views it hands out
/// live as long as the pool.
class MsgidPool {
 public:
  /// The pool's copy of each of `msgids`, in place. One lock for them all: the catalogs of
  /// two languages are interned at once, and a lock per msgid made them take turns.
  void intern(std::vector<std::string_view>& msgids);

 private:
  std::mutex m_mutex;
  TextArena m_text;
  std::unordered_set<std::string_view, TextHash> m_strings;
};

struct StatementTranslations {
  struct Translation {
    std::string_view msgid;   // in the pool
    std::string_view msgstr;  // in `text`
    uint64_t msgid_hash = 0;  // text_hash(msgid)
    bool unreviewed = false;  // not (or no longer) reviewed
  };

  bool draft = false;  // the header marks a draft
  // Translated units only, sorted by msgid hash (then msgid): a lookup compares numbers, not
  // paragraphs.
  std::vector<Translation> translations;
  TextArena text;

  /// The translation of `msgid`, or nullptr when the catalog has none.
  [[nodiscard]] const Translation* find(std::string_view msgid) const;
};

/// The statements of the catalogs a build has just written, by language tag, with the pool
/// their msgids point into.
struct KnownTranslations {
  std::shared_ptr<MsgidPool> pool = std::make_shared<MsgidPool>();
  std::map<std::string, StatementTranslations> by_language;
};

StatementTranslations statement_translations(const catalog::Catalog& catalog, MsgidPool& pool);

}  // namespace leafpress::app
