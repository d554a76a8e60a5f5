// Explorer performance: bytes transferred before the first results (gzip -9 estimate; Pagefind's own files are
// already compressed and counted as stored) and the time from each keystroke to the next results update,
// in headless Debian Chromium. Run through tests/benchmark/explorer-perf.sh, which builds and serves the site.
// Uses the Playwright driver that the test project's NuGet package ships (no browser download).
import { homedir } from 'node:os';
const pw = (await import(`${process.env.NUGET_PACKAGES ?? homedir() + '/.nuget/packages'}/microsoft.playwright/1.64.1/.playwright/package/index.js`)).default;
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
const [base, out] = [process.env.SITE_URL, process.env.SITE_DIR];
const browser = await pw.chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const fileOf = (u) => { let p = new URL(u).pathname; if (p.endsWith('/')) p += 'index.html'; return out + p; };
const size = (urls) => { let raw = 0, gz = 0; const rows = []; for (const u of urls) { const f = fileOf(u); if (!existsSync(f)) continue; const b = readFileSync(f); const g = f.endsWith('.pagefind') || f.includes('.pf_') ? b.length : gzipSync(b, { level: 9 }).length; raw += b.length; gz += g; rows.push([new URL(u).pathname, b.length, g]); } return { raw, gz, rows }; };

async function firstResults(path, waitFor) {
  const page = await browser.newPage();
  const urls = [];
  page.on('request', r => urls.push(r.url()));
  const t0 = Date.now();
  await page.goto(base + path);
  await page.waitForFunction(waitFor);
  const ms = Date.now() - t0;
  const s = size([...new Set(urls)]);
  await page.close();
  return { path, ms, ...s };
}
for (const [p, w] of [['/utforsk/', () => document.getElementById('explorer')?.dataset.state === 'ready'], ['/utforsk/?q=ledelse', () => document.getElementById('explorer')?.dataset.state === 'ready' && !!document.querySelector('.explorer-results mark')]]) {
  const r = await firstResults(p, w);
  console.log(`${r.path}: ${r.rows.length} files, raw ${r.raw} B, gzip ${r.gz} B (wasm/pf files counted as stored; already compressed), ${r.ms} ms`);
  for (const row of r.rows) console.log('   ', row.join('\t'));
}

// Keystroke → results: time from each keydown to the next update of the results.
const page = await browser.newPage();
await page.goto(base + '/utforsk/');
await page.waitForFunction(() => document.getElementById('explorer')?.dataset.state === 'ready');
await page.evaluate(() => {
  window.__lat = []; let pending = [];
  document.getElementById('explorer-q').addEventListener('keydown', () => pending.push(performance.now()), true);
  new MutationObserver(() => { const now = performance.now(); for (const t of pending) window.__lat.push(now - t); pending = []; })
    .observe(document.getElementById('explorer'), { attributes: true, attributeFilter: ['data-updates'] });
});
const words = process.argv.slice(2).length ? process.argv.slice(2) : ['ledelse', 'kommunens', 'innovasjon', 'politikerne', 'støtte', 'innovasjn', 'entreprenørielle', 'strategi'];
const cold = [];
for (const [i, w] of words.entries()) {
  await page.fill('#explorer-q', '');
  await page.waitForTimeout(300);
  await page.evaluate(() => { window.__lat = []; });
  await page.focus('#explorer-q');
  for (const ch of w) { await page.keyboard.type(ch); await page.waitForTimeout(250); }
  const lat = await page.evaluate(() => window.__lat);
  if (i === 0) cold.push(lat[0]);
  console.log(w, lat.map(x => x.toFixed(1)).join(' '));
  globalThis.all = (globalThis.all ?? []).concat(i === 0 ? lat.slice(1) : lat);
}
const sorted = globalThis.all.sort((a, b) => a - b);
const q = (p) => sorted[Math.floor(p * (sorted.length - 1))];
console.log(`keystrokes: ${sorted.length}, median ${q(0.5).toFixed(1)} ms, p90 ${q(0.9).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms; first keystroke (Pagefind loading) ${cold[0]?.toFixed(1)} ms`);
await browser.close();
