'use strict';
/* Debian's firefox-esr driven over WebDriver BiDi, the W3C protocol Firefox itself serves with
 * --remote-debugging-port: no geckodriver (not packaged in Debian 12) and no Playwright-patched
 * Firefox (not downloadable here; playwright-core's "moz-firefox" channel needs BiDi commands
 * this ESR lacks). About 100 lines over Node's WebSocket client (node --experimental-websocket
 * on Node 20). Works offline: the browser talks to us on 127.0.0.1 only. */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const FIREFOX = process.env.FIREFOX_EXE || '/usr/bin/firefox-esr';

// Quiet profile: no update, telemetry, safe-browsing or captive-portal traffic of its own, so
// that any request we observe comes from the page.
const PREFS = {
  'app.update.enabled': false, 'app.update.auto': false, 'browser.shell.checkDefaultBrowser': false,
  'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false, 'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false, 'browser.newtabpage.enabled': false,
  'browser.startup.homepage': 'about:blank', 'browser.startup.page': 0,
  'remote.prefs.recommended': true,
};

async function launchFirefox() {
  if (typeof WebSocket !== 'function') {
    throw new Error('no global WebSocket: run node with --experimental-websocket (Node 20)');
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-firefox-'));
  fs.writeFileSync(path.join(profile, 'user.js'), Object.entries(PREFS)
    .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
  const child = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile,
    '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } });
  let stderr = '';
  const endpoint = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`firefox did not start:\n${stderr}`)), 30000);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(stderr);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`firefox exited (${code}):\n${stderr}`)); });
  });
  const ws = new WebSocket(`${endpoint}/session`);
  await new Promise((resolve, reject) => { ws.onopen = resolve; ws.onerror = () => reject(new Error('BiDi socket error')); });

  let nextId = 1;
  const pending = new Map();
  const listeners = [];
  ws.onmessage = (event) => {
    const msg = JSON.parse(event.data);
    if (msg.id && pending.has(msg.id)) {
      const { resolve, reject } = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.type === 'error') reject(new Error(`${msg.error}: ${msg.message}`));
      else resolve(msg.result);
    } else if (msg.method) {
      for (const listener of listeners) listener(msg.method, msg.params);
    }
  };
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    ws.send(JSON.stringify({ id, method, params }));
  });

  const session = await send('session.new', { capabilities: {} });
  await send('session.subscribe', { events: ['log.entryAdded', 'network.beforeRequestSent', 'network.fetchError'] });
  // Firefox reports neither failed file:// loads nor CSP refusals over BiDi: a script that runs
  // before the page's own records them where the tests can read them (window.__guideProblems).
  await send('script.addPreloadScript', { functionDeclaration: `() => {
    const problems = window.__guideProblems = [];
    window.addEventListener('error', (e) => {
      const t = e.target;
      if (t && t !== window && (t.src || t.href)) problems.push('failed load: ' + (t.src || t.href));
    }, true);
    document.addEventListener('securitypolicyviolation', (e) =>
      problems.push('CSP refused ' + e.violatedDirective + ': ' + String(e.blockedURI).slice(0, 80)));
  }` });
  const tree = await send('browsingContext.getTree', {});
  const context = tree.contexts[0].context;

  return {
    version: session.capabilities.browserVersion,
    on: (listener) => listeners.push(listener),
    navigate: (url) => send('browsingContext.navigate', { context, url, wait: 'complete' }),
    // The browser's Back (-1) and Forward (+1) buttons, and its reload button.
    traverse: (delta) => send('browsingContext.traverseHistory', { context, delta }),
    reload: () => send('browsingContext.reload', { context, wait: 'complete' }),
    // Evaluates an expression (awaiting a promise) and returns its JSON value.
    async evaluate(expression) {
      const r = await send('script.evaluate', { expression: `(async () => JSON.stringify(await (${expression})))()`,
        target: { context }, awaitPromise: true, resultOwnership: 'none' });
      if (r.type === 'exception') throw new Error(`script error: ${r.exceptionDetails.text}`);
      return r.result.value === undefined ? undefined : JSON.parse(r.result.value);
    },
    // What the preload script saw: failed loads and CSP refusals since the last navigation.
    pageProblems: () => send('script.evaluate', { expression: 'JSON.stringify(window.__guideProblems || ["preload script did not run"])',
      target: { context }, awaitPromise: false, resultOwnership: 'none' }).then((r) => JSON.parse(r.result.value)),
    // Real key presses, as a user types.
    type: (text) => send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard',
      actions: [...text].flatMap((ch) => [{ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch }]) }] }),
    async close() {
      await send('session.end').catch(() => {});
      ws.close();
      child.kill();
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

module.exports = { launchFirefox, FIREFOX };
