# libFuzzer targets (clang only), built when GUIDE_FUZZ=ON; tests/fuzz/run_fuzzers.sh configures
# such a build in build-fuzz/ and runs each target. The libraries are instrumented too
# (fuzzer-no-link: coverage feedback from the code under test; ASan + UBSan: any report fails).
if(GUIDE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "GUIDE_FUZZ needs clang (CXX=clang++): libFuzzer is part of clang")
  endif()
  set(GUIDE_FUZZ_FLAGS -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
      -fno-omit-frame-pointer -g)
  foreach(lib guide_core guide_stages)
    target_compile_options(${lib} PUBLIC ${GUIDE_FUZZ_FLAGS})
    target_link_options(${lib} PUBLIC -fsanitize=address,undefined)
  endforeach()
  foreach(name expr bank page answers)
    add_executable(fuzz_${name} ${CMAKE_CURRENT_LIST_DIR}/fuzz_${name}.cpp)
    target_link_libraries(fuzz_${name} PRIVATE guide_stages)
    target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
  endforeach()
  target_compile_definitions(fuzz_bank PRIVATE GUIDE_TEMPLATES_DIR="${PROJECT_SOURCE_DIR}/templates")
  target_compile_definitions(fuzz_answers PRIVATE
    GUIDE_FUZZ_BANK="${PROJECT_SOURCE_DIR}/content/banks/grille-7-criteres.yaml")

  # In a fuzz build, CTest replays every seed once (-runs=0): a regression test for any input
  # that once crashed, once added to the seeds.
  set(seeds_expr ${CMAKE_CURRENT_LIST_DIR}/seeds/expr)
  set(seeds_bank ${PROJECT_SOURCE_DIR}/content/banks ${PROJECT_SOURCE_DIR}/tests/fixtures/mini/banks)
  set(seeds_page ${PROJECT_SOURCE_DIR}/content/pages ${PROJECT_SOURCE_DIR}/tests/fixtures/mini/pages)
  set(seeds_answers ${CMAKE_CURRENT_LIST_DIR}/seeds/answers)
  foreach(name expr bank page answers)
    add_test(NAME fuzz_seeds_${name} COMMAND fuzz_${name} -runs=0 ${seeds_${name}})
  endforeach()
endif()
