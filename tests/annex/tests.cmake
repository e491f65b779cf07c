# Browser tests of the printable annexes (clauses builder, sourcing questionnaire): headless
# Chromium from file://, PDF text checked with pdftotext, .odt export opened by LibreOffice.
# Each run builds its own site into a temporary folder.
if(NODE_EXE)
  add_test(NAME annex-browser
           COMMAND ${NODE_EXE} --test ${PROJECT_SOURCE_DIR}/tests/annex/annex.test.js
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(annex-browser PROPERTIES
    ENVIRONMENT "GUIDE_EXE=${GUIDE_EXE};GUIDE_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    TIMEOUT 600)
endif()
