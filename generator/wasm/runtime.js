  /* Shared by guide-core.js and guide-footprint.js (embed.js pastes it into each loader's scope):
   * turns the embedded gzip+base64 module into a running instance, and calls its exported
   * `char* f(const char*...)` functions with JavaScript strings. */
  var encoder = new TextEncoder();
  var decoder = new TextDecoder();

  function decodeBase64(text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function gunzip(bytes) {
    if (typeof DecompressionStream !== 'function') {
      return Promise.reject(new Error(NAME + ' needs DecompressionStream (Chromium 80+, Firefox 113+, Safari 16.4+)'));
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer();
  }

  // The module imports only what libc might call on a fatal path; none is expected to run.
  function importsFor(module) {
    var imports = {};
    WebAssembly.Module.imports(module).forEach(function (entry) {
      imports[entry.module] = imports[entry.module] || {};
      imports[entry.module][entry.name] = entry.name === 'emscripten_notify_memory_growth'
        ? function () {}
        : function () { throw new Error(NAME + ': unexpected call to ' + entry.name); };
    });
    return imports;
  }

  // Resolves to the instance's exports once the embedded module is compiled and initialised.
  function instantiate(gzipBase64) {
    return gunzip(decodeBase64(gzipBase64))
      .then(function (bytes) { return WebAssembly.compile(bytes); })
      .then(function (module) { return WebAssembly.instantiate(module, importsFor(module)); })
      .then(function (instance) {
        var exports = instance.exports;
        if (exports._initialize) exports._initialize();
        return exports;
      });
  }

  function toCString(exports, value) {
    var bytes = encoder.encode(typeof value === 'string' ? value : JSON.stringify(value));
    var pointer = exports.malloc(bytes.length + 1);
    var heap = new Uint8Array(exports.memory.buffer);
    heap.set(bytes, pointer);
    heap[pointer + bytes.length] = 0;
    return pointer;
  }

  // Calls an exported `char* f(const char*...)` and frees both directions; `first`, when given,
  // is a pointer the caller keeps (guide-core's bank) passed before the strings of `args`.
  function callExport(exports, name, args, first) {
    var pointers = args.map(function (arg) { return toCString(exports, arg); });
    var result = exports[name].apply(null, first ? [first].concat(pointers) : pointers);
    pointers.forEach(function (p) { exports.free(p); });
    var heap = new Uint8Array(exports.memory.buffer);  // read after the call: memory may have grown
    var end = result;
    while (heap[end] !== 0) end++;
    var text = decoder.decode(heap.subarray(result, end));
    exports.guide_free(result);
    return text;
  }
