add_test(NAME golden_mini_site
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/check_golden.sh ${GUIDE_EXE} ${PROJECT_SOURCE_DIR})
