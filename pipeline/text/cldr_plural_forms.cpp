#include "text/cldr_plural_forms.hpp"

#include <unicode/locid.h>
#include <unicode/plurrule.h>

#include <array>
#include <cctype>
#include <memory>
#include <optional>
#include <vector>

#include "text/icu_string.hpp"
#include "text/plural_forms.hpp"

namespace leafpress::text {
namespace {

// ---- CLDR plural rule syntax to C, for integers (the operands v, w, f, t, c, e are 0).

// One rule's condition ("i = 1 and v = 0 or n % 100 = 2..4,9") as a C expression over n:
// "1" or "0" when it is constant for integers. nullopt on syntax this does not know.
class RuleToC {
 public:
  explicit RuleToC(std::string_view condition) : m_text(condition) {}

  std::optional<std::string> run() {
    auto result = or_condition();
    skip_space();
    if (!result || m_at != m_text.size()) return std::nullopt;
    return result;
  }

 private:
  std::string_view m_text;
  size_t m_at = 0;

  void skip_space() {
    while (m_at < m_text.size() && m_text[m_at] == ' ') ++m_at;
  }
  bool take_word(std::string_view word) {
    skip_space();
    if (m_text.substr(m_at, word.size()) != word) return false;
    size_t end = m_at + word.size();
    if (std::isalpha(static_cast<unsigned char>(word.back())) && end < m_text.size() &&
        std::isalpha(static_cast<unsigned char>(m_text[end])))
      return false;
    m_at = end;
    return true;
  }
  std::optional<unsigned long> number() {
    skip_space();
    if (m_at >= m_text.size() || !std::isdigit(static_cast<unsigned char>(m_text[m_at]))) return std::nullopt;
    unsigned long value = 0;
    while (m_at < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_at])))
      value = value * 10 + static_cast<unsigned long>(m_text[m_at++] - '0');
    return value;
  }

  static std::string join(const std::vector<std::string>& parts, std::string_view op, std::string_view absorbing,
                          std::string_view neutral) {
    std::vector<std::string> kept;
    for (const auto& part : parts) {
      if (part == absorbing) return std::string(absorbing);
      if (part != neutral) kept.push_back(part);
    }
    if (kept.empty()) return std::string(neutral);
    if (kept.size() == 1) return kept.front();
    std::string out = "(";
    for (size_t i = 0; i < kept.size(); ++i) out += (i ? std::string(" ") + std::string(op) + " " : "") + kept[i];
    return out + ")";
  }

  std::optional<std::string> or_condition() {
    std::vector<std::string> parts;
    do {
      auto part = and_condition();
      if (!part) return std::nullopt;
      parts.push_back(*part);
    } while (take_word("or"));
    return join(parts, "||", "1", "0");
  }
  std::optional<std::string> and_condition() {
    std::vector<std::string> parts;
    do {
      auto part = relation();
      if (!part) return std::nullopt;
      parts.push_back(*part);
    } while (take_word("and"));
    return join(parts, "&&", "0", "1");
  }
  std::optional<std::string> relation() {
    skip_space();
    if (m_at >= m_text.size()) return std::nullopt;
    char operand = m_text[m_at++];
    bool zero = std::string_view("vwftce").find(operand) != std::string_view::npos;
    if (!zero && operand != 'n' && operand != 'i') return std::nullopt;
    std::optional<unsigned long> modulus;
    if (take_word("%") || take_word("mod")) {
      modulus = number();
      if (!modulus || *modulus == 0) return std::nullopt;
    }
    bool negated = false;
    if (take_word("!=")) {
      negated = true;
    } else if (!take_word("=")) {
      negated = take_word("is not") || take_word("not in") || take_word("not within");
      if (!negated && !take_word("is") && !take_word("in") && !take_word("within")) return std::nullopt;
    }
    std::string expr = modulus ? "n%" + std::to_string(*modulus) : "n";
    std::vector<std::string> tests;
    bool constant_true = false;
    do {
      auto low = number();
      if (!low) return std::nullopt;
      auto high = low;
      if (take_word("..")) {
        high = number();
        if (!high || *high < *low) return std::nullopt;
      }
      if (zero) {
        constant_true = constant_true || *low == 0;
        continue;
      }
      if (*low == *high) tests.push_back(expr + "==" + std::to_string(*low));
      else
        tests.push_back("(" + expr + ">=" + std::to_string(*low) + " && " + expr + "<=" + std::to_string(*high) + ")");
    } while (take_word(","));
    if (zero) return std::string(constant_true != negated ? "1" : "0");
    std::string any = tests.size() == 1 ? tests.front() : join(tests, "||", "1", "0");
    return negated ? "!" + (tests.size() == 1 ? "(" + any + ")" : any) : any;
  }
};

