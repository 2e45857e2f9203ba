#include "base/text_hash.hpp"

#include <xxhash.h>

namespace leafpress {

uint64_t text_hash(std::string_view text) noexcept { return XXH3_64bits(text.data(), text.size()); }

}  // namespace leafpress
