#pragma once
// What the merges and writes of one batch of catalogs share. A project's catalogs (one per
// language) hold the same msgids, the template's: their fuzzy searches compare the same pairs
// of msgids and find the same 4-grams in them, and their writers wrap the same msgids. A
// session does each of these once for all of them.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "catalog/lcs_memo.hpp"
#include "catalog/message.hpp"
#include "catalog/msgid_features.hpp"
#include "catalog/po_writer.hpp"

namespace leafpress::catalog {

/// Thread-safe once the templates are shared: merges and writes of several catalogs may use
/// one session at the same time. A merge or write gives the same result with or without it.
class MergeSession {
 public:
  MergeSession();
  ~MergeSession();
  MergeSession(const MergeSession&) = delete;
  MergeSession& operator=(const MergeSession&) = delete;

  /// Keeps `reference`, the template called `name` (a domain), for merges to take with
  /// shared_template(): parsed once, and what its msgids give (found on the first merge) is
  /// shared by every merge with it. Call before merging on several threads.
  const Catalog& share_template(std::string name, Catalog reference);
  /// The template shared under `name`, or nullptr.
  [[nodiscard]] const Catalog* shared_template(std::string_view name) const;

  /// The features of `reference`'s msgids when it is one of the shared templates, else nullptr.
  [[nodiscard]] const MsgidFeatures* features_of(const Catalog& reference) const;
  /// Common-subsequence lengths of msgid pairs the fuzzy searches computed.
  [[nodiscard]] LcsMemo& lcs_memo() { return m_lcs_memo; }
  /// The msgids' lines as the PO writer wrapped them (WriteOptions::cache).
  [[nodiscard]] WrapCache& wrap_cache() { return m_wrap_cache; }

 private:
  LcsMemo m_lcs_memo;
  WrapCache m_wrap_cache;
  struct Shared {
    explicit Shared(Catalog catalog) : reference(std::move(catalog)), features(reference.messages) {}
    const Catalog reference;
    MsgidFeatures features;
  };
  std::map<std::string, std::unique_ptr<Shared>, std::less<>> m_templates;  // by name
};

}  // namespace leafpress::catalog
