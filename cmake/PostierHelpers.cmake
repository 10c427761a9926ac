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

# Every target NAME links, directly or through any chain of targets: our own libraries' link lists
# and the link interfaces of imported ones (Qt6::PrintSupport brings Qt6::Widgets, Qt6::Widgets
# brings Qt6::Gui), generator expressions such as $<LINK_ONLY:...> unwrapped.
function(_postier_collect_links target out)
  set(seen "")
  set(pending ${target})
  while(pending)
    list(POP_FRONT pending current)
    if(NOT TARGET ${current} OR current IN_LIST seen)
      continue()
    endif()
    list(APPEND seen ${current})
    get_target_property(aliased ${current} ALIASED_TARGET)
    if(aliased)
      list(APPEND pending ${aliased})
    endif()
    set(links "")
    get_target_property(imported ${current} IMPORTED)
    get_target_property(type ${current} TYPE)
    if(NOT imported AND NOT type STREQUAL "INTERFACE_LIBRARY")
      get_target_property(direct ${current} LINK_LIBRARIES)
      if(direct)
        list(APPEND links ${direct})
      endif()
    endif()
    get_target_property(iface ${current} INTERFACE_LINK_LIBRARIES)
    if(iface)
      list(APPEND links ${iface})
    endif()
    foreach(l IN LISTS links)
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" l "${l}")
      string(REGEX REPLACE "^::@.*" "" l "${l}")
      if(l AND NOT l MATCHES "^\\$<")
        list(APPEND pending ${l})
      endif()
    endforeach()
  endwhile()
  list(REMOVE_ITEM seen ${target})
  set(${out} ${seen} PARENT_SCOPE)
endfunction()

# Runs once, at the end of the configure step, when every target_link_libraries() call of every
# layer has been made: a layer that reaches a forbidden library by any path fails the configure.
function(_postier_check_layers)
  get_property(libraries GLOBAL PROPERTY POSTIER_LAYERS)
  foreach(name IN LISTS libraries)
    get_property(forbids GLOBAL PROPERTY POSTIER_FORBIDS_${name})
    _postier_collect_links(${name} all)
    foreach(f IN LISTS forbids)
      if(f IN_LIST all)
        message(FATAL_ERROR "Layering violation: ${name} must not link ${f}, directly or through "
                            "its dependencies (it reaches: ${all})")
      endif()
    endforeach()
  endforeach()
endfunction()

function(postier_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINKS;FORBIDS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  add_library(postier::${name} ALIAS ${name})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_LINKS})
  postier_apply_defaults(${name})
  if(ARG_FORBIDS)
    get_property(layers GLOBAL PROPERTY POSTIER_LAYERS)
    if(NOT layers)
      cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL _postier_check_layers)
    endif()
    set_property(GLOBAL APPEND PROPERTY POSTIER_LAYERS ${name})
    set_property(GLOBAL PROPERTY POSTIER_FORBIDS_${name} ${ARG_FORBIDS})
  endif()
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
