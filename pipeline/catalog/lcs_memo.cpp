#include "catalog/lcs_memo.hpp"

#include <array>
#include <mutex>
#include <unordered_map>
#include <utility>

namespace leafpress::catalog {

// Split in shards, each with its own lock: the merges of two languages look lengths up
// thousands of times a second, and one lock made them take turns.
struct LcsMemo::Data {
  struct KeyHash {
    size_t operator()(const std::pair<uint64_t, uint64_t>& k) const {
      return k.first ^ (k.second * 0x9E3779B97F4A7C15ULL);
    }
  };
  struct alignas(64) Shard {
    mutable std::mutex mutex;
    std::unordered_map<std::pair<uint64_t, uint64_t>, uint32_t, KeyHash> lengths;
  };
  static constexpr size_t k_shards = 32;
  size_t capacity_per_shard = 0;
  std::array<Shard, k_shards> shards;

  static size_t shard_index(uint64_t query, uint64_t candidate) {
    return ((query * 0x9E3779B97F4A7C15ULL) ^ candidate) >> 59;  // the top 5 bits: one of 32
  }
};

LcsMemo::LcsMemo(size_t capacity) : m_data(std::make_unique<Data>()) {
  m_data->capacity_per_shard = (capacity + Data::k_shards - 1) / Data::k_shards;
}
LcsMemo::~LcsMemo() = default;

std::optional<uint32_t> LcsMemo::find(uint64_t query, uint64_t candidate) const {
  const Data::Shard& shard = m_data->shards[Data::shard_index(query, candidate)];
  std::lock_guard lock(shard.mutex);
  auto found = shard.lengths.find({query, candidate});
  if (found == shard.lengths.end()) return std::nullopt;
  return found->second;
}

void LcsMemo::store(uint64_t query, uint64_t candidate, uint32_t length) {
  Data::Shard& shard = m_data->shards[Data::shard_index(query, candidate)];
  std::lock_guard lock(shard.mutex);
  if (shard.lengths.size() < m_data->capacity_per_shard)
    shard.lengths.emplace(std::make_pair(query, candidate), length);
}

}  // namespace leafpress::catalog
