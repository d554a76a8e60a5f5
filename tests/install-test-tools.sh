#!/usr/bin/env bash
# Installs what the test suite needs besides the .NET SDK, once: Debian's Chromium for the browser tests,
# and the npm packages pinned in theme/ and tests/ (Pagefind, the Nu HTML checker, citation-js).
# Called by the test project before it builds, so that `dotnet test` works on a fresh machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

for dir in "$root/theme" "$root/tests"; do
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    if ! command -v npm >/dev/null; then
      echo "error: npm is needed for the tests. Install Node.js 20, then run: npm ci --prefix $dir" >&2
      exit 1
    fi
    echo "Installing npm packages in $dir"
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
  fi
done

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Chromium (Debian package) for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "error: the browser tests need Chromium. Run: sudo apt-get update && sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi

# The study's PDF and EPUB: WeasyPrint typesets the PDF (with Norwegian hyphenation patterns), poppler-utils
# reads it back (pdftotext, pdfinfo, pdftoppm), EPUBCheck validates the EPUB.
missing=()
command -v weasyprint >/dev/null || missing+=(weasyprint)
[ -e /usr/share/hyphen/hyph_nb_NO.dic ] || missing+=(hyphen-no)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
[ -e /usr/share/java/epubcheck.jar ] || missing+=(epubcheck)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} (Debian packages) for the PDF and EPUB tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "error: the PDF and EPUB tests need ${missing[*]}. Run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
