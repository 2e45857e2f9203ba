# Every third-party library comes from Debian; scripts/setup.sh installs them.
find_package(PkgConfig REQUIRED)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n data)
find_package(Boost 1.74 REQUIRED COMPONENTS locale)
find_package(tinyxml2 REQUIRED)
find_package(fmt REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
# GitHub-flavoured Markdown (tables, strikethrough, autolinks) through cmark-gfm and its
# extensions library (both named in libcmark-gfm.pc).
pkg_check_modules(CMARK_GFM REQUIRED IMPORTED_TARGET libcmark-gfm)
# Word and LibreOffice documents are zip archives.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)
pkg_check_modules(NETTLE REQUIRED IMPORTED_TARGET nettle)
# QR codes on leaflets (app/qr_code).
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
# Pictures made ready for print (picture/): decoded, converted to CMYK, encoded again.
pkg_check_modules(LCMS2 REQUIRED IMPORTED_TARGET lcms2)
find_package(PNG REQUIRED)
find_package(JPEG REQUIRED)
find_package(GIF 5 REQUIRED)
find_package(Threads REQUIRED)
if(LEAFPRESS_JEMALLOC)
  pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc)
endif()
find_package(tomlplusplus CONFIG REQUIRED)
if(LEAFPRESS_TESTS)
  find_package(GTest REQUIRED)
endif()
