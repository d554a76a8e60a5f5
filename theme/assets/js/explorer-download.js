// The findings explorer, part 4 of 5: the selection's quotes as CSV or JSON, made in the browser, in the columns
// and the form of the site's own CSV of every quote. The quotes' words are fetched first, as many chunks as the
// selection needs (all of them for a selection of every quote).
(() => {
  "use strict";

  // The same columns as the site's CSV: one per level of the coding (the facets marked as coding), by its key.
  const columns = (coding) => ["id", "text", "speaker", "case", ...coding, "research_question", "sections", "url"];

  // labels(item, facetKey): the item's values of a facet, as { id, label }; coding: the keys of the coding's levels.
  async function quoteRows(results, texts, labels, coding) {
    const quotes = results.filter((item) => item.kind === "quote").sort((a, b) => a.order - b.order);
    await texts.ensure(quotes);
    const canonical = document.querySelector('link[rel="canonical"]')?.href ?? location.href;
    const all = (item, key) => labels(item, key).map((value) => value.label).join("; ");
    return quotes.map((item) => ({
      id: item.id,
      text: item.text,
      speaker: all(item, "speaker"),
      case: all(item, "case"),
      ...Object.fromEntries(coding.map((key) => [key, all(item, key)])),
      research_question: labels(item, "question").map((value) => value.id).join("; "),
      sections: item.sections,
      url: new URL(item.url, canonical).href,
    }));
  }

  // RFC 4180, with the same guard as the site's sitater.csv: a leading = + - @ (or tab, carriage return) would run as a spreadsheet formula.
  function csvField(value) {
    let text = String(value ?? "");
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[,"\r\n]/.test(text) || text.startsWith("'") ? `"${text.replace(/"/g, '""')}"` : text;
  }

  function toCsv(rows, coding) {
    const names = columns(coding);
    const lines = [names.join(",")];
    for (const row of rows) lines.push(names.map((c) => csvField(Array.isArray(row[c]) ? row[c].join("; ") : row[c])).join(","));
    return `${lines.join("\r\n")}\r\n`;
  }

  const toJson = (rows) => `${JSON.stringify(rows, null, 2)}\n`;

  // One way to save a file on the whole site: site.js's, loaded on every page before this one.
  const save = (name, type, text) => globalThis.SiteFiles.save(name, type, text);

  globalThis.FindingsExplorer.download = { quoteRows, toCsv, toJson, save };
})();
