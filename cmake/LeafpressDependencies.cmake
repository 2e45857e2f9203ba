# Every third-party library comes from Debian; scripts/setup.sh installs them.
find_package(PkgConfig REQUIRED)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n data)
find_package(Boost 1.74 REQUIRED COMPONENTS locale)
find_package(tinyxml2 REQUIRED)
find_package(fmt REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
# cmark's CMake config insists on the cmark executable; pkg-config needs only the library.
pkg_check_modules(CMARK REQUIRED IMPORTED_TARGET libcmark)
find_package(Threads REQUIRED)
find_package(tomlplusplus CONFIG REQUIRED)
if(LEAFPRESS_TESTS)
  find_package(GTest REQUIRED)
endif()
