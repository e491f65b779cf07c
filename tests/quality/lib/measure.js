'use strict';
/* What the EcoIndex method measures on a loaded page, the way its reference scraper does:
 * DOM elements = every element minus those inside <svg>; requests = HTTP responses (data: URLs
 * excluded); size = CDP encodedDataLength summed, i.e. bytes on the wire, headers included. */

async function startNetworkLog(page) {
  const cdp = await page.context().newCDPSession(page);
  const requests = new Map(); // requestId → {url, bytes, done}
  cdp.on('Network.requestWillBeSent', (e) => {
    if (/^https?:/.test(e.request.url)) requests.set(e.requestId, { url: e.request.url, bytes: 0, done: false });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.done = true;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return {
    pending: () => [...requests.values()].filter((r) => !r.done).length,
    summary() {
      const list = [...requests.values()];
      return { requests: list.length, bytes: list.reduce((sum, r) => sum + r.bytes, 0),
        urls: list.map((r) => r.url) };
    },
    detach: () => cdp.detach(),
  };
}

/* After the load event, let deferred scripts and anything they start (WebAssembly compilation,
 * lazy scripts) settle, then scroll to the end like the reference scraper and settle again.
 * "Settled" = no request in flight for QUIET_MS; Playwright's networkidle waits 500 ms each
 * time, which over 40+ pages is most of the suite's run time. */
const QUIET_MS = 150;
async function settle(page, net) {
  const quiet = async () => {
    for (let idle = 0, waited = 0; idle < QUIET_MS && waited < 5000; waited += 25) {
      await page.waitForTimeout(25);
      idle = net && net.pending() ? 0 : idle + 25;
    }
  };
  await page.waitForLoadState('load');
  await quiet();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await quiet();
}

function domElements(page) {
  return page.evaluate(() =>
    document.querySelectorAll('*').length - document.querySelectorAll('svg *').length);
}

module.exports = { startNetworkLog, settle, domElements };
