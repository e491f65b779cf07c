# Robustness: the catalogue of bad inputs (exact diagnostics, exit status, previous site kept),
# hostile content on built pages, and answers files from older bank versions.
add_test(NAME robust_bad_inputs
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/bad_inputs.sh ${GUIDE_EXE} ${PROJECT_SOURCE_DIR})
set_tests_properties(robust_bad_inputs PROPERTIES TIMEOUT 300)
if(NODE_EXE)
  add_test(NAME robust_hostile_content
           COMMAND ${NODE_EXE} --test ${CMAKE_CURRENT_LIST_DIR}/hostile_content.test.js)
  set_tests_properties(robust_hostile_content PROPERTIES
    ENVIRONMENT "GUIDE_EXE=${GUIDE_EXE};GUIDE_ROOT=${PROJECT_SOURCE_DIR}" TIMEOUT 180)
endif()
if(NODE_EXE)
  add_test(NAME robust_answers_migration
           COMMAND ${NODE_EXE} --test ${CMAKE_CURRENT_LIST_DIR}/answers_migration.test.js)
  set_tests_properties(robust_answers_migration PROPERTIES ENVIRONMENT "GUIDE_EXE=${GUIDE_EXE}" TIMEOUT 120)
endif()
if(NODE_EXE)
  add_test(NAME robust_hostile_import
           COMMAND ${NODE_EXE} --test ${CMAKE_CURRENT_LIST_DIR}/hostile_import.test.js)
  set_tests_properties(robust_hostile_import PROPERTIES
    ENVIRONMENT "GUIDE_EXE=${GUIDE_EXE};GUIDE_ROOT=${PROJECT_SOURCE_DIR};GUIDE_WASM_JS=${GUIDE_WASM_JS}"
    TIMEOUT 180)
endif()
# The guide's own content passes with warnings counted as errors (guide check --strict).
add_test(NAME content_check_strict
         COMMAND ${GUIDE_EXE} check --strict --content content --templates templates --assets assets
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties(content_check_strict PROPERTIES TIMEOUT 120)
