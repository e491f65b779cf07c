# Browser tests of the bank forms (assets/js/forms-*.js) in headless Chromium through
# playwright-core: each test file builds its own site into a temporary folder with this tree's
# generator, content, templates and assets, and opens the tool pages from file://.
if(NODE_EXE AND GUIDE_BUILD_WASM)
  foreach(name forms nojs navigation flow)
    add_test(NAME forms_browser_${name}
             COMMAND ${NODE_EXE} --test ${CMAKE_CURRENT_LIST_DIR}/${name}.test.js
             WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    set_tests_properties(forms_browser_${name} PROPERTIES
      ENVIRONMENT "GUIDE_EXE=${GUIDE_EXE};GUIDE_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
      # Four minutes each on a machine shared with other builds (the tools in steps load a page
      # per step, review and result): the limit guards against a hang, not a slow machine.
      TIMEOUT 600)
  endforeach()
endif()
