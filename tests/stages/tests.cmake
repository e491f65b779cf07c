# stage_boundaries: an #include back up the pipeline fails to compile (see back_include.sh).
add_test(NAME stage_boundaries
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/back_include.sh ${CMAKE_CXX_COMPILER} ${GUIDE_STAGE_INCLUDE_ROOT})
set_tests_properties(stage_boundaries PROPERTIES TIMEOUT 120)
