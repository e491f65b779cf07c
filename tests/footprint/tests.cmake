# Footprint estimator: the WASM build must give byte-identical results to `guide footprint` on
# a large set of random inputs, valid and invalid (tests/footprint/equivalence.js).
if(GUIDE_BUILD_WASM AND NODE_EXE)
  add_test(NAME footprint_wasm_equivalence
           COMMAND ${NODE_EXE} ${CMAKE_CURRENT_LIST_DIR}/equivalence.js
                   ${GUIDE_EXE} ${GUIDE_FOOTPRINT_JS} ${PROJECT_SOURCE_DIR}/content
                   ${PROJECT_BINARY_DIR}/footprint-equivalence 1200)
endif()
if(NODE_EXE)
  add_test(NAME footprint_cli_contract
           COMMAND ${NODE_EXE} ${CMAKE_CURRENT_LIST_DIR}/cli_contract.js
                   ${GUIDE_EXE} ${PROJECT_SOURCE_DIR}/content ${PROJECT_BINARY_DIR}/footprint-cli)
endif()
if(GUIDE_BUILD_WASM AND NODE_EXE)
  add_test(NAME footprint_page_browser
           COMMAND ${NODE_EXE} ${CMAKE_CURRENT_LIST_DIR}/browser.js
                   ${GUIDE_EXE} ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR}/footprint-browser)
  set_tests_properties(footprint_page_browser PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endif()
if(GUIDE_BUILD_WASM AND NODE_EXE)
  add_test(NAME footprint_to_grid_browser
           COMMAND ${NODE_EXE} --test ${CMAKE_CURRENT_LIST_DIR}/grid_link.test.js
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(footprint_to_grid_browser PROPERTIES
    ENVIRONMENT "GUIDE_EXE=${GUIDE_EXE};GUIDE_SOURCE_DIR=${PROJECT_SOURCE_DIR}" TIMEOUT 120)
endif()
