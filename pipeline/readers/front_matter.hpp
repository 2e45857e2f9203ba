#pragma once
// What the front matter says about a statement's structure, shared by the text and Markdown
// readers: the keys both accept, an explicit list of roles, and a named title and category.
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "doc/document.hpp"
#include "readers/source_text.hpp"

namespace leafpress::readers {

/// Error, at the key's line, when the front matter has a key the readers do not know, or an
/// empty title, category or roles.
Result<void> check_front_matter_keys(const SourceText& source);

/// The front matter's "roles": one role per top-level block, in order; nullopt when the key is
/// absent. Error for an unknown role name or a number of roles other than `blocks`.
Result<std::optional<std::vector<doc::Role>>> front_matter_roles(const SourceText& source, size_t blocks);

/// Where the front matter names `key` (its line; line 1 when absent), for blocks it supplies.
SourceSpan front_matter_span(const SourceText& source, const std::string& key);

/// The index of the title the front matter names: the first paragraph or heading whose text
/// is exactly `title`, else a level-1 heading with that text put first in `blocks` (0).
size_t find_or_add_title(std::vector<doc::Block>& blocks, const std::string& title, const SourceSpan& span);

/// The index of the category the front matter names: the last block, when it is a paragraph
/// at or after `first_body` whose text is exactly `category`, else a paragraph with that text
/// appended. "none" means no category (nullopt).
std::optional<size_t> find_or_add_category(std::vector<doc::Block>& blocks, const std::string& category,
                                           size_t first_body, const SourceSpan& span);

/// The document's name: its file name without the extension.
std::string document_name(const std::string& path);

}  // namespace leafpress::readers
