#pragma once
// What the fuzzy searches of several catalogs holding the same msgids (a project's languages)
// can find once for all of them: the byte classes and 4-grams of characters of each msgid of
// a template.
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/text_hash.hpp"
#include "catalog/byte_classes.hpp"
#include "catalog/message.hpp"
#include "catalog/ngrams.hpp"

namespace leafpress::catalog {

/// The features of the msgids of `messages` (the template's). Built on first use, then
/// read-only: thread-safe. `messages` must outlive it. A search gives the same answers with
/// or without it.
class MsgidFeatures {
 public:
  explicit MsgidFeatures(const std::vector<Message>& messages);
  ~MsgidFeatures();
  MsgidFeatures(const MsgidFeatures&) = delete;
  MsgidFeatures& operator=(const MsgidFeatures&) = delete;

  /// One entry per distinct msgid, in the order of the messages.
  struct Data {
    const std::vector<Message>& messages;
    std::once_flag built;
    fuzzy::GramTable table;  // every 4-gram of characters of the msgids
    std::unordered_map<std::string_view, uint32_t, TextHash, std::equal_to<>> entry_of;  // msgid → entry
    std::vector<fuzzy::ClassCounts> counts;                                              // per entry
    std::vector<uint32_t> gram_start{0};  // each entry's distinct 4-gram ids, in `grams`
    std::vector<uint32_t> grams;
    std::vector<uint64_t> hash;  // per entry: text_hash of the msgid

    explicit Data(const std::vector<Message>& m) : messages(m) {}
    void build();
    /// The entry of `msgid`, or UINT32_MAX.
    [[nodiscard]] uint32_t find(std::string_view msgid) const {
      auto it = entry_of.find(msgid);
      return it == entry_of.end() ? UINT32_MAX : it->second;
    }
  };
  /// The features, found on the first call.
  [[nodiscard]] const Data& ready() const;

 private:
  std::unique_ptr<Data> m_data;
};

}  // namespace leafpress::catalog
