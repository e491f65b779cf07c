// Minimal node loader for build/wasm/guide-core.js (Emscripten, SINGLE_FILE): calls the raw C
// exports with UTF-8 strings copied in and out of the module's heap.
'use strict';

function loadCore(path) {
  const Module = require(path);
  const ready = new Promise((resolve) => {
    if (Module.calledRun) resolve();
    else Module.onRuntimeInitialized = resolve;
  });
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  function callJson(exportName, input) {
    const bytes = encoder.encode(input);
    const ptr = Module._malloc(bytes.length + 1);
    Module.HEAPU8.set(bytes, ptr);
    Module.HEAPU8[ptr + bytes.length] = 0;
    const out = Module[exportName](ptr);
    Module._free(ptr);
    const heap = Module.HEAPU8;  // re-read: the heap may have grown during the call
    let end = out;
    while (heap[end] !== 0) end++;
    const text = decoder.decode(heap.subarray(out, end));
    Module._free(out);
    return text;
  }
  return ready.then(() => ({
    footprint: (json) => callJson('_guide_footprint', json),
    chart: (resultJson) => callJson('_guide_footprint_chart', resultJson),
  }));
}

module.exports = { loadCore };
