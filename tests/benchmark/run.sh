#!/usr/bin/env bash
# Measures our full build against Hugo's on the same quotes, and writes tests/benchmark/REPORT.md.
#   bash tests/benchmark/run.sh            (from anywhere in a clone; installs Debian's hugo and time if missing)
# Studies: the thesis (input/), synthetic studies (tools/Site.Synthetic) at 10x and 100x the thesis's quotes, and at
# 10,000 quotes. For each: wall time, CPU time (user+sys) and peak RSS of the whole process, from /usr/bin/time -v,
# median of several runs after a warm-up, alternating: ours with --no-search-index against Hugo alone, and our full
# build (search index included) against Hugo followed by Pagefind over Hugo's output (the same pinned Pagefind as
# ours, theme/package-lock.json). Per study also: the write floor (cp -r of our built site within the same file
# system) and our garbage collector's pauses and allocations (printed by --timings).
# Growth: BENCH_GROWTH lists larger studies (quotes, e.g. "100000 300000 1000000"), measured once each, ours
# without search against Hugo; a size the machine's memory cannot hold (estimated from the row before it) is
# skipped and the report says so.
# Environment: BENCH_WORK (scratch folder, default /tmp/site-benchmark), BENCH_RUNS_SMALL (5), BENCH_RUNS_LARGE (5),
# BENCH_LARGE (quotes from which a study counts as large, 5000), BENCH_GROWTH (none), BENCH_SIZES (the rows
# before the growth rows, default "thesis 10x 100x 10000 10000-disk"), BENCH_REPORT (where the report goes).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/tests/benchmark"
work="${BENCH_WORK:-/tmp/site-benchmark}"
runs_small="${BENCH_RUNS_SMALL:-5}"
runs_large="${BENCH_RUNS_LARGE:-5}"
large="${BENCH_LARGE:-5000}"
report="${BENCH_REPORT:-$here/REPORT.md}"
started=$(date +%s)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# --- tools -------------------------------------------------------------------------------------------------
missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v npm >/dev/null || missing+=(npm)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} (Debian packages)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "error: the benchmark needs ${missing[*]}: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

mkdir -p "$work"
# Pagefind as our build runs it: the version pinned in the theme, installed with npm ci.
pagefind="$root/theme/node_modules/.bin/pagefind"
[ -x "$pagefind" ] || npm ci --prefix "$root/theme" --no-audit --no-fund --loglevel=error >/dev/null
# The CLI as the README's fast build makes it: published in Release, self-contained, with the framework and the
# libraries compiled ahead of time into one ReadyToRun composite image, so the process starts without compiling
# them first and calls across assemblies are inlined (src/Site/Site.csproj and the README say what each saves).
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
# BENCH_SITE names one published so already (the harness's own tests of this script).
if [ -n "${BENCH_SITE:-}" ]; then
  site=$BENCH_SITE
else
  echo "Publishing the CLI (Release, self-contained, ReadyToRun composite, $rid) in $work/cli; this takes a minute or two"
  rm -rf "$work/cli"
  dotnet publish "$root/src/Site" -c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
    -o "$work/cli" --artifacts-path "$work/artifacts" -nologo -v quiet -clp:ErrorsOnly >/dev/null
  site="$work/cli/site"
fi
# The synthetic studies come from the tool beside the generator (tools/Site.Synthetic).
dotnet build "$root/tools/Site.Synthetic" -c Release -o "$work/synthetic" >/dev/null
synthetic="$work/synthetic/synthetic-study"

