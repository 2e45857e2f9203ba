#pragma once
// The review record: a native speaker's review is stored per unit as a translator comment
//   # leafpress-reviewed: <name> <fingerprint>
// which msgmerge, Poedit, Weblate and `leafpress update` keep. The fingerprint is the first
// 16 hex digits of SHA-256 (FIPS 180-4) over the unit's msgctxt, msgid, msgid_plural and
// every msgstr, so any change to the source or the translation makes the review stale.
// A catalog whose header has `X-Leafpress-Draft:` is a draft (e.g. machine-drafted).
#include <optional>
#include <string>
#include <string_view>

#include "catalog/message.hpp"

namespace leafpress::qa {

/// The header field that marks a draft catalog.
inline constexpr std::string_view k_draft_field = "X-Leafpress-Draft";

/// 16 lower-case hex digits identifying (msgctxt, msgid, msgid_plural, msgstr…). Each part is
/// length-prefixed, so no two different units share the hashed bytes.
std::string unit_fingerprint(const catalog::Message& message);

/// A `leafpress-reviewed:` comment as read.
struct ReviewMark {
  std::string reviewer;
  std::string fingerprint;
};

/// The message's review comment, or nullopt (the last one wins when there are several).
std::optional<ReviewMark> review_mark(const catalog::Message& message);

enum class ReviewState {
  unreviewed,  // no review comment
  reviewed,    // the comment's fingerprint matches the unit
  stale,       // reviewed, but the source or translation changed since
};
ReviewState review_state(const catalog::Message& message);

/// Records a review by `reviewer` (one line, not empty), replacing earlier review comments.
void mark_reviewed(catalog::Message& message, std::string_view reviewer);

/// Removes every review comment; returns true when there was one.
bool clear_review(catalog::Message& message);

/// Active (not header, not obsolete) messages whose review is current.
size_t count_reviewed(const catalog::Catalog& catalog);

/// The draft note (`X-Leafpress-Draft:` value; "draft" when the field is empty), or nullopt.
std::optional<std::string> draft_note(const catalog::Catalog& catalog);

/// Removes the `X-Leafpress-Draft:` header field; returns true when it was there.
bool clear_draft(catalog::Catalog& catalog);

}  // namespace leafpress::qa
