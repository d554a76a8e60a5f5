#!/usr/bin/env bash
# Explorer performance for a study (default: the thesis in input/): builds the site with its search index,
# serves it with `site serve`, and runs explorer-perf.mjs (bytes before first results, keystroke-to-results).
#   tests/benchmark/explorer-perf.sh [STUDY_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
study="${1:-$root/input}"
bash "$root/tests/install-test-tools.sh"
work="$(mktemp -d)"
port=5391
dotnet build "$root/src/Site" -c Release -o "$work/bin" -v quiet -nologo >/dev/null
(cd "$work" && dotnet "$work/bin/site.dll" serve --input "$study" --theme "$root/theme" --output "$work/site" --port $port --netlify-config "$root/netlify.toml" >"$work/serve.log" 2>&1 &)
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.5; done
SITE_URL="http://127.0.0.1:$port" SITE_DIR="$work/site" node "$root/tests/benchmark/explorer-perf.mjs"
pkill -TERM -f "$work/bin/site.dll serve" || true
rm -rf "$work"
