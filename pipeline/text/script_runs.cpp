#include "text/script_runs.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>

#include "text/language_table.hpp"

namespace leafpress::text {
namespace {

struct CodePoint {
  size_t begin = 0;
  size_t end = 0;
  UScriptCode script = USCRIPT_COMMON;
  bool whitespace = false;
};

std::vector<CodePoint> decode(std::string_view text) {
  std::vector<CodePoint> out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    CodePoint cp{static_cast<size_t>(start), static_cast<size_t>(i), USCRIPT_INHERITED, false};
    if (c >= 0 && c < 0x80) {
      // ASCII, most of the text: what ICU answers, without asking it.
      const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      cp.script = letter ? USCRIPT_LATIN : USCRIPT_COMMON;
      cp.whitespace = c == ' ' || (c >= 0x09 && c <= 0x0D);
    } else if (c >= 0) {
      UErrorCode status = U_ZERO_ERROR;
      cp.script = uscript_getScript(c, &status);
      if (U_FAILURE(status)) cp.script = USCRIPT_COMMON;
      cp.whitespace = u_isUWhiteSpace(c) != 0;
    }
    // Unassigned code points are "Unknown": treat them like Common.
    if (cp.script == USCRIPT_UNKNOWN) cp.script = USCRIPT_COMMON;
    out.push_back(cp);
  }
  return out;
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

std::vector<ScriptRun> split_script_runs(std::string_view text, CommonPolicy policy) {
  std::vector<CodePoint> cps = decode(text);
  const size_t n = cps.size();
  // Pass 1: the resolved script of each code point. Forward: attach to the run before.
  std::vector<UScriptCode> resolved(n, USCRIPT_COMMON);
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
  std::vector<ScriptRun> runs;
  size_t run_begin = 0;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && resolved[i] == resolved[i - 1]) continue;
    std::string code = uscript_getShortName(resolved[i]);
    if (runs.empty() || runs.back().script != code) {
      if (!runs.empty()) runs.back().text.assign(text.substr(run_begin, cps[i].begin - run_begin));
      runs.push_back(ScriptRun{{}, std::move(code)});
      run_begin = cps[i].begin;
    }
  }
  if (!runs.empty()) runs.back().text.assign(text.substr(run_begin, cps[n - 1].end - run_begin));
  return runs;
}

std::string print_font_for_run(std::string_view script, const Language& language) {
  bool chinese = language.script == "Hans" || language.script == "Hant";
  if (script == "Hani" || script == "Hira" || script == "Kana" || script == "Bopo")
    return std::string(fonts_for_script(language.script == "Hant" ? "Hant" : "Hans").print_font);
  if (script == "Zyyy" || script == "Zinh") {
    if (chinese) return std::string(fonts_for_script(language.script).print_font);
    return std::string(fonts_for_script("Latn").print_font);
  }
  return std::string(fonts_for_script(script).print_font);
}

}  // namespace leafpress::text

namespace leafpress::text {

std::string move_fathatan_after_lam_alef(std::string_view arabic) {
  constexpr std::string_view lam = "\xD9\x84";       // U+0644
  constexpr std::string_view fathatan = "\xD9\x8B";  // U+064B
  auto is_alef = [](std::string_view s) {        // U+0622, U+0623, U+0625, U+0627
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
