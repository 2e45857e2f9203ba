#include "text/plural_forms.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>

namespace leafpress::text {
namespace {

using Node = PluralForms::Node;

// Binary operators from loosest to tightest, as in gettext's plural-exp grammar; two-character
// ones are stored as one letter (see Node::op).
constexpr std::string_view k_levels[] = {"|", "&", "=!", "<>lg", "+-", "*/%"};

class ExpressionParser {
 public:
  explicit ExpressionParser(std::string_view text) : m_text(text) {}

  Result<std::vector<Node>> run() {
    auto root = conditional(0);
    if (!root) return std::unexpected(root.error());
    skip_space();
    if (m_pos < m_text.size())
      return problem(fmt::format("unexpected \"{}\" after the end of the expression", m_text.substr(m_pos, 1)));
    return std::move(m_nodes);
  }

 private:
  std::unexpected<Error> problem(const std::string& message) const {
    return fail({}, fmt::format("the plural= expression: {} (at character {})", message, m_pos + 1));
  }

  std::unexpected<Error> too_deep() const {
    return problem(fmt::format("nested more than {} deep; no language needs that", k_plural_max_depth));
  }

  void skip_space() {
    while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n')) ++m_pos;
  }

  // Reads one operator of `level`, or returns 0.
  char binary_operator(std::string_view level) {
    skip_space();
    if (m_pos >= m_text.size()) return 0;
    char c = m_text[m_pos];
    char next = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : '\0';
    char op = 0;
    size_t length = 1;
    if (c == '|' && next == '|') op = '|', length = 2;
    else if (c == '&' && next == '&') op = '&', length = 2;
    else if (c == '=' && next == '=') op = '=', length = 2;
    else if (c == '!' && next == '=') op = '!', length = 2;
    else if (c == '<' && next == '=') op = 'l', length = 2;
    else if (c == '>' && next == '=') op = 'g', length = 2;
    else if (c == '<' || c == '>' || c == '+' || c == '-' || c == '*' || c == '/' || c == '%') op = c;
    if (op == 0 || level.find(op) == std::string_view::npos) return 0;
    m_pos += length;
    return op;
  }

  // Adds a node, keeping the tree no taller than the limit (evaluation recurses on it).
  Result<uint32_t> add(Node node, std::initializer_list<uint32_t> children) {
    int height = 1;
    for (uint32_t child : children) height = std::max(height, m_height[child] + 1);
    if (height > k_plural_max_depth) return too_deep();
    m_nodes.push_back(node);
    m_height.push_back(height);
    return static_cast<uint32_t>(m_nodes.size() - 1);
  }

  Result<uint32_t> conditional(int depth) {
    if (depth > k_plural_max_depth) return too_deep();
    auto condition = binary(0, depth);
    if (!condition) return condition;
    skip_space();
    if (m_pos >= m_text.size() || m_text[m_pos] != '?') return condition;
    ++m_pos;
    auto then = conditional(depth + 1);
    if (!then) return then;
    skip_space();
    if (m_pos >= m_text.size() || m_text[m_pos] != ':') return problem("\"?\" without its \":\"");
    ++m_pos;
    auto otherwise = conditional(depth + 1);
    if (!otherwise) return otherwise;
    return add({Node::Kind::conditional, 0, 0, *condition, *then, *otherwise}, {*condition, *then, *otherwise});
  }

  Result<uint32_t> binary(size_t level, int depth) {
    if (level == std::size(k_levels)) return unary(depth);
    auto left = binary(level + 1, depth);
    if (!left) return left;
    while (char op = binary_operator(k_levels[level])) {
      auto right = binary(level + 1, depth);
      if (!right) return right;
      left = add({Node::Kind::binary, op, 0, *left, *right}, {*left, *right});
      if (!left) return left;
    }
    return left;
  }

  Result<uint32_t> unary(int depth) {
    if (depth > k_plural_max_depth) return too_deep();
    skip_space();
    if (m_pos >= m_text.size()) return problem("the expression ends too early");
    char c = m_text[m_pos];
    if (c == '!') {
      ++m_pos;
      auto operand = unary(depth + 1);
      if (!operand) return operand;
      return add({Node::Kind::negate, 0, 0, *operand}, {*operand});
    }
    if (c == '(') {
      ++m_pos;
      auto inner = conditional(depth + 1);
      if (!inner) return inner;
      skip_space();
      if (m_pos >= m_text.size() || m_text[m_pos] != ')') return problem("\"(\" without its \")\"");
      ++m_pos;
      return inner;
    }
    if (c == 'n') {
      ++m_pos;
      return add({Node::Kind::n}, {});
    }
    if (std::isdigit(static_cast<unsigned char>(c))) {
      unsigned long value = 0;
      while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos]))) {
        unsigned long digit = static_cast<unsigned long>(m_text[m_pos] - '0');
        if (value > (~0UL - digit) / 10) return problem("a number too large");
        value = value * 10 + digit;
        ++m_pos;
      }
      return add({Node::Kind::number, 0, value}, {});
    }
    return problem(fmt::format("unexpected \"{}\"", m_text.substr(m_pos, 1)));
  }

  std::string_view m_text;
  size_t m_pos = 0;
  std::vector<Node> m_nodes;
  std::vector<int> m_height;
};

