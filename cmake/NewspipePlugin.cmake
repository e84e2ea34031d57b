# newspipe_add_plugin(NAME SOURCES src... [LIBS lib...] [OUTPUT_DIRECTORY dir] [NO_INSTALL])
#
# Builds a newspipe plugin: a MODULE library called NAME.so (no "lib" prefix: the host looks a plugin
# up as <folder>/<name>.so), with hidden visibility (only the plugin entry is exported), linked
# against the SDK and LIBS. The CMake target is NAME_plugin (plain names such as "clean" or "test"
# are reserved by CMake).
#
# It is placed in OUTPUT_DIRECTORY (default: the newspipe build tree's plugin folder inside the
# newspipe project, the current binary folder outside it) and installed to
# <prefix>/lib/newspipe/plugins unless NO_INSTALL. Used by newspipe's own plugins and, through
# find_package(newspipe), by plugins built out of tree.
include(GNUInstallDirs)

function(newspipe_add_plugin NAME)
  cmake_parse_arguments(ARG "NO_INSTALL" "OUTPUT_DIRECTORY" "SOURCES;LIBS" ${ARGN})
  set(target ${NAME}_plugin)
  if(NOT ARG_OUTPUT_DIRECTORY)
    if(DEFINED NEWSPIPE_PLUGIN_OUTPUT_DIR)
      set(ARG_OUTPUT_DIRECTORY "${NEWSPIPE_PLUGIN_OUTPUT_DIR}")
    else()
      set(ARG_OUTPUT_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
    endif()
  endif()
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE newspipe::sdk ${ARG_LIBS})
  target_compile_features(${target} PRIVATE cxx_std_20)
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    OUTPUT_NAME "${NAME}"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    LIBRARY_OUTPUT_DIRECTORY "${ARG_OUTPUT_DIRECTORY}"
    # From <prefix>/lib/newspipe/plugins, the shared text library is two folders up.
    INSTALL_RPATH "$ORIGIN/../..")
  if(NOT ARG_NO_INSTALL)
    install(TARGETS ${target} LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}/newspipe/plugins")
  endif()
endfunction()
