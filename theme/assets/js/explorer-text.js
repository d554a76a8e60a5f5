// The findings explorer, part 1 of 5: words. Splitting text into words, a light Norwegian stemmer, edit distance
// and the expressions that highlight matches. Pure functions, shared by the search and the result cards.
// The explorer's scripts are classic deferred scripts that run in order and meet in one namespace
// (FindingsExplorer): fingerprinted file names rule out static imports between modules.
(() => {
  "use strict";

  // Lower case by the rules of the text's language (<html lang>), as the generator's word index is made.
  const LANG = document.documentElement.lang || undefined;
  const words = (text) => (text.toLocaleLowerCase(LANG).match(/[\p{L}\p{N}]+/gu) ?? []);
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

  // A word without its diacritics, so «stotte» meets «støtte».
  const fold = (word) => word.normalize("NFD").replace(/\p{M}/gu, "").replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a");
  const commonPrefix = (a, b) => { let i = 0; while (i < a.length && i < b.length && a[i] === b[i]) i++; return i; };

  const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Marks every word that starts with the stem of a query word.
  const stemHighlighter = (tokens) => {
    const stems = [...new Set(tokens.map(stem).filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
    return stems.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map(escapeRegExp).join("|")})[\\p{L}\\p{N}]*`, "giu") : null;
  };
  // Marks exactly the words listed (the similar words a misspelt query was taken for).
  const wordHighlighter = (list) => list.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...list].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu")
    : null;

  const explorer = (globalThis.FindingsExplorer ??= {});
  explorer.text = { words, stem, distance, fold, commonPrefix, stemHighlighter, wordHighlighter };
})();
