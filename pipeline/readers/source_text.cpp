#include "readers/source_text.hpp"

#include <algorithm>

#include "base/strings.hpp"
#include "base/utf8.hpp"
#include "text/nfc.hpp"
#include "text/segment.hpp"

namespace leafpress::readers {

namespace {

// Line and column (code points, 1-based) of byte `offset` in raw file bytes that are valid
// UTF-8 up to `offset`; CRLF and lone CR end lines too.
SourceSpan raw_span(std::string_view bytes, size_t offset, const std::string& path) {
  uint32_t line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  if (offset > bytes.size()) offset = bytes.size();
  std::string_view before = bytes.substr(line_start, offset - line_start);
  if (before.starts_with("\xEF\xBB\xBF")) before.remove_prefix(3);
  return {path, line, static_cast<uint32_t>(text::count_code_points(before) + 1)};
}

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v'; });
}

// Splits off a front-matter block: "---" on the first line, "key: value" lines, "---".
Result<size_t> parse_front_matter(const std::string& text, const std::string& path, FrontMatter& front) {
  if (!(text.starts_with("---\n") || text == "---")) return size_t{0};
  size_t pos = 4;
  uint32_t line = 2;
  while (pos <= text.size()) {
    if (pos >= text.size()) break;
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view raw(text.data() + pos, end - pos);
    std::string_view content = trim(raw);
    if (content == "---" || content == "...") return std::min(end + 1, text.size());
    if (!content.empty() && content.front() != '#') {
      size_t colon = content.find(':');
      if (colon == std::string_view::npos || colon == 0)
        return fail({path, line, 1}, "front matter line is not \"key: value\"");
      std::string key(trim(content.substr(0, colon)));
      bool key_ok = std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
      });
      if (!key_ok || key.empty()) return fail({path, line, 1}, "front matter key \"" + key + "\" is not a plain name");
      std::transform(key.begin(), key.end(), key.begin(),
                     [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
      if (front.values.count(key)) return fail({path, line, 1}, "front matter key \"" + key + "\" appears twice");
      std::string_view value = trim(content.substr(colon + 1));
      // Optional quotes around a value, as YAML writers add them.
      if (value.size() >= 2 &&
          ((value.front() == '"' && value.back() == '"') || (value.front() == '\'' && value.back() == '\'')))
        value = value.substr(1, value.size() - 2);
      front.values[key] = std::string(value);
      front.lines[key] = line;
    }
    pos = end + 1;
    ++line;
  }
  return fail({path, 1, 1}, "front matter starting with \"---\" is not closed by a \"---\" line");
}

}  // namespace

SourceSpan SourceText::span_at(size_t offset) const {
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  size_t index = it == line_starts.begin() ? 0 : static_cast<size_t>(it - line_starts.begin()) - 1;
  size_t start = line_starts.empty() ? 0 : line_starts[index];
  offset = std::min(offset, text.size());
  std::string_view before(text.data() + start, offset >= start ? offset - start : 0);
  return {path, first_line + static_cast<uint32_t>(index), static_cast<uint32_t>(text::count_code_points(before) + 1)};
}

Result<SourceText> decode_source(std::string_view bytes, const std::string& path) {
  if (bytes.empty()) return fail({path, 1, 1}, "the file is empty");
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))
    return fail({path, 1, 1}, "the file is UTF-16; save it as UTF-8");
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    if (bytes.size() >= 2 && (bytes[0] == '\0' || bytes[1] == '\0'))
      return fail({path, 1, 1}, "the file looks like UTF-16 (NUL bytes between characters); save it as UTF-8");
    auto valid = utf8::find_invalid(bytes.substr(0, nul));
    size_t at = valid ? *valid : nul;
    return fail(raw_span(bytes, at, path), "NUL byte at byte offset " + std::to_string(nul) + "; is this a text file?");
  }
  if (auto bad = utf8::find_invalid(bytes))
    return fail(raw_span(bytes, *bad, path),
                "invalid UTF-8 at byte offset " + std::to_string(*bad) + "; save the file as UTF-8");
  std::string_view body = bytes;
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  std::string unix_text;
  unix_text.reserve(body.size());
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '\r') {
      unix_text += '\n';
      if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
    } else {
      unix_text += body[i];
    }
  }
  if (is_blank(unix_text)) return fail({path, 1, 1}, "the file holds only white space");

  SourceText source;
  source.path = path;
  std::string normal = text::to_nfc(unix_text);
  auto front_end = parse_front_matter(normal, path, source.front);
  if (!front_end) return std::unexpected(front_end.error());
  uint32_t skipped = static_cast<uint32_t>(
      std::count(normal.begin(), normal.begin() + static_cast<std::ptrdiff_t>(*front_end), '\n'));
  source.first_line = 1 + skipped;
  source.text = normal.substr(*front_end);
  if (*front_end > 0 && is_blank(source.text))
    return fail({path, source.first_line, 1}, "the file holds front matter but no text");
  source.line_starts.push_back(0);
  for (size_t i = 0; i < source.text.size(); ++i)
    if (source.text[i] == '\n') source.line_starts.push_back(i + 1);
  return source;
}

}  // namespace leafpress::readers
