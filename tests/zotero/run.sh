#!/usr/bin/env bash
# Saves quote pages of the thesis (a master's thesis) and of the tiny study (a report) with Zotero's own
# translation-server and translators, and checks what Zotero keeps: item type, thesis or report type, title,
# authors, year, university or institution, language, abstract, the page's URL; and Zotero's import of each page's
# BibTeX and RIS files; and, on the thesis's landing page, the PDF Zotero saves with the item (citation_pdf_url;
# keep-attachments.cjs keeps it in the server's answer). The builds make the PDF, so WeasyPrint must be installed.
# Not part of `dotnet test` (it needs the translation-server checkout); the CI tests check the
# tags Zotero reads (tests/Site.Tests/Citations/HeadMetadataTests.cs, ZoteroTagTests.cs).
#
# Setup, once (the server and its translators are public; see tests/zotero/README.md):
#   git clone --recurse-submodules https://github.com/zotero/translation-server /opt/translation-server
#   (cd /opt/translation-server && npm install)
# Run from the repository root:
#   ZOTERO_TRANSLATION_SERVER=/opt/translation-server bash tests/zotero/run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
server_dir=${ZOTERO_TRANSLATION_SERVER:?set ZOTERO_TRANSLATION_SERVER to a translation-server checkout with its submodules and npm packages (see the comment at the top of this script)}
[ -f "$server_dir/src/server.js" ] || { echo "no translation-server in $server_dir" >&2; exit 2; }
[ -d "$server_dir/modules/translators" ] && [ -n "$(ls -A "$server_dir/modules/translators")" ] || { echo "$server_dir/modules/translators is empty: clone with --recurse-submodules" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 serves the built sites: apt-get install python3" >&2; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

build() { dotnet run --project "$root/src/Site" -- build --input "$1" --theme "$root/theme" --output "$work/$2" --base-url "http://127.0.0.1:$3" --no-search-index >/dev/null; }
build "$root/input" thesis 8191
build "$root/tests/fixtures/tiny-study" tiny 8192
(cd "$work/thesis" && exec python3 -m http.server 8191 --bind 127.0.0.1 >/dev/null 2>&1) & pids+=($!)
(cd "$work/tiny" && exec python3 -m http.server 8192 --bind 127.0.0.1 >/dev/null 2>&1) & pids+=($!)
(cd "$server_dir" && PORT=1969 exec node --require "$root/tests/zotero/keep-attachments.cjs" src/server.js >"$work/server.log" 2>&1) & pids+=($!)
for _ in $(seq 1 120); do grep -q "Listening" "$work/server.log" 2>/dev/null && break; sleep 1; done
grep -q "Listening" "$work/server.log" || { cat "$work/server.log" >&2; echo "translation-server did not start" >&2; exit 1; }

export ZOTERO_URL=http://127.0.0.1:1969
node "$root/tests/zotero/check.mjs" http://127.0.0.1:8191 "$root/tests/zotero/expected-thesis.json"
node "$root/tests/zotero/check.mjs" http://127.0.0.1:8192 "$root/tests/zotero/expected-tiny.json"
