# Node tests (node's built-in runner), run from the project root so require('lunr') and
# require('lunr-languages/...') resolve from node_modules (installed by `npm ci` / build.sh).
add_executable(site_search_tool ${CMAKE_CURRENT_LIST_DIR}/site_search_tool.cpp)
target_link_libraries(site_search_tool PRIVATE guide_pipeline)

if(NODE_EXE)
  add_test(NAME lunr-compat
           COMMAND ${NODE_EXE} --test ${PROJECT_SOURCE_DIR}/tests/node/lunr-compat.test.js
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(lunr-compat PROPERTIES ENVIRONMENT "GUIDE_EXE=${GUIDE_EXE}" TIMEOUT 120)

  add_test(NAME guide-index-cli
           COMMAND ${NODE_EXE} --test ${PROJECT_SOURCE_DIR}/tests/node/guide-index-cli.test.js
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(guide-index-cli PROPERTIES ENVIRONMENT "GUIDE_EXE=${GUIDE_EXE}" TIMEOUT 60)

  # The browser scripts' dialect: ES2017 classic scripts declaring with const and let. acorn is
  # Debian's node-acorn (build.sh), under /usr/share/nodejs.
  add_test(NAME script-dialect
           COMMAND ${NODE_EXE} --test ${PROJECT_SOURCE_DIR}/tests/node/script-dialect.test.js
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(script-dialect PROPERTIES ENVIRONMENT "NODE_PATH=/usr/share/nodejs" TIMEOUT 60)

  # How the scripts fill a text's {names} (GuideKit.fill), by the rule guide check reads them with.
  add_test(NAME script-fill
           COMMAND ${NODE_EXE} --test ${PROJECT_SOURCE_DIR}/tests/node/guidekit-fill.test.js
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(script-fill PROPERTIES TIMEOUT 60)

  # assets/js/search.js in headless Chromium from file://, against the generator's search data.
  find_program(CHROMIUM_EXE NAMES chromium chromium-browser)
  if(CHROMIUM_EXE)
    add_test(NAME search-ui
             COMMAND ${NODE_EXE} --test ${PROJECT_SOURCE_DIR}/tests/node/search-ui.test.js
             WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    set_tests_properties(search-ui PROPERTIES TIMEOUT 120 ENVIRONMENT
      "SITE_SEARCH_TOOL=$<TARGET_FILE:site_search_tool>;GUIDE=$<TARGET_FILE:guide>;CHROMIUM=${CHROMIUM_EXE}")
  endif()
endif()
