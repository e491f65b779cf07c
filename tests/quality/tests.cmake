# Quality suite (issue 8): the built site in real browsers. Each test builds its own site into a
# temporary folder with ${GUIDE_EXE}, from the project root. Needs Debian chromium and firefox-esr
# and the npm packages playwright-core and axe-core (build.sh installs all of them).
#   quality_ecoindex     the EcoIndex formula against the method's published vectors
#   quality_pages        every page over http and file://: requests, errors, axe WCAG 2.1 AA,
#                        structure, CSP, storage, budgets, EcoIndex; writes
#                        tests/artifacts/quality-report.json
#   quality_interaction  keyboard walk, skip link, search, storage after interacting, error summary
#   quality_layout       no sideways scroll at 320 px; screenshots and printed annex in
#                        tests/artifacts/screenshots/
#   quality_mobile       at 375 px every page's title on the first screen, the menu folded
#                        (<details>, no JavaScript needed), the home page's start buttons;
#                        tests/artifacts/mobile-home.png
#   quality_firefox      Firefox ESR from file:// over WebDriver BiDi
if(NODE_EXE)
  set(_quality_dir ${PROJECT_SOURCE_DIR}/tests/quality)
  set(_quality_env "GUIDE_EXE=${GUIDE_EXE}" "GUIDE_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
  add_test(NAME quality_ecoindex COMMAND ${NODE_EXE} --test ${_quality_dir}/ecoindex.test.js)
  foreach(name pages interaction layout mobile)
    add_test(NAME quality_${name} COMMAND ${NODE_EXE} --test ${_quality_dir}/${name}.test.js
             WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  endforeach()
  # Node 20 has a WebSocket client only behind this flag; the BiDi client needs it.
  add_test(NAME quality_firefox
           COMMAND ${NODE_EXE} --experimental-websocket --test ${_quality_dir}/firefox.test.js
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(quality_pages quality_interaction quality_layout quality_mobile quality_firefox PROPERTIES
    ENVIRONMENT "${_quality_env}" LABELS "quality;browser" TIMEOUT 600
    # One browser at a time: they share two cores with the rest of the suite.
    RESOURCE_LOCK browser)
  # Every page twice (http with axe, then file://): about 4 minutes on a quiet machine, 10 on one
  # shared with builds. The limit guards against a hang, not against a slow machine.
  set_tests_properties(quality_pages PROPERTIES TIMEOUT 1500)
  set_tests_properties(quality_ecoindex PROPERTIES LABELS quality TIMEOUT 30)
endif()
