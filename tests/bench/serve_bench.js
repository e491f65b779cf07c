'use strict';
// Benchmark (not a test): how long `guide serve` takes from saving a page to serving its new
// version, i.e. save → inotify → the page rebuilt alone → the "built" event an open page reloads
// on → the page fetched with the edit in it. On the real guide and on a synthetic corpus.
// usage: node tests/bench/serve_bench.js CONTENT_DIR PAGE_SOURCE PAGE_URL [ROUNDS]
//   (tests/bench/serve_bench.sh runs it on both; GUIDE_EXE defaults to build/guide)
const fs = require('node:fs');
const path = require('node:path');
const { startServe, get, followEvents } = require('../serve/lib');

(async () => {
  const [contentDir, source, url, roundsArg] = process.argv.slice(2);
  const rounds = Number(roundsArg || 15);
  const exe = process.env.GUIDE_EXE || path.resolve(__dirname, '..', '..', 'build', 'guide');
  const serve = await startServe({ contentDir, exe, timeoutMs: 600000 });
  const events = followEvents(serve.origin);
  try {
    await events.next('built', 600000);
    const file = path.join(serve.content, source);
    const original = fs.readFileSync(file, 'utf8');
    const times = [];
    for (let r = 0; r < rounds; r++) {
      const marker = `Repère de mesure ${r} ${Date.now()}.`;
      const start = performance.now();
      fs.writeFileSync(file, `${original}\n${marker}\n`);
      await events.next('built', 60000);
      const page = await get(`${serve.origin}/${url}`);
      const end = performance.now();
      if (!page.body.includes(marker)) throw new Error(`round ${r}: the page does not show the edit`);
      times.push(end - start);
      // An author's pace: a save every 1.5 s. The refresh of the search and topic indexes (a full
      // build in the background, a second after the last save) then often runs during the next
      // save, as it would while writing.
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(`${source}: save to served page, ${rounds} edits: median ${median.toFixed(0)} ms, ` +
                `min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`);
    const rebuilt = serve.log().match(/rebuilt 1 page in \d+ ms/g) || [];
    console.log(`  guide's own figure for the last rebuilds: ${rebuilt.slice(-3).join('; ')}`);
  } finally {
    events.close();
    await serve.stop();
  }
})().catch((e) => { console.error(e); process.exit(1); });
