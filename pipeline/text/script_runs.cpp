#include "text/script_runs.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>

#include "text/language_table.hpp"

namespace leafpress::text {
namespace {

struct CodePoint {
  uint32_t begin = 0;  // byte offset; the code point ends where the next begins
  UScriptCode script = USCRIPT_COMMON;
  bool whitespace = false;
};

// Into out[0, n), returning n. `out` is a buffer reused from call to call (pages ask for the
// runs of every paragraph) that only grows; fields are written in place, one by one, which
// keeps a character's costs to its few stores.
size_t decode(std::string_view text, std::vector<CodePoint>& out) {
  if (out.size() < text.size()) out.resize(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(text.size());
  size_t n = 0;
  for (int32_t i = 0; i < length; ++n) {
    CodePoint& cp = out[n];
    cp.begin = static_cast<uint32_t>(i);
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && c < 0x80) {
      // ASCII, most of the text: what ICU answers, without asking it.
      const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      cp.script = letter ? USCRIPT_LATIN : USCRIPT_COMMON;
      cp.whitespace = c == ' ' || (c >= 0x09 && c <= 0x0D);
      continue;
    }
    cp.script = USCRIPT_INHERITED;
    cp.whitespace = false;
    if (c >= 0) {
      UErrorCode status = U_ZERO_ERROR;
      cp.script = uscript_getScript(c, &status);
      if (U_FAILURE(status)) cp.script = USCRIPT_COMMON;
      cp.whitespace = u_isUWhiteSpace(c) != 0;
    }
    // Unassigned code points are "Unknown": treat them like Common.
    if (cp.script == USCRIPT_UNKNOWN) cp.script = USCRIPT_COMMON;
  }
  return n;
}

bool is_real(UScriptCode script) { return script != USCRIPT_COMMON && script != USCRIPT_INHERITED; }

// Whether the character at `cp` lists `script` among its Script_Extensions.
bool extends_to(std::string_view text, const CodePoint& cp, UScriptCode script) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(cp.begin);
  UChar32 c = 0;
  U8_NEXT(bytes, i, static_cast<int32_t>(text.size()), c);
  if (c < 0) return false;
  return uscript_hasScript(c, script) != 0;
}

// A Common character whose extensions name one real script only (e.g. U+060C ARABIC COMMA
// in Latin text): that script, else USCRIPT_COMMON.
UScriptCode sole_extension(std::string_view text, const CodePoint& cp) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(cp.begin);
  UChar32 c = 0;
  U8_NEXT(bytes, i, static_cast<int32_t>(text.size()), c);
  if (c < 0) return USCRIPT_COMMON;
  std::array<UScriptCode, 16> scripts{};
  UErrorCode status = U_ZERO_ERROR;
  int32_t count = uscript_getScriptExtensions(c, scripts.data(), static_cast<int32_t>(scripts.size()), &status);
  if (U_FAILURE(status) || count < 1 || !is_real(scripts[0])) return USCRIPT_COMMON;
  return scripts[0];
}

}  // namespace

void for_each_script_run(std::string_view text, CommonPolicy policy,
                         const std::function<void(std::string_view, std::string_view)>& visit) {
  thread_local std::vector<CodePoint> cps;
  thread_local std::vector<UScriptCode> resolved;
  const size_t n = decode(text, cps);
  // Pass 1: the resolved script of each code point. Forward: attach to the run before.
  if (resolved.size() < n) resolved.resize(n);
  UScriptCode previous = USCRIPT_COMMON;  // resolved script of the previous code point
  for (size_t i = 0; i < n; ++i) {
    const CodePoint& cp = cps[i];
    if (is_real(cp.script)) {
      resolved[i] = cp.script;
    } else if (cp.script == USCRIPT_INHERITED  // a combining mark belongs to its base, whatever that is
               || policy == CommonPolicy::join || cp.whitespace ||
               (is_real(previous) && extends_to(text, cp, previous))) {
      resolved[i] = previous;
    } else {
      resolved[i] = USCRIPT_COMMON;
    }
    previous = resolved[i];
  }
  // Pass 2, backward: what is still Common at the start of the text (or, in the neutral
  // policy, Common characters of another script's extensions) takes the run after it.
  UScriptCode next = USCRIPT_COMMON;
  for (size_t i = n; i-- > 0;) {
    if (resolved[i] != USCRIPT_COMMON) {
      next = resolved[i];
      continue;
    }
    const CodePoint& cp = cps[i];
    bool may_join = policy == CommonPolicy::join || cp.whitespace || cp.script == USCRIPT_INHERITED ||
                    (is_real(next) && extends_to(text, cp, next));
    if (may_join && is_real(next)) {
      resolved[i] = next;
    } else if (policy == CommonPolicy::neutral && cp.script == USCRIPT_COMMON && !cp.whitespace) {
      resolved[i] = sole_extension(text, cp);
    }
    next = resolved[i];
  }
  // A neutral-policy run of only whitespace between two neutral runs stays neutral; in the
  // join policy a text with no real script at all is one Common run.
  // Each run's text is one slice of `text` (code points are contiguous); names are compared
  // only where the script code changes.
  std::string_view script;
  size_t run_begin = 0;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && resolved[i] == resolved[i - 1]) continue;
    const char* name = uscript_getShortName(resolved[i]);
    std::string_view code = name != nullptr ? name : "Zyyy";
    if (script.data() == nullptr || script != code) {
      if (script.data() != nullptr) visit(text.substr(run_begin, cps[i].begin - run_begin), script);
      script = code;
      run_begin = cps[i].begin;
    }
  }
  if (n > 0) visit(text.substr(run_begin), script);
}