// The digits after "nplurals=", or nullopt.
std::optional<unsigned long> read_nplurals(std::string_view value) {
  size_t at = value.find("nplurals=");
  if (at == std::string_view::npos) return std::nullopt;
  at += 9;
  while (at < value.size() && value[at] == ' ') ++at;
  if (at >= value.size() || !std::isdigit(static_cast<unsigned char>(value[at]))) return std::nullopt;
  unsigned long count = 0;
  for (; at < value.size() && std::isdigit(static_cast<unsigned char>(value[at])); ++at) {
    count = count * 10 + static_cast<unsigned long>(value[at] - '0');
    if (count > 1000) return std::nullopt;
  }
  return count;
}

}  // namespace

bool is_template_plural_forms(std::string_view value) {
  return value.find("INTEGER") != std::string_view::npos || value.find("EXPRESSION") != std::string_view::npos;
}

Result<PluralForms> PluralForms::parse(std::string_view value) {
  auto nplurals = read_nplurals(value);
  if (!nplurals || *nplurals == 0)
    return fail({}, "Plural-Forms needs \"nplurals=N;\" with N a whole number from 1 upwards");
  size_t at = value.find("plural=");
  // "nplurals=" contains "plural=": look for one not preceded by "n".
  while (at != std::string_view::npos && at > 0 && value[at - 1] == 'n') at = value.find("plural=", at + 1);
  if (at == std::string_view::npos) return fail({}, "Plural-Forms has no \"plural=\" expression");
  std::string_view expression = value.substr(at + 7);
  expression = expression.substr(0, expression.find(';'));
  auto nodes = ExpressionParser(expression).run();
  if (!nodes) return fail({}, "Plural-Forms: " + nodes.error().message);
  // Each of the 1,001 trial evaluations walks the whole expression.
  if (expression.size() > k_plural_max_length)
    return fail({}, fmt::format("Plural-Forms: the plural= expression is longer than {} characters; no language "
                                "needs that",
                                k_plural_max_length));

  PluralForms forms;
  forms.m_nplurals = *nplurals;
  forms.m_nodes = std::move(*nodes);
  auto root = static_cast<uint32_t>(forms.m_nodes.size() - 1);
  for (unsigned long n = 0; n <= 1000; ++n) {
    bool divided_by_zero = false;
    unsigned long form = forms.evaluate(root, n, divided_by_zero);
    if (divided_by_zero)
      return fail({}, fmt::format("Plural-Forms: the plural= expression divides by zero for n = {}", n));
    if (form >= forms.m_nplurals)
      return fail({}, fmt::format("Plural-Forms: the plural= expression gives form {} for n = {}, but nplurals={} "
                                  "allows only 0 to {}",
                                  form, n, forms.m_nplurals, forms.m_nplurals - 1));
  }
  return forms;
}

unsigned long PluralForms::form(unsigned long n) const {
  bool divided_by_zero = false;
  return evaluate(static_cast<uint32_t>(m_nodes.size() - 1), n, divided_by_zero);
}

unsigned long PluralForms::evaluate(uint32_t index, unsigned long n, bool& divided_by_zero) const {
  const Node& node = m_nodes[index];
  switch (node.kind) {
    case Node::Kind::number: return node.value;
    case Node::Kind::n: return n;
    case Node::Kind::negate: return evaluate(node.a, n, divided_by_zero) == 0 ? 1 : 0;
    case Node::Kind::conditional:
      return evaluate(node.a, n, divided_by_zero) != 0 ? evaluate(node.b, n, divided_by_zero)
                                                       : evaluate(node.c, n, divided_by_zero);
    case Node::Kind::binary: break;
  }
  unsigned long left = evaluate(node.a, n, divided_by_zero);
  // && and || short-circuit, as in C.
  if (node.op == '&') return left != 0 && evaluate(node.b, n, divided_by_zero) != 0 ? 1 : 0;
  if (node.op == '|') return left != 0 || evaluate(node.b, n, divided_by_zero) != 0 ? 1 : 0;
  unsigned long right = evaluate(node.b, n, divided_by_zero);
  switch (node.op) {
    case '*': return left * right;
    case '/':
    case '%':
      if (right == 0) {
        divided_by_zero = true;
        return 0;
      }
      return node.op == '/' ? left / right : left % right;
    case '+': return left + right;
    case '-': return left - right;
    case '<': return left < right ? 1 : 0;
    case '>': return left > right ? 1 : 0;
    case 'l': return left <= right ? 1 : 0;
    case 'g': return left >= right ? 1 : 0;
    case '=': return left == right ? 1 : 0;
    case '!': return left != right ? 1 : 0;
    default: return 0;
  }
}

}  // namespace leafpress::text
