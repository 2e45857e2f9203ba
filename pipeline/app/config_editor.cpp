#include "app/config_editor.hpp"

#include <fmt/format.h>

#include <toml++/toml.h>
#include <optional>

#include "app/config.hpp"
#include "base/utf8.hpp"

namespace leafpress::app {
namespace {

// The byte offset of a toml++ source position (1-based line, column counted in characters).
std::optional<size_t> offset_of(std::string_view text, const toml::source_position& where) {
  size_t pos = 0;
  for (toml::source_index line = 1; line < where.line; ++line) {
    pos = text.find('\n', pos);
    if (pos == std::string_view::npos) return std::nullopt;
    ++pos;
  }
  for (toml::source_index column = 1; column < where.column; ++column) {
    if (pos >= text.size() || text[pos] == '\n') return std::nullopt;
    ++pos;  // past the lead byte, then past any continuation bytes of the same character
    while (pos < text.size() && utf8::is_continuation(text[pos])) ++pos;
  }
  return pos;
}

// Inserts `item` into the array whose '[' is at `open`: after its last string, so a trailing
// comma and the line layout stay as they are. Skips strings of both quote kinds and comments.
std::optional<std::string> insert_into_array(std::string text, size_t open, const std::string& item) {
  if (open >= text.size() || text[open] != '[') return std::nullopt;
  std::optional<size_t> last_item_end;
  for (size_t i = open + 1; i < text.size(); ++i) {
    char c = text[i];
    if (c == '#') {
      i = text.find('\n', i);
      if (i == std::string::npos) return std::nullopt;
    } else if (c == '"' || c == '\'') {
      size_t j = i + 1;
      while (j < text.size() && text[j] != c && text[j] != '\n') j += (c == '"' && text[j] == '\\') ? 2 : 1;
      if (j >= text.size() || text[j] != c) return std::nullopt;
      i = j;
      last_item_end = j + 1;
    } else if (c == ']') {
      if (last_item_end) text.insert(*last_item_end, ", " + item);
      else text.insert(open + 1, item);
      return text;
    }
  }
  return std::nullopt;
}

// Where a languages table without `targets` gets one; nullopt when there is no safe place.
std::optional<std::string> add_targets_key(std::string text, const toml::table& languages, const std::string& item) {
  auto start = offset_of(text, languages.source().begin);
  if (!start) return std::nullopt;
  size_t newline = text.rfind('\n', *start);
  size_t line_start = newline == std::string::npos ? 0 : newline + 1;
  if (languages.is_inline()) {  // languages = { … }
    if (text[*start] != '{') return std::nullopt;
    text.insert(*start + 1, languages.empty() ? " targets = [" + item + "] " : " targets = [" + item + "],");
  } else if (text[*start] == '[') {  // a [languages] section: the key goes right under its header
    size_t end = text.find('\n', *start);
    if (end == std::string::npos) text += "\ntargets = [" + item + "]\n";
    else text.insert(end + 1, "targets = [" + item + "]\n");
  } else {  // dotted keys (languages.print = …): one more beside them, in the same table
    text.insert(line_start, "languages.targets = [" + item + "]\n");
  }
  return text;
}

std::optional<std::string> edit(const std::string& text, const toml::table& root, const std::string& tag) {
  const std::string item = "\"" + tag + "\"";
  const toml::node* languages = root.get("languages");
  if (!languages) {
    std::string out = text;
    if (!out.empty() && out.back() != '\n') out += '\n';
    return out + "\n[languages]\ntargets = [" + item + "]\n";
  }
  if (!languages->is_table()) return std::nullopt;
  const toml::node* targets = languages->as_table()->get("targets");
  if (!targets) return add_targets_key(text, *languages->as_table(), item);
  auto open = offset_of(text, targets->source().begin);
  if (!open) return std::nullopt;
  return insert_into_array(text, *open, item);
}

}  // namespace

Result<std::string> add_target_to_config_text(std::string_view toml_text, const std::string& tag,
                                              const std::string& file) {
  auto before = parse_config(toml_text, file);
  if (!before) return std::unexpected(before.error());
  for (const std::string& target : before->targets)
    if (target == tag) return std::string(toml_text);
  // parse_config has read the same text without error, so this parse cannot fail.
  toml::table root = toml::parse(toml_text, file);
  std::string text(toml_text);
  std::optional<std::string> edited = edit(text, root, tag);
  auto refuse = [&] {
    return fail({file}, fmt::format("cannot add \"{}\" to languages.targets without risking the file's other "
                                    "settings; add it to the list by hand",
                                    tag));
  };
  if (!edited) return refuse();
  // Written only when it reads back as the same configuration plus the one language.
  auto after = parse_config(*edited, file);
  if (!after) return refuse();
  Config expected = *before;
  const toml::table* languages = root["languages"].as_table();
  // Without a languages table the targets were the defaults; the new table names only `tag`.
  if (languages) expected.targets.push_back(tag);
  else expected.targets = {tag};
  // Without its own list, print follows targets.
  if (!languages || !languages->contains("print")) expected.print = expected.targets;
  if (!(*after == expected)) return refuse();
  return *edited;
}

}  // namespace leafpress::app
