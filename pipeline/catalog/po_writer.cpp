#include "catalog/po_writer.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <climits>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include "base/text_hash.hpp"
#include "catalog/format_directives.hpp"
#include "catalog/format_flags.hpp"
#include "catalog/line_breaking.hpp"

namespace leafpress::catalog {
namespace {

// The flags line as msgcat writes it: fuzzy (only with a translation), known format flags
// in gettext's order, range, no-wrap; anything else is dropped, as gettext does.
std::string flags_line(const Message& m) {
  bool fuzzy = false;
  bool no_wrap = false;
  std::string range;
  for (const std::string& flag : m.flags) {
    std::string_view f = flag;
    if (f == "fuzzy") {
      fuzzy = true;
      continue;
    }
    if (f == "no-wrap") {
      no_wrap = true;
      continue;
    }
    if (f == "wrap") {
      no_wrap = false;
      continue;
    }
    if (f.starts_with("range:")) {
      std::string_view r = f.substr(6);
      while (!r.empty() && r.front() == ' ') r.remove_prefix(1);
      size_t dots = r.find("..");
      long lo = 0, hi = 0;
      if (dots != std::string_view::npos) {
        auto a = std::from_chars(r.data(), r.data() + dots, lo);
        auto b = std::from_chars(r.data() + dots + 2, r.data() + r.size(), hi);
        if (a.ec == std::errc() && b.ec == std::errc() && a.ptr == r.data() + dots && b.ptr == r.data() + r.size() &&
            lo >= 0 && hi >= lo)
          range = "range: " + std::to_string(lo) + ".." + std::to_string(hi);
      }
      continue;
    }
  }
  const auto formats = format_states(m.flags);
  std::string out;
  auto add = [&out](std::string_view item) {
    out += out.empty() ? "#, " : ", ";
    out += item;
  };
  if (fuzzy && !m.msgstr.empty() && !m.msgstr.front().empty()) add("fuzzy");
  for (size_t i = 0; i < formats.size(); ++i) {
    std::string name(format_language_name(static_cast<FormatLanguage>(i)));
    if (formats[i] == FormatState::yes || formats[i] == FormatState::possible) add(name + "-format");
    else if (formats[i] == FormatState::no) add("no-" + name + "-format");
  }
  if (!range.empty()) add(range);
  if (no_wrap) add("no-wrap");
  if (!out.empty()) out += '\n';
  return out;
}

// "file:line" with "./" prefixes dropped and the line number normalised, as gettext stores it.
struct Reference {
  std::string file;
  std::string line;  // empty when the reference has none
  [[nodiscard]] std::string text() const { return line.empty() ? file : file + ":" + line; }
};

Reference split_reference(std::string_view ref) {
  Reference out;
  size_t colon = ref.rfind(':');
  std::string_view file = ref;
  if (colon != std::string_view::npos && colon + 1 < ref.size()) {
    std::string_view digits = ref.substr(colon + 1);
    if (std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      unsigned long long n = 0;
      std::from_chars(digits.data(), digits.data() + digits.size(), n);
      out.line = std::to_string(n);
      file = ref.substr(0, colon);
    }
  }
  while (file.size() > 2 && file[0] == '.' && file[1] == '/') file.remove_prefix(2);
  out.file = std::string(file);
  return out;
}

// Ends a comment line. A backslash right before the line end would join the next line on (as
// gettext reads PO files), so a line ending in one gets a space first.
void end_comment_line(std::string& out) {
  if (!out.empty() && out.back() == '\\') out += ' ';
  out += '\n';
}

std::string references_lines(const Message& m, int width) {
  if (m.references.empty()) return {};
  std::vector<std::string> refs;
  for (const std::string& r : m.references) {
    std::string text = split_reference(r).text();
    if (std::find(refs.begin(), refs.end(), text) == refs.end()) refs.push_back(std::move(text));
  }
  std::string out = "#:";
  size_t column = 2;
  for (const std::string& r : refs) {
    size_t length = r.size() + 1;
    if (column > 2 && column + length > static_cast<size_t>(width)) {
      end_comment_line(out);
      out += "#:";
      column = 2;
    }
    out += ' ';
    out += r;
    column += length;
  }
  end_comment_line(out);
  return out;
}

char escape_letter(char c) {
  switch (c) {
    case '\a': return 'a';
    case '\b': return 'b';
    case '\f': return 'f';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\t': return 't';
    case '\v': return 'v';
    default: return 0;
  }
}

// Buffers reused from one string to the next (write_po allocates per catalog, not per string).
struct WrapBuffers {
  std::string piece;
  std::vector<Break> overrides;
  std::vector<Break> opportunities;
  std::vector<uint8_t> columns;  // per byte: the columns of the character starting there
  std::vector<char> breaks;
  std::vector<char> directives;  // per byte of the value: inside a format directive
};

// How one message's strings are wrapped.
struct StringStyle {
  bool wrap = true;
  int page_width = 79;
  std::optional<FormatLanguage> format;  // whose directives must stay on one line
};

bool is_escaped(char c) { return escape_letter(c) || c == '\\' || c == '"'; }

// Escapes value[s, e) into `piece` as a PO string body.
void escape_piece(std::string_view value, size_t s, size_t e, std::string& piece) {
  piece.clear();
  size_t run = s;  // start of the bytes copied as they are
  for (size_t k = s; k < e; ++k) {
    char c = value[k];
    char letter = escape_letter(c);
    if (letter || c == '\\' || c == '"') {
      piece.append(value.data() + run, k - run);
      piece += '\\';
      piece += letter ? letter : c;
      run = k + 1;
    }
  }
  piece.append(value.data() + run, e - run);
}

// Writes `keyword "value"` the way GNU's PO writer does: split after each "\n", each piece
// wrapped at Unicode line-break opportunities (never inside an escape), and a value that
// needs more than one line starts with an empty string. Nor does it break inside a format
// directive of the message's format language.
void write_string(std::string& out, std::string_view prefix, std::string_view keyword, std::string_view value,
                  const StringStyle& style, WrapBuffers& buffers) {
  const int after_break = static_cast<int>(prefix.size()) + 1;
  const int width = (style.wrap ? style.page_width : INT_MAX) - 1 - after_break;
  std::string& piece = buffers.piece;
  bool first_line = true;
  bool have_directives = false;  // found once per value, and only if some piece needs a break
  size_t s = 0;
  do {
    size_t e = s;
    while (e < value.size()) {
      if (value[e++] == '\n') break;
    }
    escape_piece(value, s, e, piece);
    auto open_with_empty_string = [&] {
      out += prefix;
      out += keyword;
      out += " \"\"\n";
      first_line = false;
    };
    // A value split after a "\n" takes several lines whatever their width.
    if (first_line && !piece.empty() && e < value.size()) open_with_empty_string();

    // Exact up to `width`: beyond it no start column lets the piece fit anyway.
    const long piece_width = text_width(piece, width);
    bool have_opportunities = false;
    bool any_break = false;
    // With `check_only`, only whether some break is needed (cheap: it stops at the first).
    auto fill = [&](int start, bool check_only) {
      // A piece that fits whole from `start` gets no break (fill_lines would insert none):
      // most strings, and every one without wrapping, never run the line-break algorithm.
      if (start + piece_width <= width) return false;
      if (!have_opportunities) {
        // Never break inside an escape, nor just before the "\n" that ends the piece.
        buffers.overrides.assign(piece.size(), Break::undefined);
        for (size_t k = 0; k + 1 < piece.size(); ++k)
          if (piece[k] == '\\') buffers.overrides[++k] = Break::prohibited;
        if (e > s && value[e - 1] == '\n') buffers.overrides[piece.size() - 2] = Break::prohibited;
        if (style.format) {
          if (!have_directives) {
            mark_directive_interiors(value, *style.format, keyword.starts_with("msgstr"), buffers.directives);
            have_directives = true;
          }
          for (size_t k = s, p = 0; k < e; p += is_escaped(value[k]) ? 2 : 1, ++k)
            if (buffers.directives[k]) buffers.overrides[p] = Break::prohibited;
        }
        possible_breaks(piece, buffers.overrides, buffers.opportunities, buffers.columns);
        have_opportunities = true;
      }
      if (check_only) return needs_break(buffers.columns, buffers.opportunities, width, start);
      return fill_lines(buffers.columns, buffers.opportunities, width, start, buffers.breaks);
    };
    int start = first_line ? static_cast<int>(keyword.size()) + 1 : 0;
    // A first line that would need a break opens with an empty string instead.
    bool opens_here = first_line && !piece.empty();
    any_break = fill(start, opens_here);
    if (opens_here && (start > width || any_break)) {
      open_with_empty_string();
      any_break = fill(0, false);
    }
    out += prefix;
    if (first_line) {
      out += keyword;
      out += ' ';
    }
    out += '"';
    if (!any_break) {
      out += piece;
    } else {
      size_t run = 0;
      for (size_t k = 0; k < piece.size(); ++k) {
        if (!buffers.breaks[k]) continue;
        out.append(piece, run, k - run);
        out += "\"\n";
        out += prefix;
        out += '"';
        run = k;
      }
      out.append(piece, run, std::string::npos);
    }
    out += "\"\n";
    s = e;
    first_line = false;
  } while (s < value.size());
}

// A msgid's key in a WrapCache: everything its lines depend on.
std::string msgid_key(std::string_view prefix, const StringStyle& style, std::string_view msgid) {
  std::string key(prefix);
  key += '\0';
  key += style.wrap ? 'w' : 'n';
  key += std::to_string(style.page_width);
  key += '\0';
  key += style.format ? std::to_string(static_cast<int>(*style.format)) : std::string("-");
  key += '\0';
  key += msgid;
  return key;
}

void write_message(std::string& out, const Message& m, const WriteOptions& options, WrapBuffers& buffers) {
  for (const std::string& c : m.translator_comments) {
    out += c.empty() ? "#" : "# ";
    out += c;
    end_comment_line(out);
  }
  for (const std::string& c : m.extracted_comments) {
    out += c.empty() ? "#." : "#. ";
    out += c;
    end_comment_line(out);
  }
  out += references_lines(m, options.width);
  out += flags_line(m);
  StringStyle style{options.wrap, options.width, wrapping_format(m.flags)};
  for (const std::string& flag : m.flags) {
    if (flag == "no-wrap") style.wrap = false;
    else if (flag == "wrap") style.wrap = options.wrap;
  }
  std::string_view previous = m.obsolete ? "#~| " : "#| ";
  if (m.prev_msgctxt) write_string(out, previous, "msgctxt", *m.prev_msgctxt, style, buffers);
  if (m.prev_msgid) write_string(out, previous, "msgid", *m.prev_msgid, style, buffers);
  if (m.prev_msgid_plural) write_string(out, previous, "msgid_plural", *m.prev_msgid_plural, style, buffers);
  std::string_view prefix = m.obsolete ? "#~ " : "";
  if (m.msgctxt) write_string(out, prefix, "msgctxt", *m.msgctxt, style, buffers);
  if (options.cache) {
    std::string key = msgid_key(prefix, style, m.msgid);
    if (!options.cache->append(key, out)) {
      const size_t start = out.size();
      write_string(out, prefix, "msgid", m.msgid, style, buffers);
      options.cache->store(std::move(key), std::string_view(out).substr(start));
    }
  } else {
    write_string(out, prefix, "msgid", m.msgid, style, buffers);
  }
  if (m.msgid_plural) {
    write_string(out, prefix, "msgid_plural", *m.msgid_plural, style, buffers);
    for (size_t i = 0; i < m.msgstr.size(); ++i)
      write_string(out, prefix, "msgstr[" + std::to_string(i) + "]", m.msgstr[i], style, buffers);
    if (m.msgstr.empty()) write_string(out, prefix, "msgstr[0]", "", style, buffers);
  } else {
    write_string(out, prefix, "msgstr", m.msgstr.empty() ? std::string_view() : m.msgstr.front(), style, buffers);
  }
}

}  // namespace

// Split in shards, each with its own lock: the catalogs written at once on several threads
// look up every msgid, and one lock made them take turns.
struct WrapCache::Data {
  struct alignas(64) Shard {
    mutable std::mutex mutex;
    std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> lines;
  };
  static constexpr size_t k_shards = 16;
  std::array<Shard, k_shards> shards;

