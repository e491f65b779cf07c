'use strict';
/* Starts `guide serve` the way an author would, on a temporary copy of the content (so that tests
 * can edit it), the project's templates and assets, a temporary output folder and a free port;
 * and follows its event stream without a browser. */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const PROJECT_DIR = process.env.GUIDE_SOURCE_DIR || path.resolve(__dirname, '..', '..');

/* contentDir: the content to copy (default: the project's). Resolves once the server listens. */
async function startServe({ contentDir = path.join(PROJECT_DIR, 'content'), exe = process.env.GUIDE_EXE,
  timeoutMs = 120000 } = {}) {
  if (!exe) throw new Error('GUIDE_EXE is not set (CTest passes the built guide binary)');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-serve-'));
  const content = path.join(tmp, 'content');
  fs.cpSync(contentDir, content, { recursive: true });
  const out = path.join(tmp, 'site');
  const child = spawn(exe, ['serve', '--port', '0', '--content', content,
    '--templates', path.join(PROJECT_DIR, 'templates'), '--assets', path.join(PROJECT_DIR, 'assets'),
    '--out', out], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`guide serve did not start:\n${stderr}`)), timeoutMs);
    const look = () => {
      const m = /serving (http:\/\/[^/\s]+)\//.exec(stdout);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    };
    child.stdout.on('data', look);
    exited.then(({ code }) => { clearTimeout(timer); reject(new Error(`guide serve exited (${code}):\n${stderr}`)); });
  });
  return {
    origin, content, out, child, exited,
    log: () => stderr,
    stdout: () => stdout,
    stop: async (signal = 'SIGINT') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const result = await exited;
      fs.rmSync(tmp, { recursive: true, force: true });
      return result;
    },
  };
}

/* A GET over a raw socket, the request target sent exactly as given (no client normalises it). */
function rawGet(origin, target) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { data += d; });
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.[01] (\d+)/.exec(data)?.[1] || 0);
      resolve({ status, body: data.slice(data.indexOf('\r\n\r\n') + 4) });
    });
    socket.on('error', reject);
  });
}

function get(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    }).on('error', reject);
  });
}

/* The server's event stream: events() lists what came, next(name) waits for the next one of that
 * name after those already taken. */
function followEvents(origin) {
  const received = [];
  const waiters = [];
  let taken = 0;
  const request = http.get(`${origin}/__guide/events`, (res) => {
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!name) continue;
        received.push({ name, data: JSON.parse(data), at: performance.now() });
        waiters.splice(0).forEach((w) => w());
      }
    });
  });
  request.on('error', () => {});
  return {
    close: () => request.destroy(),
    events: () => received,
    next: (name, timeoutMs = 60000) => new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no '${name}' event in ${timeoutMs} ms`)), timeoutMs);
      const look = () => {
        while (taken < received.length) {
          const e = received[taken++];
          if (e.name === name) { clearTimeout(timer); resolve(e); return; }
        }
        waiters.push(look);
      };
      look();
    }),
  };
}

module.exports = { PROJECT_DIR, startServe, rawGet, get, followEvents };
