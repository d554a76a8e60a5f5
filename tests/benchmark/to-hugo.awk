# Writes a study's quotes as Hugo content: one page per quote, with the taxonomies theme, municipality and
# research question, so that Hugo builds the same quote pages and term lists as our generator.
# Reads, in this order: cases.yml, informants.yml, coding.yml (two levels: dimensions over themes), then
# quotes/*.yml (as the study format writes them: see input/README.md; a quote's theme is the first of its codes). Usage: awk -v out=CONTENT_DIR -f to-hugo.awk cases.yml informants.yml coding.yml quotes/*.yml
function unquote(s) {
  sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s)
  if (s ~ /^".*"$/) { s = substr(s, 2, length(s) - 2); gsub(/\\"/, "\"", s); gsub(/\\\\/, "\\", s) }
  else if (s ~ /^'.*'$/) { s = substr(s, 2, length(s) - 2); gsub(/''/, "'", s) }
  return s
}
function value(line) { sub(/^[^:]*:[ \t]*/, "", line); return unquote(line) }
function yaml(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
function flush(   file, speakerName, caseId, title, q) {
  if (id == "") return
  caseId = quoteCase != "" ? quoteCase : speakerCase[speaker]
  speakerName = (speaker in speakerNames) ? speakerNames[speaker] : speaker
  # Shortened at a space: awk may count bytes, and a cut inside a UTF-8 character breaks the YAML.
  title = text; if (length(title) > 70) { title = substr(title, 1, 70); if (sub(/ [^ ]*$/, "", title)) title = title " …"; else title = text }
  file = out "/sitater/" id ".md"
  printf "---\ntitle: %s\nspeaker: %s\ntext: %s\n", yaml("«" title "» – " speakerName), yaml(speakerName), yaml(text) > file
  if (caseId != "") printf "case: %s\nmunicipalities: [%s]\n", yaml(caseShort[caseId]), yaml(caseId) > file
  # The quote's place in its theme, so the page can pick its neighbours without searching the theme's pages.
  printf "themes: [%s]\nthemetitle: %s\nthemeindex: %d\n", yaml(theme), yaml(themeTitle[theme]), themeCount[theme]++ > file
  q = themeQuestion[theme]; if (q != "") printf "questions: [%s]\n", yaml(q) > file
  printf "weight: %d\n---\n%s\n", ++count, text > file
  close(file)
  id = ""; text = ""; speaker = ""; theme = ""; quoteCase = ""
}
BEGIN { system("mkdir -p '" out "/sitater'") }
FNR == 1 { flush(); section = FILENAME; sub(/.*\//, "", section); folding = 0
  if (FILENAME ~ /(^|\/)quotes\/[^\/]*$/) section = "quotes" }
# cases.yml: ids and short names
section == "cases.yml" && /^  - id:/ { caseIdNow = value($0) }
section == "cases.yml" && /^    short_name:/ { caseShort[caseIdNow] = value($0) }
# informants.yml: names and cases
section == "informants.yml" && /^- id:/ { informant = value($0) }
section == "informants.yml" && /^  name:/ { speakerNames[informant] = value($0) }
section == "informants.yml" && /^  case:/ { speakerCase[informant] = value($0) }
# coding.yml: a theme's research question is its dimension's
section == "coding.yml" && /^  - id:/ { dimensionQuestion = "" }
section == "coding.yml" && /^    question:/ { dimensionQuestion = value($0) }
section == "coding.yml" && /^      - id:/ { themeNow = value($0); themeQuestion[themeNow] = dimensionQuestion }
section == "coding.yml" && /^        title:/ { themeTitle[themeNow] = value($0) }
# quotes/*.yml, including folded texts (text: >-) over several lines
section == "quotes" {
  if (folding && /^    /) { line = $0; sub(/^ +/, "", line); text = text (text == "" ? "" : " ") line; next }
  folding = 0
  if (/^- id:/) { flush(); id = value($0); codesBlock = 0 }
  else if (/^  text:/) { v = value($0); if (v ~ /^>-?$/ || v ~ /^\|-?$/) { folding = 1; text = "" } else text = v }
  else if (/^  speaker:/) speaker = value($0)
  # The quote's first code is its theme (codes: [a, b] or a block list under codes:), as its page's neighbours are.
  else if (/^  codes:/) { v = value($0); codesBlock = (v == ""); if (!codesBlock) { gsub(/^\[|\].*$/, "", v); split(v, parts, ","); theme = unquote(parts[1]) } }
  else if (codesBlock && /^    - /) { if (theme == "") { v = $0; sub(/^    - /, "", v); theme = unquote(v) } }
  else if (/^  case:/) quoteCase = value($0)
}
END { flush(); print count }
