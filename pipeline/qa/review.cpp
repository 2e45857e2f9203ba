#include "qa/review.hpp"

#include <algorithm>

#include "base/strings.hpp"
#include "qa/sha256.hpp"

namespace leafpress::qa {
namespace {

constexpr std::string_view k_review_key = "leafpress-reviewed:";

// Comment text: blanks off both ends, and a carriage return left at the end of the line.
std::string_view trim(std::string_view s) { return trim_right(trim_left(s), " \t\r"); }

bool is_review_comment(const std::string& comment) { return trim(comment).starts_with(k_review_key); }

// Netstring-style part: tag, decimal length, ':', bytes. Unambiguous for any content.
void add_part(Sha256& hash, char tag, std::string_view bytes) {
  std::string prefix(1, tag);
  prefix += std::to_string(bytes.size());
  prefix += ':';
  hash.update(prefix);
  hash.update(bytes);
}

bool is_hex16(std::string_view s) {
  return s.size() == 16 &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace

std::string unit_fingerprint(const catalog::Message& message) {
  Sha256 hash;
  hash.update("leafpress-unit-1\n");
  if (message.msgctxt) add_part(hash, 'c', *message.msgctxt);
  add_part(hash, 'i', message.msgid);
  if (message.msgid_plural) add_part(hash, 'p', *message.msgid_plural);
  for (const auto& form : message.msgstr) add_part(hash, 's', form);
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string out;
  auto digest = hash.digest();
  for (size_t i = 0; i < 8; ++i) {
    out += k_hex[digest[i] >> 4];
    out += k_hex[digest[i] & 0xF];
  }
  return out;
}

std::optional<ReviewMark> review_mark(const catalog::Message& message) {
  std::optional<ReviewMark> mark;
  for (const auto& comment : message.translator_comments) {
    if (!is_review_comment(comment)) continue;
    std::string_view rest = trim(trim(comment).substr(k_review_key.size()));
    size_t space = rest.find_last_of(" \t");
    ReviewMark found;
    if (space == std::string_view::npos) {
      found.fingerprint = std::string(rest);
    } else {
      found.reviewer = std::string(trim(rest.substr(0, space)));
      found.fingerprint = std::string(rest.substr(space + 1));
    }
    mark = std::move(found);
  }
  return mark;
}

ReviewState review_state(const catalog::Message& message) {
  auto mark = review_mark(message);
  if (!mark) return ReviewState::unreviewed;
  if (!is_hex16(mark->fingerprint) || mark->reviewer.empty()) return ReviewState::stale;
  return mark->fingerprint == unit_fingerprint(message) ? ReviewState::reviewed : ReviewState::stale;
}

void mark_reviewed(catalog::Message& message, std::string_view reviewer) {
  clear_review(message);
  message.translator_comments.push_back(std::string(k_review_key) + " " + std::string(trim(reviewer)) + " " +
                                        unit_fingerprint(message));
}

bool clear_review(catalog::Message& message) {
  auto& comments = message.translator_comments;
  auto removed = std::remove_if(comments.begin(), comments.end(), is_review_comment);
  bool any = removed != comments.end();
  comments.erase(removed, comments.end());
  return any;
}

size_t count_reviewed(const catalog::Catalog& catalog) {
  return static_cast<size_t>(std::count_if(catalog.messages.begin(), catalog.messages.end(), [](const auto& m) {
    return !m.is_header() && !m.obsolete && review_state(m) == ReviewState::reviewed;
  }));
}

std::optional<std::string> draft_note(const catalog::Catalog& catalog) {
  const catalog::Message* header = catalog.header();
  if (!header || header->msgstr.empty()) return std::nullopt;
  std::string_view text = header->msgstr.front();
  std::string key = std::string(k_draft_field) + ":";
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (line.starts_with(key)) {
      std::string_view value = trim(line.substr(key.size()));
      return value.empty() ? std::string("draft") : std::string(value);
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return std::nullopt;
}

bool clear_draft(catalog::Catalog& catalog) {
  catalog::Message* header = catalog.header();
  if (!header || header->msgstr.empty()) return false;
  std::string& text = header->msgstr.front();
  std::string key = std::string(k_draft_field) + ":";
  bool removed = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    size_t stop = end == std::string::npos ? text.size() : end + 1;
    if (std::string_view(text).substr(pos).starts_with(key)) {
      text.erase(pos, stop - pos);
      removed = true;
      continue;
    }
    pos = stop;
  }
  return removed;
}

}  // namespace leafpress::qa
