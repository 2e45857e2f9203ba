// Word and LibreOffice files built to hurt: a part expanding to gigabytes, sizes that lie,
// tens of thousands of parts, part names leading out of the archive. Each is refused with an
// error naming the file, in bounded time and memory.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <chrono>

#include "readers/reader.hpp"
#include "readers/zip_archive.hpp"
#include "readers/zip_builder.hpp"

namespace readers = leafpress::readers;
using leafpress::testing::deflated_zeros;
using leafpress::testing::ZipBuilder;

namespace {

// The process's peak resident memory so far, in MiB.
long peak_mebibytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

struct Refusal {
  std::string message;
  double seconds = 0;
  long grew_mebibytes = 0;
};

// Reads `bytes` as source-docs/hostile.docx; the error it must give, how long it took and how
// much the peak memory grew.
Refusal refuse(const std::string& bytes) {
  long before = peak_mebibytes();
  auto start = std::chrono::steady_clock::now();
  auto document = readers::read_document(bytes, "source-docs/hostile.docx", "en");
  Refusal out;
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out.grew_mebibytes = peak_mebibytes() - before;
  EXPECT_FALSE(document.has_value());
  if (!document) out.message = document.error().to_string();
  return out;
}

}  // namespace

TEST(HostileArchives, PartExpandingToGigabytesIsRefusedInBoundedMemory) {
  // 4 GiB of zeros in about 4 MB, stated truthfully (as near as 32 bits go) and as a lie.
  std::string bomb = deflated_zeros(4095);
  for (uint32_t stated : {0xFFF00000u, 1000u}) {
    SCOPED_TRACE(stated);
    ZipBuilder zip;
    zip.add("[Content_Types].xml", "<Types/>", 0, 8);
    zip.add("word/document.xml", bomb, 8, stated);
    Refusal refused = refuse(zip.finish());
    EXPECT_NE(refused.message.find("source-docs/hostile.docx"), std::string::npos) << refused.message;
    EXPECT_NE(refused.message.find("zip bomb"), std::string::npos) << refused.message;
    EXPECT_LT(refused.seconds, 20.0);
    // The 32 MB part limit, with room for the archive itself and the allocator.
    EXPECT_LT(refused.grew_mebibytes, 160) << refused.message;
  }
}

TEST(HostileArchives, TensOfThousandsOfPartsAreRefused) {
  ZipBuilder zip;
  for (int i = 0; i < 60'000; ++i) zip.add("word/p" + std::to_string(i), "", 0, 0);
  Refusal refused = refuse(zip.finish());
  EXPECT_NE(refused.message.find("source-docs/hostile.docx"), std::string::npos) << refused.message;
  EXPECT_NE(refused.message.find("more than 10000"), std::string::npos) << refused.message;
  EXPECT_LT(refused.seconds, 20.0);
}

TEST(HostileArchives, PartNamesLeadingOutAreRefused) {
  for (const char* name : {"../outside.txt", "word/../../outside.txt", "/etc/passwd", "word\\..\\x"}) {
    SCOPED_TRACE(name);
    ZipBuilder zip;
    zip.add("word/document.xml", "<w:document/>", 0, 13);
    zip.add(name, "x", 0, 1);
    Refusal refused = refuse(zip.finish());
    EXPECT_NE(refused.message.find("source-docs/hostile.docx"), std::string::npos) << refused.message;
    EXPECT_NE(refused.message.find("points outside it"), std::string::npos) << refused.message;
  }
}

TEST(HostileArchives, LimitsAreTheArchiveReadersOwn) {
  // A small limit on parts refuses an archive under it, naming the limit.
  ZipBuilder zip;
  for (int i = 0; i < 4; ++i) zip.add("p" + std::to_string(i), "", 0, 0);
  std::string bytes = zip.finish();
  readers::ZipLimits limits;
  limits.max_entries = 3;
  auto archive = readers::ZipArchive::open(bytes, "source-docs/small.docx", "Word document", limits);
  ASSERT_FALSE(archive.has_value());
  EXPECT_NE(archive.error().message.find("more than 3"), std::string::npos) << archive.error().message;
  limits.max_entries = 4;
  EXPECT_TRUE(readers::ZipArchive::open(bytes, "source-docs/small.docx", "Word document", limits).has_value());
}
