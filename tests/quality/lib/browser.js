'use strict';
/* Debian's Chromium driven by playwright-core: one browser per test file, fresh profile, no
 * background traffic of its own (so that any request we see comes from the page). */
const path = require('node:path');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM_EXE || '/usr/bin/chromium';

function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
}

/* Every request of a context goes through this guard: anything outside the site (another host,
 * another folder of the disk) is aborted before it leaves, and recorded so the test fails. */
async function guardRequests(context, isAllowed) {
  const offsite = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isAllowed(url)) return route.continue();
    offsite.push(url);
    return route.abort('blockedbyclient');
  });
  // Belt and braces: requests the router does not see (none expected) are still recorded.
  context.on('request', (request) => {
    const url = request.url();
    if (!isAllowed(url) && !offsite.includes(url)) offsite.push(url);
  });
  return offsite;
}

function httpAllowed(origin) {
  return (url) => url.startsWith(`${origin}/`) || url.startsWith('data:');
}

function fileAllowed(siteDir) {
  const prefix = `file://${path.resolve(siteDir)}/`;
  return (url) => url.startsWith(prefix) || url.startsWith('data:');
}

/* Collects what would show in the console as a problem: script errors, console.error, failed
 * loads (including a blocked CSP resource), HTTP errors. */
function watchProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`requestfailed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

module.exports = { launchChromium, guardRequests, httpAllowed, fileAllowed, watchProblems };
