#!/usr/bin/env bash
# Explorer performance for one or more studies (default: the thesis in input/): builds each site with its search
# index, then explorer-perf.mjs serves it and measures bytes before the first results and keystroke-to-results.
#   tests/benchmark/explorer-perf.sh [STUDY_DIR ...]
#   tests/benchmark/explorer-perf.sh input /work/tmp/explorer/study20k     # the thesis and a synthetic study
#   EXPLORER_SITE=DIR tests/benchmark/explorer-perf.sh                     # measure a site built before
# A synthetic study: dotnet run --project tools/Site.Synthetic -c Release -- --quotes 20000 --output DIR
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bash "$root/tests/install-test-tools.sh"
export NETLIFY_TOML="$root/netlify.toml"
if [[ -n "${EXPLORER_SITE:-}" ]]; then
  SITE_DIR="$(cd "$EXPLORER_SITE" && pwd)" STUDY_LABEL="$EXPLORER_SITE" node "$root/tests/benchmark/explorer-perf.mjs"
  exit
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/Site" -c Release -o "$work/bin" -v quiet -nologo >/dev/null
studies=("$@")
[[ ${#studies[@]} -gt 0 ]] || studies=("$root/input")
for study in "${studies[@]}"; do
  site="$work/site-$(basename "$study")"
  echo "building $study ..."
  dotnet "$work/bin/site.dll" build --input "$study" --theme "$root/theme" --output "$site" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
  SITE_DIR="$site" STUDY_LABEL="$study" node "$root/tests/benchmark/explorer-perf.mjs"
  rm -rf "$site"
done
