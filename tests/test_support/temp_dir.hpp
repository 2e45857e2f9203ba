#pragma once
// A fresh temporary folder for one test, removed afterwards.
#include <cstdlib>
#include <filesystem>
#include <string>

namespace leafpress::testing {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "leafpress-test-XXXXXX").string();
    char* made = ::mkdtemp(pattern.data());
    m_path = made ? std::filesystem::path(made) : std::filesystem::path();
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all, ec);
    std::filesystem::remove_all(m_path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

 private:
  std::filesystem::path m_path;
};

}  // namespace leafpress::testing
