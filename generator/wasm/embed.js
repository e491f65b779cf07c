// Build step: writes guide-core.js = loader.js with the WebAssembly module embedded
// (gzip, then base64: a third of the raw module's size once encoded).
// usage: node embed.js LOADER.js MODULE.wasm OUT.js
'use strict';
const fs = require('fs');
const zlib = require('zlib');

const [loaderPath, wasmPath, outPath] = process.argv.slice(2);
const loader = fs.readFileSync(loaderPath, 'utf8');
const wasm = fs.readFileSync(wasmPath);
const gz = zlib.gzipSync(wasm, { level: 9 });
const parts = loader.split("'@MODULE@'");
if (parts.length !== 2) throw new Error(`${loaderPath}: expected one '@MODULE@' placeholder`);
const out = parts[0] + "'" + gz.toString('base64') + "'" + parts[1];
// The pages' CSP forbids eval: fail the build rather than ship a script that cannot run.
for (const forbidden of ['eval(', 'new Function']) {
  if (out.includes(forbidden)) throw new Error(`${outPath}: contains '${forbidden}'`);
}
fs.writeFileSync(outPath, out);
console.log(`guide-core.js: ${out.length} bytes (module ${wasm.length} bytes, gzip ${gz.length})`);
