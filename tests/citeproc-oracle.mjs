// citeproc-js's own rendering of CSL items, for the tests to compare the site's citations with: each item on its
// own, straight from the CSL-JSON a page offers (its real address, its note), with the official style and locale
// files the theme ships. Independent of theme/tools/citeproc.mjs (no placeholder address, no cache).
// Called by tests/Site.Tests/Citations/CiteprocOracle.cs: stdin { "locale": "nb-NO", "styles": ["/abs/apa.csl"],
// "items": [CSL items] }; stdout { "<style path>": [{ "html", "text", "intext" } per item, in order] }.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const theme = join(dirname(fileURLToPath(import.meta.url)), '..', 'theme');
const require = createRequire(join(theme, 'package.json'));
let CSL;
try { CSL = require('citeproc'); } catch (error) {
  process.stderr.write('citeproc-js is not installed: run npm ci --prefix theme\n');
  process.exit(2);
}
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const locales = join(theme, 'csl', 'locales');
const answer = {};
for (const style of request.styles) {
  let current;
  const sys = {
    retrieveLocale: tag => { try { return readFileSync(join(locales, `locales-${tag}.xml`), 'utf8'); } catch { return readFileSync(join(locales, 'locales-en-US.xml'), 'utf8'); } },
    retrieveItem: () => current,
  };
  const engine = new CSL.Engine(sys, readFileSync(style, 'utf8'), request.locale, false);
  answer[style] = request.items.map(item => {
    current = item;
    engine.updateItems([item.id]);
    engine.setOutputFormat('html');
    const html = engine.makeBibliography()[1][0].trim().replace(/^<div class="csl-entry">\s*/, '').replace(/\s*<\/div>$/, '');
    engine.setOutputFormat('text');
    const text = engine.makeBibliography()[1][0].trim();
    return { html, text, intext: engine.makeCitationCluster([{ id: item.id }]) };
  });
}
process.stdout.write(JSON.stringify(answer));
