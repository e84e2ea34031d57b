# newspipe_add_plugin(NAME SOURCES src...)
# Builds a newspipe plugin: a MODULE library called NAME.so (no "lib" prefix: the host looks a plugin
# up as <folder>/<name>.so), with hidden visibility, linked against the SDK, placed in the plugin
# folder of the build tree and installed to the plugin folder of the install tree.
function(newspipe_add_plugin NAME)
  cmake_parse_arguments(ARG "" "" "SOURCES" ${ARGN})
  add_library(${NAME} MODULE ${ARG_SOURCES})
  target_link_libraries(${NAME} PRIVATE newspipe::sdk)
  set_target_properties(${NAME} PROPERTIES
    PREFIX ""
    OUTPUT_NAME "${NAME}"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    LIBRARY_OUTPUT_DIRECTORY "${NEWSPIPE_PLUGIN_OUTPUT_DIR}")
  if(DEFINED NEWSPIPE_PLUGIN_INSTALL_DIR)
    install(TARGETS ${NAME} LIBRARY DESTINATION "${NEWSPIPE_PLUGIN_INSTALL_DIR}")
  endif()
endfunction()
