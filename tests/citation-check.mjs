// Reads our citations the way a reference manager would, with citation-js: the tests' independent oracle.
// Called by tests/Site.Tests/Citations/CitationJs.cs with a JSON array of requests on stdin; answers a JSON
// array on stdout, one answer per request, in order.
//
//   request: { "bibtex": "...", "ris": "...", "csl": "<CSL-JSON text>", "apa": "<CSL-JSON text>" }  (all optional)
//   answer:  { "bibtex": [CSL items], "ris": [CSL items], "csl": [CSL items], "apa": "text" }
//            or { "error": "..." } when something does not parse.
// Exit code 2 (and a message on stderr) when citation-js is not installed.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const packages = ['@citation-js/core', '@citation-js/plugin-bibtex', '@citation-js/plugin-ris', '@citation-js/plugin-csl'];

let core;
try {
  core = require(packages[0]);
  for (const name of packages.slice(1)) require(name);
} catch (error) {
  process.stderr.write(`citation-js is not installed in tests/node_modules (${String(error.message).split('\n')[0]}).\n` +
    'Install it with: bash tests/install-test-tools.sh   (or: npm ci --prefix tests)\n');
  process.exit(2);
}
const { Cite, plugins } = core;

// Each format is forced, so text that only parses as some other format counts as a failure.
const parsers = {
  bibtex: text => plugins.input.chain(text, { forceType: '@biblatex/text', generateGraph: false }),
  ris: text => plugins.input.chain(text, { forceType: '@ris/file', generateGraph: false }),
  csl: text => plugins.input.chain(JSON.parse(text), { forceType: '@csl/list+object', generateGraph: false }),
};

// The APA style and locale bundled with @citation-js/plugin-csl (no Norwegian locale is bundled).
const apa = text => new Cite(JSON.parse(text)).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });

function answer(request) {
  const result = {};
  try {
    for (const [format, parse] of Object.entries(parsers)) {
      if (typeof request[format] !== 'string') continue;
      const items = parse(request[format]);
      if (!Array.isArray(items) || items.length === 0) throw new Error(`${format}: no item was read`);
      result[format] = items;
    }
    if (typeof request.apa === 'string') result.apa = apa(request.apa);
  } catch (error) {
    return { error: String(error && error.message || error) };
  }
  return result;
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const requests = JSON.parse(Buffer.concat(chunks).toString('utf8'));
process.stdout.write(JSON.stringify(requests.map(answer)));
