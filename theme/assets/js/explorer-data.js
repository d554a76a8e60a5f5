// The findings explorer, part 2 of 5: its data. data.json holds what filtering and counting need, and no words:
// each item's kind and facet values, in reading order. The words (heading, text, address, section numbers) come
// in chunks of a fixed number of items, fetched only for the result cards on screen and for downloads, so the
// first view grows by a few bytes per item, not by their words. The word index and the vocabulary serve the search.
// Formats: ExplorerData.cs, ExplorerTexts.cs and ExplorerWords.cs in the generator.
(() => {
  "use strict";

  const KIND_NAMES = { q: "quote", f: "finding", s: "section", d: "document" };

  async function fetchJson(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }

  // The words of the items, by chunk: chunk n holds items n·size … n·size + size − 1, in the file files[n] names
  // (a hash of its contents). Each chunk is fetched once.
  class Texts {
    constructor(items, { folder, size, files }) {
      this.items = items;
      this.folder = folder;
      this.size = size;
      this.files = files;
      this.chunks = new Map(); // chunk number → promise of its arrival
    }

    load(n) {
      if (!this.chunks.has(n)) {
        const arrival = fetchJson(`${this.folder}${this.files[n]}.json`).then((json) => {
          json.items.forEach((entry, i) => Object.assign(this.items[n * this.size + i], {
            url: entry.u, id: entry.i ?? "", heading: entry.h ?? "", text: entry.x ?? "", parent: entry.p ?? "", sections: entry.n ?? [], loaded: true,
          }));
        });
        arrival.catch(() => this.chunks.delete(n)); // a chunk that failed may be asked for again
        this.chunks.set(n, arrival);
      }
      return this.chunks.get(n);
    }

    // Resolves once every item given has its words.
    async ensure(items) {
      const needed = new Set();
      for (const item of items) if (!item.loaded) needed.add(Math.floor(item.order / this.size));
      await this.loadChunks([...needed]);
    }

    async loadChunks(numbers, parallel = 6) {
      const queue = [...numbers];
      const worker = async () => { while (queue.length) await this.load(queue.shift()); };
      await Promise.all(Array.from({ length: Math.min(parallel, queue.length) }, worker));
    }
  }

  // The word index (ExplorerWords.cs): for the words that start with a prefix, the numbers of the items that hold
  // them. Its chunks hold the words in order; first[n] is the first word of chunk n. Each chunk is fetched once.
  class Words {
    constructor({ folder, first, files }) {
      this.folder = folder;
      this.first = first;
      this.files = files; // chunk n is in files[n], a hash of its contents
      this.chunks = new Map(); // chunk number → promise of [word, item numbers][]
    }

    load(n) {
      if (!this.chunks.has(n)) {
        const arrival = fetchJson(`${this.folder}${this.files[n]}.json`).then((json) => json.words.map(([word, ...steps]) => {
          let number = 0;
          return [word, steps.map((step) => (number += step))]; // the first is a number, the rest steps from the one before
        }));
        arrival.catch(() => this.chunks.delete(n));
        this.chunks.set(n, arrival);
      }
      return this.chunks.get(n);
    }

    // Every [word, item numbers] whose word starts with the prefix: from the chunk the prefix falls in to the last
    // chunk whose first word starts with it.
    async startingWith(prefix) {
      let start = 0;
      while (start + 1 < this.first.length && this.first[start + 1] <= prefix) start++;
      let end = start;
      while (end + 1 < this.first.length && this.first[end + 1].startsWith(prefix)) end++;
      const chunks = await Promise.all(Array.from({ length: end - start + 1 }, (_, i) => this.load(start + i)));
      return chunks.flat().filter(([word]) => word.startsWith(prefix));
    }

    async exactly(word) {
      return (await this.startingWith(word)).find(([w]) => w === word)?.[1] ?? [];
    }
  }

  // The study as the explorer filters and counts it. facetKeys are the explorer's facets in order ("kind" is the
  // item's kind, numbered as in kinds); every other facet's values come from the file as [id, label].
  async function loadData(url, facetKeys, kinds) {
    const json = await fetchJson(url);
    const anonymous = new Set(json.anonymous);
    const kindIndex = Object.fromEntries(kinds.map((kind, i) => [kind, i]));
    const facets = facetKeys.map((key) => (key === "kind" ? null : json.facets[key].map(([id, label]) => ({ id, label, anonymous: anonymous.has(id) }))));
    const columns = facetKeys.map((key) => (key === "kind" ? null : json.values[key]));
    const items = Array.from(json.kinds, (letter, order) => {
      const kind = KIND_NAMES[letter];
      return { order, kind, loaded: false, values: columns.map((column) => (column ? column[order] : [kindIndex[kind]])) };
    });
    // An utterance the text words twice is two items (both verbatim) and one utterance: both carry the number of
    // its first wording, so that counts count it once.
    for (const [variant, first] of json.wordings ?? []) items[variant].utterance = items[first].utterance = first;
    return { facets, items, texts: new Texts(items, json.texts), words: new Words(json.words) };
  }

  let vocabulary = null;
  // Every word the items are found by (heading, text, a quote's speaker), for the typo-tolerant search.
  const loadVocabulary = (url) => (vocabulary ??= fetchJson(url).then((json) => json.words, (error) => { vocabulary = null; throw error; }));

  const explorer = (globalThis.FindingsExplorer ??= {});
  explorer.data = { fetchJson, loadData, loadVocabulary };
})();
