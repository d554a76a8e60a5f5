#!/usr/bin/env bash
# Measures the preview's rebuild after an edit: `serve` on a copy of input/ (without its source text, so the edits
# need not be verbatim), the first quote's text edited N times (default 20), 1.5 s apart. Prints the median wall
# time of the rebuilds as serve reports them, the CPU time the server spent per rebuild (from /proc), and the
# last rebuild's line (pages rendered, files written) with its phases. A second argument names another study (e.g. one
# written by tools/Site.Synthetic) to edit instead of input/; a third the seconds between edits (1.5: give a large
# study more, so that every edit gets a rebuild of its own).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
edits="${1:-20}"
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
dotnet publish "$root/src/Site" -c Release -o "$work/bin" > /dev/null
cp -r "${2:-$root/input}" "$work/input"
rm -rf "$work/input/source"
port=$((20000 + RANDOM % 10000))
dotnet "$work/bin/site.dll" serve --input "$work/input" --theme "$root/theme" --output "$work/output" --port "$port" --no-search-index --timings > "$work/log" 2>&1 &
pid=$!
until grep -q Serving "$work/log"; do sleep 0.5; done
sleep 1
quotes="$(ls "$work/input/quotes/"*.yml | sort | head -1)"
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; } # user + system, in clock ticks
ticks="$(getconf CLK_TCK)"
before="$(cpu)"
for i in $(seq 1 "$edits"); do
  # Appends a word inside the first quoted text: «text: "…"» becomes «text: "… mI"».
  sed -i "0,/^  text: \"\(.*\)\"$/s//  text: \"\1 m$i\"/" "$quotes"
  sleep "${3:-1.5}"
done
after="$(cpu)"
rebuilds="$(grep -c '^Rebuilt' "$work/log")"
median="$(grep -o '^Rebuilt in [0-9]*' "$work/log" | awk '{print $3}' | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')"
echo "$rebuilds rebuilds: median ${median} ms (wall), $(( (after - before) * 1000 / ticks / rebuilds )) ms CPU per rebuild; load $(cut -d' ' -f1-3 /proc/loadavg)"
# The last rebuild's line and the phases printed after it.
awk '/^Rebuilt/ {block = ""} {block = block $0 "\n"} END {printf "%s", block}' "$work/log" | sed '/^GC:/q' 