# --- measuring -----------------------------------------------------------------------------------------------
# measure LOG OUTPUT_DIR COMMAND...: runs the command on an output folder that does not exist yet; prints
# "wall cpu rss_mb". Every run writes a new folder, and all of them are removed only when the benchmark ends.
#
# Where the sites are written: in memory (/dev/shm, a tmpfs) unless BENCH_OUT says otherwise, so that both tools
# are measured, not this machine's disk. Its ext4 has no journal, and there creating files within minutes of
# deleting many makes the kernel step past every just-freed inode (recently_deleted in fs/ext4/ialloc.c): after
# the harness deleted the previous output, our 10,000-quote build spent from 4 to 38 s in the kernel between
# identical runs, and Hugo's less, for writing fewer files. A journaled file system has no such cost. The
# "10000-disk" row measures the same study written to $work on disk, each run in a new folder, for comparison.
measure() {
  local log=$1 out=$2; shift 2
  if [ -e "$out" ]; then echo "error: $out exists; each run needs a new output folder" >&2; exit 1; fi
  if ! /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1; then
    echo "error: $* failed:" >&2; tail -20 "$log" >&2; exit 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident set size/ { rss = $2 }
    END { printf "%.3f %.3f %.1f\n", wall, user + sys, rss / 1024 }' "$log.time"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# hugo_site STUDY_DIR HUGO_DIR: the study's quotes as a Hugo site with our benchmark layouts.
hugo_site() {
  rm -rf "$2"; mkdir -p "$2"
  cp -r "$here/hugo/." "$2/"
  (cd "$1" && awk -v out="$2/content" -f "$here/to-hugo.awk" cases.yml informants.yml coding.yml quotes/*.yml >/dev/null)
}

# This benchmark's output folders (see measure), removed when it ends, however it ends.
memory_out="${BENCH_OUT:-/dev/shm/site-benchmark}/run-$$"
disk_out="$work/out/run-$$"
trap 'rm -rf "$memory_out" "$disk_out"' EXIT
thesis_quotes=$(cat "$root"/input/quotes/*.yml | grep -c '^- id:')
sizes=()
for name in ${BENCH_SIZES:-thesis 10x 100x 10000 10000-disk}; do
  case $name in
    thesis) sizes+=("thesis:$thesis_quotes") ;;
    *x) sizes+=("$name:$((thesis_quotes * ${name%x}))") ;;
    *) sizes+=("$name:${name%-disk}") ;;
  esac
done
growth=()
for quotes in ${BENCH_GROWTH:-}; do growth+=("$quotes:$quotes"); done
# The synthetic studies and their Hugo sites live in memory too: replacing them then deletes no files on disk,
# whose inodes would slow every file the 10000-disk row creates for minutes after (see measure). Only the
# output of that row is written to disk.
inputs="${BENCH_OUT:-/dev/shm/site-benchmark}/inputs"
study_of() { case $1 in thesis) echo "$root/input" ;; *) echo "$inputs/studies/${1%-disk}" ;; esac; }

# Every study and its Hugo site first, before anything is measured.
for entry in "${sizes[@]}"; do
  name=${entry%%:*}; quotes=${entry#*:}
  case $name in thesis | *-disk) ;; *) "$synthetic" --quotes "$quotes" --output "$(study_of "$name")" --seed 1 >/dev/null ;; esac
  case $name in *-disk) ;; *) hugo_site "$(study_of "$name")" "$inputs/hugo/$name" ;; esac
done
# The last benchmark's disk output was deleted when it ended: if that was within the last minutes, its inodes
# still count as recently deleted. Writing back what is dirty and a short wait keep that cost small.
sync
case " ${sizes[*]} " in *-disk:*) sleep 35 ;; esac

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=()
skipped=()
checks=()
declare -A phases
# Hugo followed by Pagefind over what it wrote: a Hugo site with search (HUGO_DIR OUTPUT).
hugo_search() { hugo --source "$1" --quiet --destination "$2" && "$pagefind" --site "$2" --quiet >/dev/null; }
export -f hugo_search; export pagefind

for entry in "${sizes[@]}" "${growth[@]}"; do
  name=${entry%%:*}; quotes=${entry#*:}
  out=$memory_out; [ "${name%-disk}" != "$name" ] && out=$disk_out
  study=$(study_of "$name")
  hugo_dir="$inputs/hugo/${name%-disk}"
  mkdir -p "$out" "$work/logs"
  # The study's PDF and EPUB are left out (--no-pdf): Hugo makes neither; REPORT.md measures them by hand.
  ours=("$site" build --input "$study" --theme "$root/theme" --no-search-index --no-pdf --timings --output)
  ours_search=("$site" build --input "$study" --theme "$root/theme" --no-pdf --timings --output)
  hugo_build=(hugo --source "$hugo_dir" --quiet --destination)
  runs=$runs_small; [ "$quotes" -ge "$large" ] && runs=$runs_large
  is_growth=0; for g in "${growth[@]}"; do [ "$g" = "$entry" ] && is_growth=1; done
  if [ $is_growth = 1 ]; then
    # A growth row: measured once, without search. Its memory is estimated from the row before it, per quote: the
    # larger of the two peaks (the tools run one after the other), and in tmpfs both outputs and the copy of ours;
    # a size that would not fit is skipped.
    last=${rows[-1]}
    need_mb=$(echo "$last" | awk -v q="$quotes" '{ print int((($11 > $14 ? $11 : $14) + 2 * $5 + $8) * q / $2) }')
    avail_mb=$(awk '/MemAvailable/ { print int($2 / 1024) }' /proc/meminfo)
    if [ "$need_mb" -gt "$avail_mb" ]; then
      echo "== $name: skipped, needs about $need_mb MB, $avail_mb MB available"
      skipped+=("$name $quotes $need_mb $avail_mb")
      continue
    fi
    "$synthetic" --quotes "$quotes" --output "$study" --seed 1 >/dev/null
    hugo_site "$study" "$hugo_dir"
    runs=1
  fi
  echo "== $name: $quotes quotes, $runs runs each after a warm-up"

  # Warm-up: ours with the search index (its phase's time is reported too), and Hugo once. A large study's runs
  # are long enough that Hugo's warm-up is skipped.
  index_ms=0
  if [ $is_growth = 0 ]; then
    (cd "$root" && measure "$work/logs/$name-index" "$out/ours-$name-index" "${ours_search[@]}" "$out/ours-$name-index") >/dev/null
    index_ms=$(awk '$1 == "search" && $2 == "index" && $3 ~ /^[0-9]+$/ { print $3 }' "$work/logs/$name-index")
    [ "$out" = "$memory_out" ] && rm -rf "$out/ours-$name-index"
    [ "$quotes" -lt "$large" ] && measure "$work/logs/$name-hugo-warm" "$out/hugo-$name-warm" "${hugo_build[@]}" "$out/hugo-$name-warm" >/dev/null
  fi

  for tool in ours hugo ours-search hugo-search; do : >"$work/logs/$name-$tool.tsv"; done
  for run in $(seq "$runs"); do
    ours_out="$out/ours-$name-$run"; hugo_out="$out/hugo-$name-$run"
    (cd "$root" && measure "$work/logs/$name-ours-$run" "$ours_out" "${ours[@]}" "$ours_out") >>"$work/logs/$name-ours.tsv"
    measure "$work/logs/$name-hugo-$run" "$hugo_out" "${hugo_build[@]}" "$hugo_out" >>"$work/logs/$name-hugo.tsv"
    echo "   run $run: ours $(tail -1 "$work/logs/$name-ours.tsv"), hugo $(tail -1 "$work/logs/$name-hugo.tsv") (wall s, cpu s, peak MB)"
    [ $is_growth = 1 ] && break
    (cd "$root" && measure "$work/logs/$name-ours-search-$run" "$out/ours-search-$name-$run" "${ours_search[@]}" "$out/ours-search-$name-$run") >>"$work/logs/$name-ours-search.tsv"
    measure "$work/logs/$name-hugo-search-$run" "$out/hugo-search-$name-$run" bash -c 'hugo_search "$1" "$2"' _ "$hugo_dir" "$out/hugo-search-$name-$run" >>"$work/logs/$name-hugo-search.tsv"
    echo "   with search: ours $(tail -1 "$work/logs/$name-ours-search.tsv"), hugo + pagefind $(tail -1 "$work/logs/$name-hugo-search.tsv")"
    # Only the last run's folders are kept (for the counts below); in memory, deleting costs nothing later.
    if [ "$out" = "$memory_out" ] && [ "$run" -lt "$runs" ]; then
      rm -rf "$ours_out" "$hugo_out" "$out/ours-search-$name-$run" "$out/hugo-search-$name-$run"
    fi
  done
  [ $is_growth = 1 ] && for tool in ours-search hugo-search; do echo "0 0 0" >"$work/logs/$name-$tool.tsv"; done
  # The write floor: copying our built site within the same file system, the least any generator pays to write it.
  floor=$(measure "$work/logs/$name-floor" "$out/floor-$name" cp -r "$ours_out" "$out/floor-$name" | cut -d' ' -f1)
  [ "$out" = "$memory_out" ] && rm -rf "$out/floor-$name"
  gc=$(awk '/^GC: paused/ { gsub(/[;,]/, ""); print $3, $(NF - 1) }' "$work/logs/$name-ours-$runs")
  ours_pages=$(grep -Eo 'Built [0-9]+ pages' "$work/logs/$name-ours-1" | grep -Eo '[0-9]+')
  ours_files=$(find "$ours_out" -type f | wc -l)
  hugo_pages=$(find "$hugo_out" -name '*.html' | wc -l)
  hugo_files=$(find "$hugo_out" -type f | wc -l)
  ours_mb=$(du -sm "$ours_out" | cut -f1); hugo_mb=$(du -sm "$hugo_out" | cut -f1)
  stats=()
  for tool in ours hugo ours-search hugo-search; do
    for col in 1 2 3; do stats+=("$(cut -d' ' -f$col "$work/logs/$name-$tool.tsv" | median)"); done
  done
  # Fields: 1 name, 2 quotes, 3-5 our pages/files/MB, 6-8 Hugo's, 9-11 ours (wall, cpu, peak), 12-14 Hugo's,
  # 15 search index phase ms, 16-18 ours with search, 19-21 Hugo + Pagefind, 22 write floor s, 23 GC pause ms,
  # 24 allocated MB.
  rows+=("$name $quotes $ours_pages $ours_files $ours_mb $hugo_pages $hugo_files $hugo_mb ${stats[*]:0:6} ${index_ms:-0} ${stats[*]:6:6} $floor ${gc:-0 0}")
  if [ $is_growth = 1 ]; then rm -rf "$ours_out" "$hugo_out" "$study" "$hugo_dir"; fi

  phases[$name]=$(sed -n '/^Phases/,$p' "$work/logs/$name-ours-$runs")
  # `check` renders every page as build does but writes none: its peak memory must stay at build's, not above.
  if [ $is_growth = 0 ]; then
    check_peak=$(cd "$root" && measure "$work/logs/$name-check" "$out/check-$name" "$site" check --input "$study" --theme "$root/theme" | cut -d' ' -f3)
    checks+=("$name $quotes $check_peak ${stats[2]}")
  fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
elapsed=$(( $(date +%s) - started ))

# --- report --------------------------------------------------------------------------------------------------
by_hand_marker='<!-- Measured by hand from here on: run.sh keeps these sections. -->'
{
  echo "# Benchmark: our generator and Hugo"
  echo
  echo "Written by \`bash tests/benchmark/run.sh\` (runs: $runs_small per small study, $runs_large per study of $large quotes or more; took ${elapsed} s)."
  echo
  echo "## Machine"
  echo
  echo "- CPUs (nproc): $(nproc); memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "- .NET SDK $(dotnet --version); $(hugo version | cut -d' ' -f1-2)"
  echo "- Load average (1, 5, 15 min) before: $load_before; after: $load_after. Other work on the machine slows both"
  echo "  tools alike (runs alternate), but it inflates wall times; CPU time is the steadier figure."
  echo
  echo "## Figures"
  echo
  echo "Medians. Sites are written to memory (tmpfs), except in the 10000-disk row (see run.sh: this machine's ext4 has no"
  echo "journal, and its cost for creating files just after deleting many is the harness's, not a generator's)."
  echo "Ours: the whole \`site build --no-search-index --no-pdf\` process (start-up included): every page kind of the"
  echo "site (quotes, findings, chapters, themes, cases, concepts…), published self-contained with a ReadyToRun composite image. Hugo: one page per"
  echo "quote with the taxonomies theme, municipality and research question, their list and term pages, and on each quote"
  echo "page the ten nearest other quotes of its theme and a link to the rest (as ours has). Time per page = wall time ÷ HTML pages."
  echo
  echo "| study | quotes | our pages (files, MB) | Hugo pages (files, MB) | our wall s | Hugo wall s | time ours ÷ Hugo | our CPU s | Hugo CPU s | our peak MB | Hugo peak MB | memory ours ÷ Hugo | our ms/page | Hugo ms/page | search index s |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for row in "${rows[@]}"; do
    echo "$row" | awk '{
      printf "| %s | %d | %d (%d, %d) | %d (%d, %d) | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f | %.2f | %.2f | %.1f |\n",
        $1, $2, $3, $4, $5, $6, $7, $8, $9, $12, $9 / $12, $10, $13, $11, $14, $11 / $14, 1000 * $9 / $3, 1000 * $12 / $6, $15 / 1000 }'
  done
  echo
  echo "## With search"
  echo
  echo "Ours: the whole \`site build --no-pdf\` (the search index included: Pagefind over the pages the explorer shows). Hugo: its"
  echo "build, then the same Pagefind (theme/package-lock.json) over all of Hugo's output, in one process tree. Medians."
  echo
  echo "| study | our wall s | Hugo + Pagefind wall s | ours ÷ (Hugo + Pagefind) | ours ÷ Hugo without search | our CPU s | Hugo + Pagefind CPU s | our peak MB | Hugo + Pagefind peak MB |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for row in "${rows[@]}"; do
    echo "$row" | awk '$16 > 0 {
      printf "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f |\n", $1, $16, $19, $16 / $19, $16 / $12, $17, $20, $18, $21 }'
  done
  echo
  echo "## Write floor and garbage collection"
  echo
  echo "Write floor: \`cp -r\` of our built site (without search) within the same file system, the least any generator"
  echo "pays to write those files. GC: the pauses and allocations of our last measured build (GC.GetTotalPauseDuration,"
  echo "GC.GetTotalAllocatedBytes, printed by \`--timings\`), with the server collector."
  echo
  echo "| study | our files | MB | write floor s | our wall s | build ÷ floor | GC paused s | allocated MB | allocated KB per page |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for row in "${rows[@]}"; do
    echo "$row" | awk '{
      printf "| %s | %d | %d | %.2f | %.2f | %.1f | %.2f | %.0f | %.0f |\n", $1, $4, $5, $22, $9, $9 / ($22 > 0 ? $22 : 0.001), $23 / 1000, $24, 1024 * $24 / $3 }'
  done
  echo
  echo "## Check against build"
  echo
  echo "Peak memory of one \`site check\` (renders every page, writes none) against the median of our builds above."
  echo
  echo "| study | quotes | check peak MB | build peak MB | check ÷ build |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for c in "${checks[@]}"; do
    echo "$c" | awk '{ printf "| %s | %d | %.0f | %.0f | %.2f |\n", $1, $2, $3, $4, $3 / $4 }'
  done
  echo
  echo "## How it grows"
  echo
  echo "Against the first row. Per quote: wall time and peak memory divided by quotes; flat columns mean linear cost."
  echo
  echo "| from → to | quotes × | our pages × | our time × | Hugo pages × | Hugo time × | our ms per quote | our peak KB per quote | Hugo ms per quote |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for ((i = 1; i < ${#rows[@]}; i++)); do
    echo "${rows[0]} ${rows[$i]}" | awk '{ n = 24;
      printf "| %s → %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.3f | %.1f | %.3f |\n", $1, $(n+1), $(n+2) / $2, $(n+3) / $3, $(n+9) / $9, $(n+6) / $6, $(n+12) / $12,
        1000 * $(n+9) / $(n+2), 1024 * $(n+11) / $(n+2), 1000 * $(n+12) / $(n+2) }'
  done
  for s in "${skipped[@]}"; do
    echo "$s" | awk '{ printf "\n%s quotes: not measured; the estimate from the row before it needs about %d MB, and %d MB were available.\n", $2, $3, $4 }'
  done
  echo
  echo "## Where our time goes"
  echo
  echo "Phases of our last measured build of each synthetic study (\`site build --timings\`). Pipelines run in parallel,"
  echo "so their times overlap."
  for row in "${rows[@]:1}"; do
    name=${row%% *}
    echo
    echo "### $name"
    echo
    echo '```'
    echo "${phases[$name]}"
    echo '```'
  done
  # What was measured by hand stays: everything from the marker on in the report this run replaces.
  echo
  [ -f "$report" ] && sed -n "/^$by_hand_marker\$/,\$p" "$report"
} >"$report.new"
mv "$report.new" "$report"
echo "Wrote $report (${elapsed} s)"
