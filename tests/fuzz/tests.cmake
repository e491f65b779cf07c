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
  target_compile_definitions(fuzz_answers PRIVATE
    GUIDE_FUZZ_BANK="${PROJECT_SOURCE_DIR}/content/banks/grille-7-criteres.yaml")
endif()
