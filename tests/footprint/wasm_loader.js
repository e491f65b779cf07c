// Node loader for build/wasm/guide-footprint.js: the page script itself (it exports
// GuideFootprint to CommonJS too), so that the tests call what the browser calls.
'use strict';

function loadCore(path) {
  const GuideFootprint = require(path);
  if (!GuideFootprint || !GuideFootprint.ready) {
    return Promise.reject(new Error(`${path} does not define GuideFootprint.ready`));
  }
  return GuideFootprint.ready.then((api) => ({
    footprint: (json) => api.footprint(json),
    chart: (resultJson, optionsJson) => api.footprintChart(resultJson, optionsJson),
    calculator: (json) => api.calculator(json),
    calculatorLoad: (json) => api.calculatorLoad(json),
    calculatorAnswers: (json) => api.calculatorAnswers(json),
  }));
}

// A test whose promise never settles would let node exit 0 having compared nothing: fail instead.
function failIfUnfinished(isFinished) {
  process.on('exit', (code) => {
    if (code === 0 && !isFinished()) {
      console.error('FAIL: the WebAssembly module never became ready');
      process.exitCode = 1;
    }
  });
}

module.exports = { loadCore, failIfUnfinished };
