#pragma once
// Shared helpers for the l10n tests: reading fixtures into Documents.
#include <gtest/gtest.h>

#include "doc/golden.hpp"
#include "readers/reader.hpp"

namespace leafpress::testing {

inline doc::Document read_fixture(const std::string& relative_path) {
  std::string bytes = read_text_file(std::filesystem::path(LEAFPRESS_SOURCE_DIR) / relative_path);
  auto document = readers::read_document(bytes, relative_path, "en");
  EXPECT_TRUE(document.has_value()) << (document ? "" : document.error().to_string());
  return document ? *document : doc::Document{};
}

inline doc::Document read_string(const std::string& text, const std::string& path) {
  auto document = readers::read_document(text, path, "en");
  EXPECT_TRUE(document.has_value()) << (document ? "" : document.error().to_string());
  return document ? *document : doc::Document{};
}

inline const char* k_seed = "source-docs/community-and-diversity.txt";
inline const char* k_constructs = "tests/golden/extract/constructs.md";

}  // namespace leafpress::testing
