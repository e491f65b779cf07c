// Build step: writes a page script = LOADER.js with RUNTIME.js pasted in (shared helpers) and the
// WebAssembly module embedded (gzip, then base64: a third of the raw module's size once encoded).
// usage: node embed.js LOADER.js RUNTIME.js MODULE.wasm OUT.js
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [loaderPath, runtimePath, wasmPath, outPath] = process.argv.slice(2);
const loader = fs.readFileSync(loaderPath, 'utf8');
const runtime = fs.readFileSync(runtimePath, 'utf8').replace(/\s+$/, '');
const wasm = fs.readFileSync(wasmPath);
const gz = zlib.gzipSync(wasm, { level: 9 });

function replaceOnce(text, placeholder, value) {
  const parts = text.split(placeholder);
  if (parts.length !== 2) throw new Error(`${loaderPath}: expected one ${placeholder} placeholder`);
  return parts[0] + value + parts[1];
}
let out = replaceOnce(loader, "'@MODULE@'", "'" + gz.toString('base64') + "'");
out = replaceOnce(out, '  /*@RUNTIME@*/', runtime);
// The pages' CSP forbids eval: fail the build rather than ship a script that cannot run.
for (const forbidden of ['eval(', 'new Function']) {
  if (out.includes(forbidden)) throw new Error(`${outPath}: contains '${forbidden}'`);
}
fs.writeFileSync(outPath, out);
console.log(`${path.basename(outPath)}: ${out.length} bytes (module ${wasm.length} bytes, gzip ${gz.length})`);
