#!/usr/bin/env bash
# Lighthouse (desktop preset) on the thesis site as Netlify serves it, and the page-weight budget of a quote page.
# Builds the site in Release with its Pagefind index, serves it with `site serve --no-build` (netlify.toml's headers,
# brotli/gzip, no live reload), runs Lighthouse RUNS times on the home page, a chapter, the heaviest quote page and
# the explorer, and writes tests/benchmark/LIGHTHOUSE.md from the median run of each page.
#   tests/benchmark/lighthouse.sh     LIGHTHOUSE_RUNS (default 3), LIGHTHOUSE_PORT (default 5398),
#                                     LIGHTHOUSE_REPORTS=DIR keeps every run's JSON report (open it in the Lighthouse viewer)
# Exits 1 when a page scores below 100 in a category or the quote page is over its budget (the report says which).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bench="$root/tests/benchmark"
runs="${LIGHTHOUSE_RUNS:-3}"
port="${LIGHTHOUSE_PORT:-5398}"
chromium="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] || { echo "Chromium is missing: apt-get install chromium" >&2; exit 2; }

(cd "$bench" && npm ci --no-audit --no-fund --loglevel=error)

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill -TERM -- "-$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use: set LIGHTHOUSE_PORT" >&2; exit 2; fi

cd "$root"
dotnet run --project src/Site -c Release -- build --output "$work/site" --base-url "http://127.0.0.1:$port"
# Its own process group, so that stopping it stops the site process `dotnet run` started, and nothing else.
setsid dotnet run --project src/Site -c Release --no-build -- serve --no-build --output "$work/site" --port "$port" \
  --netlify-config "$root/netlify.toml" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done
if ! kill -0 "$server" 2>/dev/null || ! curl -sf -o /dev/null "http://127.0.0.1:$port/"; then cat "$work/serve.log" >&2; exit 1; fi

# The heaviest quote page (largest HTML; the first by name among equals): the budget holds for every quote page if it holds here.
quote="$(cd "$work/site" && find sitater -mindepth 2 -maxdepth 2 -name index.html -printf '%s %h\n' | sort -k1,1nr -k2,2 | awk 'NR == 1 { print $2 }')"
pages=("home=/" "chapter=/kapitler/4/" "quote=/$quote/" "explorer=/utforsk/")

flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$work/reports"
for run in $(seq 1 "$runs"); do
  for entry in "${pages[@]}"; do
    name="${entry%%=*}"
    echo "lighthouse: $name ${entry#*=} (run $run of $runs)"
    # Lighthouse sometimes fails to record Chromium's trace (NO_NAVSTART) and writes no report: that run says
    # nothing about the page, so it is tried again, up to three times. A low score is never retried.
    for attempt in 1 2 3; do
      if CHROME_PATH="$chromium" "$bench/node_modules/.bin/lighthouse" "http://127.0.0.1:$port${entry#*=}" --preset=desktop \
        --only-categories=performance,accessibility,best-practices,seo --output=json \
        --output-path="$work/reports/$name-$run.json" --chrome-flags="$flags" --quiet; then break; fi
      [ "$attempt" = 3 ] && { echo "error: Lighthouse failed three times on ${entry#*=}" >&2; exit 1; }
      echo "  Lighthouse could not measure this run; trying again"
    done
  done
done

if [ -n "${LIGHTHOUSE_REPORTS:-}" ]; then mkdir -p "$LIGHTHOUSE_REPORTS" && cp "$work"/reports/*.json "$LIGHTHOUSE_REPORTS"/; fi
LOAD_BEFORE="$load_before" LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)" CORES="$(nproc)" \
  CHROMIUM_VERSION="$("$chromium" --version 2>/dev/null | awk 'NR == 1')" COMMIT="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  node "$bench/lighthouse-report.mjs" "$work/reports" "$bench/LIGHTHOUSE.md" "${pages[@]}"
