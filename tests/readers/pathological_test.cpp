// Readers must stay linear on pathological input (cmark's own pathological tests inspire
// these): deep nesting is refused quickly with a clear error, long flat input parses.
#include <gtest/gtest.h>

#include <chrono>

#include "readers/markdown_reader.hpp"
#include "readers/reader.hpp"
#include "test_support/time_limits.hpp"

using namespace leafpress;

namespace {

double seconds_to_read(const std::string& text, const std::string& path, bool& ok, std::string& message) {
  auto start = std::chrono::steady_clock::now();
  auto document = readers::read_document(text, path, "en");
  auto stop = std::chrono::steady_clock::now();
  ok = document.has_value();
  message = ok ? std::string() : document.error().to_string();
  return std::chrono::duration<double>(stop - start).count();
}

}  // namespace

TEST(Pathological, HundredThousandNestedQuotesInMarkdown) {
  std::string text(100000, '>');
  text += " deep\n";
  bool ok = false;
  std::string message;
  double seconds = seconds_to_read(text, "deep.md", ok, message);
  EXPECT_FALSE(ok);
  EXPECT_NE(message.find("nests more than"), std::string::npos) << message;
  if (leafpress::testing::k_time_limits_apply) {
    EXPECT_LT(seconds, 5.0);
  }
}

TEST(Pathological, HundredThousandNestedEmphasisInMarkdown) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "*a ";
  for (int i = 0; i < 100000; ++i) text += "a*";
  text += '\n';
  bool ok = false;
  std::string message;
  double seconds = seconds_to_read(text, "deep.md", ok, message);
  if (leafpress::testing::k_time_limits_apply) {
    EXPECT_LT(seconds, 5.0) << message;
  }
}

TEST(Pathological, HundredThousandNestedQuotesInText) {
  std::string text = "Title\n\n" + std::string(100000, '>') + " deep\n";
  bool ok = false;
  std::string message;
  double seconds = seconds_to_read(text, "deep.txt", ok, message);
  EXPECT_FALSE(ok);
  EXPECT_NE(message.find("nest more than"), std::string::npos) << message;
  if (leafpress::testing::k_time_limits_apply) {
    EXPECT_LT(seconds, 5.0);
  }
}

TEST(Pathological, ManyParagraphsAndListItemsScaleLinearly) {
  auto time_for = [](int n, const char* path, const char* unit) {
    std::string text = "Title\n\n";
    for (int i = 0; i < n; ++i) text += unit;
    bool ok = false;
    std::string message;
    double seconds = seconds_to_read(text, path, ok, message);
    EXPECT_TRUE(ok) << message;
    return seconds;
  };
  for (const char* path : {"many.txt", "many.md"}) {
    double small = time_for(5000, path, "- an item with some words in it\n\nA paragraph of text.\n\n");
    double large = time_for(50000, path, "- an item with some words in it\n\nA paragraph of text.\n\n");
    // Ten times the input may take at most ~30 times as long (generous for noisy machines).
    EXPECT_LT(large, 30 * small + 0.5) << path << ": " << small << " s vs " << large << " s";
  }
}
