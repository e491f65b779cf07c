# guide serve (issue 18): the HTTP server, reload on edit, the overlay of a failed rebuild, clean
# stop. Builds the real guide from a temporary copy of content/ on a free port; Chromium for the
# browser part.
if(NODE_EXE)
  add_test(NAME serve_live_reload COMMAND ${NODE_EXE} --test ${CMAKE_CURRENT_LIST_DIR}/serve.test.js
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(serve_live_reload PROPERTIES
    ENVIRONMENT "GUIDE_EXE=${GUIDE_EXE};GUIDE_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    LABELS "serve;browser" TIMEOUT 600 RESOURCE_LOCK browser)
endif()
