# Decision scenarios (scenarios.json): the advice each answer set must give, checked natively and
# through the WebAssembly module; and the property that no random answer set gets a favourable
# advice while a gate is open.
if(NODE_EXE)
  add_test(NAME decisions_native
           COMMAND ${NODE_EXE} ${CMAKE_CURRENT_LIST_DIR}/run.js native ${GUIDE_EXE} none ${PROJECT_SOURCE_DIR})
  set_tests_properties(decisions_native PROPERTIES LABELS decisions)
  if(GUIDE_BUILD_WASM)
    add_test(NAME decisions_wasm
             COMMAND ${NODE_EXE} ${CMAKE_CURRENT_LIST_DIR}/run.js wasm ${GUIDE_EXE} ${GUIDE_WASM_JS} ${PROJECT_SOURCE_DIR})
    add_test(NAME decisions_property
             COMMAND ${NODE_EXE} ${CMAKE_CURRENT_LIST_DIR}/property.test.js ${GUIDE_EXE} ${GUIDE_WASM_JS} ${PROJECT_SOURCE_DIR} 3000)
    set_tests_properties(decisions_wasm decisions_property PROPERTIES LABELS "decisions;wasm")
  endif()
endif()
