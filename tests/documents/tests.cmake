# Browser tests of the documents drawn from a tool (content/documents/): the sourcing synthesis and
# the mention explicite, in headless Chromium from file://, printed (pdftotext) and exported (.odt
# and .docx read back by LibreOffice). Each run builds its own site into a temporary folder.
if(NODE_EXE AND GUIDE_BUILD_WASM)
  add_test(NAME documents-browser
           COMMAND ${NODE_EXE} --test ${CMAKE_CURRENT_LIST_DIR}/documents.test.js
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(documents-browser PROPERTIES
    ENVIRONMENT "GUIDE_EXE=${GUIDE_EXE};GUIDE_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    TIMEOUT 600)
endif()
