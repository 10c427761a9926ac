# Build helpers shared by every layer.
#
# postier_add_library(NAME LAYER SOURCES ... LINKS ... FORBIDS ...)
#   A static library for one layer. FORBIDS lists targets the layer must never link, directly or
#   through its dependencies; the check runs at generate time so a wrong dependency fails the
#   configure step instead of waiting for review.
# postier_add_test(NAME SOURCES ... LINKS ... [FIXTURES ...] [LABELS ...])
#   A Qt Test executable registered with CTest.

set(CMAKE_AUTOMOC ON)

function(postier_apply_defaults target)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_KEYWORDS QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    POSTIER_VERSION="${PROJECT_VERSION}")
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-deprecated-declarations)
  endif()
endfunction()

function(_postier_collect_links target out)
  set(result "")
  if(TARGET ${target})
    get_target_property(links ${target} LINK_LIBRARIES)
    if(links)
      foreach(l IN LISTS links)
        list(APPEND result ${l})
        if(TARGET ${l} AND l MATCHES "^postier_")
          _postier_collect_links(${l} sub)
          list(APPEND result ${sub})
        endif()
      endforeach()
    endif()
  endif()
  set(${out} ${result} PARENT_SCOPE)
endfunction()

function(postier_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINKS;FORBIDS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  add_library(postier::${name} ALIAS ${name})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_LINKS})
  postier_apply_defaults(${name})
  _postier_collect_links(${name} all)
  foreach(f IN LISTS ARG_FORBIDS)
    if(f IN_LIST all)
      message(FATAL_ERROR "Layering violation: ${name} must not link ${f}")
    endif()
  endforeach()
endfunction()

function(postier_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINKS;FIXTURES;LABELS;ENV" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LINKS})
  postier_apply_defaults(${name})
  target_compile_definitions(${name} PRIVATE
    POSTIER_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
    POSTIER_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  set(env "QT_QPA_PLATFORM=offscreen" ${ARG_ENV})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
  if(ARG_FIXTURES)
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
  endif()
  if(ARG_LABELS)
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
  endif()
endfunction()
