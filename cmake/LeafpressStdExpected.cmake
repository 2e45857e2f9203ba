# std::expected under clang (the fuzz preset) with libstdc++ 12.
# libstdc++ enables <expected> only when __cpp_concepts >= 202002L. Clang 16 implements what
# that header needs (conditionally trivial special members, P0848) but still reports 201907L
# (clang 19 raises it), so libstdc++ hides std::expected. We state the level clang 16 really
# has; clang 14 and 15 lack P0848 and cannot compile the header at all, hence the check.
# GCC needs nothing.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 19)
  if(CMAKE_CXX_COMPILER_VERSION VERSION_LESS 16)
    message(FATAL_ERROR "leafpress needs clang 16 or later (std::expected): "
                        "configure with -DCMAKE_CXX_COMPILER=clang++-16")
  endif()
  add_compile_options(-U__cpp_concepts -D__cpp_concepts=202002L)
endif()
