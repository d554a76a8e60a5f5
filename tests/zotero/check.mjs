// Asks Zotero's translation-server (running at $ZOTERO_URL, default http://127.0.0.1:1969) to save pages of a
// served site, as the Zotero Connector would, and checks the items against what each page cites. Also imports each
// page's BibTeX and RIS with Zotero's own import translators. Run by tests/zotero/run.sh, which starts everything.
//
//   node check.mjs <site base URL> <expected.json>
//   expected.json: [{ "path": "/sitater/x/", "item": { "itemType": "thesis", "thesisType": "Masteroppgave", ... } }]
// Exit code 0 when every field agrees, 1 otherwise; prints one line per page.
import { readFileSync } from 'node:fs';

const [base, expectedFile] = process.argv.slice(2);
const server = process.env.ZOTERO_URL || 'http://127.0.0.1:1969';
const cases = JSON.parse(readFileSync(expectedFile, 'utf8'));
let failed = 0;

const post = async (endpoint, body, type) => {
  const response = await fetch(server + endpoint, { method: 'POST', headers: { 'Content-Type': type }, body });
  if (!response.ok) throw new Error(`${endpoint}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
};

const compare = (where, item, expected) => {
  const problems = [];
  for (const [field, value] of Object.entries(expected)) {
    const actual = field === 'creators' ? item.creators.map(c => `${c.lastName}, ${c.firstName}`).join('; ') : item[field];
    const ok = field === 'abstractNote' ? typeof actual === 'string' && actual.startsWith(value) : actual === value;
    if (!ok) problems.push(`${field}: expected ${JSON.stringify(value)}, Zotero saved ${JSON.stringify(actual)}`);
  }
  if (problems.length) { failed++; console.log(`FAIL ${where}\n  ${problems.join('\n  ')}`); }
  else console.log(`ok   ${where}`);
};

for (const { path, item: expected } of cases) {
  const url = base + path;
  const [saved] = await post('/web', url, 'text/plain');
  compare(`${path} (web page)`, saved, { ...expected, url });
  // The «Cite» block's BibTeX and RIS, imported as a reference manager imports a downloaded file.
  const html = await (await fetch(url)).text();
  const block = id => (html.match(new RegExp(`<pre id="${id}">([^<]*)</pre>`)) || [])[1]
    ?.replace(/&#10;/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const { abstractNote, ...withoutAbstract } = expected; // the files carry no abstract
  for (const [format, id] of [['BibTeX', 'cite-bibtex-text'], ['RIS', 'cite-ris-text']]) {
    const text = block(id);
    if (!text) { failed++; console.log(`FAIL ${path} has no ${format} block`); continue; }
    const [imported] = await post('/import', format === 'RIS' ? text.replace(/\n/g, '\r\n') : text, 'text/plain');
    compare(`${path} (${format} file)`, imported, { ...withoutAbstract, url });
  }
}
console.log(`${cases.length * 3 - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
