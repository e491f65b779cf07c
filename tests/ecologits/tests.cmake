# EcoLogits estimator (core/ecologits_*): the spec vectors of estimator-vectors.json replayed by
# the unit tests (tests/unit/ecologits_test.cpp), through the command line (exit status and
# stderr contract), and through the WebAssembly module, which must print the same bytes.
if(NODE_EXE)
  add_test(NAME ecologits_cli_vectors
           COMMAND ${NODE_EXE} ${CMAKE_CURRENT_LIST_DIR}/cli_vectors.js
                   ${GUIDE_EXE} ${CMAKE_CURRENT_LIST_DIR}/estimator-vectors.json ${PROJECT_BINARY_DIR}/ecologits-cli)
endif()
if(GUIDE_BUILD_WASM AND NODE_EXE)
  add_test(NAME ecologits_wasm_vectors
           COMMAND ${NODE_EXE} ${CMAKE_CURRENT_LIST_DIR}/wasm_vectors.js
                   ${GUIDE_EXE} ${GUIDE_FOOTPRINT_JS} ${CMAKE_CURRENT_LIST_DIR}/estimator-vectors.json
                   ${PROJECT_BINARY_DIR}/ecologits-wasm 3000)
endif()

# Benchmark (prints numbers, fails only if the estimator does): tests/bench/ecologits_bench.cpp.
add_executable(ecologits_bench ${PROJECT_SOURCE_DIR}/tests/bench/ecologits_bench.cpp)
target_link_libraries(ecologits_bench PRIVATE guide_pipeline)
add_test(NAME bench_ecologits COMMAND ecologits_bench ${CMAKE_CURRENT_LIST_DIR}/estimator-vectors.json)
set_tests_properties(bench_ecologits PROPERTIES LABELS bench)
