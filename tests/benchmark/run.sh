#!/usr/bin/env bash
# Measures our full build against Hugo's on the same quotes, and writes tests/benchmark/REPORT.md.
#   bash tests/benchmark/run.sh            (from anywhere in a clone; installs Debian's hugo and time if missing)
# Studies: the thesis (input/), synthetic studies (tools/Site.Synthetic) at 10x and 100x the thesis's quotes, and at
# 10,000 quotes. For each: wall time, CPU time (user+sys) and peak RSS of the whole process, from /usr/bin/time -v,
# median of several runs after a warm-up, ours and Hugo's alternating. Ours runs with --no-search-index, as Hugo
# makes no search index; the search index is timed apart (the "search index" phase of one indexed build).
# Environment: BENCH_WORK (scratch folder, default /tmp/site-benchmark), BENCH_RUNS_SMALL (5), BENCH_RUNS_LARGE (5),
# BENCH_LARGE (quotes from which a study counts as large, 5000), BENCH_REPORT (where the report goes).
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
# The CLI as the README's fast build makes it: published in Release, self-contained, with the framework and the
# libraries compiled ahead of time into one ReadyToRun composite image, so the process starts without compiling
# them first and calls across assemblies are inlined (src/Site/Site.csproj and the README say what each saves).
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
echo "Publishing the CLI (Release, self-contained, ReadyToRun composite, $rid) in $work/cli; this takes a minute or two"
rm -rf "$work/cli"
dotnet publish "$root/src/Site" -c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
  -o "$work/cli" --artifacts-path "$work/artifacts" -nologo -v quiet -clp:ErrorsOnly >/dev/null
site="$work/cli/site"
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
sizes=("thesis:$thesis_quotes" "10x:$((thesis_quotes * 10))" "100x:$((thesis_quotes * 100))" "10000:10000" "10000-disk:10000")
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
sleep 35

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=()
declare -A phases

for entry in "${sizes[@]}"; do
  name=${entry%%:*}; quotes=${entry#*:}
  out=$memory_out; [ "$name" = 10000-disk ] && out=$disk_out
  study=$(study_of "$name")
  hugo_dir="$inputs/hugo/${name%-disk}"
  mkdir -p "$out" "$work/logs"
  ours=("$site" build --input "$study" --theme "$root/theme" --no-search-index --timings --output)
  hugo_build=(hugo --source "$hugo_dir" --quiet --destination)
  runs=$runs_small; [ "$quotes" -ge "$large" ] && runs=$runs_large
  echo "== $name: $quotes quotes, $runs runs each after a warm-up"

  # Warm-up: ours with the search index (its time is reported apart), and Hugo once. A large study's runs are
  # long enough that Hugo's warm-up is skipped, to keep the whole benchmark near ten minutes on two cores.
  (cd "$root" && measure "$work/logs/$name-index" "$out/ours-$name-index" "$site" build --input "$study" --theme "$root/theme" --output "$out/ours-$name-index" --timings) >/dev/null
  index_ms=$(awk '$1 == "search" && $2 == "index" { print $3 }' "$work/logs/$name-index")
  [ "$quotes" -lt "$large" ] && measure "$work/logs/$name-hugo-warm" "$out/hugo-$name-warm" "${hugo_build[@]}" "$out/hugo-$name-warm" >/dev/null

  : >"$work/logs/$name-ours.tsv"; : >"$work/logs/$name-hugo.tsv"
  for run in $(seq "$runs"); do
    ours_out="$out/ours-$name-$run"; hugo_out="$out/hugo-$name-$run"
    (cd "$root" && measure "$work/logs/$name-ours-$run" "$ours_out" "${ours[@]}" "$ours_out") >>"$work/logs/$name-ours.tsv"
    measure "$work/logs/$name-hugo-$run" "$hugo_out" "${hugo_build[@]}" "$hugo_out" >>"$work/logs/$name-hugo.tsv"
    echo "   run $run: ours $(tail -1 "$work/logs/$name-ours.tsv"), hugo $(tail -1 "$work/logs/$name-hugo.tsv") (wall s, cpu s, peak MB)"
  done
  ours_pages=$(grep -Eo 'Built [0-9]+ pages' "$work/logs/$name-ours-1" | grep -Eo '[0-9]+')
  ours_files=$(find "$ours_out" -type f | wc -l)
  hugo_pages=$(find "$hugo_out" -name '*.html' | wc -l)
  hugo_files=$(find "$hugo_out" -type f | wc -l)
  ours_mb=$(du -sm "$ours_out" | cut -f1); hugo_mb=$(du -sm "$hugo_out" | cut -f1)
  stats=()
  for tool in ours hugo; do
    for col in 1 2 3; do stats+=("$(cut -d' ' -f$col "$work/logs/$name-$tool.tsv" | median)"); done
  done
  rows+=("$name $quotes $ours_pages $ours_files $ours_mb $hugo_pages $hugo_files $hugo_mb ${stats[*]} ${index_ms:-0}")
  phases[$name]=$(sed -n '/^Phases/,$p' "$work/logs/$name-ours-$runs")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
elapsed=$(( $(date +%s) - started ))

# --- report --------------------------------------------------------------------------------------------------
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
  echo "Ours: the whole \`site build --no-search-index\` process (start-up included): every page kind of the"
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
  echo "## How it grows"
  echo
  echo "| from → to | quotes × | our pages × | our time × | Hugo pages × | Hugo time × |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for ((i = 1; i < ${#rows[@]}; i++)); do
    echo "${rows[0]} ${rows[$i]}" | awk '{ n = 15;
      printf "| %s → %s | %.1f | %.1f | %.1f | %.1f | %.1f |\n", $1, $(n+1), $(n+2) / $2, $(n+3) / $3, $(n+9) / $9, $(n+6) / $6, $(n+12) / $12 }'
  done
  echo
  echo "## Where our time goes"
  echo
  echo "Phases of our last measured build of each synthetic study (\`site build --timings\`). Pipelines run in parallel,"
  echo "so their times overlap."
  for entry in "${sizes[@]:1}"; do
    name=${entry%%:*}
    echo
    echo "### $name"
    echo
    echo '```'
    echo "${phases[$name]}"
    echo '```'
  done
} >"$report"
echo "Wrote $report (${elapsed} s)"
