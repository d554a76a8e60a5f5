// Asks Zotero's translation-server (running at $ZOTERO_URL, default http://127.0.0.1:1969) to save pages of a
// served site, as the Zotero Connector would, and checks the items against what each page cites. Also imports each
// page's BibTeX and RIS with Zotero's own import translators. Run by tests/zotero/run.sh, which starts everything.
//
//   node check.mjs <site base URL> <expected.json>
//   expected.json: [{ "path": "/sitater/x/", "item": { "itemType": "thesis", "thesisType": "Masteroppgave", ... } }]
//   A case with "pdf": true (the landing page) also wants, among what Zotero saves with the item, the PDF that the
//   page's citation_pdf_url names, served as a PDF; "files": false leaves out the BibTeX and RIS imports (a page
//   without a «Cite» block).
// Exit code 0 when every field agrees, 1 otherwise; prints one line per check.
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

let checks = 0;
// The attachment Zotero would fetch with the item (keep-attachments.cjs keeps it in the server's answer): the
// PDF the page names, at that absolute address, answering with a PDF.
async function comparePdf(path, html, saved) {
  const named = (html.match(/<meta name="citation_pdf_url" content="([^"]+)"/) || [])[1];
  const attached = (saved.attachments || []).filter(a => a.mimeType === 'application/pdf');
  const problems = [];
  if (!named) problems.push('the page has no citation_pdf_url');
  else if (!named.startsWith(base + '/')) problems.push(`citation_pdf_url ${named} is not an address of the site`);
  if (attached.length !== 1 || attached[0].url !== named)
    problems.push(`Zotero saves ${JSON.stringify(attached)} as PDF attachments; expected the one at ${named}`);
  else {
    const response = await fetch(named);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (!response.ok || new TextDecoder().decode(bytes.slice(0, 5)) !== '%PDF-') problems.push(`${named} does not answer with a PDF (HTTP ${response.status})`);
  }
  if (problems.length) { failed++; console.log(`FAIL ${path} (PDF attachment)\n  ${problems.join('\n  ')}`); }
  else console.log(`ok   ${path} (PDF attachment: ${attached[0].title}, ${named.slice(base.length)})`);
}

for (const { path, item: expected, pdf, files = true } of cases) {
  const url = base + path;
  const [saved] = await post('/web', url, 'text/plain');
  compare(`${path} (web page)`, saved, { ...expected, url });
  checks++;
  const html = await (await fetch(url)).text();
  if (pdf) { await comparePdf(path, html, saved); checks++; }
  if (!files) continue;
  // The «Cite» block's BibTeX and RIS, imported as a reference manager imports a downloaded file.
  const block = id => (html.match(new RegExp(`<pre id="${id}">([^<]*)</pre>`)) || [])[1]
    ?.replace(/&#10;/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const { abstractNote, ...withoutAbstract } = expected; // the files carry no abstract
  for (const [format, id] of [['BibTeX', 'cite-bibtex-text'], ['RIS', 'cite-ris-text']]) {
    const text = block(id);
    if (!text) { failed++; console.log(`FAIL ${path} has no ${format} block`); continue; }
    const [imported] = await post('/import', format === 'RIS' ? text.replace(/\n/g, '\r\n') : text, 'text/plain');
    compare(`${path} (${format} file)`, imported, { ...withoutAbstract, url });
    checks++;
  }
}
console.log(`${checks - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
