# Node tests (node's built-in runner), run from the project root so require('lunr') and
# require('lunr-languages/...') resolve from node_modules (installed by `npm ci` / build.sh).
if(NODE_EXE)
  add_test(NAME lunr-compat
           COMMAND ${NODE_EXE} --test ${PROJECT_SOURCE_DIR}/tests/node/lunr-compat.test.js
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(lunr-compat PROPERTIES ENVIRONMENT "GUIDE_EXE=${GUIDE_EXE}" TIMEOUT 120)
endif()
