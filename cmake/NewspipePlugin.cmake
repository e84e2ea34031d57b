# newspipe_add_plugin(NAME SOURCES src... [LIBS lib...] [OUTPUT_DIRECTORY dir] [NO_INSTALL])
# Builds a newspipe plugin: a MODULE library called NAME.so (no "lib" prefix: the host looks a plugin
# up as <folder>/<name>.so), with hidden visibility, linked against the SDK and LIBS, placed in the
# plugin folder of the build tree (or OUTPUT_DIRECTORY) and installed to the plugin folder of the
# install tree (unless NO_INSTALL, for plugins that only tests use).
# The CMake target is NAME_plugin: plain names such as "clean" or "test" are reserved by CMake.
function(newspipe_add_plugin NAME)
  cmake_parse_arguments(ARG "NO_INSTALL" "OUTPUT_DIRECTORY" "SOURCES;LIBS" ${ARGN})
  set(target ${NAME}_plugin)
  if(NOT ARG_OUTPUT_DIRECTORY)
    set(ARG_OUTPUT_DIRECTORY "${NEWSPIPE_PLUGIN_OUTPUT_DIR}")
  endif()
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE newspipe::sdk ${ARG_LIBS})
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    OUTPUT_NAME "${NAME}"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    LIBRARY_OUTPUT_DIRECTORY "${ARG_OUTPUT_DIRECTORY}")
  if(NOT ARG_NO_INSTALL AND DEFINED NEWSPIPE_PLUGIN_INSTALL_DIR)
    install(TARGETS ${target} LIBRARY DESTINATION "${NEWSPIPE_PLUGIN_INSTALL_DIR}")
  endif()
endfunction()
