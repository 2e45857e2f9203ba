#include "app/files.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

#include "test_support/temp_dir.hpp"

using namespace leafpress::app;

TEST(Files, AtomicWriteCreatesFoldersAndSkipsUnchangedContent) {
  leafpress::testing::TempDir dir;
  fs::path file = dir.path() / "a" / "b" / "c.txt";
  ASSERT_EQ(write_file_atomic(file, "one").value(), WriteOutcome::written);
  EXPECT_EQ(read_file(file).value(), "one");
  struct stat before {};
  ::stat(file.c_str(), &before);
  ASSERT_EQ(write_file_atomic(file, "one").value(), WriteOutcome::unchanged);
  struct stat after {};
  ::stat(file.c_str(), &after);
  EXPECT_EQ(before.st_ino, after.st_ino);
  ASSERT_EQ(write_file_atomic(file, "two").value(), WriteOutcome::written);
  EXPECT_EQ(read_file(file).value(), "two");
  // No temporary file is left behind.
  size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(file.parent_path())) ++entries;
  EXPECT_EQ(entries, 1u);
}

// Read in one go into a string of the file's size, whatever the size.
TEST(Files, ReadGivesEveryByteOfFilesOfAnySize) {
  leafpress::testing::TempDir dir;
  for (size_t size : {size_t{0}, size_t{1}, size_t{4095}, size_t{4096}, size_t{4097}, size_t{1} << 20}) {
    std::string content(size, '\0');
    for (size_t i = 0; i < size; ++i) content[i] = static_cast<char>('a' + i % 26);
    fs::path file = dir.path() / ("f" + std::to_string(size));
    ASSERT_EQ(write_file_atomic(file, content).value(), WriteOutcome::written);
    EXPECT_EQ(read_file(file).value(), content) << size << " bytes";
  }
  // A file whose size the system does not tell beforehand (0 for /proc files), and longer
  // than the first 4096 bytes tried, is read to its end all the same.
  auto maps = read_file("/proc/self/maps");
  ASSERT_TRUE(maps);
  ASSERT_GT(maps->size(), 4096u) << "too short to need a second read";
  EXPECT_TRUE(maps->ends_with("\n"));
  EXPECT_NE(maps->find("[stack]"), std::string::npos) << "the last lines are there";
}

TEST(Files, WriteIntoUnwritableFolderIsAnErrorNamingTheFile) {
  if (::geteuid() == 0) GTEST_SKIP() << "root can write anywhere";
  leafpress::testing::TempDir dir;
  fs::create_directories(dir.path() / "ro");
  fs::permissions(dir.path() / "ro", fs::perms::owner_read | fs::perms::owner_exec);
  auto result = write_file_atomic(dir.path() / "ro" / "x.txt", "x");
  ASSERT_FALSE(result.has_value());
  EXPECT_NE(result.error().to_string().find("x.txt"), std::string::npos);
}

TEST(Files, RefusesToReplaceWhatIsNotARegularFile) {
  leafpress::testing::TempDir dir;
  fs::create_directories(dir.path() / "sub");
  EXPECT_FALSE(write_file_atomic(dir.path() / "sub", "x").has_value());
  fs::create_symlink(dir.path() / "elsewhere.txt", dir.path() / "link.txt");
  auto result = write_file_atomic(dir.path() / "link.txt", "x");
  ASSERT_FALSE(result.has_value());
  EXPECT_NE(result.error().message.find("not a regular file"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir.path() / "elsewhere.txt"));
}

TEST(Files, WriteErrorsOnAFullDeviceAreReported) {
  // Writing through /dev/full fails with ENOSPC; a fresh temp file there is impossible to
  // create as non-root and refused as a device when root: either way an error comes back.
  auto result = write_file_atomic("/dev/full", "x");
  EXPECT_FALSE(result.has_value());
  EXPECT_TRUE(fs::is_character_file("/dev/full"));
}

TEST(Files, LockSerialisesHolders) {
  leafpress::testing::TempDir dir;
  fs::path target = dir.path() / "cat.po";
  auto first = FileLock::acquire(target);
  ASSERT_TRUE(first.has_value());
  std::atomic<bool> second_got_it{false};
  std::thread other([&] {
    auto second = FileLock::acquire(target);
    second_got_it = second.has_value();
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_FALSE(second_got_it.load());
  { FileLock released = std::move(*first); }
  other.join();
  EXPECT_TRUE(second_got_it.load());
}

TEST(Files, IsInside) {
  leafpress::testing::TempDir dir;
  fs::create_directories(dir.path() / "output" / "html");
  EXPECT_TRUE(is_inside(dir.path() / "output", dir.path() / "output" / "html" / "x.html"));
  EXPECT_FALSE(is_inside(dir.path() / "output", dir.path() / "output" / ".." / "x.html"));
  fs::create_directory_symlink("/", dir.path() / "output" / "escape");
  EXPECT_FALSE(is_inside(dir.path() / "output", dir.path() / "output" / "escape" / "etc"));
}

TEST(Files, AtomicWriteKeepsTheModeOfTheFileItReplaces) {
  leafpress::testing::TempDir dir;
  fs::path file = dir.path() / "catalog.po";
  ASSERT_TRUE(write_file_atomic(file, "one"));
  for (mode_t mode : {0600, 0640, 0664, 0755, 0444}) {
    ASSERT_EQ(::chmod(file.c_str(), mode), 0);
    ASSERT_EQ(write_file_atomic(file, "content " + std::to_string(mode)).value(), WriteOutcome::written);
    struct stat after {};
    ASSERT_EQ(::stat(file.c_str(), &after), 0);
    EXPECT_EQ(after.st_mode & 07777, mode);
    EXPECT_EQ(read_file(file).value(), "content " + std::to_string(mode));
  }
}

TEST(Files, AtomicWriteGivesANewFile0644LessTheUmask) {
  leafpress::testing::TempDir dir;
  for (mode_t mask : {022, 027, 077}) {
    mode_t old = ::umask(mask);
    fs::path file = dir.path() / ("new" + std::to_string(mask) + ".po");
    auto written = write_file_atomic(file, "x");
    ::umask(old);
    ASSERT_TRUE(written);
    struct stat after {};
    ASSERT_EQ(::stat(file.c_str(), &after), 0);
    EXPECT_EQ(after.st_mode & 07777, 0644 & ~mask) << std::oct << mask;
  }
}
