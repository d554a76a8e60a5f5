// The findings explorer (/utforsk/), part 5 of 5: the page. Facets are filtered and counted here, exactly, from
// data.json (explorer-data.js); full-text search is explorer-search.js; the result cards fetch their words when they
// come on screen. The whole state lives in the address. Without JavaScript the page shows its fallback list; no
// inline script or style, so the strict CSP holds. The parts before this one add to FindingsExplorer.
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
  // The cards whose words are fetched before the results are shown: more than a large screen holds. The rest of
  // the page's cards stand as placeholders (kind and facets, known already) until their words arrive a moment later.
  const FIRST_CARDS = 12;
  // The address words (kinds, orders) and the facets come from the page, in the study's language and coding: the
  // facets are the research questions, one per level of the coding, the cases, speakers, concepts and kinds.
  const address = Object.fromEntries([...$("#explorer-address").content.querySelectorAll("data")].map((d) => [d.value, d.textContent]));
  const KINDS = ["quote", "finding", "section", "document"].map((kind) => [address[`kind_${kind}`], kind]);
  const FACETS = [...$("#explorer-facets").content.querySelectorAll("data")]
    .map((d) => ({ key: d.value, param: d.dataset.param, legend: d.textContent, coding: d.hasAttribute("data-coding") }));
  const CODING = FACETS.filter((facet) => facet.coding).map((facet) => facet.key);
  const SORTS = [address.sort_relevance, address.sort_order]; // relevance, order in the text

  const state = { q: "", selected: FACETS.map(() => new Set()), sort: SORTS[0], shown: PAGE_SIZE };
  let data; // { facets, items, texts }
  let search; // { load, loaded, firstAnswer, search } (explorer-search.js)
  let current = { results: [], counts: [], highlighter: null };

  // ---------- Data ----------

  const { loadData } = globalThis.FindingsExplorer.data;
  const { createSearch } = globalThis.FindingsExplorer.search;
  const downloads = globalThis.FindingsExplorer.download;

  const facetLabels = (item, key) => {
    const f = FACETS.findIndex((facet) => facet.key === key);
    return item.values[f].map((v) => data.facets[f][v]);
  };

  async function load() {
    const loaded = await loadData(root.dataset.dataUrl, FACETS.map((facet) => facet.key), KINDS.map(([, kind]) => kind));
    const kind = FACETS.findIndex((facet) => facet.key === "kind");
    loaded.facets[kind] = KINDS.map(([id, name]) => ({ id, label: t(`kind_${name}`), kind: name }));
    return loaded;
  }

  // ---------- Facets: filtering and counting ----------

  // Standard faceted counts: a facet's values are counted under every filter but the facet's own. They count
  // utterances, as every count on the site does: the two wordings of one utterance add one to a value, not two.
  function filterAndCount(candidates, selected = state.selected) {
    const counts = FACETS.map((_, f) => new Array(data.facets[f].length).fill(0));
    const counted = new Map(); // utterance worded twice → the "facet:value" pairs it has been counted under
    const add = (item, f, v) => {
      if (item.utterance !== undefined) {
        const under = counted.get(item.utterance) ?? counted.set(item.utterance, new Set()).get(item.utterance);
        if (under.has(`${f}:${v}`)) return;
        under.add(`${f}:${v}`);
      }
      counts[f][v]++;
    };
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
        item.values.forEach((values, f) => values.forEach((v) => add(item, f, v)));
      } else if (failures === 1) {
        item.values[failed].forEach((v) => add(item, failed, v));
      }
    }
    return { results, counts };
  }

  // How many utterances the results hold: each result once, but an utterance worded twice once.
  function utterancesIn(results) {
    const worded = new Set(results.filter((item) => item.utterance !== undefined).map((item) => item.utterance));
    return results.filter((item) => item.utterance === undefined).length + worded.size;
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

  function meta(item) {
    const parts = [];
    for (const speaker of facetLabels(item, "speaker").slice(0, item.kind === "quote" ? 1 : 0)) {
      parts.push(element("span", { className: speaker.anonymous ? "speaker speaker-anonymous" : "speaker" }, speaker.label));
    }
    for (const c of facetLabels(item, "case")) parts.push(c.label);
    // The codes of the deepest level the item has: the most specific words for it.
    const deepest = [...CODING].reverse().map((key) => facetLabels(item, key)).find((labels) => labels.length > 0) ?? [];
    for (const code of deepest) parts.push(code.label);
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
      li.append(element("blockquote", {}, element("p", {}, element("a", { href: item.url }, t("quote_open"), highlighted(item.text, highlighter), t("quote_close")))));
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
        element("span", { className: "visually-hidden" }, `${t("remove_filter")}: `), `${t("search")}: ${t("quote_open")}${state.q.trim()}${t("quote_close")}`, element("span", { "aria-hidden": "true" }, " ×"))));
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

  // A card whose words are on their way: what is known already, marked busy, with nothing to focus.
  function placeholder(item) {
    const li = element("li", { className: `result result-${item.kind} is-loading`, "aria-busy": "true", "data-order": item.order },
      element("p", { className: "result-kind" }, t(`kind_${item.kind}`)),
      element("p", { className: "result-loading" }, t("explorer_loading")));
    li.append(meta(item) ?? "");
    return li;
  }

  function renderResults() {
    const list = $(".explorer-results");
    const { results, highlighter } = current;
    list.replaceChildren(...results.slice(0, state.shown).map((item) => (item.loaded ? card(item, highlighter) : placeholder(item))));
    fillPlaceholders();
    const more = $(".explorer-more");
    const rest = results.length - Math.min(results.length, state.shown);
    more.hidden = rest <= 0;
    more.textContent = t("explorer_show_more", { n: Math.min(rest, PAGE_SIZE) });
  }

  // Fetches the words of the placeholder cards, and puts each card in its place as its words arrive.
  async function fillPlaceholders() {
    const waiting = [...root.querySelectorAll(".explorer-results > li.is-loading")];
    if (!waiting.length) return;
    const shown = current;
    try {
      await data.texts.ensure(waiting.map((li) => data.items[Number(li.dataset.order)]));
    } catch (error) {
      console.warn("Explorer: could not load the texts of the results", error);
      return;
    }
    if (shown !== current) return; // a newer view has replaced these cards
    for (const li of waiting) if (li.isConnected) li.replaceWith(card(data.items[Number(li.dataset.order)], current.highlighter));
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
    // Until Pagefind has loaded (a query in the address, the first keystrokes), the word index answers first, and
    // Pagefind loads only once that answer is on screen: its metadata and our page map, an entry per page each,
    // stay off the path to the first results. Its answer then replaces the first one.
    if (query && !search.loaded()) {
      const first = await search.firstAnswer(query);
      if (mine !== sequence) return;
      if (first) await show(first, mine, { partial: true });
      if (mine !== sequence) return;
    }
    const found = await search.search(query);
    if (mine !== sequence) return;
    await show(found, mine, { announceDelay, focus });
  }

  // Shows the results of a search (found: hits, highlighter, notices); a partial answer is shown without being
  // announced, and the view stays busy for the answer that completes it.
  async function show(found, mine, { partial = false, announceDelay = 0, focus = null } = {}) {
    const query = state.q.trim();
    const candidates = found.hits ? data.items.filter((item) => found.hits.has(item)) : data.items;
    const { results, counts } = filterAndCount(candidates);
    if (partial && !results.length) return; // «no results» would only flash until the complete answer
    const byRelevance = found.hits && state.sort === SORTS[0];
    results.sort(byRelevance ? (a, b) => found.hits.get(b) - found.hits.get(a) || a.order - b.order : (a, b) => a.order - b.order);
    // The first cards are shown with their words; the rest of the page follows (renderResults).
    try {
      await data.texts.ensure(results.slice(0, FIRST_CARDS));
    } catch (error) {
      console.warn("Explorer: could not load the texts of the results", error);
    }
    if (mine !== sequence) return;
    if (!partial) app.removeAttribute("aria-busy");
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
    // A partial answer is no selection to download yet.
    const quotes = results.filter((item) => item.kind === "quote").length;
    for (const button of root.querySelectorAll(".explorer-csv, .explorer-json")) {
      button.disabled = partial || quotes === 0;
      button.title = !partial && quotes === 0 ? t("explorer_no_quotes") : "";
    }
    // Marks for scripts and tests that wait for the view: "partial" while a first answer is shown; once complete,
    // "ready", how many updates have been shown, and how many results.
    if (partial) { root.dataset.state = "partial"; return; }
    const utterances = utterancesIn(results);
    const status = t(query ? "explorer_status_query" : "explorer_status", { n: results.length, results: resultsWord(results.length), q: query })
      + (utterances < results.length ? ` ${t("explorer_status_wordings", { n: utterances })}` : "");
    announce(status, announceDelay);
    root.dataset.state = "ready";
    root.dataset.updates = String(Number(root.dataset.updates ?? 0) + 1);
    root.dataset.results = String(results.length);
    if (focus) focus.focus();
  }

  // ---------- Downloads ----------

  // Fetches the words the selection's quotes need (a busy button meanwhile), then saves the file.
  async function downloadSelection(button, name, type, format) {
    if (button.getAttribute("aria-busy") === "true") return;
    button.setAttribute("aria-busy", "true");
    try {
      const rows = await downloads.quoteRows(current.results, data.texts, facetLabels, CODING);
      downloads.save(name, type, format(rows));
    } catch (error) {
      console.warn("Explorer: could not make the download", error);
    } finally {
      button.removeAttribute("aria-busy");
    }
  }

  // ---------- Events ----------

  function wire() {
    const form = $(".explorer-controls");
    const input = $("#explorer-q");
    form.addEventListener("submit", (event) => { event.preventDefault(); update({ history: "push" }); });
    input.addEventListener("focus", () => search.load(), { once: true });
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
    $(".explorer-more").addEventListener("click", async () => {
      const before = state.shown;
      const mine = sequence;
      state.shown += PAGE_SIZE;
      try {
        await data.texts.ensure(current.results.slice(before, before + FIRST_CARDS));
      } catch (error) {
        console.warn("Explorer: could not load the texts of the results", error);
      }
      if (mine !== sequence) return; // the view changed meanwhile
      renderResults();
      root.querySelectorAll(".explorer-results > li")[before]?.querySelector("a")?.focus();
    });
    $(".explorer-csv").addEventListener("click", (event) => downloadSelection(event.currentTarget, `${address.download_name}.csv`, "text/csv;charset=utf-8", (rows) => downloads.toCsv(rows, CODING)));
    $(".explorer-json").addEventListener("click", (event) => downloadSelection(event.currentTarget, `${address.download_name}.json`, "application/json", downloads.toJson));
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
      data = await load();
      search = createSearch(root, data, (item) => facetLabels(item, "speaker").map((speaker) => speaker.label));
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
    await update();
  }

  start();
})();
