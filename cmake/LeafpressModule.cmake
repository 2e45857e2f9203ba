# leafpress_module(NAME SOURCES … DEPS … PRIVATE_DEPS …): one static library per pipeline
# module. Its public include root is pipeline/, so code includes "catalog/po_parser.hpp".
# A module that has only headers so far is an INTERFACE library.
function(leafpress_module name)
  cmake_parse_arguments(M "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  if(M_SOURCES)
    add_library(leafpress_${name} STATIC ${M_SOURCES})
    target_include_directories(leafpress_${name} PUBLIC ${PROJECT_SOURCE_DIR}/pipeline)
    target_link_libraries(leafpress_${name} PUBLIC ${M_DEPS} PRIVATE leafpress_warnings ${M_PRIVATE_DEPS})
  else()
    add_library(leafpress_${name} INTERFACE)
    target_include_directories(leafpress_${name} INTERFACE ${PROJECT_SOURCE_DIR}/pipeline)
    target_link_libraries(leafpress_${name} INTERFACE ${M_DEPS})
  endif()
  add_library(leafpress::${name} ALIAS leafpress_${name})
endfunction()