std::vector<ScriptRun> split_script_runs(std::string_view text, CommonPolicy policy) {
  std::vector<ScriptRun> runs;
  for_each_script_run(text, policy, [&](std::string_view run, std::string_view script) {
    runs.push_back(ScriptRun{std::string(run), std::string(script)});
  });
  return runs;
}

std::optional<std::string> uniform_print_font(std::string_view text, const Language& language) {
  if (text.empty()) return std::nullopt;
  // The runs' scripts are those of the letters, Common, and the first extension of a Common
  // character (sole_extension): each must give the font of Common, and none be Arabic
  // (whose runs are rewritten).
  std::string font = print_font_for_run("Zyyy", language);
  UScriptCode allowed = USCRIPT_COMMON;  // the last real script found to give that font
  auto fits = [&](UScriptCode script) {
    if (script == allowed || script == USCRIPT_COMMON) return true;
    if (script == USCRIPT_ARABIC) return false;
    const char* name = uscript_getShortName(script);
    if (name == nullptr || print_font_for_run(name, language) != font) return false;
    allowed = script;
    return true;
  };
  // ASCII: Latin letters, and Common characters whose extensions ICU is asked once.
  static const auto k_ascii_extension = [] {
    std::array<UScriptCode, 128> out{};
    for (size_t c = 0; c < out.size(); ++c) {
      const auto ch = static_cast<char>(c);
      const bool letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
      out[c] = letter ? USCRIPT_LATIN : sole_extension(std::string_view(&ch, 1), CodePoint{});
    }
    return out;
  }();
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    if (bytes[i] < 0x80) {
      if (!fits(k_ascii_extension[bytes[i++]])) return std::nullopt;
      continue;
    }
    const int32_t begin = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) continue;  // an invalid byte joins its neighbours, as a mark does
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status) || script == USCRIPT_UNKNOWN) script = USCRIPT_COMMON;
    if (script == USCRIPT_INHERITED) continue;
    if (script == USCRIPT_COMMON && u_isUWhiteSpace(c) == 0)
      script = sole_extension(text, CodePoint{static_cast<uint32_t>(begin), script, false});
    if (!fits(script)) return std::nullopt;
  }
  return font;
}

std::string print_font_for_run(std::string_view script, const Language& language) {
  bool chinese = language.script == "Hans" || language.script == "Hant";
  if (script == "Hani" || script == "Hira" || script == "Kana" || script == "Bopo")
    return std::string(fonts_for_script(language.script == "Hant" ? "Hant" : "Hans").print_font);
  if (script == "Zyyy" || script == "Zinh") {
    if (chinese) return std::string(fonts_for_script(language.script).print_font);
    return std::string(fonts_for_script("Latn").print_font);
  }
  // The language's own script in its own face (Urdu's Arabic letters in Nastaliq).
  if (script == language.script) return language.print_font;
  return std::string(fonts_for_script(script).print_font);
}

}  // namespace leafpress::text

namespace leafpress::text {

std::string move_fathatan_after_lam_alef(std::string_view arabic) {
  constexpr std::string_view lam = "\xD9\x84";       // U+0644
  constexpr std::string_view fathatan = "\xD9\x8B";  // U+064B
  auto is_alef = [](std::string_view s) {            // U+0622, U+0623, U+0625, U+0627
    return s.size() == 2 && s[0] == '\xD8' && (s[1] == '\xA2' || s[1] == '\xA3' || s[1] == '\xA5' || s[1] == '\xA7');
  };
  std::string out;
  out.reserve(arabic.size());
  for (size_t i = 0; i < arabic.size();) {
    std::string_view rest = arabic.substr(i);
    if (rest.starts_with(lam) && rest.substr(2).starts_with(fathatan) && is_alef(rest.substr(4, 2))) {
      out.append(lam).append(rest.substr(4, 2)).append(fathatan);
      i += 6;
    } else {
      out += arabic[i++];
    }
  }
  return out;
}

}  // namespace leafpress::text
