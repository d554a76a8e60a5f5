// Writes LIGHTHOUSE.md from the Lighthouse JSON reports that lighthouse.sh collected: for each page the median run
// (Lighthouse's own choice: the run closest to the median FCP and TTI), its four category scores, the spread of the
// performance score over the runs, the audits that did not pass, and the quote page's weight before it is usable.
//   node lighthouse-report.mjs REPORTS_DIR OUT.md name=/path ...   (machine facts come from the environment)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

const [dir, out, ...entries] = process.argv.slice(2);
const pages = entries.map(e => { const i = e.indexOf('='); return { name: e.slice(0, i), path: e.slice(i + 1) }; });
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const budgetBytes = 30_000;
// What a page needs before it is usable: the document, its styles, scripts and fonts.
const usableTypes = new Set(['Document', 'Stylesheet', 'Script', 'Font']);

const reports = readdirSync(dir).filter(f => f.endsWith('.json')).map(f => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const score = (lhr, id) => Math.round(lhr.categories[id].score * 100);
const kb = bytes => (bytes / 1000).toFixed(1);
const cell = text => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
const misses = [];

const results = pages.map(page => {
  const runs = reports.filter(r => new URL(r.requestedUrl).pathname === page.path);
  if (runs.length === 0) throw new Error(`no Lighthouse report for ${page.path}`);
  const median = computeMedianRun(runs);
  for (const id of categories) if (score(median, id) < 100) misses.push(`${page.name}: ${id} ${score(median, id)}`);
  return { ...page, runs, median };
});

/** The audits of the four categories that did not pass, scored ones (weight > 0) first. */
function failing(lhr) {
  const rows = [];
  for (const id of categories)
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (audit.score === null || audit.score >= 1 || ['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode)) continue;
      rows.push({ category: id, id: ref.id, weight: ref.weight, score: audit.score, value: audit.displayValue ?? '', title: audit.title });
    }
  return rows.sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
}

/** Transfer sizes of the document, styles, scripts and fonts the page requested before its load event. */
function weight(lhr) {
  const load = lhr.audits.metrics.details.items[0].observedLoad;
  const requests = lhr.audits['network-requests'].details.items;
  const counted = requests.filter(r => usableTypes.has(r.resourceType) && r.networkRequestTime <= load);
  const other = requests.filter(r => !counted.includes(r));
  return { counted, other, total: counted.reduce((sum, r) => sum + r.transferSize, 0) };
}

const lines = [];
const first = results[0].median;
lines.push('# Lighthouse: scores and page weight', '');
lines.push(`Written by \`tests/benchmark/lighthouse.sh\`. Lighthouse ${first.lighthouseVersion}, \`--preset=desktop\`, ` +
  `${results[0].runs.length} run(s) per page; the table shows each page's median run (the run closest to the median FCP and TTI, as Lighthouse recommends). ` +
  'The site is built in Release with its search index and served by `site serve --no-build`: the headers of netlify.toml, brotli or gzip, no live reload.', '');
lines.push('## Machine', '');
lines.push(`- commit ${process.env.COMMIT ?? 'unknown'}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
lines.push(`- cores (nproc): ${process.env.CORES ?? '?'}; load average (1, 5, 15 min) before: ${process.env.LOAD_BEFORE ?? '?'}, after: ${process.env.LOAD_AFTER ?? '?'}`);
lines.push(`- ${process.env.CHROMIUM_VERSION ?? 'Chromium'}; Node ${process.version}`);
lines.push(`- Lighthouse's benchmark index of this machine: ${results.map(r => Math.round(r.median.environment.benchmarkIndex)).join(', ')} (higher is faster; it falls when the machine is loaded)`, '');

lines.push('## Scores', '');
lines.push('| page | path | performance | accessibility | best practices | SEO | performance over the runs |', '| --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const spread = r.runs.map(run => score(run, 'performance')).sort((a, b) => a - b);
  lines.push(`| ${r.name} | \`${r.path}\` | ${categories.map(id => score(r.median, id)).join(' | ')} | ${spread.join(', ')} |`);
}
lines.push('', '| page | FCP | LCP | TBT | CLS | Speed Index |', '| --- | --- | --- | --- | --- | --- |');
for (const r of results) lines.push(`| ${r.name} | ${metrics.map(id => r.median.audits[id].displayValue).join(' | ')} |`);

lines.push('', '## Audits that did not pass', '');
lines.push('Audits with a weight count toward the category score; weight 0 marks a diagnostic that Lighthouse shows without scoring it.', '');
for (const r of results) {
  const rows = failing(r.median);
  if (rows.length === 0) { lines.push(`- ${r.name}: none`); continue; }
  lines.push(`- ${r.name}:`);
  for (const row of rows) lines.push(`  - \`${row.id}\` (${row.category}, weight ${row.weight}, score ${row.score}${row.value ? `, ${row.value}` : ''}): ${row.title}`);
}

const quote = results.find(r => r.name === 'quote');
if (quote) {
  const w = weight(quote.median);
  if (w.total >= budgetBytes) misses.push(`quote page weight ${w.total} B (budget ${budgetBytes} B)`);
  lines.push('', '## Quote page weight', '');
  lines.push(`\`${quote.path}\` (the quote page with the largest HTML) transfers **${kb(w.total)} KB** before it is usable, against a budget of ${kb(budgetBytes)} KB: ` +
    'the compressed transfer sizes, response headers included, of the document, style sheets, scripts and fonts it requested before its load event, from the median run\'s network requests.', '');
  lines.push('| request | type | transferred (B) | uncompressed (B) |', '| --- | --- | --- | --- |');
  for (const r of w.counted) lines.push(`| \`${cell(new URL(r.url).pathname)}\` | ${r.resourceType} | ${r.transferSize} | ${r.resourceSize} |`);
  lines.push(`| **total** | | **${w.total}** | ${w.counted.reduce((sum, r) => sum + r.resourceSize, 0)} |`);
  if (w.other.length) lines.push('', `Not counted: ${w.other.map(r => `\`${cell(new URL(r.url).pathname)}\` (${r.resourceType}, ${r.transferSize} B)`).join(', ')}.`);
}

lines.push('', '## Result', '');
lines.push(misses.length === 0 ? 'Every page scores 100 in all four categories, and the quote page is within its budget.'
  : `Missed: ${misses.join('; ')}.`);
writeFileSync(out, lines.join('\n') + '\n');
console.log(lines.slice(lines.indexOf('## Scores')).join('\n'));
process.exit(misses.length === 0 ? 0 : 1);