  static size_t shard_index(const std::string& key) { return text_hash(key) >> 60; }  // the top 4 bits
};

WrapCache::WrapCache() : m_data(std::make_unique<Data>()) {}
WrapCache::~WrapCache() = default;

bool WrapCache::append(const std::string& key, std::string& out) const {
  const Data::Shard& shard = m_data->shards[Data::shard_index(key)];
  std::lock_guard lock(shard.mutex);
  auto it = shard.lines.find(key);
  if (it == shard.lines.end()) return false;
  out += it->second;
  return true;
}

void WrapCache::store(std::string key, std::string_view lines) {
  Data::Shard& shard = m_data->shards[Data::shard_index(key)];
  std::lock_guard lock(shard.mutex);
  shard.lines.try_emplace(std::move(key), lines);
}

std::string write_po(const Catalog& catalog, const WriteOptions& options) {
  std::string out;
  // Room for the text and its syntax, so the output is not copied as it grows.
  size_t estimate = 0;
  for (const Message& m : catalog.messages) {
    estimate += 64 + m.msgid.size() + (m.prev_msgid ? m.prev_msgid->size() : 0);
    for (const std::string& text : m.msgstr) estimate += text.size();
    for (const std::string& c : m.extracted_comments) estimate += c.size() + 4;
    for (const std::string& c : m.translator_comments) estimate += c.size() + 3;
    for (const auto& r : m.references) estimate += r.size() + 1;
  }
  out.reserve(estimate + estimate / 8);
  // Active messages in order, then the obsolete ones: those with a translation (msgcat drops
  // an obsolete entry whose msgstr, or first plural form, is empty).
  std::vector<size_t> order;
  order.reserve(catalog.messages.size());
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < catalog.messages.size(); ++i) {
      const Message& m = catalog.messages[i];
      if (m.obsolete != (pass == 1)) continue;
      if (m.obsolete && (m.msgstr.empty() || m.msgstr.front().empty())) continue;
      order.push_back(i);
    }
  }
  const std::vector<std::string_view>* verbatim = options.verbatim;
  if (verbatim && verbatim->size() != catalog.messages.size()) verbatim = nullptr;
  // Entries are written independently, so a long catalog is written in consecutive slices on
  // several threads and the slices joined: the text is the same for any number of threads.
  auto write_slice = [&](size_t begin, size_t end, std::string& text) {
    WrapBuffers buffers;
    for (size_t k = begin; k < end; ++k) {
      if (k > 0) text += '\n';
      const size_t i = order[k];
      if (verbatim && !(*verbatim)[i].empty()) text += (*verbatim)[i];
      else write_message(text, catalog.messages[i], options, buffers);
    }
  };
  constexpr size_t k_entries_per_slice = 512;  // below this, a thread costs more than it saves
  const size_t slices = std::clamp<size_t>(order.size() / k_entries_per_slice, 1, std::max(1u, options.jobs));
  if (slices == 1) {
    write_slice(0, order.size(), out);
    return out;
  }
  std::vector<std::string> texts(slices);
  {
    std::vector<std::jthread> pool;
    for (size_t t = 0; t < slices; ++t)
      pool.emplace_back([&, t] {
        texts[t].reserve(estimate / slices + estimate / 8);
        write_slice(order.size() * t / slices, order.size() * (t + 1) / slices, texts[t]);
      });
  }
  for (const std::string& text : texts) out += text;
  return out;
}

std::vector<std::string_view> kept_entry_text(const std::vector<size_t>& kept,
                                              const std::vector<std::string_view>& old_text) {
  std::vector<std::string_view> out(kept.size());
  for (size_t i = 0; i < kept.size(); ++i)
    if (kept[i] < old_text.size()) out[i] = old_text[kept[i]];
  return out;
}

}  // namespace leafpress::catalog
