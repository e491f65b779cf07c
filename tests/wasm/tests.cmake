# Tests of the WebAssembly core (generator/wasm) and of its agreement with the native build.
# The evaluation benchmark lives in tests/bench but is registered here, beside its WASM half.
add_executable(eval_bench ${PROJECT_SOURCE_DIR}/tests/bench/eval_bench.cpp)
target_link_libraries(eval_bench PRIVATE guide_pipeline)

if(GUIDE_BUILD_WASM AND NODE_EXE)
  add_test(NAME wasm_module
           COMMAND ${NODE_EXE} ${CMAKE_CURRENT_LIST_DIR}/module.test.js ${GUIDE_WASM_JS}
                   ${GUIDE_FOOTPRINT_JS} ${PROJECT_SOURCE_DIR} ${GUIDE_EXE})
  add_test(NAME wasm_same_source
           COMMAND ${NODE_EXE} ${CMAKE_CURRENT_LIST_DIR}/same_source.test.js ${GUIDE_EXE}
                   ${GUIDE_WASM_JS} ${PROJECT_SOURCE_DIR} 1000)
  add_test(NAME bench_eval
           COMMAND ${NODE_EXE} ${PROJECT_SOURCE_DIR}/tests/bench/eval_bench.js ${GUIDE_EXE}
                   $<TARGET_FILE:eval_bench> ${GUIDE_WASM_JS} ${PROJECT_SOURCE_DIR} 1000)
  set_tests_properties(wasm_module wasm_same_source bench_eval PROPERTIES LABELS wasm)
  set_tests_properties(bench_eval PROPERTIES LABELS "wasm;bench")
endif()
