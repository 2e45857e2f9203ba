#pragma once
// What the pages of one language need from its statements catalog. The build's catalog stage
// takes it from each catalog it has just merged and written, so rendering need not read and
// parse the same file again; rendering takes it from the file otherwise. Every catalog of a
// project holds the same msgids, so they are kept once for all languages.
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "catalog/message.hpp"

namespace leafpress::app {

/// One stored copy of each msgid, shared by the languages. Thread-safe; the views it hands out
/// live as long as the pool.
class MsgidPool {
 public:
  std::string_view intern(const std::string& msgid);

 private:
  std::mutex m_mutex;
  std::unordered_set<std::string> m_strings;  // nodes never move
};

struct StatementTranslations {
  bool draft = false;                                              // the header marks a draft
  std::unordered_map<std::string_view, std::string> translations;  // msgid → msgstr, translated units only
  std::unordered_set<std::string_view> unreviewed;                 // msgids of translations not (or no longer) reviewed
};

/// The statements of the catalogs a build has just written, by language tag, with the pool
/// their msgids point into.
struct KnownTranslations {
  std::shared_ptr<MsgidPool> pool = std::make_shared<MsgidPool>();
  std::map<std::string, StatementTranslations> by_language;
};

StatementTranslations statement_translations(const catalog::Catalog& catalog, MsgidPool& pool);

}  // namespace leafpress::app
