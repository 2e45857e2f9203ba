# One INTERFACE target carries the warning policy, so every module gets the same flags.
add_library(leafpress_warnings INTERFACE)
target_compile_options(leafpress_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
  -Wnull-dereference -Wimplicit-fallthrough)
option(LEAFPRESS_WERROR "Treat warnings as errors" ON)
if(LEAFPRESS_WERROR)
  target_compile_options(leafpress_warnings INTERFACE -Werror)
endif()