constexpr std::array<std::u16string_view, 6> k_category_order = {u"zero", u"one", u"two", u"few", u"many", u"other"};

}  // namespace

Result<std::string> plural_forms_from_cldr(std::string_view tag) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(std::string(tag), status);
  std::unique_ptr<icu::PluralRules> rules(U_SUCCESS(status) ? icu::PluralRules::forLocale(locale, status) : nullptr);
  if (U_FAILURE(status) || !rules) return fail({}, "ICU has no plural rules for \"" + std::string(tag) + "\"");
  // The categories integers fall in, in CLDR order, "other" last.
  std::vector<std::u16string_view> used;
  for (auto category : k_category_order) {
    for (int32_t n = 0; n <= 1000; ++n) {
      icu::UnicodeString selected = rules->select(n);
      if (std::u16string_view(selected.getBuffer(), static_cast<size_t>(selected.length())) == category) {
        used.push_back(category);
        break;
      }
    }
  }
  std::string expression;
  if (used.size() <= 1) {
    expression = "0";
  } else {
    for (size_t form = 0; form + 1 < used.size(); ++form) {
      icu::UnicodeString keyword(false, used[form].data(), static_cast<int32_t>(used[form].size()));
      icu::UnicodeString rule = rules->getRules();
      // getRules() gives "one: i = 1 and v = 0; few: …" (samples after '@' are dropped).
      std::string all = to_utf8(rule);
      std::string name = to_utf8(keyword) + ":";
      size_t at = all.find(name);
      while (at != std::string::npos && at > 0 && all[at - 1] != ' ' && all[at - 1] != ';') at = all.find(name, at + 1);
      if (at == std::string::npos) return fail({}, "ICU's plural rules for \"" + std::string(tag) + "\" lack " + name);
      size_t end = all.find(';', at);
      std::string condition = all.substr(at + name.size(),
                                         end == std::string::npos ? std::string::npos : end - at - name.size());
      if (size_t sample = condition.find('@'); sample != std::string::npos) condition.resize(sample);
      while (!condition.empty() && condition.back() == ' ') condition.pop_back();
      auto c = RuleToC(condition).run();
      if (!c) return fail({}, "cannot read ICU's plural rule \"" + condition + "\" for \"" + std::string(tag) + "\"");
      expression += *c + " ? " + std::to_string(form) + " : ";
    }
    expression += std::to_string(used.size() - 1);
    expression = "(" + expression + ")";
  }
  std::string forms = "nplurals=" + std::to_string(used.size()) + "; plural=" + expression + ";";
  // The expression must read as gettext reads it and put every integer in the form of its
  // CLDR category.
  auto parsed = PluralForms::parse(forms);
  if (!parsed)
    return fail({}, "the Plural-Forms written from ICU's rules for \"" + std::string(tag) +
                        "\" do not parse: " + parsed.error().message);
  for (int32_t n = 0; n <= 1000; ++n) {
    icu::UnicodeString selected = rules->select(n);
    std::u16string_view category(selected.getBuffer(), static_cast<size_t>(selected.length()));
    unsigned long index = parsed->form(static_cast<unsigned long>(n));
    if (index >= used.size() || used[index] != category)
      return fail({}, "the Plural-Forms written from ICU's rules for \"" + std::string(tag) +
                          "\" disagree with ICU at n = " + std::to_string(n));
  }
  return forms;
}

}  // namespace leafpress::text
