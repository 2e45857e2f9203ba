# One INTERFACE target carries the warning policy, so every module gets the same flags.
add_library(leafpress_warnings INTERFACE)
target_compile_options(leafpress_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
  -Wnull-dereference -Wimplicit-fallthrough
  # GCC 12 reports false -Wrestrict positives inside libstdc++'s string concatenation at -O2
  # (GCC bug 105329); the warning says nothing about our code there.
  # Clang has neither warning, and says so for each file.
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>
  # GCC 12's optimiser also misreports braced aggregates holding std::string as "maybe
  # uninitialized" (GCC bug 105562 and kin); the check stays on in Debug builds.
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<NOT:$<CONFIG:Debug>>>:-Wno-maybe-uninitialized>)
option(LEAFPRESS_WERROR "Treat warnings as errors" ON)
if(LEAFPRESS_WERROR)
  target_compile_options(leafpress_warnings INTERFACE -Werror)
endif()
