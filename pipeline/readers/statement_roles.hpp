#pragma once
// The rules that recognise a statement's title and category line, shared by the readers of
// plain text and of word-processor documents (see text_reader.cpp for the rules in words).
#include <cstddef>

#include "doc/document.hpp"

namespace leafpress::readers {

/// True for a block that may be the title: a paragraph of one line (`lines` in the source)
/// and plain text, at most 120 characters, not a dateline, not ending in . : ; or ,.
bool is_title_candidate(const doc::Block& block, size_t lines);

/// True for a block that may be the category line: a one-line plain paragraph of at most 80
/// characters ending with no punctuation.
bool is_category_candidate(const doc::Block& block, size_t lines);

/// Gives the block the title role; a paragraph becomes a level-1 heading.
void make_title(doc::Block& block);

}  // namespace leafpress::readers
