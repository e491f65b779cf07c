# Footprint estimator: the WASM build must give byte-identical results to `guide footprint` on
# a large set of random inputs, valid and invalid (tests/footprint/equivalence.js).
if(GUIDE_BUILD_WASM AND NODE_EXE)
  add_test(NAME footprint_wasm_equivalence
           COMMAND ${NODE_EXE} ${CMAKE_CURRENT_LIST_DIR}/equivalence.js
                   ${GUIDE_EXE} ${GUIDE_WASM_JS} ${PROJECT_SOURCE_DIR}/content
                   ${PROJECT_BINARY_DIR}/footprint-equivalence 1200)
endif()
if(NODE_EXE)
  add_test(NAME footprint_cli_contract
           COMMAND ${NODE_EXE} ${CMAKE_CURRENT_LIST_DIR}/cli_contract.js
                   ${GUIDE_EXE} ${PROJECT_SOURCE_DIR}/content ${PROJECT_BINARY_DIR}/footprint-cli)
endif()
