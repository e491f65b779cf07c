# Robustness: the catalogue of bad inputs (exact diagnostics, exit status, previous site kept),
# hostile content on built pages, and answers files from older bank versions.
add_test(NAME robust_bad_inputs
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/bad_inputs.sh ${GUIDE_EXE} ${PROJECT_SOURCE_DIR})
set_tests_properties(robust_bad_inputs PROPERTIES TIMEOUT 300)
