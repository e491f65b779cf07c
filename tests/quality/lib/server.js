'use strict';
/* A static file server for the built site, inside the test process, on loopback only: the
 * EcoIndex method counts HTTP requests and bytes on the wire, which file:// does not have.
 * Text is sent gzip-compressed when the browser asks for it, as Debian's Apache (mod_deflate)
 * and most hosts do; the raw size of every file sent is recorded too, for the uncompressed case. */
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const zlib = require('node:zlib');

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

function startServer(root) {
  const served = []; // every request the server saw, for the tests' cross-checks
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel));
    const entry = { path: rel, rawBytes: 0, bodyBytes: 0 };
    served.push(entry);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const raw = fs.readFileSync(file);
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    const body = gzip ? zlib.gzipSync(raw, { level: 6 }) : raw;
    Object.assign(entry, { rawBytes: raw.length, bodyBytes: body.length });
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, served, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

module.exports = { startServer };
