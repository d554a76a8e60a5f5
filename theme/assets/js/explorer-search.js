// The findings explorer, part 3 of 5: full-text search. Pagefind (Norwegian stemming, a chunked index) finds the
// pages; pagefind-pages.json (PagefindPageMap.cs, written after indexing) turns its page ids into item numbers,
// placing a hit in a chapter at the section its words stand in. The word index adds the items whose own words
// start with the query's stems (compounds, and forms Pagefind stems otherwise), and is all there is without
// Pagefind. Where nothing is found, the query's words are compared with the vocabulary (ord.json), and similar
// words are looked up instead. Until Pagefind has loaded, firstAnswer() gives the word index's hits alone.
(() => {
  "use strict";

  const { words, stem, distance, fold, commonPrefix, stemHighlighter, wordHighlighter } = globalThis.FindingsExplorer.text;
  const { fetchJson, loadVocabulary } = globalThis.FindingsExplorer.data;

  const CHECKED_HITS = 12; // how many of the best hits the plausibility check reads (about the cards on screen)

  // data: { items, texts } from explorer-data.js; speakers(item): a quote's speakers' names, which find it too.
  function createSearch(root, data, speakers) {
    let engine = null; // promise of { module, pages }, or of null when the index is missing
    let settled = false; // whether that promise has settled; until it has, search() waits for Pagefind's downloads

    function load() {
      engine ??= (async () => {
        try {
          const [module, pages] = await Promise.all([import(root.dataset.pagefindUrl), fetchJson(root.dataset.pagesUrl)]);
          // The site lives at the root; the language comes from <html lang>. No worker: passing a broad query's
          // thousands of results back from it costs more than the search itself, and its script is 12 KB more.
          await module.options({ baseUrl: "/", noWorker: true });
          await module.init();
          return { module, pages: pageEntries(pages) };
        } catch (error) {
          console.warn("Explorer: full-text search is unavailable", error);
          return null;
        } finally {
          settled = true;
        }
      })();
      return engine;
    }

    // Pagefind's page id → [the page's item (−1: none), then pairs of an item at an anchor and its word position].
    function pageEntries({ items, anchored }) {
      const entries = new Map(Object.entries(anchored));
      items.forEach((id, item) => { if (id) entries.set(id, [item]); });
      return entries;
    }

    // Places Pagefind's hits: a page is an item, or (chapters, the document list) holds items at its anchors;
    // a word belongs to the last anchor before it, else to the page itself.
    function mapHits(results, pages) {
      const hits = new Map();
      const add = (item, score) => { if (item) hits.set(item, (hits.get(item) ?? 0) + score); };
      for (const result of results) {
        const entry = pages.get(result.id);
        if (!entry) continue;
        const [page, ...anchored] = entry;
        const pageItem = data.items[page]; // none for −1
        if (!anchored.length) { add(pageItem, result.score); continue; }
        const anchors = [];
        for (let i = 0; i < anchored.length; i += 2) anchors.push([anchored[i + 1], data.items[anchored[i]]]);
        const share = result.score / Math.max(1, result.words.length);
        for (const location of result.words) {
          let owner = pageItem;
          for (const [start, item] of anchors) { if (start <= location) owner = item; else break; }
          add(owner, share);
        }
      }
      return hits;
    }

    const pagefindSearch = (found, query) => found.module.search(query).then((response) => mapHits(response.results, found.pages), (error) => {
      console.warn("Explorer: Pagefind could not search", error);
      return new Map();
    });

    // The words of an item whose text has arrived (its heading and text, and a quote's speaker), for plausible().
    const itemWords = (item) => (item.words ??= words([item.heading, item.text, ...(item.kind === "quote" ? speakers(item) : [])].join(" ")));
    const foldedWords = (item) => (item.folded ??= itemWords(item).map(fold));

    // Every item whose own words hold, for each word of the query, a word starting with its stem (the word index):
    // «innovasjon» finds «innovasjonsarbeidet», which Pagefind, matching whole stems, does not.
    async function ownWordSearch(tokens) {
      let found = null;
      for (const s of tokens.map(stem)) {
        const numbers = new Set((await data.words.startingWith(s)).flatMap(([, list]) => list));
        found = found === null ? numbers : new Set([...found].filter((n) => numbers.has(n)));
      }
      return new Map([...found].map((n) => [data.items[n], tokens.length]));
    }

    // The k best hits that keep() accepts (ties in reading order), without sorting every hit of a broad query.
    function topItems(hits, k, keep) {
      const ranked = (a, b) => b.score - a.score || a.item.order - b.item.order;
      const top = [];
      for (const [item, score] of hits) {
        if (!keep(item)) continue;
        const hit = { item, score };
        if (top.length < k) top.push(hit);
        else if (ranked(hit, top[k - 1]) < 0) top[k - 1] = hit;
        else continue;
        top.sort(ranked);
      }
      return top.map((hit) => hit.item);
    }

    // Where a word is not in its index, Pagefind answers with pages that share only a short prefix with it
    // («innovasjn» finds «inn» and «innen»). Its hits count only if, for every query word, one of the best hits
    // (whose words are fetched) has a word that shares the word's stem; hits in running text alone are trusted.
    async function plausible(hits, tokens) {
      const best = topItems(hits, CHECKED_HITS, (item) => item.kind !== "section");
      if (!best.length) return true;
      await data.texts.ensure(best);
      return tokens.every((token) => {
        const folded = fold(token);
        const needed = Math.min(fold(stem(token)).length, folded.length);
        return best.some((item) => foldedWords(item).some((w) => commonPrefix(w, folded) >= needed));
      });
    }

    let foldedVocabulary = null;
    const vocabulary = () => (foldedVocabulary ??= loadVocabulary(root.dataset.vocabularyUrl)
      .then((list) => list.map((word) => ({ word, folded: fold(word) })), (error) => { foldedVocabulary = null; throw error; }));

    // The vocabulary's words within a small edit distance of each query word (none for words of three letters, 1 up
    // to seven, 2 from eight), compared without diacritics so «stotte» finds «støtte»; a long word may also be the
    // start of a longer one («innovasjn» → «innovasjonsstrategi»). find(word) gives the items that hold a word.
    async function fuzzySearch(tokens, find) {
      const list = await vocabulary();
      const matched = [];
      let hits = null;
      for (const token of tokens.filter((tok) => tok.length >= 3).map(fold)) {
        const limit = token.length <= 3 ? 0 : token.length <= 7 ? 1 : 2;
        const similar = [];
        for (const { word, folded } of list) {
          let d = distance(token, folded, limit);
          if (d > limit && limit > 0 && folded.length > token.length && distance(token, folded.slice(0, token.length), 1) <= 1) d = limit;
          if (d <= limit) similar.push({ word, score: limit + 1 - d });
        }
        // The closest first (the notice names the first few); among equals the vocabulary's (alphabetical) order.
        similar.sort((a, b) => b.score - a.score);
        matched.push(...similar.map((s) => s.word));
        const scores = new Map();
        for (const { word, score } of similar) {
          for (const item of await find(word)) scores.set(item, Math.max(scores.get(item) ?? 0, score));
        }
        if (hits === null) hits = scores;
        else for (const [item, score] of hits) {
          if (scores.has(item)) hits.set(item, score + scores.get(item)); else hits.delete(item);
        }
      }
      return { hits: hits ?? new Map(), words: [...new Set(matched)] };
    }

    // A first answer before Pagefind has loaded (its metadata has an entry per page, the page map too): the items
    // the word index finds, or null when it finds none (the full search may still find words in running text, or
    // similar words). search() refines it: it ranks by Pagefind and adds the sections whose running text matches.
    async function firstAnswer(q) {
      const tokens = words(q);
      if (!tokens.length) return null;
      const hits = await ownWordSearch(tokens);
      return hits.size ? { hits, highlighter: stemHighlighter(tokens), fuzzy: null, noIndex: false } : null;
    }

    // The items matching the query with a score each, or null for no query; and how to highlight the matches.
    async function search(q) {
      const tokens = words(q);
      if (!tokens.length) return { hits: null, highlighter: null, fuzzy: null, noIndex: false };
      const found = await load();
      const hits = await ownWordSearch(tokens);
      // A single letter matches nearly every page; Pagefind is asked from the second letter on. Its hits rank first;
      // the items only the word index finds (its stems and ours differ now and then) come below them.
      if (found && tokens.some((token) => token.length > 1)) {
        const pagefindHits = await pagefindSearch(found, q);
        if (pagefindHits.size && await plausible(pagefindHits, tokens)) {
          let floor = Infinity;
          for (const score of pagefindHits.values()) floor = Math.min(floor, score / 2);
          for (const item of hits.keys()) hits.set(item, floor);
          for (const [item, score] of pagefindHits) hits.set(item, (hits.get(item) ?? 0) + score);
        }
      }
      if (hits.size) return { hits, highlighter: stemHighlighter(tokens), fuzzy: null, noIndex: !found };
      const find = async (word) => new Set((await data.words.exactly(word)).map((n) => data.items[n]));
      const fuzzy = await fuzzySearch(tokens, find);
      return { hits: fuzzy.hits, highlighter: wordHighlighter(fuzzy.words), fuzzy: fuzzy.words, noIndex: !found };
    }

    return { load, loaded: () => settled, firstAnswer, search };
  }

  globalThis.FindingsExplorer.search = { createSearch };
})();
