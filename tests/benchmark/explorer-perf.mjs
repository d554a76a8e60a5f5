// Explorer performance for a built site: bytes transferred before the first results (gzip -9 estimate; Pagefind's
// own files are already compressed and counted as stored), without and with a query, and the time from each
// keystroke to the next results update, in headless Debian Chromium. The machine's load average is printed
// before and after, since the other agents on it move the timings.
// Serves SITE_DIR itself, with the Content-Security-Policy of netlify.toml, so a CSP problem fails here too.
// Run through tests/benchmark/explorer-perf.sh, which builds the site.
// Uses the Playwright driver that the test project's NuGet package ships (no browser download).
import { homedir, loadavg } from 'node:os';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
const pw = (await import(`${process.env.NUGET_PACKAGES ?? homedir() + '/.nuget/packages'}/microsoft.playwright/1.64.1/.playwright/package/index.js`)).default;

const out = process.env.SITE_DIR;
const label = process.env.STUDY_LABEL ?? out;
const netlify = readFileSync(process.env.NETLIFY_TOML, 'utf8');
const csp = netlify.match(/Content-Security-Policy = "([^"]+)"/)[1];
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.csv': 'text/csv' };

const fileOf = (pathname) => {
  let p = decodeURIComponent(pathname);
  if (p.endsWith('/')) p += 'index.html';
  return join(out, p);
};
const server = createServer((request, response) => {
  const file = fileOf(new URL(request.url, 'http://x').pathname);
  if (!file.startsWith(out) || !existsSync(file) || !statSync(file).isFile()) { response.writeHead(404).end(); return; }
  response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': csp, 'Cache-Control': 'no-cache' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`# ${label}\nload average before: ${load()}`);
const browser = await pw.chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const compressed = (f) => (f.endsWith('.pagefind') || f.includes('.pf_') ? statSync(f).size : gzipSync(readFileSync(f), { level: 9 }).length);
const size = (urls) => {
  let raw = 0, gz = 0; const rows = [];
  for (const u of urls) {
    const f = fileOf(new URL(u).pathname);
    if (!existsSync(f)) continue;
    const b = statSync(f).size, g = compressed(f);
    raw += b; gz += g; rows.push([new URL(u).pathname, b, g]);
  }
  return { raw, gz, rows };
};
// Each condition returns the moment (epoch ms) the results were put on the page, recorded by the page itself when
// the explorer marked its state, so requests made after it (the words of the cards below the first few, and
// Pagefind after a partial answer) are not counted as before the first results.
// The first results of a query may be a partial answer (data-state=partial: the explorer's word index, before
// Pagefind has loaded); the complete answer (data-state=ready) is measured too.
const recordStates = () => {
  window.__states = [];
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target.id === 'explorer') window.__states.push({ state: r.target.dataset.state, marks: !!r.target.querySelector('.explorer-results mark'), at: performance.timeOrigin + performance.now() });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
};
const recorded = ([states, marks]) => window.__states?.find((s) => states.includes(s.state) && (s.marks || !marks))?.at;
const ready = [['ready'], false];
const shownWithMarks = [['partial', 'ready'], true];
const readyWithMarks = [['ready'], true];

async function firstResults(path, waitFor, complete) {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push([r, Date.now()]));
  await page.addInitScript(recordStates);
  const t0 = Date.now();
  await page.goto(base + path);
  const started = (r, seen) => (r.timing().startTime > 0 ? r.timing().startTime : seen);
  const until = async (condition) => {
    const at = await (await page.waitForFunction(recorded, condition, { timeout: 120_000, polling: 5 })).jsonValue();
    const ms = Math.round(at - t0);
    return { ms, ...size([...new Set(requests.filter(([r, seen]) => started(r, seen) <= at).map(([r]) => r.url()))]) };
  };
  const first = await until(waitFor);
  const done = await until(complete);
  const later = size([...new Set(requests.map(([r]) => r.url()))]).gz - done.gz;
  await page.close();
  return { path, ...first, complete: done, later };
}
const summary = [];
for (const [p, w, c] of [['/utforsk/', ready, ready], ['/utforsk/?q=ledelse', shownWithMarks, readyWithMarks]]) {
  const r = await firstResults(p, w, c);
  console.log(`${r.path}: ${r.rows.length} files, raw ${r.raw} B, gzip ${r.gz} B (wasm/pf files counted as stored; already compressed), ${r.ms} ms; complete answer: gzip ${r.complete.gz} B, ${r.complete.ms} ms; fetched just after: ${r.later} B gzip`);
  for (const row of r.rows) console.log('   ', row.join('\t'));
  summary.push(`${r.path} ${(r.gz / 1000).toFixed(1)} KB (complete answer ${(r.complete.gz / 1000).toFixed(1)} KB)`);
}

// Keystroke → results: time from each keydown to the next update of the results.
const page = await browser.newPage();
await page.addInitScript(recordStates);
await page.goto(base + '/utforsk/');
await page.waitForFunction(recorded, ready, { timeout: 120_000 });
await page.evaluate(() => {
  window.__lat = []; let pending = [];
  document.getElementById('explorer-q').addEventListener('keydown', () => pending.push(performance.now()), true);
  new MutationObserver(() => { const now = performance.now(); for (const t of pending) window.__lat.push(now - t); pending = []; })
    .observe(document.getElementById('explorer'), { attributes: true, attributeFilter: ['data-updates'] });
});
const words = process.argv.slice(2).length ? process.argv.slice(2) : ['ledelse', 'kommunens', 'innovasjon', 'politikerne', 'støtte', 'innovasjn', 'entreprenørielle', 'strategi'];
const cold = [];
const all = [];
for (const [i, w] of words.entries()) {
  await page.fill('#explorer-q', '');
  await page.waitForTimeout(300);
  await page.evaluate(() => { window.__lat = []; });
  await page.focus('#explorer-q');
  // Each key waits for the results of the one before (at most 3 s), so a slow update is measured, not overrun.
  for (const ch of w) {
    const before = await page.evaluate(() => window.__lat.length);
    await page.keyboard.type(ch);
    await page.waitForFunction((n) => window.__lat.length > n, before, { timeout: 3000 }).catch(() => {});
    await page.waitForTimeout(100);
  }
  const lat = await page.evaluate(() => window.__lat);
  if (i === 0) cold.push(lat[0]);
  console.log(w, lat.map((x) => x.toFixed(1)).join(' '));
  all.push(...(i === 0 ? lat.slice(1) : lat));
}
const sorted = all.sort((a, b) => a - b);
const q = (p) => sorted[Math.floor(p * (sorted.length - 1))];
console.log(`keystrokes: ${sorted.length}, median ${q(0.5).toFixed(1)} ms, p90 ${q(0.9).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms; first keystroke (Pagefind loading) ${cold[0]?.toFixed(1)} ms`);
console.log(`load average after: ${load()}`);
console.log(`summary: ${label}: before first results ${summary.join(', ')}; keystroke median ${q(0.5).toFixed(1)} ms`);
await browser.close();
server.close();
