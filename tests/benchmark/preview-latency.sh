#!/usr/bin/env bash
# Measures the preview's edit-to-reload latency: `serve` on a copy of input/, one quote edited 20 times while
# Chromium shows its page; prints every sample and the median. Arguments: the number of edits (20), and another
# study to edit instead of input/ (e.g. one written by tools/Site.Synthetic). Needs /usr/bin/chromium (tests/install-test-tools.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bash "$root/tests/install-test-tools.sh"
dotnet run --project "$root/tests/benchmark/PreviewLatency" -c Release -- "$root" "${1:-20}" ${2:+"$(cd "$2" && pwd)"}
