// Downloads the .odt, .docx and .md exports of the document on a page (its buttons with
// data-action odt, docx, md) into `dir`; the .odt and the .docx, read back as text by LibreOffice,
// must say the same thing (#19 point 6: Word beside ODT). Shared by the annex and documents tests.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');

async function exportsOf(page, dir, name) {
  const asText = async (kind) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-action="${kind}"]`)]);
    assert.match(download.suggestedFilename(), new RegExp(`\\.${kind}$`));
    const file = path.join(dir, `${name}.${kind}`);
    await download.saveAs(file);
    const out = path.join(dir, `${name}-${kind}-out`);
    execFileSync('soffice', ['-env:UserInstallation=' + pathToFileURL(path.join(dir, 'lo-profile')).href,
      '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', out, file], { stdio: 'pipe', timeout: 120000 });
    return fs.readFileSync(path.join(out, name + '.txt'), 'utf8').replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim();
  };
  const odt = await asText('odt');
  const docx = await asText('docx');
  assert.ok(odt.length > 200, 'the .odt holds the document');
  assert.equal(docx, odt, 'the .docx reads as the .odt');
  const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="md"]')]);
  return { odt, docx, md: fs.readFileSync(await mdDownload.path(), 'utf8') };
}

module.exports = { exportsOf };
