#include "text/plural_forms.hpp"

#include <unicode/locid.h>
#include <unicode/plurrule.h>

#include <array>
#include <cctype>
#include <memory>
#include <vector>

#include "text/icu_string.hpp"

namespace leafpress::text {
namespace {

// ---- Evaluating a Plural-Forms expression: C's ?: || && == != < > <= >= + - * / % ! ( ).

class Evaluator {
 public:
  Evaluator(std::string_view expression, unsigned long n) : m_text(expression), m_n(n) {}

  std::optional<unsigned long> run() {
    auto value = conditional();
    skip_space();
    if (!value || m_at != m_text.size()) return std::nullopt;
    return value;
  }

 private:
  std::string_view m_text;
  unsigned long m_n;
  size_t m_at = 0;

  void skip_space() {
    while (m_at < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_at]))) ++m_at;
  }
  bool take(std::string_view token) {
    skip_space();
    if (m_text.substr(m_at, token.size()) != token) return false;
    // "<" is not the start of "<=", "!" not of "!=", "|" and "&" come doubled.
    if (token.size() == 1 && m_at + 1 < m_text.size() && std::string_view("<>!=").find(token[0]) != std::string_view::npos &&
        m_text[m_at + 1] == '=')
      return false;
    m_at += token.size();
    return true;
  }

  using Value = std::optional<unsigned long>;

  Value conditional() {
    Value test = logical_or();
    if (!test || !take("?")) return test;
    Value yes = conditional();
    if (!yes || !take(":")) return std::nullopt;
    Value no = conditional();
    if (!no) return std::nullopt;
    return *test ? yes : no;
  }
  Value logical_or() {
    Value left = logical_and();
    while (left && take("||")) {
      Value right = logical_and();
      if (!right) return std::nullopt;
      left = (*left || *right) ? 1 : 0;
    }
    return left;
  }
  Value logical_and() {
    Value left = equality();
    while (left && take("&&")) {
      Value right = equality();
      if (!right) return std::nullopt;
      left = (*left && *right) ? 1 : 0;
    }
    return left;
  }
  Value equality() {
    Value left = relational();
    while (left) {
      bool equal = take("==");
      if (!equal && !take("!=")) break;
      Value right = relational();
      if (!right) return std::nullopt;
      left = ((*left == *right) == equal) ? 1 : 0;
    }
    return left;
  }
  Value relational() {
    Value left = additive();
    while (left) {
      int op = take("<=") ? 0 : take(">=") ? 1 : take("<") ? 2 : take(">") ? 3 : -1;
      if (op < 0) break;
      Value right = additive();
      if (!right) return std::nullopt;
      bool result = op == 0 ? *left <= *right : op == 1 ? *left >= *right : op == 2 ? *left < *right : *left > *right;
      left = result ? 1 : 0;
    }
    return left;
  }
  Value additive() {
    Value left = multiplicative();
    while (left) {
      bool plus = take("+");
      if (!plus && !take("-")) break;
      Value right = multiplicative();
      if (!right) return std::nullopt;
      left = plus ? *left + *right : *left - *right;
    }
    return left;
  }
  Value multiplicative() {
    Value left = unary();
    while (left) {
      int op = take("*") ? 0 : take("/") ? 1 : take("%") ? 2 : -1;
      if (op < 0) break;
      Value right = unary();
      if (!right || (op > 0 && *right == 0)) return std::nullopt;
      left = op == 0 ? *left * *right : op == 1 ? *left / *right : *left % *right;
    }
    return left;
  }
  Value unary() {
    if (take("!")) {
      Value operand = unary();
      return operand ? Value(*operand ? 0 : 1) : std::nullopt;
    }
    if (take("(")) {
      Value inner = conditional();
      if (!inner || !take(")")) return std::nullopt;
      return inner;
    }
    skip_space();
    if (m_at < m_text.size() && m_text[m_at] == 'n') {
      ++m_at;
      return m_n;
    }
    if (m_at >= m_text.size() || !std::isdigit(static_cast<unsigned char>(m_text[m_at]))) return std::nullopt;
    unsigned long value = 0;
    while (m_at < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_at])))
      value = value * 10 + static_cast<unsigned long>(m_text[m_at++] - '0');
    return value;
  }
};

// The value after `key=` up to the next ';' in a Plural-Forms header, or nullopt.
std::optional<std::string_view> field(std::string_view forms, std::string_view key) {
  for (size_t at = forms.find(key); at != std::string_view::npos; at = forms.find(key, at + 1)) {
    if (at > 0 && std::isalpha(static_cast<unsigned char>(forms[at - 1]))) continue;
    size_t value = at + key.size();
    while (value < forms.size() && forms[value] == ' ') ++value;
    if (value >= forms.size() || forms[value] != '=') continue;
    size_t end = forms.find(';', value + 1);
    return forms.substr(value + 1, end == std::string_view::npos ? std::string_view::npos : end - value - 1);
  }
  return std::nullopt;
}

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
    if (take_word("!=")) negated = true;
    else if (take_word("=")) negated = false;
    else if (take_word("is not") || take_word("not in") || take_word("not within")) negated = true;
    else if (!take_word("is") && !take_word("in") && !take_word("within")) return std::nullopt;
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
      else tests.push_back("(" + expr + ">=" + std::to_string(*low) + " && " + expr + "<=" + std::to_string(*high) + ")");
    } while (take_word(","));
    if (zero) return std::string(constant_true != negated ? "1" : "0");
    std::string any = tests.size() == 1 ? tests.front() : join(tests, "||", "1", "0");
    return negated ? "!" + (tests.size() == 1 ? "(" + any + ")" : any) : any;
  }
};

constexpr std::array<std::u16string_view, 6> k_category_order = {u"zero", u"one", u"two", u"few", u"many", u"other"};

}  // namespace

std::optional<unsigned long> plural_index(std::string_view plural_forms, unsigned long n) {
  std::string_view expression = plural_forms;
  std::optional<unsigned long> nplurals;
  if (auto count = field(plural_forms, "nplurals")) {
    auto parsed = Evaluator(*count, 0).run();
    if (!parsed) return std::nullopt;
    nplurals = parsed;
    auto plural = field(plural_forms, "plural");
    if (!plural) return std::nullopt;
    expression = *plural;
  }
  auto index = Evaluator(expression, n).run();
  if (!index || (nplurals && *index >= *nplurals)) return std::nullopt;
  return index;
}

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
      std::string condition = all.substr(at + name.size(), end == std::string::npos ? std::string::npos : end - at - name.size());
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
  // The expression must put every integer in the form of its CLDR category.
  for (int32_t n = 0; n <= 1000; ++n) {
    icu::UnicodeString selected = rules->select(n);
    std::u16string_view category(selected.getBuffer(), static_cast<size_t>(selected.length()));
    auto index = plural_index(forms, static_cast<unsigned long>(n));
    if (!index || *index >= used.size() || used[*index] != category)
      return fail({}, "the Plural-Forms written from ICU's rules for \"" + std::string(tag) + "\" disagree with ICU at n = " +
                          std::to_string(n));
  }
  return forms;
}

}  // namespace leafpress::text
