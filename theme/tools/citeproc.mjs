// Renders a study's citations with citeproc-js and the official CSL styles and locales (theme/csl/). Called once
// per build by src/Site.Generator/Citations/Citeproc.cs: one JSON request on stdin, one JSON answer on stdout.
//
//   request: { "locale": "nb-NO" | "nb" | "en", "localesDir": "...",
//              "styles": [{ "id": "apa", "path": "/abs/apa.csl" }, ...],
//              "items": [CSL items rendered one by one, each on its own, e.g. the study at a page's address],
//              "bibliography": [CSL items of the study's reference list, rendered together with the first style],
//              "bibtex": "text of a .bib file, read into CSL items (optional)" }
//   answer:  { "locale": "nb-NO", "parsed": [CSL items read from bibtex],
//              "terms": { "and": "og", "et-al": "mfl." },
//              "styles": [{ "id", "title", "items": { id: { "html", "text", "intext" } },
//                           "bibliography": [{ "id", "html", "text", "intext" }] }] }
// Exit code 2 with a message on stderr when a package is missing. Deterministic: the same request gives the same
// answer, byte for byte.
import { createRequire } from 'node:module';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
let CSL;
try {
  CSL = require('citeproc');
} catch (error) {
  process.stderr.write(`citeproc-js is not installed in theme/node_modules (${String(error.message).split('\n')[0]}).\nInstall it with: npm ci --prefix theme\n`);
  process.exit(2);
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));

// A BCP 47 tag as the study writes it (nb, en, en-GB) → the CSL locale file that serves it.
const localesInfo = JSON.parse(readFileSync(join(request.localesDir, 'locales.json'), 'utf8'));
const localeFile = tag => join(request.localesDir, `locales-${tag}.xml`);
const resolveLocale = tag => {
  if (existsSync(localeFile(tag))) return tag;
  const primary = localesInfo['primary-dialects']?.[tag.split('-')[0]];
  if (primary && existsSync(localeFile(primary))) return primary;
  return 'en-US';
};
const locale = resolveLocale(request.locale || 'en-US');

let parsed = [];
if (typeof request.bibtex === 'string') {
  let core;
  try {
    core = require('@citation-js/core');
    require('@citation-js/plugin-bibtex');
  } catch (error) {
    process.stderr.write(`citation-js is not installed in theme/node_modules (${String(error.message).split('\n')[0]}).\nInstall it with: npm ci --prefix theme\n`);
    process.exit(2);
  }
  parsed = core.plugins.input.chain(request.bibtex, { forceType: '@biblatex/text', generateGraph: false });
  for (const item of parsed) delete item._graph;
}

const term = (xml, name) => {
  const match = xml.match(new RegExp(`<term name="${name}"(?: form="long")?>([^<]*)</term>`));
  return match ? match[1] : null;
};
const localeXml = readFileSync(localeFile(locale), 'utf8');
const terms = { and: term(localeXml, 'and'), 'et-al': term(localeXml, 'et-al') };

const entryOf = html => html.replace(/^\s*<div class="csl-entry">/, '').replace(/<\/div>\s*$/, '').trim();

// Building an engine is citeproc-js's costly step (seconds for APA or Chicago: it expands every macro of the
// style), so each style gets one engine, which renders every item and the reference list in turn.
function engine(styleXml, items) {
  const byId = new Map(items.map(item => [String(item.id), item]));
  const sys = {
    retrieveLocale: tag => readFileSync(localeFile(resolveLocale(tag)), 'utf8'),
    retrieveItem: id => byId.get(String(id)),
  };
  return new CSL.Engine(sys, styleXml, locale, false);
}

function render(e, ids) {
  e.updateItems(ids);
  e.setOutputFormat('html');
  const [params, html] = e.makeBibliography();
  e.setOutputFormat('text');
  const [, text] = e.makeBibliography();
  // In-text forms with the disambiguation the rendered list needs (2006a, 2006b).
  return params.entry_ids.map((group, i) => {
    const id = String(group[0]);
    return { id, html: entryOf(html[i]), text: text[i].trim(), intext: e.makeCitationCluster([{ id }]) };
  });
}

const all = [...(request.bibliography || []), ...parsed];
const single = request.items || [];
const styles = (request.styles || []).map((style, index) => {
  const xml = readFileSync(style.path, 'utf8');
  const title = (xml.match(/<title>([^<]*)<\/title>/) || [])[1] || style.id;
  const e = engine(xml, [...single, ...all]);
  // Each item on its own, as a reference list of one: a page cites one work, never disambiguated against others.
  const items = Object.fromEntries(single.map(item => {
    const [entry] = render(e, [String(item.id)]);
    return [String(item.id), { html: entry.html, text: entry.text, intext: entry.intext }];
  }));
  const bibliography = index === 0 && all.length > 0 ? render(e, all.map(item => String(item.id))) : [];
  return { id: style.id, title, items, bibliography };
});

process.stdout.write(JSON.stringify({ locale, parsed, terms, styles }));
