// The findings explorer (/utforsk/): search and facets over every quote, finding, section and document.
// Facets are filtered and counted here, from data.json. Full-text search with Norwegian stemming comes from
// Pagefind; its page hits are mapped back to items by address and word position (pagefind-pages.json, written
// after indexing), joined by the items whose own words start with the query's stems, and where neither finds
// anything a typo-tolerant search over the items' words takes over. The whole state lives in the address.
// Without JavaScript the page shows its fallback list; no inline script or style, so the strict CSP holds.
(() => {
  "use strict";

  const root = document.getElementById("explorer");
  if (!root) return;
  const $ = (selector) => root.querySelector(selector);
  const app = $(".explorer-app");
  const strings = Object.fromEntries([...$("#explorer-strings").content.querySelectorAll("data")].map((d) => [d.value, d.textContent]));
  const t = (key, values = {}) => (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
  const resultsWord = (n) => (n === 1 ? t("explorer_result_one") : t("results"));

  const PAGE_SIZE = 50;
  const KINDS = [["sitat", "quote"], ["funn", "finding"], ["avsnitt", "section"], ["dokument", "document"]];
  const FACETS = [
    { key: "question", field: "r", param: "sporsmal", legend: t("research_question") },
    { key: "dimension", field: "d", param: "dimensjon", legend: t("dimension") },
    { key: "theme", field: "t", param: "tema", legend: t("theme") },
    { key: "case", field: "c", param: root.dataset.caseParam || "kommune", legend: root.dataset.caseLabel || t("case") },
    { key: "speaker", field: "s", param: "informant", legend: t("speaker") },
    { key: "concept", field: "b", param: "begrep", legend: t("concept") },
    { key: "kind", field: "k", param: "type", legend: t("kind") },
  ];
  const SORTS = ["relevans", "rekkefolge"]; // relevance, order in the thesis

  const state = { q: "", selected: FACETS.map(() => new Set()), sort: "relevans", shown: PAGE_SIZE };
  let data; // { facets, items, byUrl }
  let current = { results: [], counts: [], highlighter: null };

  // ---------- Text: words, a light Norwegian stemmer, edit distance ----------

  const words = (text) => (text.toLocaleLowerCase("nb").match(/[\p{L}\p{N}]+/gu) ?? []);
  const VOWELS = "aeiouyæøå";
  const SUFFIXES = ["hetenes", "hetene", "hetens", "endes", "heter", "heten", "ande", "ende", "edes", "enes", "erte", "ane", "ene", "ens", "ers", "ets", "het", "ast", "ert", "ede", "en", "ar", "er", "as", "es", "et", "e", "a", "s"];
  const DERIVATIONAL = ["hetslov", "elov", "slov", "elig", "eleg", "lig", "eig", "els", "lov", "leg", "ig"];

  // Snowball's Norwegian stemmer, slightly simplified: enough to highlight what Pagefind (which uses it) matched.
  function stem(word) {
    let r1 = 0;
    for (let i = 1; i < word.length; i++) {
      if (!VOWELS.includes(word[i]) && VOWELS.includes(word[i - 1])) { r1 = Math.max(3, i + 1); break; }
    }
    if (!r1) return word;
    let w = word;
    for (const suffix of SUFFIXES) {
      if (!w.endsWith(suffix) || w.length - suffix.length < r1) continue;
      if (suffix === "erte" || suffix === "ert") w = w.slice(0, -suffix.length) + "er";
      else if (suffix === "s") { if (/[bcdfghjlmnoprtvyz]s$|[^aeiouyæøå]ks$/.test(w)) w = w.slice(0, -1); }
      else w = w.slice(0, -suffix.length);
      break;
    }
    if ((w.endsWith("dt") || w.endsWith("vt")) && w.length - 2 >= r1) w = w.slice(0, -1);
    for (const suffix of DERIVATIONAL) {
      if (w.endsWith(suffix) && w.length - suffix.length >= r1) { w = w.slice(0, -suffix.length); break; }
    }
    return w;
  }

  // Optimal string alignment distance, giving up once it exceeds the limit.
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let before = null;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      let best = i;
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
        if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
        row.push(value);
        best = Math.min(best, value);
      }
      if (best > limit) return limit + 1;
      before = previous;
      previous = row;
    }
    return previous[b.length];
  }

  const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const stemHighlighter = (tokens) => {
    const stems = [...new Set(tokens.map(stem).filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
    return stems.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map(escapeRegExp).join("|")})[\\p{L}\\p{N}]*`, "giu") : null;
  };
  const wordHighlighter = (list) => list.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...list].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu")
    : null;

  // ---------- Data ----------

  async function loadData() {
    const response = await fetch(root.dataset.dataUrl);
    if (!response.ok) throw new Error(`${root.dataset.dataUrl}: ${response.status}`);
    const json = await response.json();
    const anonymous = new Set(json.anonymous);
    const facets = FACETS.map((facet) => {
      if (facet.key === "kind") return KINDS.map(([id, kind]) => ({ id, label: t(`kind_${kind}`), kind }));
      return json.facets[facet.key].map(([id, label]) => ({ id, label, anonymous: anonymous.has(id) }));
    });
    const kindIndex = Object.fromEntries(KINDS.map(([, kind], i) => [kind, i]));
    const items = json.items.map((raw, order) => ({
      order,
      kind: raw.k,
      id: raw.i ?? "",
      url: raw.u,
      heading: raw.h ?? "",
      text: raw.x ?? "",
      parent: raw.p ?? "",
      sections: raw.n ?? [],
      values: FACETS.map((facet) => (facet.key === "kind" ? [kindIndex[raw.k]] : raw[facet.field] ?? [])),
    }));
    const byUrl = new Map(items.map((item) => [item.url, item]));
    return { facets, items, byUrl, vocabulary: null };
  }

  // ---------- Search: Pagefind and the items' own words, then a typo-tolerant fallback ----------

  let pagefind = null; // Promise of { module, pages }, or of null when the index is missing

  function loadSearch() {
    pagefind ??= (async () => {
      try {
        const [module, pages] = await Promise.all([
          import(root.dataset.pagefindUrl),
          fetch(root.dataset.pagesUrl).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${root.dataset.pagesUrl}: ${r.status}`)))),
        ]);
        await module.options({ baseUrl: "/" }); // the site lives at the root; the language comes from <html lang>
        await module.init();
        return { module, pages: pages.pages };
      } catch (error) {
        console.warn("Explorer: full-text search is unavailable", error);
        return null;
      }
    })();
    return pagefind;
  }

  // Places Pagefind's hits: a page is an item, or (chapters, the document list) holds items at its anchors;
  // a word belongs to the last anchor before it that is an item, else to the page itself.
  function mapHits(results, pages) {
    const hits = new Map();
    const add = (item, score) => { if (item) hits.set(item, (hits.get(item) ?? 0) + score); };
    for (const result of results) {
      const entry = pages[result.id];
      if (!entry) continue;
      const [url, ...flat] = entry;
      const anchors = [];
      for (let i = 0; i < flat.length; i += 2) {
        const item = data.byUrl.get(`${url}#${flat[i]}`);
        if (item) anchors.push([flat[i + 1], item]);
      }
      if (!anchors.length) { add(data.byUrl.get(url), result.score); continue; }
      const share = result.score / Math.max(1, result.words.length);
      for (const location of result.words) {
        let owner = data.byUrl.get(url);
        for (const [start, item] of anchors) { if (start <= location) owner = item; else break; }
        add(owner, share);
      }
    }
    return hits;
  }

  // Every item whose own text has, for each word of the query, a word starting with its stem.
  function prefixSearch(tokens) {
    const stems = tokens.map(stem);
    const hits = new Map();
    for (const item of data.items) {
      const own = itemWords(item);
      let score = 0;
      if (stems.every((s) => own.some((w) => w.startsWith(s) && ++score))) hits.set(item, score);
    }
    return hits;
  }

  // The words an item is found by without the index: its heading and text, and a quote's speaker.
  const itemWords = (item) => (item.words ??= words([item.heading, item.text, ...(item.kind === "quote" ? facetLabels(item, "speaker").map((s) => s.label) : [])].join(" ")));

  const fold = (word) => word.normalize("NFD").replace(/\p{M}/gu, "").replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a");
  const foldedWords = (item) => (item.folded ??= itemWords(item).map(fold));
  const commonPrefix = (a, b) => { let i = 0; while (i < a.length && i < b.length && a[i] === b[i]) i++; return i; };

  // Where a word is not in its index, Pagefind answers with pages that share only a short prefix with it
  // («innovasjn» finds «inn» and «innen»). Its hits count only if, for every query word, some hit whose text
  // we hold has a word that shares the word's stem; hits in running text alone are trusted as they are.
  function plausible(hits, tokens) {
    const checkable = [...hits.keys()].filter((item) => item.kind !== "section");
    if (!checkable.length) return true;
    return tokens.every((token) => {
      const folded = fold(token);
      const needed = Math.min(fold(stem(token)).length, folded.length);
      return checkable.some((item) => foldedWords(item).some((w) => commonPrefix(w, folded) >= needed));
    });
  }

  // Words of the items within a small edit distance of each query word (none for words of three letters, 1 up
  // to seven, 2 from eight), compared without diacritics so «stotte» finds «støtte»; a long word may also be
  // the start of a longer one («innovasjn» → «innovasjonsstrategi»).
  function fuzzySearch(tokens) {
    if (!data.vocabulary) {
      data.vocabulary = new Map(); // word → { folded, items }
      for (const item of data.items) for (const w of itemWords(item)) {
        if (!data.vocabulary.has(w)) data.vocabulary.set(w, { folded: fold(w), items: new Set() });
        data.vocabulary.get(w).items.add(item);
      }
    }
    const matched = [];
    let hits = null;
    for (const token of tokens.filter((tok) => tok.length >= 3).map(fold)) {
      const limit = token.length <= 3 ? 0 : token.length <= 7 ? 1 : 2;
      const scores = new Map();
      for (const [w, { folded, items }] of data.vocabulary) {
        let d = distance(token, folded, limit);
        if (d > limit && limit > 0 && folded.length > token.length && distance(token, folded.slice(0, token.length), 1) <= 1) d = limit;
        if (d > limit) continue;
        matched.push(w);
        for (const item of items) scores.set(item, Math.max(scores.get(item) ?? 0, limit + 1 - d));
      }
      if (hits === null) hits = scores;
      else for (const [item, score] of hits) {
        if (scores.has(item)) hits.set(item, score + scores.get(item)); else hits.delete(item);
      }
    }
    return { hits: hits ?? new Map(), words: [...new Set(matched)] };
  }

  // The items matching the query with a score each, or null for no query; and how to highlight the matches.
  async function search(q) {
    const tokens = words(q);
    if (!tokens.length) return { hits: null, highlighter: null, fuzzy: null, noIndex: false };
    const engine = await loadSearch();
    // Pagefind's stems and ours differ now and then (it finds «leder» for «ledere» only by the prefix), so the
    // items whose own words start with the query's stems are always added to its hits, below them in rank.
    const hits = prefixSearch(tokens);
    // A single letter matches nearly every page; Pagefind is asked from the second letter on.
    if (engine && tokens.some((token) => token.length > 1)) {
      const pagefindHits = await engine.module.search(q).then((response) => mapHits(response.results, engine.pages), (error) => {
        console.warn("Explorer: Pagefind could not search", error);
        return new Map();
      });
      if (pagefindHits.size && plausible(pagefindHits, tokens)) {
        const floor = Math.min(...pagefindHits.values()) / 2;
        for (const [item, score] of hits) hits.set(item, Math.min(score, 1) * floor);
        for (const [item, score] of pagefindHits) hits.set(item, (hits.get(item) ?? 0) + score);
      }
    }
    if (hits.size) return { hits, highlighter: stemHighlighter(tokens), fuzzy: null, noIndex: !engine };
    const fuzzy = fuzzySearch(tokens);
    return { hits: fuzzy.hits, highlighter: wordHighlighter(fuzzy.words), fuzzy: fuzzy.words, noIndex: !engine };
  }

  // ---------- Facets: filtering and counting ----------

  // Standard faceted counts: a facet's values are counted under every filter but the facet's own.
  function filterAndCount(candidates, selected = state.selected) {
    const counts = FACETS.map((_, f) => new Array(data.facets[f].length).fill(0));
    const results = [];
    for (const item of candidates) {
      let failed = -1;
      let failures = 0;
      for (let f = 0; f < FACETS.length && failures < 2; f++) {
        const chosen = selected[f];
        if (chosen.size && !item.values[f].some((v) => chosen.has(v))) { failed = f; failures++; }
      }
      if (failures === 0) {
        results.push(item);
        item.values.forEach((values, f) => values.forEach((v) => counts[f][v]++));
      } else if (failures === 1) {
        item.values[failed].forEach((v) => counts[failed][v]++);
      }
    }
    return { results, counts };
  }

  const countWith = (candidates, selected) => candidates.filter((item) => selected.every((chosen, f) =>
    chosen.size === 0 || item.values[f].some((v) => chosen.has(v)))).length;

  // ---------- Rendering ----------

  const element = (tag, attributes = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === false || value == null) continue;
      if (name === "className") node.className = value; else node.setAttribute(name, value === true ? "" : value);
    }
    node.append(...children.filter((c) => c != null && c !== ""));
    return node;
  };

  function highlighted(text, highlighter) {
    const fragment = document.createDocumentFragment();
    if (!highlighter) { fragment.append(text); return fragment; }
    let last = 0;
    highlighter.lastIndex = 0; // matchAll starts where the last use of the expression stopped
    for (const match of text.matchAll(highlighter)) {
      fragment.append(text.slice(last, match.index), element("mark", {}, match[0]));
      last = match.index + match[0].length;
    }
    fragment.append(text.slice(last));
    return fragment;
  }

  // A long text shortened to the words around its first match.
  function excerpt(text, highlighter, size = 40) {
    const parts = text.split(/\s+/);
    if (parts.length <= size + 5) return text;
    let first = 0;
    const at = highlighter ? text.search(highlighter) : -1;
    if (at >= 0) first = text.slice(0, at).split(/\s+/).length - 1;
    const start = Math.max(0, Math.min(first - Math.floor(size / 3), parts.length - size));
    return `${start > 0 ? "… " : ""}${parts.slice(start, start + size).join(" ")}${start + size < parts.length ? " …" : ""}`;
  }

  const facetLabels = (item, key) => {
    const f = FACETS.findIndex((facet) => facet.key === key);
    return item.values[f].map((v) => data.facets[f][v]);
  };

  function meta(item) {
    const parts = [];
    for (const speaker of facetLabels(item, "speaker").slice(0, item.kind === "quote" ? 1 : 0)) {
      parts.push(element("span", { className: speaker.anonymous ? "speaker speaker-anonymous" : "speaker" }, speaker.label));
    }
    for (const c of facetLabels(item, "case")) parts.push(c.label);
    for (const theme of facetLabels(item, "theme")) parts.push(theme.label);
    if (item.kind === "section" && item.parent) parts.push(item.parent);
    if (!parts.length) return null;
    const line = element("p", { className: "result-meta" });
    parts.forEach((part, i) => line.append(i ? " · " : "", part));
    return line;
  }

  function card(item, highlighter) {
    const kindLabel = t(`kind_${item.kind}`);
    const kindLine = element("p", { className: "result-kind" }, item.sections.length && item.kind !== "section" ? `${kindLabel} · ${item.sections.join(", ")}` : kindLabel);
    const li = element("li", { className: `result result-${item.kind}` }, kindLine);
    if (item.kind === "quote") {
      li.append(element("blockquote", {}, element("p", {}, element("a", { href: item.url }, "«", highlighted(item.text, highlighter), "»"))));
    } else {
      li.append(element("h3", { className: "result-title" }, element("a", { href: item.url }, highlighted(item.heading, highlighter))));
      if (item.text) li.append(element("p", { className: "result-text" }, highlighted(excerpt(item.text, highlighter), highlighter)));
    }
    li.append(meta(item) ?? "");
    return li;
  }

  function renderFacets() {
    const container = $(".explorer-facet-list");
    container.replaceChildren();
    FACETS.forEach((facet, f) => {
      const groups = facet.key === "speaker"
        ? [[t("explorer_pseudonyms"), (v) => !v.anonymous], [t("anonymous_speakers"), (v) => v.anonymous]]
        : [[facet.legend, () => true]];
      groups.forEach(([legend, include], g) => {
        const fieldset = element("fieldset", { className: `facet facet-${facet.key}`, "data-facet": facet.key });
        fieldset.append(element("legend", {}, legend));
        data.facets[f].forEach((value, v) => {
          if (!include(value)) return;
          const id = `facet-${facet.key}-${v}`;
          const input = element("input", { type: "checkbox", id, name: facet.param, value: value.id, "data-facet-index": f, "data-value-index": v });
          const count = element("span", { className: "facet-count" });
          fieldset.append(element("div", { className: "facet-option" }, input,
            element("label", { for: id }, element("span", { className: value.anonymous ? "facet-label speaker-anonymous" : "facet-label" }, value.label), " ", count)));
          value.input = input;
          value.count = count;
        });
        if (g === 0 || fieldset.querySelector("input")) container.append(fieldset);
      });
    });
  }

  function syncControls() {
    $("#explorer-q").value = state.q;
    $("#explorer-sort").value = state.sort;
    FACETS.forEach((_, f) => data.facets[f].forEach((value, v) => { value.input.checked = state.selected[f].has(v); }));
  }

  function renderCounts(counts) {
    FACETS.forEach((_, f) => data.facets[f].forEach((value, v) => {
      const n = counts[f][v];
      if (value.shown !== n) value.count.textContent = `(${(value.shown = n)})`;
      value.input.closest(".facet-option").classList.toggle("is-empty", n === 0 && !value.input.checked);
    }));
  }

  function renderActive() {
    const list = $(".explorer-active-list");
    list.replaceChildren();
    if (state.q.trim()) {
      list.append(element("li", {}, element("button", { type: "button", className: "explorer-remove", "data-query": true },
        element("span", { className: "visually-hidden" }, `${t("remove_filter")}: `), `${t("search")}: «${state.q.trim()}»`, element("span", { "aria-hidden": "true" }, " ×"))));
    }
    FACETS.forEach((facet, f) => {
      for (const v of [...state.selected[f]].sort((a, b) => a - b)) {
        const value = data.facets[f][v];
        const button = element("button", { type: "button", className: "explorer-remove", "data-facet-index": f, "data-value-index": v },
          element("span", { className: "visually-hidden" }, `${t("remove_filter")}: `), `${facet.legend}: ${value.label}`, element("span", { "aria-hidden": "true" }, " ×"));
        list.append(element("li", {}, button));
      }
    });
    $(".explorer-active").hidden = !list.children.length;
  }

  function renderResults() {
    const list = $(".explorer-results");
    const { results, highlighter } = current;
    list.replaceChildren(...results.slice(0, state.shown).map((item) => card(item, highlighter)));
    const more = $(".explorer-more");
    const rest = results.length - Math.min(results.length, state.shown);
    more.hidden = rest <= 0;
    more.textContent = t("explorer_show_more", { n: Math.min(rest, PAGE_SIZE) });
  }

  function renderEmpty(candidates) {
    const empty = $(".explorer-empty");
    empty.hidden = current.results.length > 0;
    const list = $(".explorer-loosen");
    list.replaceChildren();
    if (!empty.hidden) {
      const options = [];
      FACETS.forEach((facet, f) => state.selected[f].forEach((v) => {
        const selected = state.selected.map((chosen, i) => (i === f ? new Set([...chosen].filter((x) => x !== v)) : chosen));
        options.push({ n: countWith(candidates, selected), f, v });
      }));
      if (state.q.trim()) options.push({ n: countWith(data.items, state.selected), query: true });
      for (const option of options.filter((o) => o.n > 0).sort((a, b) => b.n - a.n).slice(0, 4)) {
        const button = element("button", { type: "button", className: "explorer-loosen-option" });
        button.textContent = option.query
          ? t("explorer_loosen_query", { q: state.q, n: option.n, results: resultsWord(option.n) })
          : t("explorer_loosen_filter", { filter: `${FACETS[option.f].legend}: ${data.facets[option.f][option.v].label}`, n: option.n, results: resultsWord(option.n) });
        button.addEventListener("click", () => {
          if (option.query) state.q = ""; else state.selected[option.f].delete(option.v);
          syncControls();
          update({ history: "push", focus: $("#explorer-q") });
        });
        list.append(element("li", {}, button));
      }
    }
  }

  let announceTimer;
  function announce(text, delay) {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => { $(".explorer-status").textContent = text; }, delay);
  }

  // ---------- State and the address ----------

  function readUrl() {
    const params = new URLSearchParams(location.search);
    state.q = params.get("q") ?? "";
    FACETS.forEach((facet, f) => {
      state.selected[f] = new Set(params.getAll(facet.param)
        .map((id) => data.facets[f].findIndex((value) => value.id === id)).filter((v) => v >= 0));
    });
    state.sort = SORTS.includes(params.get("sort")) ? params.get("sort") : SORTS[0];
    state.shown = PAGE_SIZE;
  }

  function stateUrl() {
    const params = new URLSearchParams();
    if (state.q.trim()) params.set("q", state.q.trim());
    FACETS.forEach((facet, f) => [...state.selected[f]].sort((a, b) => a - b).forEach((v) => params.append(facet.param, data.facets[f][v].id)));
    if (state.sort !== SORTS[0]) params.set("sort", state.sort);
    const query = params.toString();
    return location.pathname + (query ? `?${query}` : "");
  }

  let lastHistory = null;
  function writeUrl(kind) {
    const url = stateUrl();
    const previous = lastHistory;
    lastHistory = kind;
    if (url === location.pathname + location.search) return;
    // Typing replaces its own entry, so Back goes to the view before the search, not to every keystroke.
    if (kind === "push" || (kind === "typing" && previous !== "typing")) history.pushState({ explorer: true }, "", url);
    else history.replaceState({ explorer: true }, "", url);
  }

  // ---------- Update ----------

  let sequence = 0;
  async function update({ history: historyKind = null, announceDelay = 0, focus = null } = {}) {
    const mine = ++sequence;
    if (historyKind) writeUrl(historyKind);
    const query = state.q.trim();
    if (query) app.setAttribute("aria-busy", "true");
    const found = await search(query);
    if (mine !== sequence) return;
    app.removeAttribute("aria-busy");
    const candidates = found.hits ? data.items.filter((item) => found.hits.has(item)) : data.items;
    const { results, counts } = filterAndCount(candidates);
    const byRelevance = found.hits && state.sort === SORTS[0];
    results.sort(byRelevance ? (a, b) => found.hits.get(b) - found.hits.get(a) || a.order - b.order : (a, b) => a.order - b.order);
    current = { results, counts, highlighter: found.highlighter };
    renderCounts(counts);
    renderActive();
    renderResults();
    renderEmpty(candidates);
    const notice = $(".explorer-notice");
    notice.textContent = [
      found.noIndex ? t("explorer_no_index") : "",
      found.fuzzy && found.fuzzy.length ? t("explorer_fuzzy", { q: query, words: found.fuzzy.slice(0, 8).join(", ") }) : "",
    ].filter(Boolean).join(" ");
    notice.hidden = !notice.textContent;
    const quotes = results.filter((item) => item.kind === "quote").length;
    for (const button of root.querySelectorAll(".explorer-csv, .explorer-json")) {
      button.disabled = quotes === 0;
      button.title = quotes === 0 ? t("explorer_no_quotes") : "";
    }
    const status = t(query ? "explorer_status_query" : "explorer_status", { n: results.length, results: resultsWord(results.length), q: query });
    announce(status, announceDelay);
    // Marks for scripts and tests that wait for the view: how many updates have been shown, and how many results.
    root.dataset.state = "ready";
    root.dataset.updates = String(Number(root.dataset.updates ?? 0) + 1);
    root.dataset.results = String(results.length);
    if (focus) focus.focus();
  }

  // ---------- Downloads ----------

  function quoteRows() {
    const canonical = document.querySelector('link[rel="canonical"]')?.href ?? location.href;
    const first = (item, key) => facetLabels(item, key)[0]?.label ?? "";
    return current.results.filter((item) => item.kind === "quote").sort((a, b) => a.order - b.order).map((item) => ({
      id: item.id,
      text: item.text,
      speaker: first(item, "speaker"),
      municipality: first(item, "case"),
      dimension: first(item, "dimension"),
      theme: first(item, "theme"),
      research_question: facetLabels(item, "question")[0]?.id ?? "",
      sections: item.sections,
      url: new URL(item.url, canonical).href,
    }));
  }

  // RFC 4180, with the same guard as the site's sitater.csv: a leading = + - @ would run as a spreadsheet formula.
  function csvField(value) {
    let text = String(value ?? "");
    if (/^[=+\-@]/.test(text)) text = `'${text}`;
    return /[,"\r\n]/.test(text) || text.startsWith("'") ? `"${text.replace(/"/g, '""')}"` : text;
  }

  function toCsv(rows) {
    const columns = ["id", "text", "speaker", "municipality", "dimension", "theme", "research_question", "sections", "url"];
    const lines = [columns.join(",")];
    for (const row of rows) lines.push(columns.map((c) => csvField(Array.isArray(row[c]) ? row[c].join("; ") : row[c])).join(","));
    return `${lines.join("\r\n")}\r\n`;
  }

  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = element("a", { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  // ---------- Events ----------

  function wire() {
    const form = $(".explorer-controls");
    const input = $("#explorer-q");
    form.addEventListener("submit", (event) => { event.preventDefault(); update({ history: "push" }); });
    input.addEventListener("focus", loadSearch, { once: true });
    input.addEventListener("input", () => {
      state.q = input.value;
      state.shown = PAGE_SIZE;
      update({ history: "typing", announceDelay: 600 });
    });
    $("#explorer-sort").addEventListener("change", (event) => {
      state.sort = event.target.value;
      update({ history: "push" });
    });
    $(".explorer-facet-list").addEventListener("change", (event) => {
      const box = event.target;
      if (!box.matches("input[type=checkbox]")) return;
      const chosen = state.selected[Number(box.dataset.facetIndex)];
      const v = Number(box.dataset.valueIndex);
      if (box.checked) chosen.add(v); else chosen.delete(v);
      state.shown = PAGE_SIZE;
      update({ history: "push" });
    });
    $(".explorer-active-list").addEventListener("click", (event) => {
      const button = event.target.closest(".explorer-remove");
      if (!button) return;
      const buttons = [...root.querySelectorAll(".explorer-remove")];
      const position = buttons.indexOf(button);
      if (button.hasAttribute("data-query")) state.q = "";
      else state.selected[Number(button.dataset.facetIndex)].delete(Number(button.dataset.valueIndex));
      syncControls();
      update({ history: "push" }).then(() => {
        // Keep the keyboard where it was: on the next filter's button, or on the search box when none is left.
        const left = root.querySelectorAll(".explorer-remove");
        (left[Math.min(position, left.length - 1)] ?? input).focus();
      });
    });
    $(".explorer-clear").addEventListener("click", () => {
      state.q = "";
      state.selected = FACETS.map(() => new Set());
      state.shown = PAGE_SIZE;
      syncControls();
      update({ history: "push", focus: input });
    });
    $(".explorer-more").addEventListener("click", () => {
      const before = state.shown;
      state.shown += PAGE_SIZE;
      renderResults();
      root.querySelectorAll(".explorer-results > li")[before]?.querySelector("a")?.focus();
    });
    $(".explorer-csv").addEventListener("click", () => download("utforsk-sitater.csv", "text/csv;charset=utf-8", toCsv(quoteRows())));
    $(".explorer-json").addEventListener("click", () => download("utforsk-sitater.json", "application/json", `${JSON.stringify(quoteRows(), null, 2)}\n`));
    window.addEventListener("popstate", () => {
      readUrl();
      syncControls();
      lastHistory = null;
      update();
    });
    // On this page the header's search box searches here instead of reloading the page.
    const header = document.querySelector(".site-search");
    header?.addEventListener("submit", (event) => {
      event.preventDefault();
      state.q = header.querySelector("input[name=q]")?.value ?? "";
      syncControls();
      update({ history: "push", focus: input });
    });
  }

  async function start() {
    try {
      data = await loadData();
    } catch (error) {
      console.warn("Explorer: could not load its data; the list below stays.", error);
      return;
    }
    readUrl();
    renderFacets();
    syncControls();
    wire();
    // On a phone the filters start folded, so the results are not a long scroll away.
    if (!window.matchMedia("(min-width: 60rem)").matches) $(".explorer-facets").open = false;
    app.hidden = false;
    $(".explorer-fallback").hidden = true;
    if (state.q.trim()) loadSearch();
    await update();
  }

  start();
})();
